// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package tagger

import (
	"math"
	"slices"
)

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

// WarmWords reads the slots of keys in the index of the words, all at
// once, before they are looked up one by one (see Index.Warm).
func (m *Model) WarmWords(keys []uint64) uint64 { return m.words.Warm(keys) }

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

// WarmHashed reads the slots of the hashed features keys in the model's
// index, all at once, before they are added one by one (see Index.Warm).
func (m *Model) WarmHashed(keys []uint64) uint64 { return m.features.Warm(keys) }

// AppendRows appends to dst the row of each hashed feature of keys, or -1
// for a feature the model does not hold, for AddRow. It reads each row
// as it finds it, so that the rows' cache misses overlap rather than
// wait one for another in the adds; the value it returns is of no
// meaning, for the caller to keep so that those reads are not left out.
func (m *Model) AppendRows(dst []int32, keys []uint64) ([]int32, uint32) {
	var w uint32
	for _, k := range keys {
		i, ok := m.features.Get(k)
		if !ok {
			dst = append(dst, -1)
			continue
		}
		dst = append(dst, i)
		r := &m.rows[i]
		w ^= math.Float32bits(r[0]) ^ math.Float32bits(r[NumTags-1])
	}
	return dst, w
}

// AddRow adds the weights of a row that AppendRows found to s; row -1
// adds nothing.
func (m *Model) AddRow(s *Scores, row int32) {
	if row >= 0 {
		add(s, &m.rows[row])
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
	best   []Scores // the best score of each tag at each token
	afterO []bool   // O is the best tag before each O and B- tag at the token
}

// Decode appends to dst the best tag sequence for tokens with the given
// scores (from the features of each token) under the model's
// transitions. Only well-formed sequences are considered.
func (v *Viterbi) Decode(dst []Tag, m *Model, scores []Scores) []Tag {
	return v.decode(dst, scores, &m.trans)
}

// decode is the Viterbi algorithm over scores and transitions. An O or
// a B- tag may follow any tag, an I- tag only the B- or I- tag of its
// type (see follows). The forward pass keeps each token's best scores
// and finds maxima without branches; the way back then compares, for the
// one tag chosen at each token, the candidates before it again, summed as
// the forward pass summed them, so that a tie goes to the first candidate
// in tag order.
func (v *Viterbi) decode(dst []Tag, scores []Scores, trans *[NumTags + 1]Scores) []Tag {
	n := len(scores)
	if n == 0 {
		return dst
	}
	if cap(v.best) < n {
		v.best = make([]Scores, n)
		v.afterO = make([]bool, n)
	}
	best, afterO := v.best[:n], v.afterO[:n]
	neg := float32(math.Inf(-1))
	for b := range NumTags {
		best[0][b] = neg
		if follows(NumTags, b) {
			best[0][b] = trans[NumTags][b] + scores[0][b]
		}
	}
	// lead is the most that a tag other than O, before an O or B- tag,
	// gains over O before it by the transitions.
	lead := neg
	for a := Tag(1); a < NumTags; a++ {
		for _, b := range [...]Tag{O, BPerson, BLocation, BOrganization} {
			lead = max(lead, trans[a][b]-trans[O][b])
		}
	}
	for i := 1; i < n; i++ {
		prev, next, sc := &best[i-1], &best[i], &scores[i]
		p0, p1, p2, p3, p4, p5, p6 := prev[0], prev[1], prev[2], prev[3], prev[4], prev[5], prev[6]
		afterO[i] = float64(larger(larger(larger(p1, p2), larger(p3, p4)), larger(p5, p6)))+float64(lead) <= float64(p0)
		if afterO[i] {
			// O is the best tag before each O and B- tag, as it mostly
			// is: the maxima below are its sums. (Summed in float64, the
			// test errs only for a sum within a float64 rounding of p0.)
			for _, b := range [...]Tag{O, BPerson, BLocation, BOrganization} {
				next[b] = p0 + trans[O][b] + sc[b]
			}
		} else {
			for _, b := range [...]Tag{O, BPerson, BLocation, BOrganization} {
				top := larger(larger(larger(p0+trans[0][b], p1+trans[1][b]), larger(p2+trans[2][b], p3+trans[3][b])),
					larger(larger(p4+trans[4][b], p5+trans[5][b]), p6+trans[6][b]))
				next[b] = top + sc[b]
			}
		}
		next[IPerson] = larger(p1+trans[BPerson][IPerson], p2+trans[IPerson][IPerson]) + sc[IPerson]
		next[ILocation] = larger(p3+trans[BLocation][ILocation], p4+trans[ILocation][ILocation]) + sc[ILocation]
		next[IOrganization] = larger(p5+trans[BOrganization][IOrganization], p6+trans[IOrganization][IOrganization]) + sc[IOrganization]
	}
	last := Tag(0)
	for b := Tag(1); b < NumTags; b++ {
		if best[n-1][b] > best[n-1][last] {
			last = b
		}
	}
	start := len(dst)
	dst = slices.Grow(dst, n)[:start+n] // each is set below
	out := dst[start:]
	out[n-1] = last
	for i := n - 1; i > 0; i-- {
		prev, b := &best[i-1], out[i]
		if follows(O, b) && afterO[i] {
			out[i-1] = O // as the forward pass found
			continue
		}
		arg := O
		if !follows(O, b) {
			arg = b - 1 // an I- tag follows its B- or I- tag only
		}
		top := prev[arg] + trans[arg][b]
		for a := arg + 1; a < NumTags; a++ {
			if s := prev[a] + trans[a][b]; follows(a, b) && s > top {
				top, arg = s, a
			}
		}
		out[i-1] = arg
	}
	return dst
}

// larger is max for scores, which are never NaN: one comparison, where
// the built-in max also orders -0 below +0 and carries NaN through.
func larger(a, b float32) float32 {
	if a > b {
		return a
	}
	return b
}
