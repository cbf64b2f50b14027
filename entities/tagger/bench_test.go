// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package tagger

import (
	"math/rand/v2"
	"strconv"
	"testing"
)

func BenchmarkDecode(b *testing.B) {
	const tokens = 30
	rng := rand.New(rand.NewPCG(21, 22))
	m := randomModel(rng, 2)
	scores := randomScores(rng, tokens, 4)
	var v Viterbi
	dst := make([]Tag, 0, tokens)
	b.ReportAllocs()
	for b.Loop() {
		dst = v.Decode(dst[:0], m, scores)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*tokens), "ns/token")
}

func BenchmarkIndexGet(b *testing.B) {
	const keys = 100_000
	rng := rand.New(rand.NewPCG(23, 24))
	var x Index
	probe := make([]uint64, 4096)
	for i := range keys {
		k := rng.Uint64()
		x.Put(k, int32(i))
		probe[i%len(probe)] = k
	}
	// Every other probe misses, as most of a text's features do.
	for i := 1; i < len(probe); i += 2 {
		probe[i] = rng.Uint64()
	}
	b.ReportAllocs()
	i, found := 0, 0
	for b.Loop() {
		if _, ok := x.Get(probe[i&(len(probe)-1)]); ok {
			found++
		}
		i++
	}
	if found == 0 {
		b.Fatal("no probe found")
	}
}

// BenchmarkRead loads a synthetic model the size of the embedded one:
// 80,000 hashed features and 50,000 words of 5 roles.
func BenchmarkRead(b *testing.B) {
	rng := rand.New(rand.NewPCG(25, 26))
	m := &Model{Features: "bench"}
	m.trans = [NumTags + 1]Scores(randomScores(rng, int(NumTags)+1, 3))
	m.dense = randomScores(rng, 100, 3)
	for i := range 80_000 {
		m.features.Put(rng.Uint64(), int32(i))
	}
	m.rows = randomScores(rng, m.features.Len(), 3)
	words := make([]string, 50_000)
	for i := range words {
		words[i] = "w" + strconv.Itoa(i)
	}
	m.SetWords(words, 5, func(string) []Scores { return randomScores(rng, 5, 6) })
	data := fileOf(b, m)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Read(data); err != nil {
			b.Fatal(err)
		}
	}
}
