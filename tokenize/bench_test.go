// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package tokenize

import (
	"bytes"
	"testing"
)

func BenchmarkTokens(b *testing.B) {
	data := corpus(b)
	text := string(data)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		n := 0
		for range Tokens(text) {
			n++
		}
	}
}

func BenchmarkScanner(b *testing.B) {
	data := corpus(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		s := NewScanner(bytes.NewReader(data))
		for s.Scan() {
		}
	}
}

func BenchmarkAnalyzer(b *testing.B) {
	data := corpus(b)
	a := &Analyzer{Stopwords: ArabicStopwords}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		for range a.TermsBytes(data) {
		}
	}
}

func BenchmarkSentences(b *testing.B) {
	text := string(corpus(b))
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		for range Sentences(text, 0) {
		}
	}
}
