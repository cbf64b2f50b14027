// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package light

import (
	"testing"

	"github.com/qalam-nlp/qalam/stem/internal/stemtest"
)

func BenchmarkAppendStem(b *testing.B) {
	stemtest.BenchmarkAppendStem(b, AppendStem, stemtest.Bytes(stemtest.NewsWords))
}

func BenchmarkStem(b *testing.B) { stemtest.BenchmarkStem(b, Stem, stemtest.NewsWords) }

// BenchmarkAppendStemCorpus stems every word of the ANT corpus (1.2 million)
// once per op.
func BenchmarkAppendStemCorpus(b *testing.B) {
	stemtest.BenchmarkAppendStem(b, AppendStem, stemtest.CorpusWords(b))
}
