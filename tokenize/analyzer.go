// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package tokenize

import (
	"io"
	"iter"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/qalam-nlp/qalam/normalize"
	"github.com/qalam-nlp/qalam/tokenize/clitics"
)

// Term is one term of an analysed text, shaped to fill a search engine's
// token (bleve's analysis.Token: Term, Start, End, Position).
type Term struct {
	// Term is the normalised, stemmed form. It is valid until the
	// iteration moves on; copy it to keep it.
	Term []byte
	// Start and End are the token's UTF-8 byte offsets in the input.
	Start, End int
	// Position is the token's 1-based position among the word tokens of
	// the input. Dropped stopwords keep their positions, so phrase
	// queries do not match across them.
	Position int
	// Increment is Position minus the previous term's Position (1 unless
	// stopwords were dropped in between).
	Increment int
	// Kind is the token's kind: ArabicWord, LatinWord, Number, Hashtag or
	// Mention.
	Kind Kind
}

// Analyzer turns text into index terms: tokenize, keep the word-like tokens
// (Kind.IsWord: Arabic and Latin words, numbers, hashtags, mentions),
// normalise them, drop stopwords, optionally cut clitics off Arabic words,
// lower-case non-Arabic letters, and stem words. Its zero value normalises with normalize.Search and drops and
// stems nothing.
//
// An Analyzer is not changed by use: one can serve many goroutines.
type Analyzer struct {
	// Normalizer normalises each token; nil means normalize.Search.
	Normalizer *normalize.Normalizer
	// Stopwords, if not nil, are dropped (matched as Stopwords.Contains
	// does, whatever the Normalizer).
	Stopwords *Stopwords
	// Stem, if not nil, stems Arabic and Latin words after normalisation
	// (stem.Mixed, snowball.Stem, or any func(string) string). It costs at
	// least one string allocation a word (the word handed to it); set
	// AppendStem instead for an analysis that allocates nothing per term.
	Stem func(string) string
	// AppendStem, if not nil, is used instead of Stem: it appends the stem
	// of word to dst and returns the result (the AppendStem methods of the
	// stem packages). This is the allocation-free path: dst is a buffer the
	// analysis reuses from term to term.
	AppendStem func(dst, word []byte) []byte
	// Clitics, if not nil, splits Arabic words that are not stopwords into
	// clitics first (clitics.Default: the ATB scheme); the term is then made
	// from the stem segment alone (with its ال unless the Segmenter splits
	// it off), so وبالقلم and قلمهم give the terms of القلم and قلم. The
	// stem segment is checked against the stopwords again (فهذه → هذه).
	// The term keeps the offsets of the whole token.
	Clitics *clitics.Segmenter
}

// termState is the running state of one analysis.
type termState struct {
	position, last int
	norm, fold     []byte // the normalised token; its Search form when that differs
	low, stem      []byte // lower-cased and stemmed forms
	scratch        []byte
	segs           []clitics.Segment
}

// term analyses token t whose text is raw, and str when str is not empty
// (so that clitics need no copy of it); false means it gives no term.
func (a *Analyzer) term(st *termState, t Token, raw []byte, str string) (Term, bool) {
	if !t.Kind.IsWord() {
		return Term{}, false
	}
	st.position++
	n := a.Normalizer
	if n == nil {
		n = normalize.Search.Normalizer()
	}
	st.norm = n.Append(st.norm[:0], raw)
	if len(st.norm) == 0 {
		return Term{}, false
	}
	if a.isStopword(st, n, raw) {
		return Term{}, false
	}
	if a.Clitics != nil && t.Kind == ArabicWord {
		if str == "" {
			str = string(raw) // no allocation for words of up to 32 bytes
		}
		st.segs = a.Clitics.AppendSegments(st.segs[:0], str)
		lo, hi := -1, 0
		for _, sg := range st.segs {
			if sg.Kind == clitics.Stem {
				if lo < 0 {
					lo = sg.Start
				}
				hi = sg.End
			}
		}
		if lo >= 0 && hi-lo < len(raw) {
			raw = raw[lo:hi]
			st.norm = n.Append(st.norm[:0], raw)
			if len(st.norm) == 0 || a.isStopword(st, n, raw) {
				return Term{}, false
			}
		}
	}
	out := st.norm
	if t.Kind != ArabicWord {
		st.low = appendLower(st.low[:0], out)
		out = st.low
	}
	if t.Kind == ArabicWord || t.Kind == LatinWord {
		switch {
		case a.AppendStem != nil:
			st.stem = a.AppendStem(st.stem[:0], out)
			out = st.stem
		case a.Stem != nil:
			st.stem = append(st.stem[:0], a.Stem(string(out))...)
			out = st.stem
		}
	}
	tm := Term{Term: out, Start: t.Start, End: t.End, Position: st.position, Increment: st.position - st.last, Kind: t.Kind}
	st.last = st.position
	return tm, true
}

