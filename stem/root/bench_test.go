// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package root

import "testing"

// benchWords are news words of every kind the analysis meets.
var benchWords = []string{
	"قال", "الرئيس", "والحكومة", "أمريكيين", "بالقرار", "المفاوضات", "يتحدثون", "مستشفى",
	"وزارة", "للشؤون", "الخارجية", "اجتماعها", "مع", "وفد", "فلسطيني", "في", "القاهرة", "اليوم",
	"مُعَلِّمُونَ", "Trump",
}

func BenchmarkAppendStem(b *testing.B) {
	words := make([][]byte, len(benchWords))
	size := 0
	for i, w := range benchWords {
		words[i] = []byte(w)
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
