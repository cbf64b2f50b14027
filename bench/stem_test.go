// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package bench

import (
	"testing"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	snowballstem "github.com/blevesearch/snowballstem"
	snowballstemarabic "github.com/blevesearch/snowballstem/arabic"

	"github.com/qalam-nlp/qalam/stem/snowball"
)

// stemTerms returns the terms bleve's unicode tokenizer finds in the corpus,
// in text order, and their total length in bytes.
func stemTerms(tb testing.TB) (terms []string, size int64) {
	for _, tok := range unicode.NewUnicodeTokenizer().Tokenize(corpus(tb)) {
		terms = append(terms, string(tok.Term))
		size += int64(len(tok.Term))
	}
	return terms, size
}

// snowballstemArabic stems word with github.com/blevesearch/snowballstem, the
// Snowball-generated Go stemmers bleve uses.
func snowballstemArabic(word string) string {
	env := snowballstem.NewEnv(word)
	snowballstemarabic.Stem(env)
	return env.Current()
}

// TestSnowballMatchesSnowballstem checks that qalam's port and the generated
// Go stemmer agree on every corpus term.
func TestSnowballMatchesSnowballstem(t *testing.T) {
	terms, _ := stemTerms(t)
	seen := map[string]bool{}
	mismatches := 0
	for _, term := range terms {
		if seen[term] || !utf8.ValidString(term) {
			continue
		}
		seen[term] = true
		if got, want := snowball.Stem(term), snowballstemArabic(term); got != want {
			if mismatches++; mismatches <= 10 {
				t.Errorf("%q: qalam %q, snowballstem %q", term, got, want)
			}
		}
	}
	t.Logf("%d distinct terms compared, %d mismatches", len(seen), mismatches)
}

// BenchmarkSnowballArabic stems every corpus term (about 1.2 million) once
// per op with each implementation.
func BenchmarkSnowballArabic(b *testing.B) {
	terms, size := stemTerms(b)
	words := make([][]byte, len(terms))
	for i, t := range terms {
		words[i] = []byte(t)
	}
	perWord := func(b *testing.B) {
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(terms)), "ns/word")
	}
	b.Run("snowballstem", func(b *testing.B) {
		b.SetBytes(size)
		b.ReportAllocs()
		for b.Loop() {
			for _, t := range terms {
				env := snowballstem.NewEnv(t)
				snowballstemarabic.Stem(env)
				_ = env.Current()
			}
		}
		perWord(b)
	})
	b.Run("qalam-Stem", func(b *testing.B) {
		b.SetBytes(size)
		b.ReportAllocs()
		var s snowball.Stemmer
		for b.Loop() {
			for _, t := range terms {
				_ = s.Stem(t)
			}
		}
		perWord(b)
	})
	b.Run("qalam-AppendStem", func(b *testing.B) {
		b.SetBytes(size)
		b.ReportAllocs()
		var s snowball.Stemmer
		var buf []byte
		for b.Loop() {
			for _, w := range words {
				buf = s.AppendStem(buf[:0], w)
			}
		}
		perWord(b)
	})
}
