// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

// Package light is the light Arabic stemmer of Apache Lucene (ArabicStemmer,
// Apache-2.0), which is what Elasticsearch, OpenSearch and bleve index with.
// Lucene's stemmer implements "light10" of Larkey, Ballesteros and Connell,
// "Light Stemming for Arabic Information Retrieval" (2007). A word gets
// exactly the stem that bleve's normalize_ar and stemmer_ar filters give it
// one after the other, so terms made here match terms in an existing bleve
// or Lucene index.
//
// The word is first normalised as Lucene's ArabicNormalizer does
// (normalize.Lucene: أ إ آ → ا, ى → ي, ة → ه, tatweel and the harakat
// U+064B–U+0652 deleted). Then at most one prefix is removed, the first of
// ال، وال، بال، كال، فال، لل، و that starts the word, provided that at least
// two letters remain and, for و, that the word has at least four letters.
// Then the suffixes ها، ان، ات، ون، ين، يه، ه، ي are tried once each, in that
// order, and each one that ends the word is removed provided that at least
// two letters remain: ساهدهات loses ات and then ه. Lucene's list also has ية
// and ة, which never match after normalisation has turned ة into ه.
//
// Lengths are counted in characters (code points), as bleve counts them.
// Lucene counts UTF-16 code units, so a word with a character outside the
// Basic Multilingual Plane (an emoji, say) may be stemmed differently by
// Lucene itself; for Arabic letters the two counts are the same. Invalid UTF-8
// bytes become U+FFFD, one for each byte, as in bleve, so the stem is always
// valid UTF-8.
//
// Stemming is not idempotent, as Lucene's is not: a stem may begin with a
// prefix (والالعاب → العاب, whose stem is عاب) or end with a suffix that comes
// earlier in the list (كتابهاي → كتابها, whose stem is كتاب).
//
// Stem allocates nothing when the word needs no normalisation (the stem is
// then a substring of it) and only the returned string otherwise; AppendStem
// allocates nothing once dst has the capacity.
package light

import (
	"sync"
	"unicode/utf8"

	"github.com/qalam-nlp/qalam/normalize"
)

// Stemmer is the light stemmer as a value, for code that takes a
// stem.Stemmer or stem.AppendStemmer. The zero value is ready to use and safe
// for concurrent use.
type Stemmer struct{}

// Stem returns the light stem of word; see the package function Stem.
func (Stemmer) Stem(word string) string { return Stem(word) }

// AppendStem appends the light stem of word to dst; see the package function
// AppendStem.
func (Stemmer) AppendStem(dst, word []byte) []byte { return AppendStem(dst, word) }

// The suffixes of Lucene's list, in its order, as the big-endian numbers
// their UTF-8 bytes make (every Arabic letter is two bytes). Lucene's list
// also has ية and ة, which cannot match after normalisation.
var (
	suffixes2 = [...]uint32{ // ها ان ات ون ين يه
		0xD987D8A7, 0xD8A7D986, 0xD8A7D8AA, 0xD988D986, 0xD98AD986, 0xD98AD987,
	}
	suffixes1 = [...]uint16{0xD987, 0xD98A} // ه ي
)

// The letters of the prefixes, as the big-endian numbers of their bytes.
const (
	alef = 0xD8A7 // ا
	lam  = 0xD984 // ل
	waw  = 0xD988 // و
	beh  = 0xD8A8 // ب
	kaf  = 0xD983 // ك
	feh  = 0xD981 // ف
)

// Stem returns the light stem of word: its Lucene normalisation without the
// prefix and suffixes that Lucene's ArabicStemmer removes. Stem is safe for
// concurrent use.
func Stem(word string) string {
	if n, ok := plainScan(word); ok {
		i, j := cut(word, n)
		return word[i:j]
	}
	valid := utf8.ValidString(word)
	if valid && normalize.Lucene.IsNormal(word) {
		i, j := cut(word, charCount(word))
		return word[i:j]
	}
	buf := buffers.Get().(*[]byte)
	var stem string
	if valid {
		*buf = normalize.Lucene.AppendString((*buf)[:0], word)
		i, j := cut(*buf, charCount(*buf))
		stem = string((*buf)[i:j])
	} else {
		*buf = AppendStem((*buf)[:0], []byte(word))
		stem = string(*buf)
	}
	buffers.Put(buf)
	return stem
}