// isStopword reports whether raw, whose normalised form by n is in
// st.norm, is one of a.Stopwords.
func (a *Analyzer) isStopword(st *termState, n *normalize.Normalizer, raw []byte) bool {
	if a.Stopwords == nil {
		return false
	}
	folded := st.norm
	if n != normalize.Search.Normalizer() {
		st.fold = normalize.Search.Append(st.fold[:0], raw)
		folded = st.fold
	}
	return a.Stopwords.containsFolded(raw, folded, &st.scratch)
}

// appendLower appends s with its letters lower-cased to dst.
func appendLower(dst, s []byte) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, n := utf8.DecodeRune(s[i:])
		if r == utf8.RuneError && n == 1 {
			dst = append(dst, c)
		} else {
			dst = utf8.AppendRune(dst, unicode.ToLower(r))
		}
		i += n
	}
	return dst
}

// Terms returns the terms of text in order. It allocates nothing per term
// unless Stem is set (AppendStem is the allocation-free way to stem).
func (a *Analyzer) Terms(text string) iter.Seq[Term] {
	return func(yield func(Term) bool) {
		f := a.NewTermFilter()
		l := lexer[string]{text: text, eof: true}
		for {
			t, ok := l.next()
			if !ok {
				return
			}
			if tm, ok := f.Term(text, t); ok && !yield(tm) {
				return
			}
		}
	}
}

// TermFilter runs an Analyzer on tokens that the caller has lexed
// already, one at a time, for a caller that makes its own pass over the
// tokens (counting words, skipping some) and wants terms too, without
// the text being lexed twice. It holds the analysis's buffers and its
// position count, so it is for one goroutine; make one a text.
type TermFilter struct {
	a  *Analyzer
	st termState
}

// NewTermFilter returns a TermFilter that analyses as a does.
func (a *Analyzer) NewTermFilter() *TermFilter { return &TermFilter{a: a} }

// Term returns the term of token t of text (a token that Tokens gave for
// text, or the whole of a word given with its kind), or false when t gives
// no term. Positions count the word-like tokens handed to Term, so they
// are those of Terms when every token of the text is. The term's bytes
// are valid until the next call.
func (f *TermFilter) Term(text string, t Token) (Term, bool) {
	// The analysis only reads the bytes of text.
	b := unsafe.Slice(unsafe.StringData(text), len(text))
	return f.a.term(&f.st, t, b[t.Start:t.End], text[t.Start:t.End])
}

// TermsBytes is Terms for a byte slice, which it only reads.
func (a *Analyzer) TermsBytes(text []byte) iter.Seq[Term] {
	return func(yield func(Term) bool) {
		l := lexer[[]byte]{text: text, eof: true}
		var st termState
		for {
			t, ok := l.next()
			if !ok {
				return
			}
			if tm, ok := a.term(&st, t, text[t.Start:t.End], ""); ok && !yield(tm) {
				return
			}
		}
	}
}

// TermScanner reads the terms of a stream in constant memory; offsets are
// relative to the start of the stream.
type TermScanner struct {
	a    *Analyzer
	s    *Scanner
	st   termState
	term Term
}

// NewTermScanner returns a TermScanner reading r.
func (a *Analyzer) NewTermScanner(r io.Reader) *TermScanner {
	return &TermScanner{a: a, s: NewScanner(r)}
}

// Reset makes ts read r from its start, as a new TermScanner would,
// keeping its buffers.
func (ts *TermScanner) Reset(r io.Reader) {
	ts.s.Reset(r)
	ts.st = termState{norm: ts.st.norm[:0], fold: ts.st.fold[:0], low: ts.st.low[:0], stem: ts.st.stem[:0],
		scratch: ts.st.scratch[:0], segs: ts.st.segs[:0]}
	ts.term = Term{}
}

// Scan advances to the next term, which Term then returns. It returns
// false at the end of the stream or on a read error (see Err).
func (ts *TermScanner) Scan() bool {
	for ts.s.Scan() {
		if tm, ok := ts.a.term(&ts.st, ts.s.Token(), ts.s.Bytes(), ""); ok {
			ts.term = tm
			return true
		}
	}
	return false
}

// Term returns the current term; its Term bytes are valid until the next
// call to Scan.
func (ts *TermScanner) Term() Term { return ts.term }

// Err returns the first error other than io.EOF met while reading.
func (ts *TermScanner) Err() error { return ts.s.Err() }
