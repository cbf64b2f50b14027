// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package tagger_test

import (
	"fmt"
	"strings"

	"github.com/qalam-nlp/qalam/entities/tagger"
)

// features gives each word hashed features: the word itself and the word
// before it. Dense feature 0 marks a capitalised word.
func features(words []string) ([][]uint64, [][]int32) {
	hashed := make([][]uint64, len(words))
	dense := make([][]int32, len(words))
	for i, w := range words {
		prev := "<start>"
		if i > 0 {
			prev = words[i-1]
		}
		hashed[i] = []uint64{tagger.Hash([]byte("word=" + w)), tagger.Hash([]byte("prev=" + prev))}
		if w[0] >= 'A' && w[0] <= 'Z' {
			dense[i] = []int32{0}
		}
	}
	return hashed, dense
}

func Example() {
	const (
		O, BP, IP, BL = tagger.O, tagger.BPerson, tagger.IPerson, tagger.BLocation
	)
	training := []struct {
		text string
		gold []tagger.Tag
	}{
		{"mr Adam Smith lives in Leeds", []tagger.Tag{O, BP, IP, O, O, BL}},
		{"we met mr Brown in York", []tagger.Tag{O, O, O, BP, O, BL}},
		{"mr Carl Jones flew to Rome", []tagger.Tag{O, BP, IP, O, O, BL}},
		{"rain fell in Oslo", []tagger.Tag{O, O, O, BL}},
		{"she saw mr Eve Stone in Bath", []tagger.Tag{O, O, O, BP, IP, O, BL}},
		{"in Hull mr Dan Lee spoke", []tagger.Tag{O, BL, O, BP, IP, O}},
	}

	tr := tagger.NewTrainer(1)
	var seqs []tagger.Compiled
	for _, ex := range training {
		hashed, dense := features(strings.Fields(ex.text))
		seqs = append(seqs, tr.Compile(tagger.Sequence{Hashed: hashed, Dense: dense, Gold: ex.gold}))
	}
	var scratch []tagger.Scores
	var tags []tagger.Tag
	for range 10 {
		for i := range seqs {
			tr.Learn(&seqs[i], &scratch, &tags)
		}
	}
	m := tr.Model("example", 0)

	// Tag a sentence with names the training never saw.
	words := strings.Fields("yesterday mr Omar Khan arrived in Cairo")
	hashed, dense := features(words)
	scores := make([]tagger.Scores, len(words))
	for i := range words {
		for _, k := range hashed[i] {
			m.AddHashed(&scores[i], k)
		}
		for _, d := range dense[i] {
			m.AddDense(&scores[i], int(d))
		}
	}
	var v tagger.Viterbi
	tags = v.Decode(tags[:0], m, scores)
	names := [...]string{tagger.Person: "person", tagger.Location: "location", tagger.Organization: "organization"}
	for _, s := range tagger.AppendSpans(nil, tags) {
		fmt.Printf("%s: %s\n", names[s.Type], strings.Join(words[s.Start:s.End], " "))
	}
	// Output:
	// person: Omar Khan
	// location: Cairo
}
