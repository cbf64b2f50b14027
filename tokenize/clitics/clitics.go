// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

// Package clitics splits Arabic words into proclitics, stem and pronoun
// enclitics following the Penn Arabic Treebank (ATB) scheme, as the
// Universal Dependencies Arabic treebanks do: the conjunctions و ف, the
// prepositions ب ل ك, the future particle س and the pronoun suffixes ه ها هم
// هما هن ك كم كما كن ي ني نا are cut off; the article ال, the feminine ة
// and the number endings stay with the stem. Segments keep the word's own
// spelling (للسلطة is ل + لسلطة) and byte offsets, so they always tile it.
//
// Each word is read as a skeleton of letters (harakat and tatweel ride on
// the letter before them; a dropped hamza on an initial alef is forgiven in
// look-ups, but ال is only ever a bare alef) and every cut its letters
// allow is scored against the whole word. The evidence is how often the
// stem and the whole word occur in the ANT news corpus (an embedded table of
// 45,220 forms, see gen_vocab.go), whether the stem is a noun seen with ال
// where the whole word never is (الشدة but no البشدة), and weights for each
// clitic and for patterns of Arabic morphology: ال after a proclitic, ل
// before the ل of the article, س before an imperfect verb, a pronoun after
// the plural ات or on a preposition, no pronoun after ال, ة or tanween.
// Small hand-written lexicons hold the words whose first or last letters
// only look like clitics (واحد، فكرة، جنيه), the prepositions that carry
// pronouns, the particles, and fixed fused forms (ممن، بسبب). Clitics come
// in the ATB order: a preposition is never followed by و or by a particle it
// does not govern (كولا is no ك + و + لا, لاذ no ل + إذ). The README gives
// its accuracy on the UD Arabic-PUD development sentences.
package clitics

// Kind says what a segment of a word is.
type Kind uint8

const (
	Stem      Kind = iota // the word itself, with ال, ة and number endings
	Proclitic             // و ف ب ل ك س, or a preposition fused to the next word (م of ممن)
	Article               // ال, only with SplitArticle
	Enclitic              // ه ها هم هما هن ك كم كما كن ي ني نا
	Tatweel               // a run of tatweel before or after the letters, used as a dash (ـيمكننا)
)

// Segment is one piece of a word: word[Start:End], byte offsets relative to
// the word.
type Segment struct {
	Start, End int
	Kind       Kind
}

// Options choose what is split beyond the ATB default.
type Options uint8

// SplitArticle also splits the definite article ال from the stem.
const SplitArticle Options = 1

// Segmenter splits words. It is safe for concurrent use.
type Segmenter struct {
	opts Options
}

// New returns a Segmenter with the given options.
func New(opts Options) *Segmenter { return &Segmenter{opts: opts} }

// Default splits in the ATB scheme, keeping ال with its word.
var Default = New(0)

// Segments returns the segments of word, in order; they tile the word. A
// word that does not split is one Stem segment.
func (s *Segmenter) Segments(word string) []Segment {
	return s.AppendSegments(nil, word)
}

// AppendSegments appends the segments of word to dst and returns it; it does
// not allocate when dst has room. word is one token: Arabic letters with any
// harakat, tatweel or ZWNJ inside. A word holding anything else (digits, Latin
// letters, punctuation, invalid UTF-8) is returned as one Stem segment.
func (s *Segmenter) AppendSegments(dst []Segment, word string) []Segment {
	const tatweel = "\u0640"
	start, end := 0, len(word)
	for start < end && word[start:start+min(2, end-start)] == tatweel {
		start += 2
	}
	for end-2 > start && word[end-2:end] == tatweel {
		end -= 2
	}
	var l skeleton
	if start == end || !l.load(word[start:end]) || end < len(word) && string(l.code[:l.n]) == "Al" {
		return append(dst, Segment{Start: 0, End: len(word), Kind: Stem})
	}
	if start > 0 {
		dst = append(dst, Segment{Start: 0, End: start, Kind: Tatweel})
	}
	p := analyse(&l)
	i := 0
	if p.conj == 1 {
		dst = append(dst, Segment{Start: start, End: start + l.pos[1], Kind: Proclitic})
		i = 1
	}
	if p.prep == 1 {
		dst = append(dst, Segment{Start: start + l.pos[i], End: start + l.pos[i+1], Kind: Proclitic})
		i++
	}
	stemEnd := l.n - p.enc
	if s.opts&SplitArticle != 0 && stemEnd-i > 2 {
		stem := l.code[i:stemEnd]
		switch {
		case hasArticle(stem) && stemEnd-i > 3 && !fusedArticle(stem):
			// الكتاب → ال + كتاب
			dst = append(dst, Segment{Start: start + l.pos[i], End: start + l.pos[i+2], Kind: Article})
			i += 2
		case p.prep == 1 && l.code[i-1] == 'l' && stem[0] == 'l':
			// للسلطة → ل + ل + سلطة: the article lost its alef after ل.
			dst = append(dst, Segment{Start: start + l.pos[i], End: start + l.pos[i+1], Kind: Article})
			i++
		}
	}
	if stemEnd > i {
		dst = append(dst, Segment{Start: start + l.pos[i], End: start + l.pos[stemEnd], Kind: Stem})
	}
	if p.enc > 0 {
		dst = append(dst, Segment{Start: start + l.pos[stemEnd], End: end, Kind: Enclitic})
	}
	if end < len(word) {
		dst = append(dst, Segment{Start: end, End: len(word), Kind: Tatweel})
	}
	return dst
}

// fusedArticle reports whether stem begins with an ال that is not split off
// because it is part of the word: الله and the relative pronouns الذي،
// التي، الذين، اللذان، اللتان، اللاتي، اللواتي.
func fusedArticle(stem []byte) bool {
	switch string(stem) {
	case "Allh", "Al*y", "Alty", "Al*yn", "All*An", "All*yn", "AlltAn", "Alltyn", "AllAty", "AllwAty", "AlAn":
		return true
	}
	return false
}
