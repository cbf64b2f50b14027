// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package bench

import (
	"testing"
	"unicode/utf8"

	snowballstem "github.com/blevesearch/snowballstem"
	snowballstemarabic "github.com/blevesearch/snowballstem/arabic"

	"github.com/qalam-nlp/qalam/stem/snowball"
)

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
	terms, _ := corpusTokens(t)
	seen := map[string]bool{}
	mismatches := 0
	for _, raw := range terms {
		term := string(raw)
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
	words, size := corpusTokens(b)
	terms := make([]string, len(words))
	for i, w := range words {
		terms[i] = string(w)
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
		reportPerWord(b, len(terms))
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
		reportPerWord(b, len(terms))
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
		reportPerWord(b, len(terms))
	})
}
