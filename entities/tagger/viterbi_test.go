// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package tagger

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// randomModel returns a model whose transitions are drawn uniformly from
// [-scale, scale).
func randomModel(rng *rand.Rand, scale float32) *Model {
	m := &Model{}
	for a := range m.trans {
		m.trans[a] = randomScores(rng, 1, scale)[0]
	}
	return m
}

// randomScores returns n tokens' scores drawn uniformly from
// [-scale, scale).
func randomScores(rng *rand.Rand, n int, scale float32) []Scores {
	s := make([]Scores, n)
	for i := range s {
		for t := range s[i] {
			s[i][t] = (2*rng.Float32() - 1) * scale
		}
	}
	return s
}

// wellFormed reports whether every I- tag of tags follows a B- or I- tag
// of its type.
func wellFormed(tags []Tag) bool {
	prev := O
	for _, t := range tags {
		if t != O && !t.IsBegin() && (prev == O || prev.Type() != t.Type()) {
			return false
		}
		prev = t
	}
	return true
}

// sequenceScore adds up a sequence's score in the order Decode does, so
// that equal sequences get bit-identical scores.
func sequenceScore(m *Model, scores []Scores, tags []Tag) float32 {
	prev := NumTags
	var s float32
	for i, t := range tags {
		if i == 0 {
			s = m.trans[prev][t] + scores[i][t]
		} else {
			s = s + m.trans[prev][t] + scores[i][t]
		}
		prev = t
	}
	return s
}

// bruteForce returns the best well-formed sequences (all of them if tied)
// and their score, by trying every sequence of tags.
func bruteForce(m *Model, scores []Scores) (best [][]Tag, top float32) {
	n := len(scores)
	tags := make([]Tag, n)
	var walk func(i int)
	walk = func(i int) {
		if i == n {
			if !wellFormed(tags) {
				return
			}
			switch s := sequenceScore(m, scores, tags); {
			case best == nil || s > top:
				best, top = [][]Tag{slices.Clone(tags)}, s
			case s == top:
				best = append(best, slices.Clone(tags))
			}
			return
		}
		for t := range NumTags {
			tags[i] = t
			walk(i + 1)
		}
	}
	walk(0)
	return best, top
}

func TestDecodeWellFormed(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	var v Viterbi
	var tags []Tag
	for trial := range 2000 {
		// Transitions outweighing the scores or the other way round.
		m := randomModel(rng, 10)
		n := rng.IntN(40)
		scores := randomScores(rng, n, 10*rng.Float32())
		tags = v.Decode(tags[:0], m, scores)
		if len(tags) != n {
			t.Fatalf("trial %d: %d tags for %d tokens", trial, len(tags), n)
		}
		if !wellFormed(tags) {
			t.Fatalf("trial %d: ill-formed sequence %v", trial, tags)
		}
	}
}

// TestDecodeWellFormedNonFinite gives Decode scores and transitions
// sprinkled with NaN and infinities, as a damaged model could: what it
// returns must still be well formed.
func TestDecodeWellFormedNonFinite(t *testing.T) {
	rng := rand.New(rand.NewPCG(13, 14))
	special := []float32{float32(math.NaN()), float32(math.Inf(1)), float32(math.Inf(-1)), math.MaxFloat32, -math.MaxFloat32}
	sprinkle := func(s *Scores) {
		for k := range s {
			if rng.IntN(3) == 0 {
				s[k] = special[rng.IntN(len(special))]
			}
		}
	}
	var v Viterbi
	var tags []Tag
	for trial := range 3000 {
		m := randomModel(rng, 5)
		for a := range m.trans {
			sprinkle(&m.trans[a])
		}
		n := 1 + rng.IntN(12)
		scores := randomScores(rng, n, 5)
		for i := range scores {
			sprinkle(&scores[i])
		}
		tags = v.Decode(tags[:0], m, scores)
		if len(tags) != n || !wellFormed(tags) {
			t.Fatalf("trial %d: Decode = %v for %d tokens", trial, tags, n)
		}
	}
}

