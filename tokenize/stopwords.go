// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package tokenize

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"iter"
	"maps"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/qalam-nlp/qalam/normalize"
)

//go:embed stopwords.txt
var arabicStopwords string

// A Stopwords is a set of words an indexer leaves out. Words are compared
// after normalize.Search, so one entry covers its spelling variants; an
// entry marked exact is compared as written instead (only harakat, tatweel,
// Quranic marks, presentation forms and invisible controls aside), for
// function words whose folded form is also a content word: على folds to
// علي (Ali), إلى to الي (آلي), علية (Aliya) to عليه. The list holds إلى
// written with a final ي too (الي إلي), but not علي.
//
// A Stopwords is immutable and safe for concurrent use.
type Stopwords struct {
	// folded maps the Search form of every entry to foldedStop, or to
	// foldedExact when only exact entries have that form.
	folded map[string]uint8
	// exact holds the light form of the exact entries.
	exact map[string]struct{}
	// written holds the light form of every entry.
	written map[string]struct{}
	// maybe has the bit foldedBit gives for each key of folded set: a
	// word whose bit is clear is no entry, which most words of a text show
	// without a look-up in the map.
	maybe [1 << maybeBits / 64]uint64
}

// maybeBits is the log2 of the bits in Stopwords.maybe: some 24 bits an
// entry of ArabicStopwords, so that few words that are no entry (3 in 100
// of news) share a bit with one.
const maybeBits = 13

// foldedBit returns the bit of Stopwords.maybe for a Search form: a hash of
// its length and of its bytes 1 and 3 and its last and last but two,
// which in Arabic words are the first two and last two letters.
func foldedBit(f []byte) uint32 {
	n := len(f)
	if n == 0 {
		return 0
	}
	x := uint64(n) | uint64(f[min(1, n-1)])<<8 | uint64(f[min(3, n-1)])<<16 |
		uint64(f[max(0, n-3)])<<24 | uint64(f[n-1])<<32
	return uint32(x * 0x9E3779B97F4A7C15 >> (64 - maybeBits))
}

// lookup returns what s.folded holds for the Search form f.
func (s *Stopwords) lookup(f []byte) uint8 {
	if b := foldedBit(f); s.maybe[b/64]>>(b%64)&1 == 0 {
		return 0
	}
	return s.folded[string(f)]
}

// setFolded sets s.folded[f] to v, and f's bit of s.maybe.
func (s *Stopwords) setFolded(f string, v uint8) {
	s.folded[f] = v
	b := foldedBit([]byte(f))
	s.maybe[b/64] |= 1 << (b % 64)
}

const (
	foldedStop  uint8 = 1
	foldedExact uint8 = 2
)

// light is the normalisation exact entries are compared after: what never
// changes which word is written.
var light = normalize.New(normalize.Harakat | normalize.Tatweel | normalize.QuranicMarks |
	normalize.DaggerAlef | normalize.PresentationForms | normalize.Controls)

// ArabicStopwords is the project's Arabic list (stopwords.txt): 353
// distinct entries: prepositions with their clitic forms (وفي، بها، عنه، لهم), pronouns,
// demonstratives, relatives, particles, forms of كان and ليس, and the
// reporting verbs of news (قال، أضاف، أكد، أوضح، أشار ...).
var ArabicStopwords = mustParseStopwords(arabicStopwords)

func mustParseStopwords(s string) *Stopwords {
	sw, err := ParseStopwords(strings.NewReader(s))
	if err != nil {
		panic("tokenize: embedded stopwords.txt: " + err.Error())
	}
	return sw
}

// NewStopwords returns the set of words (normalised by normalize.Search).
// A word with a leading '=' is an exact entry.
func NewStopwords(words ...string) *Stopwords {
	s := &Stopwords{folded: map[string]uint8{}, exact: map[string]struct{}{}, written: map[string]struct{}{}}
	s.add(words)
	return s
}

