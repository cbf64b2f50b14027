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
	// Vocabulary is unlabeled text (news): the scores of its words that
	// occur at least MinCount times, and of every word of the training
	// texts, are stored in the model, which spares the tagger computing
	// them. It changes the model's size and speed, not its results.
	Vocabulary []string
	MinCount   int // 0 means 2
	// Unlisted is the share of training sequences also given to the
	// perceptron a second time without the gazetteer's features, as if
	// none of their names were listed, so that it learns to find names
	// from their context and not only from the lists, which know the
	// names of the training news better than those of new text.
	Unlisted float64
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
	rng := rand.New(rand.NewPCG(opts.Seed, 0x9e3779b97f4a7c15))
	for _, l := range texts {
		x.sequencesOf(l, func(seq tagger.Sequence) {
			seqs = append(seqs, tr.Compile(seq))
			if rng.Float64() < opts.Unlisted {
				seqs = append(seqs, tr.Compile(unlisted(seq)))
			}
		})
	}
	var scratch []tagger.Scores
	var tags []tagger.Tag
	for range opts.Epochs {
		rng.Shuffle(len(seqs), func(i, j int) { seqs[i], seqs[j] = seqs[j], seqs[i] })
		for i := range seqs {
			tr.Learn(&seqs[i], &scratch, &tags)
		}
	}
	m := tr.Model(featureSet, opts.Prune)
	m.SetWords(vocabulary(texts, opts), numRoles, func(w string) []tagger.Scores {
		var h hasher
		var v wordVec
		for r := range numRoles {
			h.keys = h.keys[:0]
			h.wordFeatures([]byte(w), r)
			for _, k := range h.keys {
				m.AddHashed(&v[r], k)
			}
		}
		return v[:]
	})
	return m
}

// vocabulary returns the word keys whose scores a model stores: those of
// the training texts, and those seen MinCount times in the vocabulary
// texts, in order of first appearance.
func vocabulary(texts []Labeled, opts TrainOptions) []string {
	if opts.MinCount == 0 {
		opts.MinCount = 2
	}
	count := map[string]int{}
	var words []string
	add := func(key []byte, n int) {
		c, ok := count[string(key)]
		if !ok {
			words = append(words, string(key))
		}
		count[string(key)] = c + n
	}
	for _, l := range texts {
		appendTextKeys(l.Text, func(key []byte) { add(key, opts.MinCount) })
	}
	for _, v := range opts.Vocabulary {
		appendTextKeys(v, func(key []byte) { add(key, 1) })
	}
	out := words[:0]
	for _, w := range words {
		if count[w] >= opts.MinCount {
			out = append(out, w)
		}
	}
	return out
}

// sequencesOf calls fn with each sequence of l's text as the tagger
// sees it, with the gold tags of its tokens.
func (x *Extractor) sequencesOf(l Labeled, fn func(tagger.Sequence)) {
	gold := slices.Clone(l.Spans)
	slices.SortFunc(gold, func(a, b Span) int { return a.Start - b.Start })
	s := x.states.get()
	defer func() {
		s.collect = nil
		s.reset()
		x.states.put(s)
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

// unlisted returns seq without the dense features that come from the
// gazetteer: the mentions found, the names matched and where a word
// stands in the listed names.
func unlisted(seq tagger.Sequence) tagger.Sequence {
	out := seq
	out.Dense = make([][]int32, len(seq.Dense))
	for i, ds := range seq.Dense {
		for _, d := range ds {
			if !fromGazetteer(int(d) % numAtoms) {
				out.Dense[i] = append(out.Dense[i], d)
			}
		}
	}
	return out
}

// fromGazetteer reports whether a dense atom says what the gazetteer
// knows of a token.
func fromGazetteer(atom int) bool {
	return atom >= dFound && atom < dCue || atom == dSkip || atom >= dInName && atom < numAtoms
}
