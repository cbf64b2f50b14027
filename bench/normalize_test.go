// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package bench

import (
	"bytes"
	"testing"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/ar"

	"github.com/qalam-nlp/qalam/normalize"
)

// TestLuceneMatchesBleve checks that normalize.Lucene gives bleve's
// normalize_ar result for every token of the corpus.
func TestLuceneMatchesBleve(t *testing.T) {
	terms, _ := corpusTokens(t)
	filter := ar.NewArabicNormalizeFilter()
	stream := analysis.TokenStream{&analysis.Token{}}
	var buf []byte
	mismatches := 0
	for _, term := range terms {
		stream[0].Term = append([]byte(nil), term...)
		want := filter.Filter(stream)[0].Term
		buf = normalize.Lucene.Append(buf[:0], term)
		if string(buf) != string(want) {
			if mismatches++; mismatches <= 10 {
				t.Errorf("%q: qalam %q, bleve %q", term, buf, want)
			}
		}
	}
	t.Logf("%d tokens compared, %d mismatches", len(terms), mismatches)
}

// TestLuceneMatchesBleveEveryRune checks normalize.Lucene against bleve's
// normalize_ar on every code point, alone and between two letters.
func TestLuceneMatchesBleveEveryRune(t *testing.T) {
	filter := ar.NewArabicNormalizeFilter()
	stream := analysis.TokenStream{&analysis.Token{}}
	for r := rune(0); r <= 0x10FFFF; r++ {
		if r >= 0xD800 && r < 0xE000 {
			continue
		}
		for _, in := range []string{string(r), "ب" + string(r) + "ب"} {
			stream[0].Term = []byte(in)
			want := string(filter.Filter(stream)[0].Term)
			if got := normalize.Lucene.String(in); got != want {
				t.Errorf("%U: qalam %q, bleve %q", r, got, want)
			}
		}
	}
}

// BenchmarkNormalizeLines normalises the corpus line by line, one call per
// line, as cmd/bleve-normalize and examples/normalize do.
func BenchmarkNormalizeLines(b *testing.B) {
	lines := bytes.Split(corpus(b), []byte("\n"))
	var size int64
	for _, l := range lines {
		size += int64(len(l))
	}
	b.Run("bleve-normalize_ar", func(b *testing.B) {
		filter := ar.NewArabicNormalizeFilter()
		stream := analysis.TokenStream{&analysis.Token{}}
		b.SetBytes(size)
		b.ReportAllocs()
		for b.Loop() {
			for _, l := range lines {
				stream[0].Term = l
				filter.Filter(stream)
			}
		}
	})
	benchmarkQalamPresets(b, lines, size)
}

// BenchmarkNormalizeTokens normalises the corpus token by token, as an
// analysis chain does, with bleve's normalize_ar and with qalam's presets.
func BenchmarkNormalizeTokens(b *testing.B) {
	terms, size := corpusTokens(b)
	b.Run("bleve-normalize_ar", func(b *testing.B) {
		filter := ar.NewArabicNormalizeFilter()
		stream := make(analysis.TokenStream, len(terms))
		for i := range stream {
			stream[i] = &analysis.Token{}
		}
		b.SetBytes(size)
		b.ReportAllocs()
		for b.Loop() {
			// normalize_ar builds a new term and leaves the input alone, so
			// restoring the originals is all a rerun needs.
			for i, term := range terms {
				stream[i].Term = term
			}
			filter.Filter(stream)
		}
	})
	benchmarkQalamPresets(b, terms, size)
}

// benchmarkQalamPresets normalises every piece once per op, with
// normalize.Lucene and normalize.Search, into one reused buffer.
func benchmarkQalamPresets(b *testing.B, pieces [][]byte, size int64) {
	for _, p := range []struct {
		name string
		n    *normalize.Normalizer
	}{{"qalam-lucene", normalize.Lucene.Normalizer()}, {"qalam-search", normalize.Search.Normalizer()}} {
		b.Run(p.name, func(b *testing.B) {
			var buf []byte
			b.SetBytes(size)
			b.ReportAllocs()
			for b.Loop() {
				for _, piece := range pieces {
					buf = p.n.Append(buf[:0], piece)
				}
			}
		})
	}
}
