// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

// Package normalize folds the spelling variation of Arabic script: harakat and
// Quranic marks, tatweel, alef, hamza, alef maksura and teh marbuta forms,
// presentation forms and ligatures, Persian and Urdu look-alike letters,
// Arabic-Indic digits, Arabic punctuation and invisible controls. Each
// normalisation is an Option; the presets Search, Lucene and Clean cover the
// usual needs.
//
// A Normalizer works on strings (String), on byte slices in append style
// (Append, AppendString), on streams (it is a transform.SpanningTransformer,
// so transform.NewReader normalises input of any size in constant memory),
// and with an offset map back to the source (AppendWithOffsets).
//
// Every Normalizer maps each character independently of its neighbours
// (with small exceptions documented at QuranicMarks, Controls and Append), so the
// result is the same whichever way the text is fed; normalising twice gives
// the same result as normalising once; invalid UTF-8 bytes are copied
// unchanged; and valid UTF-8 input gives valid UTF-8 output.
package normalize

//go:generate go run gen_tables.go

import (
	"encoding/binary"
	"math/bits"
	"slices"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/transform"

	"github.com/qalam-nlp/qalam/internal/letters"
)

// A Normalizer applies a fixed set of Options. It is immutable and safe for
// concurrent use. Create it once with New (its tables take about 90 KB and
// a fraction of a millisecond to build) and reuse it.
type Normalizer struct {
	opts Options
	// arabic[i] is what U+0600+i becomes when arabicChanged[i] is set; an
	// empty string deletes it.
	arabicChanged [256]bool
	arabic        [256]string
	// arabicSwap[i] is set when arabic[i] is another two-byte character,
	// which arabicSwapTo[i] holds, so that it can overwrite U+0600+i in
	// place.
	arabicSwap   [256]bool
	arabicSwapTo [256][2]byte
	// plainPair[b<<8|a] is 1 when the bytes a, b may follow each other in
	// text that is ASCII and two-byte characters n leaves unchanged: a is
	// ASCII or a continuation byte and b is not a continuation byte, or a b
	// is a two-byte character n keeps. Checking eight overlapping pairs at
	// once lets the hot loop skip eight bytes without a branch per byte.
	plainPair *[1 << 16]uint8
	// presentation[i] is what the presentation form presentationRune(i)
	// becomes when presentationChanged[i] is set.
	presentationChanged [len(presentationFormsA) + len(presentationFormsB)]bool
	presentation        [len(presentationFormsA) + len(presentationFormsB)]string
}

// The presets.
var (
	// Search folds everything a search index or a gazetteer matcher should
	// (SearchOptions): spelling variants of one word become one string.
	Search = New(SearchOptions)
	// Lucene is exactly Lucene's ArabicNormalizer and bleve's normalize_ar
	// (LuceneOptions), for index compatibility.
	Lucene = New(LuceneOptions)
	// Clean removes invisible controls and tatweel and undoes presentation
	// forms (CleanOptions), keeping letters and diacritics: for display and
	// storage.
	Clean = New(CleanOptions)
)

// Preset returns the preset called name ("search", "lucene" or "clean").
func Preset(name string) (*Normalizer, bool) {
	switch name {
	case "search":
		return Search, true
	case "lucene":
		return Lucene, true
	case "clean":
		return Clean, true
	}
	return nil, false
}

// PresetNames lists the names Preset accepts.
func PresetNames() []string { return []string{"search", "lucene", "clean"} }

