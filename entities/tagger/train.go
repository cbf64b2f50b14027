// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package tagger

import (
	"math"
	"slices"
)

// Sequence is one training example: the features of each token and the
// gold tags.
type Sequence struct {
	Hashed [][]uint64 // hashed features of each token
	Dense  [][]int32  // dense features of each token
	Gold   []Tag
}

// Trainer learns a Model with the averaged perceptron. Features are given
// ids as they are first seen.
type Trainer struct {
	dense  int
	ids    map[uint64]int32
	keys   []uint64 // hashed feature of each id past the dense ones
	w, u   []Scores // weights, and their updates weighted by step
	trans  [NumTags + 1]Scores
	utrans [NumTags + 1]Scores
	step   float32
	vit    Viterbi
}

// NewTrainer returns a Trainer for models with the given number of dense
// features.
func NewTrainer(dense int) *Trainer {
	return &Trainer{
		dense: dense,
		ids:   make(map[uint64]int32),
		w:     make([]Scores, dense),
		u:     make([]Scores, dense),
	}
}

// Compiled is a Sequence with its features turned into ids of one
// Trainer, ready for many passes.
type Compiled struct {
	feats [][]int32
	gold  []Tag
}

// Compile gives the features of seq ids in the trainer.
func (t *Trainer) Compile(seq Sequence) Compiled {
	c := Compiled{feats: make([][]int32, len(seq.Gold)), gold: seq.Gold}
	for i := range seq.Gold {
		f := make([]int32, 0, len(seq.Dense[i])+len(seq.Hashed[i]))
		for _, d := range seq.Dense[i] {
			f = append(f, d)
		}
		for _, k := range seq.Hashed[i] {
			k = nonZero(k)
			id, ok := t.ids[k]
			if !ok {
				id = int32(t.dense + len(t.keys))
				t.ids[k] = id
				t.keys = append(t.keys, k)
				t.w = append(t.w, Scores{})
				t.u = append(t.u, Scores{})
			}
			f = append(f, id)
		}
		c.feats[i] = f
	}
	return c
}

// scores fills dst with the current scores of c's tokens.
func (t *Trainer) scores(dst []Scores, c *Compiled) []Scores {
	dst = slices.Grow(dst[:0], len(c.feats))[:len(c.feats)]
	for i, fs := range c.feats {
		var s Scores
		for _, f := range fs {
			add(&s, &t.w[f])
		}
		dst[i] = s
	}
	return dst
}

// Learn makes one perceptron step on c: decode it with the current
// weights and, where the result differs from the gold tags, reward the
// gold tags' features and transitions and penalise the predicted ones'.
// It returns the number of tokens tagged wrongly.
func (t *Trainer) Learn(c *Compiled, scratch *[]Scores, tags *[]Tag) int {
	t.step++
	*scratch = t.scores(*scratch, c)
	*tags = t.vit.decode((*tags)[:0], *scratch, &t.trans)
	pred := *tags
	wrong := 0
	prevG, prevP := NumTags, NumTags
	for i, g := range c.gold {
		p := pred[i]
		if g != p {
			wrong++
			for _, f := range c.feats[i] {
				t.update(&t.w[f], &t.u[f], g, 1)
				t.update(&t.w[f], &t.u[f], p, -1)
			}
		}
		if g != p || prevG != prevP {
			t.update(&t.trans[prevG], &t.utrans[prevG], g, 1)
			t.update(&t.trans[prevP], &t.utrans[prevP], p, -1)
		}
		prevG, prevP = g, p
	}
	return wrong
}

func (t *Trainer) update(w, u *Scores, tag Tag, d float32) {
	w[tag] += d
	u[tag] += t.step * d
}

// Model returns the averaged weights as a Model for the named feature
// set. Hashed features whose averaged weights all stay within prune of
// zero are left out, which keeps the model small.
func (t *Trainer) Model(features string, prune float32) *Model {
	m := &Model{Features: features}
	avg := func(w, u *Scores) Scores {
		var s Scores
		if t.step == 0 {
			return s
		}
		for k := range s {
			s[k] = w[k] - u[k]/t.step
		}
		return s
	}
	for a := range t.trans {
		m.trans[a] = avg(&t.trans[a], &t.utrans[a])
	}
	m.dense = make([]Scores, t.dense)
	for i := range m.dense {
		m.dense[i] = avg(&t.w[i], &t.u[i])
	}
	for i, k := range t.keys {
		s := avg(&t.w[t.dense+i], &t.u[t.dense+i])
		if maxAbs(&s) <= prune {
			continue
		}
		m.features.Put(k, int32(len(m.rows)))
		m.rows = append(m.rows, s)
	}
	return m
}

func maxAbs(s *Scores) float32 {
	var m float32
	for _, v := range s {
		m = max(m, float32(math.Abs(float64(v))))
	}
	return m
}
