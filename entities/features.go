// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package entities

import (
	"bytes"
	_ "embed"
	"math/bits"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/qalam-nlp/qalam/entities/gazetteer"
	"github.com/qalam-nlp/qalam/entities/internal/clusters"
	"github.com/qalam-nlp/qalam/entities/internal/wordform"
	"github.com/qalam-nlp/qalam/entities/tagger"
	"github.com/qalam-nlp/qalam/stem/light"
	"github.com/qalam-nlp/qalam/tokenize"
	"github.com/qalam-nlp/qalam/tokenize/clitics"
)

// featureSet names the features below; a model trained on others is
// refused. Change it whenever a feature changes.
const featureSet = "qalam-entities-2"

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
	return appendWordKey(dst, t.kind, s.text[t.start:t.end], s.norm[t.n0:t.n1])
}

// appendWordKey appends the word key of a token of the given kind,
// surface and matching form (empty for tokens other than words and
// punctuation).
func appendWordKey(dst []byte, kind tokenize.Kind, surface string, norm []byte) []byte {
	shape := byte('a' + kind)
	if kind == tokenize.LatinWord {
		if r, _ := utf8.DecodeRuneInString(surface); unicode.IsUpper(r) {
			shape = 'A'
		}
	}
	return append(append(dst, shape), norm...)
}

// appendTextKeys calls fn with the word key of every token of text.
func appendTextKeys(text string, fn func(key []byte)) {
	var key, norm []byte
	for t := range tokenize.Tokens(text) {
		surface := text[t.Start:t.End]
		norm = norm[:0]
		if t.Kind == tokenize.ArabicWord || t.Kind == tokenize.LatinWord || t.Kind == tokenize.Punct {
			norm = foldToken(norm, surface)
		}
		key = appendWordKey(key[:0], t.Kind, surface, norm)
		fn(key)
	}
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
	last lastSplit
	// lastCluster remembers the cluster path of the last word looked up,
	// for the same reason.
	lastCluster struct {
		word []byte
		path string
		ok   bool
	}
}

// lastSplit remembers the parts of the last word split, as offsets: a
// word's features are computed in each role in turn.
type lastSplit struct {
	word           []byte
	pre, enc, bare int // Proclitics end, Enclitics start, Bare start
}

// split returns wordform.Split(w), the last word's parts when w is that
// word again.
func (h *hasher) split(w []byte) wordform.Parts {
	l := &h.last
	if l.word == nil || !bytes.Equal(w, l.word) {
		p := wordform.Split(w, &h.segs)
		l.word = append(l.word[:0], w...)
		l.pre = len(p.Proclitics)
		l.enc = len(w) - len(p.Enclitics)
		l.bare = l.enc - len(p.Bare)
	}
	return wordform.Parts{Proclitics: w[:l.pre], Core: w[l.pre:l.enc], Bare: w[l.bare:l.enc], Enclitics: w[l.enc:]}
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
			h.cluster(w, role)
		} else if shape[0] == 'a'+byte(tokenize.Number) {
			h.cluster([]byte(clusters.NumberKey), role)
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
	parts := h.split(w)
	h.add('a', parts.Bare)
	h.cluster(parts.Bare, role)
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

// clusterPrefixes are the lengths of the cluster paths used as features:
// coarse classes to the word's own.
var clusterPrefixes = [...]int{4, 6, 10, 64}

// cluster adds the word's cluster path prefixes (package clusters; the
// embedded clusters learned from the news corpus) as features: a word
// the tagger was not trained on is still known by the words it goes
// with. The roles farther away get the coarse classes only.
func (h *hasher) cluster(word []byte, role int) {
	c := &h.lastCluster
	if c.word == nil || !bytes.Equal(word, c.word) {
		c.word = append(c.word[:0], word...)
		c.path, c.ok = wordClusters().Path(word)
	}
	path, ok := c.path, c.ok
	if !ok {
		h.add('k')
		return
	}
	n := len(clusterPrefixes)
	if role == rolePrev2 || role == roleNext2 {
		n = 2
	}
	for i, l := range clusterPrefixes[:n] {
		h.add('K'+byte(i), []byte(path[:min(l, len(path))]))
	}
}

//go:embed model/clusters.txt
var clustersFile []byte

// wordClusters is the embedded cluster table, read on first use.
var wordClusters = sync.OnceValue(func() *clusters.Table {
	t, err := clusters.Parse(clustersFile)
	if err != nil {
		panic("entities: the embedded model/clusters.txt: " + err.Error()) // a build defect, caught by the tests
	}
	return t
})

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
// Each is tested at the token itself and at the two tokens on each side.
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
	dInName    = dFlag + numFlags
	dFoundHere = dInName + numNameRoles // + type: the word is part of a mention of that type somewhere in the chunk
	numAtoms   = dFoundHere + 4
	denseRoles = 5 // the token, the one before, the one after, and the second ones
)

// numDense is the number of dense features of the model.
const numDense = numAtoms * denseRoles

// atomSet is a set of dense atoms.
type atomSet [(numAtoms + 63) / 64]uint64

func (a *atomSet) add(i int) { a[i/64] |= 1 << (i % 64) }

// addBits adds atom base+i for each bit i set in bits, which hold fewer
// than 64 bits.
func (a *atomSet) addBits(base int, bits uint64) {
	w, o := base/64, base%64
	a[w] |= bits << o
	if hi := bits >> (64 - o); hi != 0 {
		a[w+1] |= hi
	}
}

// hash mixes the set's bits into 64 (fmix64).
func (a *atomSet) hash() uint64 {
	return fmix64(a[0] ^ a[1]*0x9e3779b97f4a7c15)
}

