// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package bench

import (
	"bytes"
	"testing"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/ar"

	"github.com/qalam-nlp/qalam/stem/light"
)

// bleveLight runs bleve's normalize_ar and stemmer_ar filters on one word.
func bleveLight(word []byte) []byte {
	stream := analysis.TokenStream{&analysis.Token{Term: append([]byte(nil), word...)}}
	stream = ar.NewArabicNormalizeFilter().Filter(stream)
	return ar.NewArabicStemmerFilter().Filter(stream)[0].Term
}

// lightEdgeCases are words made to probe the stemmer's conditions: every
// word of one to three characters over letters that make up its affixes,
// other letters, harakat, tatweel, a digit, a Latin letter, an emoji and an
// invalid byte; each of those behind every prefix and before every suffix;
// and words that are nothing but affixes.
func lightEdgeCases() [][]byte {
	alphabet := []string{"ا", "ل", "و", "ب", "ك", "ف", "ه", "ي", "ن", "ت", "ة", "ى", "أ", "إ", "آ", "س", "م",
		"\u064E", "\u0651", "\u0652", "\u0640", "1", "٣", "a", "Z", "\xff", "\xd8", "😀"}
	prefixes := []string{"ال", "وال", "بال", "كال", "فال", "لل", "و", "ب", "ل", "وو"}
	suffixes := []string{"ها", "ان", "ات", "ون", "ين", "يه", "ية", "ه", "ة", "ي", "هات", "يهم"}
	var stems []string
	stems = append(stems, "")
	for _, a := range alphabet {
		stems = append(stems, a)
		for _, b := range alphabet {
			stems = append(stems, a+b)
			for _, c := range alphabet {
				stems = append(stems, a+b+c)
			}
		}
	}
	var words [][]byte
	for _, s := range stems {
		words = append(words, []byte(s))
		for _, p := range prefixes {
			words = append(words, []byte(p+s))
		}
		for _, x := range suffixes {
			words = append(words, []byte(s+x), []byte("وال"+s+x))
		}
	}
	for _, p := range prefixes {
		for _, x := range suffixes {
			words = append(words, []byte(p+x))
		}
	}
	return words
}

// TestLightMatchesBleve checks that light.AppendStem gives bleve's
// normalize_ar + stemmer_ar result for every distinct token of the corpus
// (bleve's unicode tokenizer, and white-space fields too, punctuation and
// all) and for every edge case.
func TestLightMatchesBleve(t *testing.T) {
	var words [][]byte
	seen := map[string]bool{}
	add := func(w []byte) {
		if !seen[string(w)] {
			seen[string(w)] = true
			words = append(words, w)
		}
	}
	terms, _ := corpusTokens(t)
	for _, w := range terms {
		add(w)
	}
	for _, w := range bytes.Fields(corpus(t)) {
		add(w)
	}
	corpusWords := len(words)
	for _, w := range lightEdgeCases() {
		add(w)
	}
	var buf []byte
	mismatches := 0
	for _, w := range words {
		want := bleveLight(w)
		buf = light.AppendStem(buf[:0], w)
		if !bytes.Equal(buf, want) {
			if mismatches++; mismatches <= 10 {
				t.Errorf("%q: qalam %q, bleve %q", w, buf, want)
			}
		}
		if got := light.Stem(string(w)); got != string(want) {
			if mismatches++; mismatches <= 10 {
				t.Errorf("%q: qalam Stem %q, bleve %q", w, got, want)
			}
		}
	}
	t.Logf("%d distinct words compared (%d from the corpus, %d edge cases), %d mismatches",
		len(words), corpusWords, len(words)-corpusWords, mismatches)
}

// BenchmarkLight stems every corpus term (about 1.2 million) once per op:
// bleve's normalize_ar and stemmer_ar filters on one token stream, and
// qalam's light stemmer into one reused buffer.
func BenchmarkLight(b *testing.B) {
	terms, size := corpusTokens(b)
	b.Run("bleve-normalize_ar+stemmer_ar", func(b *testing.B) {
		normalizeAr, stemmerAr := ar.NewArabicNormalizeFilter(), ar.NewArabicStemmerFilter()
		stream := make(analysis.TokenStream, len(terms))
		for i := range stream {
			stream[i] = &analysis.Token{}
		}
		b.SetBytes(size)
		b.ReportAllocs()
		for b.Loop() {
			// Both filters build new terms and leave their input alone, so
			// restoring the originals is all a rerun needs.
			for i, term := range terms {
				stream[i].Term = term
			}
			stemmerAr.Filter(normalizeAr.Filter(stream))
		}
		reportPerWord(b, len(terms))
	})
	b.Run("qalam-light-AppendStem", func(b *testing.B) {
		var buf []byte
		b.SetBytes(size)
		b.ReportAllocs()
		for b.Loop() {
			for _, term := range terms {
				buf = light.AppendStem(buf[:0], term)
			}
		}
		reportPerWord(b, len(terms))
	})
	b.Run("qalam-light-Stem", func(b *testing.B) {
		words := make([]string, len(terms))
		for i, t := range terms {
			words[i] = string(t)
		}
		b.SetBytes(size)
		b.ReportAllocs()
		for b.Loop() {
			for _, w := range words {
				_ = light.Stem(w)
			}
		}
		reportPerWord(b, len(terms))
	})
}
