// Package clitics splits Arabic words into proclitics, stem and pronoun
// enclitics following the Penn Arabic Treebank (ATB) scheme.
package clitics

// Kind says what a segment of a word is.
type Kind uint8

const (
	Stem      Kind = iota // the word itself, with ال, ة and number endings
	Proclitic             // و ف ب ل ك س
	Article               // ال, only with SplitArticle
	Enclitic              // ه ها هم هما هن ك كم كما كن ي ني نا
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

// AppendSegments appends the segments of word to dst and returns it.
func (s *Segmenter) AppendSegments(dst []Segment, word string) []Segment {
	var l letters
	if !l.load(word) {
		return append(dst, Segment{Start: 0, End: len(word), Kind: Stem})
	}
	p := analyse(&l)
	i := 0
	if p.conj == 1 {
		dst = append(dst, Segment{Start: 0, End: l.pos[1], Kind: Proclitic})
		i = 1
	}
	if p.prep == 1 {
		dst = append(dst, Segment{Start: l.pos[i], End: l.pos[i+1], Kind: Proclitic})
		i++
	}
	end := l.n - p.enc
	if end > i {
		dst = append(dst, Segment{Start: l.pos[i], End: l.pos[end], Kind: Stem})
	}
	if p.enc > 0 {
		dst = append(dst, Segment{Start: l.pos[end], End: len(word), Kind: Enclitic})
	}
	return dst
}
