// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package entities

import (
	"math/rand/v2"
	"slices"

	"github.com/qalam-nlp/qalam/entities/gazetteer"
	"github.com/qalam-nlp/qalam/entities/tagger"
)

// Labeled is a text with its entities marked, for training a tagger:
// spans in UTF-8 byte offsets of Text and their types (Person, Location
// or Organization; other types are ignored).
type Labeled struct {
	Text  string
	Spans []Span
}

// Span is an entity span in a Labeled text.
type Span struct {
	Start, End int
	Type       gazetteer.Type
}

// TrainOptions control Train.
type TrainOptions struct {
	Epochs int     // passes over the data; 0 means 8
	Prune  float32 // hashed features whose averaged weights stay within Prune of zero are dropped
	Seed   uint64  // seed of the order in which sequences are visited
}

// Train learns a tagger model from labeled texts. The features include
// what x's gazetteer and rules find in each text, so a model should be
// used with an extractor of the same gazetteer, or one close to it;
// whether x itself has a model does not matter.
func Train(x *Extractor, texts []Labeled, opts TrainOptions) *tagger.Model {
	if opts.Epochs == 0 {
		opts.Epochs = 8
	}
	tr := tagger.NewTrainer(numDense)
	var seqs []tagger.Compiled
	for _, l := range texts {
		x.sequencesOf(l, func(seq tagger.Sequence) {
			seqs = append(seqs, tr.Compile(seq))
		})
	}
	rng := rand.New(rand.NewPCG(opts.Seed, 0x9e3779b97f4a7c15))
	var scratch []tagger.Scores
	var tags []tagger.Tag
	for range opts.Epochs {
		rng.Shuffle(len(seqs), func(i, j int) { seqs[i], seqs[j] = seqs[j], seqs[i] })
		for i := range seqs {
			tr.Learn(&seqs[i], &scratch, &tags)
		}
	}
	return tr.Model(featureSet, opts.Prune)
}

// sequencesOf calls fn with each sequence of l's text as the tagger
// sees it, with the gold tags of its tokens.
func (x *Extractor) sequencesOf(l Labeled, fn func(tagger.Sequence)) {
	gold := slices.Clone(l.Spans)
	slices.SortFunc(gold, func(a, b Span) int { return a.Start - b.Start })
	s := x.states.Get().(*state)
	defer func() {
		s.collect = nil
		s.reset()
		x.states.Put(s)
	}()
	s.x, s.text = x, l.Text
	g := 0
	s.collect = func(a, b int, feats [][]uint64, dense [][]int32) {
		seq := tagger.Sequence{Hashed: feats, Dense: dense, Gold: make([]tagger.Tag, b-a)}
		for k := a; k < b; k++ {
			t := &s.toks[k]
			for g < len(gold) && gold[g].End <= t.start {
				g++
			}
			if g == len(gold) || gold[g].Start >= t.end {
				continue
			}
			typ := tagger.None
			switch gold[g].Type {
			case gazetteer.Person:
				typ = tagger.Person
			case gazetteer.Location:
				typ = tagger.Location
			case gazetteer.Organization:
				typ = tagger.Organization
			default:
				continue
			}
			if k > a && s.toks[k-1].end > gold[g].Start {
				seq.Gold[k-a] = tagger.Inside(typ)
			} else {
				seq.Gold[k-a] = tagger.Begin(typ)
			}
		}
		fn(seq)
	}
	for off := 0; off < len(l.Text); {
		end := chunkEnd(l.Text, off)
		s.chunk(off, end)
		off = end
	}
}
