// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package bench

import (
	"bytes"
	"os"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/ar"
	"github.com/blevesearch/bleve/v2/registry"

	"github.com/qalam-nlp/qalam/internal/shared"
	"github.com/qalam-nlp/qalam/stem/snowball"
	"github.com/qalam-nlp/qalam/tokenize"
	"github.com/qalam-nlp/qalam/tokenize/clitics"
)

// bleveArabic returns bleve's "ar" analyzer: unicode tokenizer, lowercase,
// NFKC, Arabic stop words, normalize_ar, Arabic light stemmer.
func bleveArabic(tb testing.TB) analysis.Analyzer {
	a, err := registry.NewCache().AnalyzerNamed(ar.AnalyzerName)
	if err != nil {
		tb.Fatal(err)
	}
	return a
}

// identity is the trivial stemmer: the chain without a stemming step.
func identity(dst, word []byte) []byte { return append(dst, word...) }

// qalamAnalyzers are the qalam chains compared: normalize.Search and the
// project's stopwords, then no stemming, Snowball Arabic, or ATB clitic
// segmentation followed by Snowball Arabic. (Snowball Arabic leaves
// Latin-script words as they are.)
func qalamAnalyzers() []struct {
	name string
	a    *tokenize.Analyzer
} {
	return []struct {
		name string
		a    *tokenize.Analyzer
	}{
		{"qalam-nostem", &tokenize.Analyzer{Stopwords: tokenize.ArabicStopwords, AppendStem: identity}},
		{"qalam-snowball", &tokenize.Analyzer{Stopwords: tokenize.ArabicStopwords, AppendStem: snowball.AppendStem}},
		{"qalam-clitics-snowball", &tokenize.Analyzer{Stopwords: tokenize.ArabicStopwords, Clitics: clitics.Default, AppendStem: snowball.AppendStem}},
	}
}

// BenchmarkAnalyzer analyses the ANT corpus article by article (one
// document each) with bleve's ar analyzer and with qalam's chains.
//
//	cd bench && go test -run '^$' -bench Analyzer -benchmem -count 5
func BenchmarkAnalyzer(b *testing.B) {
	data := corpus(b)
	docs := articles(data)
	b.Run("bleve-ar", func(b *testing.B) {
		a := bleveArabic(b)
		b.SetBytes(int64(len(data)))
		b.ReportAllocs()
		for b.Loop() {
			for _, d := range docs {
				a.Analyze(d)
			}
		}
	})
	for _, q := range qalamAnalyzers() {
		b.Run(q.name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				for _, d := range docs {
					for range q.a.TermsBytes(d) {
					}
				}
			}
		})
		b.Run(q.name+"-stream", func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				ts := q.a.NewTermScanner(bytes.NewReader(data))
				for ts.Scan() {
				}
			}
		})
	}
}

// peakHeap runs f and returns the largest heap in use while it ran, above
// what was in use before, sampled every millisecond.
func peakHeap(f func()) uint64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	base := m.HeapAlloc
	var peak atomic.Uint64
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		var m runtime.MemStats
		t := time.NewTicker(time.Millisecond)
		defer t.Stop()
		for {
			runtime.ReadMemStats(&m)
			if m.HeapAlloc > base && m.HeapAlloc-base > peak.Load() {
				peak.Store(m.HeapAlloc - base)
			}
			select {
			case <-stop:
				return
			case <-t.C:
			}
		}
	})
	f()
	close(stop)
	wg.Wait()
	return peak.Load()
}

// TestAnalyzerPeakMemory reports the peak heap of analysing the whole
// corpus as one document: bleve's ar analyzer on the text in memory (its
// API takes a []byte and returns every token), qalam's TermScanner
// reading the file as a stream.
//
//	cd bench && go test -run AnalyzerPeakMemory -v
func TestAnalyzerPeakMemory(t *testing.T) {
	data := corpus(t)
	path := shared.Path(t, corpusFile)
	a := bleveArabic(t)
	var bleveTerms int
	peak := peakHeap(func() { bleveTerms = len(a.Analyze(data)) })
	t.Logf("bleve-ar, %d MB document in memory: peak heap %.1f MB above the input, %d terms",
		len(data)>>20, float64(peak)/(1<<20), bleveTerms)
	for _, q := range qalamAnalyzers() {
		var terms int
		var err error
		peak := peakHeap(func() {
			f, e := os.Open(path)
			if e != nil {
				err = e
				return
			}
			defer f.Close()
			ts := q.a.NewTermScanner(f)
			for ts.Scan() {
				terms++
			}
			err = ts.Err()
		})
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%s, streaming the file: peak heap %.2f MB, %d terms", q.name, float64(peak)/(1<<20), terms)
		if peak > 8<<20 {
			t.Errorf("%s: peak heap %d bytes; the stream should run in constant memory", q.name, peak)
		}
	}
}