func (s *Stopwords) add(words []string) {
	for _, w := range words {
		s.written[light.String(strings.TrimPrefix(w, "="))] = struct{}{}
		if e, ok := strings.CutPrefix(w, "="); ok {
			s.exact[light.String(e)] = struct{}{}
			f := normalize.Search.String(e)
			if s.folded[f] == 0 {
				s.setFolded(f, foldedExact)
			}
			continue
		}
		s.setFolded(normalize.Search.String(w), foldedStop)
	}
}

// With returns a new set holding s's words and words (with the same '='
// convention as NewStopwords).
func (s *Stopwords) With(words ...string) *Stopwords {
	t := &Stopwords{folded: maps.Clone(s.folded), exact: maps.Clone(s.exact), written: maps.Clone(s.written), maybe: s.maybe}
	t.add(words)
	return t
}

// ParseStopwords reads a stopword list: one word a line, white space
// around it ignored; blank lines and lines starting with '#' are skipped; a
// leading '=' makes an exact entry. A line holding more than one word, or
// text that is not UTF-8, is an error naming the line; nothing is returned
// then.
func ParseStopwords(r io.Reader) (*Stopwords, error) {
	var words []string
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		if !utf8.ValidString(line) {
			return nil, fmt.Errorf("stopwords line %d: not UTF-8", n)
		}
		if strings.ContainsFunc(line, func(r rune) bool { return classify(r) == cSpace }) {
			return nil, fmt.Errorf("stopwords line %d: %q is more than one word", n, line)
		}
		if line == "=" {
			return nil, fmt.Errorf("stopwords line %d: '=' with no word", n)
		}
		words = append(words, line)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("stopwords: %w", err)
	}
	return NewStopwords(words...), nil
}

// Len returns the number of distinct entries (folded and exact).
func (s *Stopwords) Len() int {
	n := len(s.exact)
	for _, v := range s.folded {
		if v == foldedStop {
			n++
		}
	}
	return n
}

// All returns the folded forms of the entries and the light forms of the
// exact entries, in no particular order.
func (s *Stopwords) All() iter.Seq[string] {
	return func(yield func(string) bool) {
		for w, v := range s.folded {
			if v == foldedStop && !yield(w) {
				return
			}
		}
		for w := range s.exact {
			if !yield("=" + w) {
				return
			}
		}
	}
}

// scratch holds buffers for Contains and ContainsBytes, which may be
// called from many goroutines at once.
var scratch = sync.Pool{New: func() any { b := make([]byte, 0, 64); return &b }}

// Contains reports whether word is in the set. It does not allocate (its
// buffers are pooled).
func (s *Stopwords) Contains(word string) bool {
	p := scratch.Get().(*[]byte)
	defer scratch.Put(p)
	*p = normalize.Search.AppendString((*p)[:0], word)
	switch s.lookup(*p) {
	case foldedStop:
		return true
	case foldedExact:
		*p = light.AppendString((*p)[:0], word)
		_, ok := s.exact[string(*p)]
		return ok
	}
	return false
}

// ContainsWritten reports whether word is an entry of the set as it is
// written: compared as exact entries are, with hamza, alef maqsura and ta
// marbuta as they stand. So أنا is in ArabicStopwords and آنا (Anna) is
// not, although Contains finds both. It allocates.
func (s *Stopwords) ContainsWritten(word string) bool {
	_, ok := s.written[light.String(word)]
	return ok
}

// ContainsBytes is Contains for a byte slice.
func (s *Stopwords) ContainsBytes(word []byte) bool {
	p := scratch.Get().(*[]byte)
	defer scratch.Put(p)
	*p = normalize.Search.Append((*p)[:0], word)
	return s.containsFolded(word, *p, p)
}

// containsFolded is ContainsBytes for a word whose normalize.Search form,
// folded, is known; buf is scratch space, which it may grow.
func (s *Stopwords) containsFolded(word, folded []byte, buf *[]byte) bool {
	switch s.lookup(folded) {
	case foldedStop:
		return true
	case foldedExact:
		*buf = light.Append((*buf)[:0], word)
		_, ok := s.exact[string(*buf)]
		return ok
	}
	return false
}
