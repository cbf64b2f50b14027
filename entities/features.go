// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package entities

import (
	"unicode"
	"unicode/utf8"

	"github.com/qalam-nlp/qalam/entities/gazetteer"
	"github.com/qalam-nlp/qalam/entities/internal/wordform"
	"github.com/qalam-nlp/qalam/entities/tagger"
	"github.com/qalam-nlp/qalam/stem/light"
	"github.com/qalam-nlp/qalam/tokenize"
	"github.com/qalam-nlp/qalam/tokenize/clitics"
)

// featureSet names the features below; a model trained on others is
// refused. Change it whenever a feature changes.
const featureSet = "qalam-entities-1"

// The tagger sees each token through the words around it. A word's
// features depend on the word alone, so the sum of their weights is
// computed once per distinct word and role (wordVec) and a token's score
// is the sum of five such vectors and of its dense features.

// Roles of a word relative to the token being tagged.
const (
	roleSelf = iota
	rolePrev
	roleNext
	rolePrev2
	roleNext2
	numRoles
)

// wordVec is the summed weights of a word's features in each role.
type wordVec [numRoles]tagger.Scores

// wordKey is the cache key of a token: its matching form, and a byte
// for its kind and Latin capitalisation, which the form loses.
func (s *state) wordKey(dst []byte, t *tok) []byte {
	shape := byte('a' + t.kind)
	if t.kind == tokenize.LatinWord {
		if r, _ := utf8.DecodeRuneInString(s.text[t.start:t.end]); unicode.IsUpper(r) {
			shape = 'A'
		}
	}
	dst = append(dst, shape)
	if t.n1 > t.n0 {
		dst = append(dst, s.norm[t.n0:t.n1]...)
	}
	return dst
}

// Sequence edges have a word key of their own.
var (
	edgeKey = []byte{0}
	// punctuation and other tokens without a matching form are keyed by
	// kind alone (wordKey).
)

// hasher builds the 64-bit FNV-1a hashes of a word's features.
type hasher struct {
	keys []uint64
	segs []clitics.Segment
	stem []byte
	role byte
}

func (h *hasher) add(kind byte, parts ...[]byte) {
	x := uint64(14695981039346656037)
	mix := func(c byte) {
		x ^= uint64(c)
		x *= 1099511628211
	}
	mix(h.role)
	mix(kind)
	for _, p := range parts {
		for _, c := range p {
			mix(c)
		}
		mix(0xff)
	}
	h.keys = append(h.keys, x)
}

// wordFeatures appends to h.keys the hashed features of the word with
// cache key key (see wordKey) in the given role.
func (h *hasher) wordFeatures(key []byte, role int) {
	h.role = byte(role)
	shape, w := key[:1], key[1:]
	if len(key) == 1 || shape[0] != 'a'+byte(tokenize.ArabicWord) {
		// Punctuation, numbers, Latin words: the form and the shape.
		h.add('s', shape)
		if len(w) > 0 {
			h.add('w', w)
		}
		if role == roleSelf && len(w) > 0 {
			if shape[0] != 'a'+byte(tokenize.Punct) {
				h.add('S', suffix(w, 2))
				h.add('n', []byte{lengthClass(utf8.RuneCount(w))})
			}
		}
		return
	}
	h.add('w', w)
	parts := wordform.Split(w, &h.segs)
	h.add('a', parts.Bare)
	if role == roleNext2 || role == rolePrev2 {
		return
	}
	h.add('p', parts.Proclitics, []byte{boolByte(len(parts.Bare) < len(parts.Core))})
	if role != roleSelf {
		return
	}
	h.add('c', parts.Core)
	h.add('e', parts.Enclitics)
	h.add('P', prefix(parts.Bare, 1))
	h.add('Q', prefix(parts.Bare, 2))
	h.add('R', prefix(parts.Bare, 3))
	h.add('X', suffix(parts.Bare, 1))
	h.add('Y', suffix(parts.Bare, 2))
	h.add('Z', suffix(parts.Bare, 3))
	h.add('n', []byte{lengthClass(utf8.RuneCount(parts.Bare))})
	h.stem = light.AppendStem(h.stem[:0], w)
	h.add('l', h.stem)
}

func boolByte(b bool) byte {
	if b {
		return 1
	}
	return 0
}

// lengthClass buckets a length in letters.
func lengthClass(n int) byte {
	switch {
	case n <= 5:
		return byte(n)
	case n <= 7:
		return 6
	}
	return 8
}