// New returns a Normalizer applying opts.
func New(opts Options) *Normalizer {
	n := &Normalizer{opts: opts, plainPair: new([1 << 16]uint8)}
	for i := range n.arabic {
		r := rune(0x0600 + i)
		if _, ok := step(opts, r); !ok {
			continue
		}
		if s, changed := fixedPoint(opts, string(r)); changed {
			n.arabicChanged[i], n.arabic[i] = true, s
			if len(s) == 2 {
				n.arabicSwap[i], n.arabicSwapTo[i] = true, [2]byte{s[0], s[1]}
			}
		}
	}
	for b := range 0x100 {
		row := n.plainPair[b<<8 : b<<8+0x100]
		if b&0xC0 != 0x80 {
			// b starts a character: plain after ASCII or a continuation.
			for a := range 0xC0 {
				row[a] = 1
			}
			continue
		}
		// b continues a character: plain after the lead of a kept one.
		for a := 0xC2; a < 0xE0; a++ {
			r := rune(a&0x1F)<<6 | rune(b&0x3F)
			var changed bool
			if r >= 0x0600 && r <= 0x06FF {
				changed = n.arabicChanged[r-0x0600]
			} else {
				_, changed = step(opts, r)
			}
			if !changed {
				row[a] = 1
			}
		}
	}
	for i := range n.presentation {
		r := presentationRune(i)
		if _, ok := step(opts, r); !ok {
			continue
		}
		if s, changed := fixedPoint(opts, string(r)); changed {
			n.presentationChanged[i], n.presentation[i] = true, s
		}
	}
	return n
}

// Options returns the options n applies.
func (n *Normalizer) Options() Options { return n.opts }

// presentationRune returns the code point of n.presentation[i].
func presentationRune(i int) rune {
	if i < len(presentationFormsA) {
		return rune(0xFB50 + i)
	}
	return rune(0xFE70 + i - len(presentationFormsA))
}

// fixedPoint applies step to every character of s until nothing changes, so
// that each table entry is already normal and normalising is idempotent.
func fixedPoint(opts Options, s string) (string, bool) {
	changed := false
	for {
		var b []byte
		again := false
		for _, r := range s {
			t, ok := step(opts, r)
			if ok {
				again = true
				b = append(b, t...)
			} else {
				b = utf8.AppendRune(b, r)
			}
		}
		if !again {
			return s, changed
		}
		s, changed = string(b), true
	}
}

// step is one application of the options to one character (ignoring the
// context rules of Controls): the replacement, or ok == false when opts leave
// r alone.
func step(o Options, r rune) (rep string, ok bool) {
	has := func(x Options) bool { return o&x != 0 }
	switch {
	case letters.IsHaraka(r):
		if has(Harakat) && !(r == 0x0651 && has(KeepShadda)) {
			return "", true
		}
	case r == 0x0670:
		if has(DaggerAlefToAlef) {
			return "\u0627", true
		}
		if has(DaggerAlef) {
			return "", true
		}
	case letters.IsQuranicMark(r):
		if has(QuranicMarks) {
			return "", true
		}
	case r == letters.Tatweel:
		if has(Tatweel) {
			return "", true
		}
	case r == 0x0622 || r == 0x0623 || r == 0x0625:
		if has(AlefForms) {
			return "\u0627", true
		}
	case r == 0x0671:
		if has(AlefWasla) {
			return "\u0627", true
		}
	case r == 0x0624 || r == 0x0626:
		if has(HamzaToHamza) {
			return "\u0621", true
		}
		if has(HamzaToLetters) {
			if r == 0x0624 {
				return "\u0648", true
			}
			return "\u064A", true
		}
	case r == 0x0649:
		if has(AlefMaksura) {
			return "\u064A", true
		}
	case r == 0x0629:
		if has(TehMarbuta) {
			return "\u0647", true
		}
	case r >= 0x0660 && r <= 0x0669, r >= 0x06F0 && r <= 0x06F9:
		if has(Digits) {
			return string(rune('0' + r&0xF)), true
		}
	case r == 0x066B || r == 0x066C:
		if has(Digits) {
			if r == 0x066B {
				return ".", true
			}
			return ",", true
		}
	case r >= 0xFB50 && r <= 0xFDFF, r >= 0xFE70 && r <= 0xFEFE:
		if has(PresentationForms) {
			var s string
			if r <= 0xFDFF {
				s = presentationFormsA[r-0xFB50]
			} else {
				s = presentationFormsB[r-0xFE70]
			}
			if s != "" {
				return s, true
			}
		}
	}
	if has(PersianLetters) {
		if s, ok := persianLetter(r); ok {
			return s, true
		}
	}
	if has(Punctuation) {
		if s, ok := punctuation(r); ok {
			return s, true
		}
	}
	if has(Controls) && isControl(r) {
		return "", true
	}
	return "", false
}

