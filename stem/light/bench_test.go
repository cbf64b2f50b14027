// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package light

import (
	"bytes"
	"testing"

	"github.com/qalam-nlp/qalam/internal/shared"
)

// benchWords are news words of the kinds the stemmer meets: with and
// without prefixes and suffixes, needing normalisation or not.
var benchWords = []string{
	"قال", "الرئيس", "والحكومة", "أمريكيين", "بالقرار", "المفاوضات", "يتحدثون", "مستشفى",
	"وزارة", "للشؤون", "الخارجية", "اجتماعها", "مع", "وفد", "فلسطيني", "في", "القاهرة", "اليوم",
	"مُعَلِّمُونَ", "Trump",
}

// sharedWords returns the words of ../shared/corpus/ant-v1.1.txt (split at
// white space), skipping b when ../shared is absent.
func sharedWords(b *testing.B) [][]byte {
	return bytes.Fields(shared.ReadFile(b, "corpus/ant-v1.1.txt"))
}

func benchmarkAppendStem(b *testing.B, words [][]byte) {
	size := 0
	for _, w := range words {
		size += len(w)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	var buf []byte
	for b.Loop() {
		for _, w := range words {
			buf = AppendStem(buf[:0], w)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(words)), "ns/word")
}

func BenchmarkAppendStem(b *testing.B) {
	words := make([][]byte, len(benchWords))
	for i, w := range benchWords {
		words[i] = []byte(w)
	}
	benchmarkAppendStem(b, words)
}

func BenchmarkStem(b *testing.B) {
	size := 0
	for _, w := range benchWords {
		size += len(w)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, w := range benchWords {
			_ = Stem(w)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(benchWords)), "ns/word")
}

// BenchmarkAppendStemCorpus stems every word of the ANT corpus (1.2 million)
// once per op.
func BenchmarkAppendStemCorpus(b *testing.B) {
	benchmarkAppendStem(b, sharedWords(b))
}