// each calls fn with each atom of the set.
func (a *atomSet) each(fn func(int)) {
	for w, set := range a {
		for ; set != 0; set &= set - 1 {
			fn(64*w + bits.TrailingZeros64(set))
		}
	}
}

// nameRole says where a word stands in the gazetteer's names.
type nameRole uint16

const (
	personFirst  nameRole = 1 << iota // first word of a person's name of two words or more
	personLast                        // last word of one
	personInner                       // another word of one
	personAlone                       // a person's name by itself
	placeWord                         // a word of a place's name of two words or more
	placeAlone                        // a place's name by itself
	orgWord                           // a word of an organisation's name of two words or more
	orgAlone                          // an organisation's name by itself
	givenWord                         // a given name
	titleWord                         // a word of a title
	headWord                          // an organisation's or place's head-word
	numNameRoles = iota
)

// nameRoles returns the roles of every word id in the names of entries.
func nameRoles(t *trie, entries []entry, names [][][]string) []nameRole {
	roles := make([]nameRole, len(t.strs))
	for idx, forms := range names {
		typ := entries[idx].typ
		for _, f := range forms {
			for p, w := range f {
				id, ok := t.words[w]
				if !ok {
					continue
				}
				var r nameRole
				switch {
				case typ == gazetteer.Person && len(f) == 1:
					r = personAlone
				case typ == gazetteer.Person && p == 0:
					r = personFirst
				case typ == gazetteer.Person && p == len(f)-1:
					r = personLast
				case typ == gazetteer.Person:
					r = personInner
				case typ == gazetteer.Location && len(f) == 1:
					r = placeAlone
				case typ == gazetteer.Location:
					r = placeWord
				case typ == gazetteer.Organization && len(f) == 1:
					r = orgAlone
				case typ == gazetteer.Organization:
					r = orgWord
				case typ == gazetteer.GivenName:
					r = givenWord
				case typ == gazetteer.Title:
					r = titleWord
				case typ == gazetteer.OrgHead || typ == gazetteer.LocHead:
					r = headWord
				}
				roles[id] |= r
			}
		}
	}
	return roles
}

var entityIndex = [...]int{gazetteer.Person: 0, gazetteer.Location: 1, gazetteer.Organization: 2, gazetteer.Nationality: 3}

// atoms returns the dense atoms of every token of the chunk.
func (s *state) atoms() []atomSet {
	s.bits = append(s.bits[:0], make([]atomSet, len(s.toks))...)
	b := s.bits
	s.foundWords.Reset()
	for _, f := range s.found {
		base := dFound + 4*entityIndex[f.typ]
		if f.entry >= 0 {
			base += 2
		}
		for k := f.i; k < f.j; k++ {
			if k == f.i {
				b[k].add(base)
				if f.skip > 0 {
					b[k].add(dSkip)
				}
			} else {
				b[k].add(base + 1)
			}
			if t := &s.toks[k]; t.kind == tokenize.ArabicWord || t.kind == tokenize.LatinWord {
				w := s.norm[t.n0:t.n1]
				if k == f.i {
					w = s.normAfter(t, f.skip)
				}
				h := tagger.Hash(w)
				types, _ := s.foundWords.Get(h)
				s.foundWords.Put(h, types|1<<entityIndex[f.typ])
			}
		}
	}
	for _, it := range s.items {
		if it.entry >= 0 {
			e := &s.x.entries[it.entry]
			base := dItem + 2*entityIndex[e.typ]
			b[it.i].add(base)
			for k := it.i + 1; k < it.j; k++ {
				b[k].add(base + 1)
			}
		}
		if it.cues == 0 {
			continue // as most are
		}
		for c, t := range [...]gazetteer.Type{gazetteer.Title, gazetteer.GivenName, gazetteer.OrgHead, gazetteer.LocHead} {
			if it.cues.has(t) {
				b[it.i].add(dCue + c)
			}
		}
	}
	for k := range s.toks {
		t := &s.toks[k]
		b[k].add(dBias)
		if t.lineStart {
			b[k].add(dLineStart)
		}
		switch t.kind {
		case tokenize.ArabicWord:
		case tokenize.LatinWord:
			b[k].add(dLatin)
		case tokenize.Number:
			b[k].add(dNumber)
		case tokenize.Punct:
			b[k].add(dPunct)
		default:
			b[k].add(dOther)
		}
		if t.alefMaks {
			b[k].add(dAlefMaks)
		}
		b[k].addBits(dFlag, uint64(t.flags))
		b[k].addBits(dInName, uint64(t.roles))
		if s.foundWords.Len() > 0 && t.n1 > t.n0 {
			types, ok := s.foundWords.Get(t.normHash)
			if !ok && t.nv > 0 {
				types, _ = s.foundWords.Get(tagger.Hash(s.normAfter(t, s.vars[t.v0].skip)))
			}
			b[k].addBits(dFoundHere, uint64(types))
		}
	}
	return b
}

// normAfter returns the normalised form of token t without its first
// skip bytes as written (clitics).
func (s *state) normAfter(t *tok, skip int32) []byte {
	w := s.norm[t.n0:t.n1]
	for _, r := range s.text[t.start : t.start+int(skip)] {
		if isMark(r) || len(w) == 0 {
			continue
		}
		_, size := utf8.DecodeRune(w)
		w = w[size:]
	}
	return w
}

// sequences calls fn for each run of tokens [a, b) that the tagger
// decodes as one: a sentence, ended by a full stop, question or
// exclamation mark, or a line break.
func (s *state) sequences(fn func(a, b int)) {
	a := 0
	for k := range s.toks {
		end := k+1 == len(s.toks) || s.toks[k+1].lineStart
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