// TestDecodeWellFormedAgainstTransitions makes every I- tag by far the
// best for each token, with transitions that reward I- tags everywhere:
// Decode must still start each span with a B- tag.
func TestDecodeWellFormedAgainstTransitions(t *testing.T) {
	m := &Model{}
	for a := range m.trans {
		for b := range NumTags {
			if b != O && !b.IsBegin() {
				m.trans[a][b] = 100
			}
		}
	}
	scores := make([]Scores, 6)
	for i := range scores {
		scores[i][ILocation] = 50
	}
	var v Viterbi
	got := v.Decode(nil, m, scores)
	want := []Tag{BLocation, ILocation, ILocation, ILocation, ILocation, ILocation}
	if !slices.Equal(got, want) {
		t.Errorf("Decode = %v, want %v", got, want)
	}
}

func TestDecodeIsBest(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	var v Viterbi
	for trial := range 400 {
		m := randomModel(rng, 2)
		n := 1 + rng.IntN(5)
		scores := randomScores(rng, n, 3)
		got := v.Decode(nil, m, scores)
		best, top := bruteForce(m, scores)
		if s := sequenceScore(m, scores, got); s != top {
			t.Fatalf("trial %d: Decode = %v scoring %v; best %v scores %v", trial, got, s, best[0], top)
		}
		if !slices.ContainsFunc(best, func(b []Tag) bool { return slices.Equal(b, got) }) {
			t.Fatalf("trial %d: Decode = %v is not among the best %v", trial, got, best)
		}
	}
}

func TestDecodeEmpty(t *testing.T) {
	var v Viterbi
	m := randomModel(rand.New(rand.NewPCG(5, 6)), 1)
	if got := v.Decode(nil, m, nil); len(got) != 0 {
		t.Errorf("Decode of no tokens = %v, want none", got)
	}
	dst := []Tag{BPerson, IPerson}
	if got := v.Decode(dst, m, []Scores{}); !slices.Equal(got, dst) {
		t.Errorf("Decode of no tokens changed dst to %v", got)
	}
}

func TestDecodeZeroModel(t *testing.T) {
	var v Viterbi
	var m Model
	scores := []Scores{{BPerson: 1}, {IPerson: 1}, {O: 1}}
	got := v.Decode(nil, &m, scores)
	if want := []Tag{BPerson, IPerson, O}; !slices.Equal(got, want) {
		t.Errorf("Decode = %v, want %v", got, want)
	}
}

// TestViterbiReuse decodes sequences of changing lengths with one Viterbi
// and appending to a non-empty dst: each result must equal a fresh
// Viterbi's.
func TestViterbiReuse(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	m := randomModel(rng, 3)
	var reused Viterbi
	prefix := []Tag{IOrganization, O}
	for _, n := range []int{3, 40, 1, 0, 17, 60, 2, 60, 5} {
		scores := randomScores(rng, n, 5)
		var fresh Viterbi
		want := fresh.Decode(nil, m, scores)
		got := reused.Decode(slices.Clone(prefix), m, scores)
		if !slices.Equal(got[:len(prefix)], prefix) {
			t.Fatalf("n=%d: Decode overwrote dst: %v", n, got[:len(prefix)])
		}
		if !slices.Equal(got[len(prefix):], want) {
			t.Fatalf("n=%d: reused Viterbi gave %v, fresh %v", n, got[len(prefix):], want)
		}
	}
}

func TestDecodeAllocs(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 10))
	m := randomModel(rng, 1)
	scores := randomScores(rng, 30, 1)
	var v Viterbi
	dst := v.Decode(nil, m, scores)
	if n := testing.AllocsPerRun(100, func() { dst = v.Decode(dst[:0], m, scores) }); n != 0 {
		t.Errorf("Decode with warm scratch and dst allocates %v times", n)
	}
}
