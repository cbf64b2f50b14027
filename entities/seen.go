// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package entities

import (
	"hash/maphash"
	"strings"

	"github.com/qalam-nlp/qalam/entities/tagger"
	"github.com/qalam-nlp/qalam/tokenize"
)

// A state remembers what it has worked out of each distinct token, by
// kind and surface, from one chunk and one call to the next: its
// normalised form, what the extractor knows of it, its readings without
// clitics and, when the tagger runs, its word vector. All of it depends
// on the surface alone, so that a token met before costs one hash and one
// lookup. The normalised forms and the readings live in s.norm and
// s.vars, which grow with the distinct tokens and are emptied with the
// rest of the cache when it holds maxCachedWords words or maxCachedBytes
// bytes of normalised text.

// seenWord is what a state keeps of a distinct token.
type seenWord struct {
	word         int32 // word id of the normalised form, or noWord
	n0, n1       int32 // normalised form: s.norm[n0:n1]
	v0, nv       int32 // readings without clitics: s.vars[v0:v0+nv]
	flags        wordFlag
	roles        nameRole // where the word and its readings stand in the gazetteer's names
	alefMaks     bool
	proclitics   uint8    // the letters at its start that may be clitics (proclitics)
	sportsWord   bool     // a word of sportsWords, with or without clitics
	looked       bool     // the model's words were looked up for key
	procSkip     int32    // the bytes of proclitics the tagger's spans leave out (cliticSkip), or -1 until needed
	normHash     uint64   // tagger.Hash of the normalised form
	strippedHash uint64   // tagger.Hash of the normalised form without its first letter, when proclitics > 0
	key          uint64   // tagger.Hash of the word key (wordKey), when the tagger runs
	vec          *wordVec // the word vector, nil until the tagger needs it
}

// seenWords holds a state's seenWords in blocks of seenBlock, allocated as
// the cache grows and kept when it is emptied: an entry never moves, so
// that growing the cache copies nothing and leaves no garbage.
type seenWords struct {
	blocks []*[seenBlock]seenWord
	n      int32
}

// seenBlock is the number of entries of a block: 64 KB.
const seenBlock = 1 << 10

// at returns entry i.
func (c *seenWords) at(i int32) *seenWord {
	return &c.blocks[uint32(i)/seenBlock][uint32(i)%seenBlock]
}

// add appends w and returns its index.
func (c *seenWords) add(w seenWord) int32 {
	i := c.n
	if int(i/seenBlock) == len(c.blocks) {
		c.blocks = append(c.blocks, new([seenBlock]seenWord))
	}
	*c.at(i) = w
	c.n++
	return i
}

// len returns the number of entries.
func (c *seenWords) len() int { return int(c.n) }

// The bounds of a state's cache of tokens.
const (
	maxCachedWords = 1 << 17
	maxCachedBytes = 8 << 20
)

// seenSeed seeds the hash of surfaces; the cache lives in memory only.
var seenSeed = maphash.MakeSeed()

// forget empties the caches of tokens and atom sets.
func (s *state) forget() {
	s.seenIndex.Reset()
	s.seen.n = 0
	s.norm = s.norm[:0]
	s.vars = s.vars[:0]
	s.vecOwner.Reset()
	s.denseIndex.Reset()
	s.denseSets = s.denseSets[:0]
	s.denseVecs = s.denseVecs[:0]
}

// cacheFull reports whether the cache has reached its bounds.
func (s *state) cacheFull() bool {
	return s.seen.len() > maxCachedWords || len(s.norm) > maxCachedBytes
}

// surfaceHash returns the key of token t in the cache: its kind and
// surface. Tokens other than words and punctuation are known by their
// kind alone: nothing is read from their surface.
func (s *state) surfaceHash(t tokenize.Token) uint64 {
	surface := ""
	if isWord(t.Kind) {
		surface = s.text[t.Start:t.End]
	}
	return maphash.String(seenSeed, surface) ^ uint64(t.Kind)*0x9e3779b97f4a7c15
}

func isWord(k tokenize.Kind) bool {
	return k == tokenize.ArabicWord || k == tokenize.LatinWord || k == tokenize.Punct
}

// intern returns the index in s.seen of token t (offsets into s.text),
// whose surfaceHash is h, adding it the first time.
func (s *state) intern(t tokenize.Token, h uint64) int32 {
	if i, ok := s.seenIndex.Get(h); ok {
		return i
	}
	word := isWord(t.Kind)
	surface := ""
	if word {
		surface = s.text[t.Start:t.End]
	}
	w := seenWord{word: noWord, n0: int32(len(s.norm)), v0: int32(len(s.vars)), procSkip: -1}
	if word {
		s.norm = foldToken(s.norm, surface)
	}
	w.n1 = int32(len(s.norm))
	norm := s.norm[w.n0:w.n1]
	lx := lexeme{word: noWord}
	if word {
		lx = s.lexemeOf(norm)
		w.word = lx.word
	}
	if t.Kind == tokenize.ArabicWord {
		w.flags = lx.flags
		w.alefMaks = strings.HasSuffix(surface, "ى")
		if w.alefMaks && maksuraParticles[string(norm)] {
			w.flags |= stop
		}
		if w.flags&(stop|common|verb) == 0 {
			s.addVariants(surface, string(norm))
		}
		w.nv = int32(len(s.vars)) - w.v0
		w.sportsWord = sportsWords[string(norm)] || sportsWords[withoutClitics(string(norm))]
	}
	if w.word >= 0 {
		w.roles = s.x.nameRoles[w.word]
	}
	for _, v := range s.vars[w.v0 : w.v0+w.nv] {
		w.roles |= s.x.nameRoles[v.word]
	}
	w.normHash = tagger.Hash(norm)
	w.proclitics = proclitics(norm)
	if w.proclitics > 0 {
		w.strippedHash = tagger.Hash(norm[2:]) // the letters of the clitics are two bytes each
	}
	if s.x.model != nil {
		s.key = appendWordKey(s.key[:0], t.Kind, surface, norm)
		w.key = tagger.Hash(s.key)
	}
	i := s.seen.add(w)
	s.seenIndex.Put(h, i)
	return i
}