// buffers hold the normalised words of Stem, which copies the stem out.
var buffers = sync.Pool{New: func() any { return new([]byte) }}

// AppendStem appends the light stem of word to dst and returns the extended
// slice. It allocates only when dst lacks the capacity, and is safe for
// concurrent use.
func AppendStem(dst, word []byte) []byte {
	if n, ok := plainScan(word); ok {
		i, j := cut(word, n)
		return append(dst, word[i:j]...)
	}
	start := len(dst)
	switch {
	case !utf8.Valid(word):
		dst = appendReplacingInvalid(dst, word)
		mid := len(dst)
		dst = normalize.Lucene.Append(dst, dst[start:mid])
		dst = dst[:start+copy(dst[start:], dst[mid:])]
	case isNormal(word):
		i, j := cut(word, charCount(word))
		return append(dst, word[i:j]...)
	default:
		dst = normalize.Lucene.Append(dst, word)
	}
	i, j := cut(dst[start:], charCount(dst[start:]))
	return dst[:start+copy(dst[start:], dst[start+i:start+j])]
}

// isNormal reports whether the Lucene normaliser leaves word unchanged.
func isNormal(word []byte) bool {
	n, err := normalize.Lucene.Span(word, true)
	return err == nil && n == len(word)
}

// plainScan returns the number of characters of w, and reports whether w
// is made only of ASCII and of Arabic-block characters that the Lucene
// normaliser leaves alone: the common case, which needs neither a validity
// check nor normalisation. It reports false for anything else.
func plainScan[S string | []byte](w S) (n int, ok bool) {
	for i := 0; i < len(w); n++ {
		c := w[i]
		if c < 0x80 {
			i++
			continue
		}
		// U+0600–U+06FF is two bytes, D8–DB and a continuation byte.
		if c < 0xD8 || c > 0xDB || i+1 == len(w) || w[i+1]&0xC0 != 0x80 {
			return 0, false
		}
		switch r := rune(c&0x1F)<<6 | rune(w[i+1]&0x3F); {
		case r == 'آ', r == 'أ', r == 'إ', r == 'ة', r == 'ى', r == 0x0640, r >= 0x064B && r <= 0x0652:
			return 0, false
		}
		i += 2
	}
	return n, true
}

// charCount returns the number of characters of w, valid UTF-8.
func charCount[S string | []byte](w S) (n int) {
	for k := 0; k < len(w); k++ {
		if w[k]&0xC0 != 0x80 {
			n++
		}
	}
	return n
}

// cut returns the bounds w[i:j] of the stem of w, a valid UTF-8 word of n
// characters that is already normalised. It removes the first prefix of ال،
// وال، بال، كال، فال، لل، و that applies, then each suffix that applies, in
// Lucene's order.
func cut[S string | []byte](w S, n int) (i, j int) {
	letter := func(k int) uint16 { return uint16(w[k])<<8 | uint16(w[k+1]) }
	if n >= 4 { // every prefix needs four letters, or five for a three-letter one
		switch first := letter(0); {
		case first == alef && letter(2) == lam: // ال
			i, n = 4, n-2
		case n >= 5 && (first == waw || first == beh || first == kaf || first == feh) &&
			len(w) >= 6 && letter(2) == alef && letter(4) == lam: // وال بال كال فال
			i, n = 6, n-3
		case first == lam && letter(2) == lam: // لل
			i, n = 4, n-2
		case first == waw: // و
			i, n = 2, n-1
		}
	}
	j = len(w)
	for _, s := range suffixes2 {
		if n >= 4 && j-i >= 4 && uint32(letter(j-4))<<16|uint32(letter(j-2)) == s {
			j, n = j-4, n-2
		}
	}
	for _, s := range suffixes1 {
		if n >= 3 && j-i >= 2 && letter(j-2) == s {
			j, n = j-2, n-1
		}
	}
	return i, j
}

// appendReplacingInvalid appends b to dst with each byte that is not part of
// a valid UTF-8 sequence replaced by U+FFFD, as Go's bytes.Runes (and so
// bleve) decodes it.
func appendReplacingInvalid(dst, b []byte) []byte {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			dst = utf8.AppendRune(dst, utf8.RuneError)
		} else {
			dst = append(dst, b[i:i+size]...)
		}
		i += size
	}
	return dst
}
