// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package tagger

import "math"

// Model holds a tagger's weights. It is immutable once built and safe
// for concurrent use.
type Model struct {
	// Features names the feature set the weights were learned for; a
	// user of the model checks that it computes the same.
	Features string
	trans    [NumTags + 1]Scores // trans[a][b]: a then b; a == NumTags at the start
	dense    []Scores
	features Index // hashed feature → row in rows
	rows     []Scores
	// Words holds precomputed scores of whole words: for a word, the sum
	// of the weights of its hashed features in each of wordRoles roles,
	// so that a tagger need not look its features up one by one.
	words     Index // Hash(word) → first row in wordRows
	wordRows  []Scores
	wordRoles int
}

// Word returns the precomputed rows (one per role) of the word with hash
// key (see Hash), or nil.
func (m *Model) Word(key uint64) []Scores {
	i, ok := m.words.Get(key)
	if !ok {
		return nil
	}
	return m.wordRows[i : int(i)+m.wordRoles : int(i)+m.wordRoles]
}

// Words returns the number of words with precomputed scores.
func (m *Model) Words() int { return m.words.Len() }

// SetWords stores precomputed scores: rows(word) gives a word's rows, one
// per role, each the sum of AddHashed over its features in that role.
func (m *Model) SetWords(words []string, roles int, rows func(word string) []Scores) {
	m.words = Index{}
	m.wordRows = make([]Scores, 0, len(words)*roles)
	m.wordRoles = roles
	for _, w := range words {
		key := Hash([]byte(w))
		if _, dup := m.words.Get(key); dup {
			continue
		}
		m.words.Put(key, int32(len(m.wordRows)))
		m.wordRows = append(m.wordRows, rows(w)...)
	}
}

// Hashed returns the number of hashed features in the model.
func (m *Model) Hashed() int { return len(m.rows) }

// Dense returns the number of dense features in the model.
func (m *Model) Dense() int { return len(m.dense) }

// AddHashed adds the weights of the hashed feature key to s; a feature
// the model does not hold adds nothing.
func (m *Model) AddHashed(s *Scores, key uint64) {
	if i, ok := m.features.Get(key); ok {
		add(s, &m.rows[i])
	}
}

// AddDense adds the weights of dense feature i to s.
func (m *Model) AddDense(s *Scores, i int) {
	if i < len(m.dense) {
		add(s, &m.dense[i])
	}
}

func add(s, w *Scores) {
	for t := range s {
		s[t] += w[t]
	}
}

// nonZero maps a hash onto the keys that can be stored: 0 marks an empty
// slot.
func nonZero(key uint64) uint64 {
	if key == 0 {
		return 1
	}
	return key
}

// Viterbi holds the scratch memory of decoding; the zero value is ready
// to use. It is not safe for concurrent use.
type Viterbi struct {
	back [][NumTags]Tag
}

// Decode appends to dst the best tag sequence for tokens with the given
// scores (from the features of each token) under the model's
// transitions. Only well-formed sequences are considered.
func (v *Viterbi) Decode(dst []Tag, m *Model, scores []Scores) []Tag {
	return v.decode(dst, scores, &m.trans)
}

// decode is the Viterbi algorithm over scores and transitions. An O or
// a B- tag may follow any tag, an I- tag only the B- or I- tag of its
// type (see follows); a tie goes to the first candidate in tag order.
func (v *Viterbi) decode(dst []Tag, scores []Scores, trans *[NumTags + 1]Scores) []Tag {
	n := len(scores)
	if n == 0 {
		return dst
	}
	if cap(v.back) < n {
		v.back = make([][NumTags]Tag, n)
	}
	back := v.back[:n]
	var best, next Scores
	neg := float32(math.Inf(-1))
	for b := range NumTags {
		best[b] = neg
		if follows(NumTags, b) {
			best[b] = trans[NumTags][b] + scores[0][b]
		}
	}
	for i := 1; i < n; i++ {
		sc, bk := &scores[i], &back[i]
		for _, b := range [...]Tag{O, BPerson, BLocation, BOrganization} {
			top, arg := best[O]+trans[O][b], O
			for a := Tag(1); a < NumTags; a++ {
				if s := best[a] + trans[a][b]; s > top {
					top, arg = s, a
				}
			}
			next[b] = top + sc[b]
			bk[b] = arg
		}
		for _, b := range [...]Tag{IPerson, ILocation, IOrganization} {
			top, arg := best[b-1]+trans[b-1][b], b-1
			if s := best[b] + trans[b][b]; s > top {
				top, arg = s, b
			}
			next[b] = top + sc[b]
			bk[b] = arg
		}
		best = next
	}
	last := Tag(0)
	for b := Tag(1); b < NumTags; b++ {
		if best[b] > best[last] {
			last = b
		}
	}
	start := len(dst)
	dst = append(dst, make([]Tag, n)...)
	out := dst[start:]
	for i := n - 1; i >= 0; i-- {
		out[i] = last
		last = back[i][last]
	}
	return dst
}
