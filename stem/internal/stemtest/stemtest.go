// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

// Package stemtest holds what the tests and benchmarks of the Arabic
// stemmers (stem/snowball, stem/light, stem/root) have in common: a table
// check of every entry point, the same check from several goroutines, and
// benchmarks over a list of words. Only tests import it.
package stemtest

import (
	"bytes"
	"sync"
	"testing"

	"github.com/qalam-nlp/qalam/internal/shared"
	"github.com/qalam-nlp/qalam/stem"
)

// Case is a word and the stem it must get. It is an alias of an unnamed
// struct so that the tables can list their pairs without field names.
type Case = struct{ Word, Want string }

// Funcs are the entry points of a stemmer package: its package-level Stem
// and AppendStem, and a Stemmer of its type.
type Funcs struct {
	Stem       func(word string) string
	AppendStem func(dst, word []byte) []byte
	Stemmer    stem.AppendStemmer
}

// Check stems each case with Funcs.Stem, Funcs.AppendStem (appending to
// "x"), Stemmer.Stem and Stemmer.AppendStem, and reports every one that
// does not give Case.Want.
func Check(t *testing.T, f Funcs, cases []Case) {
	t.Helper()
	for _, tt := range cases {
		if got := f.Stem(tt.Word); got != tt.Want {
			t.Errorf("Stem(%q) = %q, want %q", tt.Word, got, tt.Want)
		}
		if got := f.AppendStem([]byte("x"), []byte(tt.Word)); string(got) != "x"+tt.Want {
			t.Errorf("AppendStem(x, %q) = %q, want %q", tt.Word, got, "x"+tt.Want)
		}
		if got := f.Stemmer.Stem(tt.Word); got != tt.Want {
			t.Errorf("Stemmer.Stem(%q) = %q, want %q", tt.Word, got, tt.Want)
		}
		if got := f.Stemmer.AppendStem([]byte("x"), []byte(tt.Word)); string(got) != "x"+tt.Want {
			t.Errorf("Stemmer.AppendStem(x, %q) = %q, want %q", tt.Word, got, "x"+tt.Want)
		}
	}
}

// Concurrent stems the cases 200 times over with the package-level
// functions from four goroutines at once, so that -race sees any state they
// share, and reports the first wrong stem of each goroutine.
func Concurrent(t *testing.T, f Funcs, cases []Case) {
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			var buf []byte
			for range 200 {
				for _, tt := range cases {
					buf = f.AppendStem(buf[:0], []byte(tt.Word))
					if got := f.Stem(tt.Word); got != tt.Want || string(buf) != tt.Want {
						t.Errorf("Stem(%q) = %q, AppendStem %q, want %q", tt.Word, got, buf, tt.Want)
						return
					}
				}
			}
		})
	}
	wg.Wait()
}

// NewsWords are news words of the kinds a stemmer meets: with and without
// prefixes and suffixes, needing normalisation or not, and a Latin one.
var NewsWords = []string{
	"قال", "الرئيس", "والحكومة", "أمريكيين", "بالقرار", "المفاوضات", "يتحدثون", "مستشفى",
	"وزارة", "للشؤون", "الخارجية", "اجتماعها", "مع", "وفد", "فلسطيني", "في", "القاهرة", "اليوم",
	"مُعَلِّمُونَ", "Trump",
}

// Bytes returns words as byte slices.
func Bytes(words []string) [][]byte {
	bs := make([][]byte, len(words))
	for i, w := range words {
		bs[i] = []byte(w)
	}
	return bs
}

// CorpusWords returns the white-space-separated words of
// ../shared/corpus/ant-v1.1.txt (1.2 million), skipping tb when it is
// absent.
func CorpusWords(tb testing.TB) [][]byte {
	tb.Helper()
	return bytes.Fields(shared.ReadFile(tb, "corpus/ant-v1.1.txt"))
}

// BenchmarkAppendStem stems every word once per op into one reused buffer,
// reporting bytes/s over the words' length and ns/word.
func BenchmarkAppendStem(b *testing.B, appendStem func(dst, word []byte) []byte, words [][]byte) {
	size := 0
	for _, w := range words {
		size += len(w)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	var buf []byte
	for b.Loop() {
		for _, w := range words {
			buf = appendStem(buf[:0], w)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(words)), "ns/word")
}

// BenchmarkStem stems every word once per op with a string function,
// reporting bytes/s over the words' length and ns/word.
func BenchmarkStem(b *testing.B, stemFn func(string) string, words []string) {
	size := 0
	for _, w := range words {
		size += len(w)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, w := range words {
			_ = stemFn(w)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(words)), "ns/word")
}