// persianLetter maps letters of other Arabic-script languages to the
// Arabic letter with the same skeleton (see PersianLetters).
func persianLetter(r rune) (string, bool) {
	switch r {
	case 0x06A9, 0x06AA, 0x06AB, 0x06AC, 0x06AD, 0x06AE, 0x06AF, 0x06B0, 0x06B1, 0x06B2, 0x06B3, 0x06B4:
		return "\u0643", true // ک ڪ ګ ڬ ڭ ڮ گ ڰ ڱ ڲ ڳ ڴ → ك
	case 0x06CC, 0x06CD, 0x06CE, 0x06D0, 0x06D1, 0x06D2, 0x063D, 0x063E, 0x063F, 0x0620:
		return "\u064A", true // ی ۍ ێ ې ۑ ے ؽ ؾ ؿ ؠ → ي
	case 0x06D3, 0x0678:
		return "\u0626", true // ۓ ٸ → ئ
	case 0x06C0, 0x06BE, 0x06C1, 0x06C2, 0x06D5, 0x06FF:
		return "\u0647", true // ۀ ھ ہ ۂ ە ۿ → ه
	case 0x06C3:
		return "\u0629", true // ۃ → ة
	case 0x067B, 0x067E, 0x0680:
		return "\u0628", true // ٻ پ ڀ → ب
	case 0x0679, 0x067A, 0x067C, 0x067D, 0x067F:
		return "\u062A", true // ٹ ٺ ټ ٽ ٿ → ت
	case 0x0683, 0x0684, 0x0686, 0x0687, 0x06BF:
		return "\u062C", true // ڃ ڄ چ ڇ ڿ → ج
	case 0x0681, 0x0682, 0x0685:
		return "\u062D", true // ځ ڂ څ → ح
	case 0x0688, 0x0689, 0x068A, 0x068B, 0x068C, 0x068D, 0x068E, 0x068F, 0x0690, 0x06EE:
		return "\u062F", true // ڈ ډ ڊ ڋ ڌ ڍ ڎ ڏ ڐ ۮ → د
	case 0x0691, 0x0692, 0x0693, 0x0694, 0x0695, 0x0696, 0x0697, 0x0699, 0x06EF:
		return "\u0631", true // ڑ ڒ ړ ڔ ڕ ږ ڗ ڙ ۯ → ر
	case 0x0698:
		return "\u0632", true // ژ → ز
	case 0x069A, 0x069B, 0x069C:
		return "\u0633", true // ښ ڛ ڜ → س
	case 0x06FA:
		return "\u0634", true // ۺ → ش
	case 0x069D, 0x069E:
		return "\u0635", true // ڝ ڞ → ص
	case 0x06FB:
		return "\u0636", true // ۻ → ض
	case 0x069F:
		return "\u0637", true // ڟ → ط
	case 0x06A0:
		return "\u0639", true // ڠ → ع
	case 0x06FC:
		return "\u063A", true // ۼ → غ
	case 0x06A2, 0x06A3, 0x06A4, 0x06A5, 0x06A6:
		return "\u0641", true // ڢ ڣ ڤ ڥ ڦ → ف
	case 0x06A7, 0x06A8:
		return "\u0642", true // ڧ ڨ → ق
	case 0x06B5, 0x06B6, 0x06B7, 0x06B8:
		return "\u0644", true // ڵ ڶ ڷ ڸ → ل
	case 0x06B9, 0x06BA, 0x06BB, 0x06BC, 0x06BD:
		return "\u0646", true // ڹ ں ڻ ڼ ڽ → ن
	case 0x06C4, 0x06C5, 0x06C6, 0x06C7, 0x06C8, 0x06C9, 0x06CA, 0x06CB, 0x06CF:
		return "\u0648", true // ۄ ۅ ۆ ۇ ۈ ۉ ۊ ۋ ۏ → و
	case 0x0676, 0x0677:
		return "\u0624", true // ٶ ٷ → ؤ
	case 0x0672, 0x0675:
		return "\u0623", true // ٲ ٵ → أ
	case 0x0673:
		return "\u0625", true // ٳ → إ
	}
	return "", false
}