// prefix returns the first n letters of w (all of it when shorter).
func prefix(w []byte, n int) []byte {
	i := 0
	for ; n > 0 && i < len(w); n-- {
		_, size := utf8.DecodeRune(w[i:])
		i += size
	}
	return w[:i]
}

// suffix returns the last n letters of w.
func suffix(w []byte, n int) []byte {
	i := len(w)
	for ; n > 0 && i > 0; n-- {
		_, size := utf8.DecodeLastRune(w[:i])
		i -= size
	}
	return w[i:]
}

// Dense features: what the gazetteer and the rules found at a token.
// Each is tested at the token itself and at its neighbours.
const (
	dBias      = 0
	dFound     = dBias + 1      // + 4*type(0..3) + 2*linked + inside: a mention found by the gazetteer or a rule
	dItem      = dFound + 16    // + 2*type + inside: a gazetteer name matched, before the rules
	dCue       = dItem + 8      // + title, given name, org head, loc head
	dLineStart = dCue + 4       // the first token of a line
	dLatin     = dLineStart + 1 // a Latin-script word
	dNumber    = dLatin + 1     // a number
	dPunct     = dNumber + 1    // punctuation
	dOther     = dPunct + 1     // a symbol, URL, e-mail, hashtag, mention or emoji
	dSkip      = dOther + 1     // the found mention leaves out clitics
	dAlefMaks  = dSkip + 1      // written with final ى
	dFlag      = dAlefMaks + 1  // + bit of wordFlag
	numAtoms   = dFlag + numFlags
	denseRoles = 3 // the token, the one before, the one after
)

// numDense is the number of dense features of the model.
const numDense = numAtoms * denseRoles

var entityIndex = [...]int{gazetteer.Person: 0, gazetteer.Location: 1, gazetteer.Organization: 2, gazetteer.Nationality: 3}

// atoms returns the dense atoms of every token of the chunk, as bit sets.
func (s *state) atoms() []uint64 {
	s.bits = append(s.bits[:0], make([]uint64, len(s.toks))...)
	b := s.bits
	for _, f := range s.found {
		base := dFound + 4*entityIndex[f.typ]
		if f.entry >= 0 {
			base += 2
		}
		for k := f.i; k < f.j; k++ {
			if k == f.i {
				b[k] |= 1 << base
				if f.skip > 0 {
					b[k] |= 1 << dSkip
				}
			} else {
				b[k] |= 1 << (base + 1)
			}
		}
	}
	for _, it := range s.items {
		if it.entry >= 0 {
			e := &s.x.entries[it.entry]
			base := dItem + 2*entityIndex[e.typ]
			b[it.i] |= 1 << base
			for k := it.i + 1; k < it.j; k++ {
				b[k] |= 1 << (base + 1)
			}
		}
		for c, t := range [...]gazetteer.Type{gazetteer.Title, gazetteer.GivenName, gazetteer.OrgHead, gazetteer.LocHead} {
			if it.cues.has(t) {
				b[it.i] |= 1 << (dCue + c)
			}
		}
	}
	for k := range s.toks {
		t := &s.toks[k]
		b[k] |= 1 << dBias
		if k == 0 || containsNewline(s.text[s.toks[k-1].end:t.start]) {
			b[k] |= 1 << dLineStart
		}
		switch t.kind {
		case tokenize.ArabicWord:
		case tokenize.LatinWord:
			b[k] |= 1 << dLatin
		case tokenize.Number:
			b[k] |= 1 << dNumber
		case tokenize.Punct:
			b[k] |= 1 << dPunct
		default:
			b[k] |= 1 << dOther
		}
		if t.alefMaks {
			b[k] |= 1 << dAlefMaks
		}
		for f := range numFlags {
			if t.flags&(1<<f) != 0 {
				b[k] |= 1 << (dFlag + f)
			}
		}
	}
	return b
}

func containsNewline(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			return true
		}
	}
	return false
}

// sequences calls fn for each run of tokens [a, b) that the tagger
// decodes as one: a sentence, ended by a full stop, question or
// exclamation mark, or a line break.
func (s *state) sequences(fn func(a, b int)) {
	a := 0
	for k := range s.toks {
		end := k+1 == len(s.toks) || containsNewline(s.text[s.toks[k].end:s.toks[k+1].start])
		if t := &s.toks[k]; t.kind == tokenize.Punct {
			switch s.text[t.start:t.end] {
			case ".", "!", "?", "؟", "...", "…":
				end = true
			}
		}
		if end {
			fn(a, k+1)
			a = k + 1
		}
	}
}