// punctuation maps Arabic punctuation to ASCII (see Punctuation).
func punctuation(r rune) (string, bool) {
	switch r {
	case 0x060C, 0x2E41:
		return ",", true
	case 0x061B:
		return ";", true
	case 0x061F:
		return "?", true
	case 0x066A:
		return "%", true
	case 0x066D:
		return "*", true
	case 0x06D4:
		return ".", true
	}
	return "", false
}

// isControl reports whether Controls deletes r (before the joiner rule).
func isControl(r rune) bool {
	switch {
	case r == 0x00AD, r == 0x061C, r == 0xFEFF:
		return true
	case r >= 0x200B && r <= 0x200F, r >= 0x202A && r <= 0x202E, r >= 0x2060 && r <= 0x2064, r >= 0x2066 && r <= 0x206F:
		return true
	}
	return false
}

// String returns s normalised. When s is already normal it returns s itself
// without allocating.
func (n *Normalizer) String(s string) string {
	i, _ := span(n, bytesOf(s), true)
	if i == len(s) {
		return s
	}
	b := make([]byte, i, len(s))
	copy(b, s[:i])
	b = appendFrom(n, b, bytesOf(s), i)
	// b is not referenced elsewhere, so it can become the string's storage.
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// bytesOf returns the bytes of s without copying. The package only ever
// reads them.
func bytesOf(s string) []byte {
	return unsafe.Slice(unsafe.StringData(s), len(s))
}

// IsNormal reports whether s is unchanged by n.
func (n *Normalizer) IsNormal(s string) bool {
	i, _ := span(n, bytesOf(s), true)
	return i == len(s)
}

// Append appends src, normalised, to dst and returns the extended slice. It
// allocates only when dst lacks the capacity. The spare capacity of dst must
// not overlap src.
//
// Deleting a character never joins the bytes around it into a new
// character: a character that would be deleted is kept when it directly
// follows an invalid UTF-8 byte.
func (n *Normalizer) Append(dst, src []byte) []byte {
	return appendFrom(n, dst, src, 0)
}

// AppendString appends s, normalised, to dst and returns the extended slice.
// With a reused buffer (buf = n.AppendString(buf[:0], word)) it does not
// allocate.
func (n *Normalizer) AppendString(dst []byte, s string) []byte {
	return appendFrom(n, dst, bytesOf(s), 0)
}

// appendFrom appends the normalised src[i:] to dst, in the capacity dst
// has, growing it only when that runs out.
func appendFrom(n *Normalizer, dst []byte, src []byte, i int) []byte {
	for i < len(src) {
		nDst, nSrc, err := transformInto(n, dst[len(dst):cap(dst)], src[i:], true)
		dst = dst[:len(dst)+nDst]
		i += nSrc
		if err == transform.ErrShortDst {
			// Output is rarely longer than input; the margin holds the
			// longest replacement, ﷺ (33 bytes).
			dst = slices.Grow(dst, len(src)-i+64)
		}
	}
	return dst
}

// window bounds how much transformInto copies ahead of its scan: after a
// change of length the copied rest is redone, so a small window wastes
// little, while a large one costs few rounds.
const window = 512

// transformInto writes the normalised src to dst, as Transform does. It
// copies a window of src to dst and then scans it, overwriting in place the
// changes that keep the length (أ → ا, ة → ه, ى → ي ...), which are most
// changes; anything else ends the window and goes through unit.
func transformInto(n *Normalizer, dst []byte, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	for nSrc < len(src) {
		end := nSrc + min(len(src)-nSrc, len(dst)-nDst, window)
		copy(dst[nDst:], src[nSrc:end])
		i := scan(n, src[:end], nSrc, dst, nDst-nSrc)
		nDst += i - nSrc
		nSrc = i
		if nSrc == len(src) {
			break
		}
		if to, ok := n.composeMark(src, nSrc); ok && nDst >= 2 {
			// The base's output, two bytes, is the last thing written.
			dst[nDst-2], dst[nDst-1] = to[0], to[1]
			nSrc += 2
			continue
		}
		size, rep, kept := unit(n, src, nSrc, atEOF)
		if size == 0 {
			return n.shortSrc(src, nDst, nSrc)
		}
		if kept {
			if len(dst)-nDst < size {
				return nDst, nSrc, transform.ErrShortDst
			}
			nDst += copy(dst[nDst:], src[nSrc:nSrc+size])
		} else {
			if len(dst)-nDst < len(rep) {
				return nDst, nSrc, transform.ErrShortDst
			}
			nDst += copy(dst[nDst:], rep)
		}
		nSrc += size
	}
	if !atEOF && n.endsWithComposableBase(src) {
		return n.shortSrc(src, nDst, nSrc)
	}
	return nDst, nSrc, nil
}

// shortSrc returns transformInto's result when it needs more input: it
// leaves a letter just before src[nSrc] that a combining mark could compose
// with for the next call, which will then see both.
func (n *Normalizer) shortSrc(src []byte, nDst, nSrc int) (int, int, error) {
	if n.endsWithComposableBase(src[:nSrc]) {
		return nDst - 2, nSrc - 2, transform.ErrShortSrc
	}
	return nDst, nSrc, transform.ErrShortSrc
}

// composeMark reports whether src[k:] starts with a combining madda or
// hamza (U+0653–U+0655) that QuranicMarks composes with the letter at
// src[k-2:k], and returns the normalised composed letter.
func (n *Normalizer) composeMark(src []byte, k int) (to [2]byte, ok bool) {
	if n.opts&QuranicMarks == 0 || k < 2 || k+1 >= len(src) || src[k] != 0xD9 || src[k+1] < 0x93 || src[k+1] > 0x95 {
		return to, false
	}
	base, size := decode(src, k-2)
	if size != 2 {
		return to, false
	}
	var r rune
	switch mark := 0x0600 + rune(src[k+1]&0x3F) + 0x40; {
	case base == 0x0627 && mark == 0x0653:
		r = 0x0622 // آ
	case base == 0x0627 && mark == 0x0655:
		r = 0x0625 // إ
	case mark == 0x0654:
		r = hamzaAbove(base)
	}
	if r == 0 {
		return to, false
	}
	rep := string(r)
	if n.arabicChanged[r-0x0600] {
		rep = n.arabic[r-0x0600]
	}
	if len(rep) != 2 {
		return to, false
	}
	return [2]byte{rep[0], rep[1]}, true
}

// hamzaAbove returns the letter that base and U+0654 compose to under NFC,
// or 0.
func hamzaAbove(base rune) rune {
	switch base {
	case 0x0627:
		return 0x0623 // ا → أ
	case 0x0648:
		return 0x0624 // و → ؤ
	case 0x064A:
		return 0x0626 // ي → ئ
	case 0x06D5:
		return 0x06C0 // ە → ۀ
	case 0x06C1:
		return 0x06C2 // ہ → ۂ
	case 0x06D2:
		return 0x06D3 // ے → ۓ
	}
	return 0
}

// endsWithComposableBase reports whether src ends with a letter that a
// combining mark in the next input could compose with (see composeMark).
func (n *Normalizer) endsWithComposableBase(src []byte) bool {
	if n.opts&QuranicMarks == 0 || len(src) < 2 {
		return false
	}
	base, size := decode(src, len(src)-2)
	return size == 2 && hamzaAbove(base) != 0
}

// arabicIndex reports whether s[i:] starts with a character of U+0600–U+06FF,
// and returns its index in the Normalizer's Arabic table.
func arabicIndex(s []byte, i int) (int, bool) {
	if c := s[i]; c-0xD8 < 4 && i+1 < len(s) {
		if c1 := s[i+1]; c1&0xC0 == 0x80 {
			return int(c&3)<<6 | int(c1&0x3F), true
		}
	}
	return 0, false
}

// span returns the length of the longest prefix of src that n leaves
// unchanged; short reports that it stopped at an incomplete character at
// the end of src (only when atEOF is false).
//
// A letter that a combining mark after it composes with (see composeMark)
// is not part of the span, so that transforming from the end of the span
// sees both.
func span(n *Normalizer, src []byte, atEOF bool) (i int, short bool) {
	for {
		i = scanKept(n, src, i)
		if i == len(src) {
			if !atEOF && n.endsWithComposableBase(src) {
				return i - 2, true
			}
			return i, false
		}
		size, _, kept := unit(n, src, i, atEOF)
		switch {
		case size == 0:
			if n.endsWithComposableBase(src[:i]) {
				i -= 2
			}
			return i, true
		case !kept:
			if _, ok := n.composeMark(src, i); ok {
				i -= 2
			}
			return i, false
		}
		i += size
	}
}

// scanKept returns the index of the first byte at or after i that does not
// start an ASCII character or a two-byte character (U+0080–U+07FF) that n
// leaves unchanged. src[i] must start a character or be an invalid byte.
func scanKept(n *Normalizer, src []byte, i int) int {
	return scan(n, src, i, nil, 0)
}

// scan is scanKept that, when dst is not nil, also goes past each
// U+0600–U+06FF character that n replaces by another two-byte character,
// writing the replacement at dst[k+shift] for the character at src[k]. It
// is the hot loop: Arabic news is almost entirely such characters.
func scan(n *Normalizer, src []byte, i int, dst []byte, shift int) int {
	pp := n.plainPair
	// Eight bytes at a time: bit k of plain is set when the pair
	// src[i+k], src[i+k+1] is plain. All set means src[i:i+8] is ASCII and
	// kept two-byte characters, and src[i+8] starts a character or ends
	// one begun at src[i+7].
	for i+8 < len(src) && src[i]&0xC0 != 0x80 {
		w := binary.LittleEndian.Uint64(src[i:])
		plain := pp[uint16(w)] | pp[uint16(w>>8)]<<1 | pp[uint16(w>>16)]<<2 |
			pp[uint16(w>>24)]<<3 | pp[uint16(w>>32)]<<4 | pp[uint16(w>>40)]<<5 |
			pp[uint16(w>>48)]<<6 | pp[uint16(w>>56)|uint16(src[i+8])<<8]<<7
		if plain == 0xFF {
			i += 8
			if src[i]&0xC0 == 0x80 {
				i++
			}
			continue
		}
		// The pairs before k are plain, so src[i:k] is done and src[k]
		// starts a character, unless it is the continuation byte of a kept
		// character followed by a stray continuation byte.
		k := i + bits.TrailingZeros8(^plain)
		c := src[k]
		if c&0xC0 == 0x80 {
			return k + 1
		}
		c1 := src[k+1] // k+1 <= i+8 is within src
		if dst == nil || c-0xD8 >= 4 || c1&0xC0 != 0x80 {
			return k
		}
		idx := int(c&3)<<6 | int(c1&0x3F)
		if !n.arabicSwap[idx] {
			return k
		}
		to := &n.arabicSwapTo[idx]
		dst[k+shift], dst[k+shift+1] = to[0], to[1]
		i = k + 2
	}
	for i+1 < len(src) {
		c := src[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		if c >= 0xC2 && pp[int(src[i+1])<<8|int(c)] != 0 || dst != nil && swap(n, src, i, dst, shift) {
			i += 2
			continue
		}
		return i
	}
	if i < len(src) && src[i] < utf8.RuneSelf {
		i++
	}
	return i
}

// swap reports whether src[k:] starts with a U+0600–U+06FF character that n
// replaces by another two-byte character, and if so writes that at
// dst[k+shift].
func swap(n *Normalizer, src []byte, k int, dst []byte, shift int) bool {
	idx, ok := arabicIndex(src, k)
	if !ok || !n.arabicSwap[idx] {
		return false
	}
	to := &n.arabicSwapTo[idx]
	dst[k+shift], dst[k+shift+1] = to[0], to[1]
	return true
}

// unit examines the character, or invalid byte, at src[i] and reports how
// many bytes it spans and whether it is kept or replaced by rep (deleted
// when rep is empty). size == 0 means src ends in the middle of what may be
// a character and more input is needed (never when atEOF).
//
// An invalid byte followed by a character that would be deleted forms one
// kept unit with it, so that a deletion never splices invalid bytes into a
// valid character; and a zero-width joiner needs to see the next character.
func unit(n *Normalizer, src []byte, i int, atEOF bool) (size int, rep string, kept bool) {
	r, size := decode(src, i)
	switch {
	case size > 0:
		return charUnit(n, src, i, r, size, atEOF)
	case size < 0 && !atEOF:
		return 0, "", true
	}
	// An invalid byte: kept, together with a directly following deletion.
	if i+1 == len(src) {
		if !atEOF {
			return 0, "", true
		}
		return 1, "", true
	}
	r, size = decode(src, i+1)
	switch {
	case size > 0:
		nsize, rep, kept := charUnit(n, src, i+1, r, size, atEOF)
		switch {
		case nsize == 0:
			return 0, "", true
		case !kept && rep == "":
			return 1 + nsize, "", true
		}
	case size < 0 && !atEOF:
		return 0, "", true
	}
	return 1, "", true
}

// charUnit is unit for the valid character r of size bytes at src[i].
func charUnit(n *Normalizer, src []byte, i int, r rune, size int, atEOF bool) (int, string, bool) {
	switch {
	case r >= 0x0600 && r <= 0x06FF:
		if n.arabicChanged[r-0x0600] {
			return size, n.arabic[r-0x0600], false
		}
	case r >= 0xFB50 && r <= 0xFDFF:
		if k := int(r - 0xFB50); n.presentationChanged[k] {
			return size, n.presentation[k], false
		}
	case r >= 0xFE70 && r <= 0xFEFE:
		if k := len(presentationFormsA) + int(r-0xFE70); n.presentationChanged[k] {
			return size, n.presentation[k], false
		}
	case r == 0x200D:
		if n.opts&Controls == 0 {
			break
		}
		// A joiner before a pictograph is part of an emoji sequence.
		if i+size == len(src) {
			if !atEOF {
				return 0, "", true
			}
			return size, "", false
		}
		next, nsize := decode(src, i+size)
		switch {
		case nsize < 0 && !atEOF:
			return 0, "", true
		case nsize > 0 && letters.IsPictographic(next):
			return size, "", true
		}
		return size, "", false
	case r < 0x0600 || r >= 0x2000 && r < 0x2E80 || r == 0xFEFF:
		if s, ok := step(n.opts, r); ok {
			return size, s, false
		}
	}
	return size, "", true
}

// decode decodes the UTF-8 character at s[i]. size is its length, 0 when
// s[i] does not start a valid character, and -1 when s ends within what may
// become a valid character with more bytes.
func decode(s []byte, i int) (r rune, size int) {
	c := s[i]
	switch {
	case c < 0x80:
		return rune(c), 1
	case c < 0xC2:
		return 0, 0
	case c < 0xE0:
		if i+1 == len(s) {
			return 0, -1
		}
		if c1 := s[i+1]; c1&0xC0 == 0x80 {
			return rune(c&0x1F)<<6 | rune(c1&0x3F), 2
		}
		return 0, 0
	case c < 0xF0:
		lo, hi := byte(0x80), byte(0xBF)
		switch c {
		case 0xE0:
			lo = 0xA0
		case 0xED:
			hi = 0x9F
		}
		return decodeRest(s, i, 3, rune(c&0x0F), lo, hi)
	case c < 0xF5:
		lo, hi := byte(0x80), byte(0xBF)
		switch c {
		case 0xF0:
			lo = 0x90
		case 0xF4:
			hi = 0x8F
		}
		return decodeRest(s, i, 4, rune(c&0x07), lo, hi)
	}
	return 0, 0
}

// decodeRest finishes decode for an n-byte sequence whose second byte must
// lie in [lo, hi].
func decodeRest(s []byte, i, n int, r rune, lo, hi byte) (rune, int) {
	for k := 1; k < n; k++ {
		if i+k == len(s) {
			return 0, -1
		}
		c := s[i+k]
		if k == 1 && (c < lo || c > hi) || c&0xC0 != 0x80 {
			return 0, 0
		}
		r = r<<6 | rune(c&0x3F)
	}
	return r, n
}
