// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package main

import (
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/ar"
	"github.com/blevesearch/bleve/v2/registry"

	"github.com/qalam-nlp/qalam/stem/light"
	"github.com/qalam-nlp/qalam/stem/snowball"
	"github.com/qalam-nlp/qalam/tokenize"
)

// qalamAnalyzer is the chain compared with bleve's ar analyzer: tokenize,
// normalise with normalize.Search, drop the project's Arabic stopwords, stem.
func qalamAnalyzer(appendStem func(dst, word []byte) []byte) *tokenize.Analyzer {
	return &tokenize.Analyzer{Stopwords: tokenize.ArabicStopwords, AppendStem: appendStem}
}

// bleveAnalyzer returns bleve's "ar" analyzer from its registry: unicode
// tokenizer, lowercase, NFKC, Arabic stop words, normalize_ar, stemmer_ar.
func bleveAnalyzer() analysis.Analyzer {
	a, err := registry.NewCache().AnalyzerNamed(ar.AnalyzerName)
	if err != nil {
		panic("bleve has no ar analyzer: " + err.Error())
	}
	return a
}

func analyzeQalamSnowball(in input) result {
	return analyzeQalam(qalamAnalyzer(snowball.AppendStem), articles(in.text))
}

func analyzeQalamLight(in input) result {
	return analyzeQalam(qalamAnalyzer(light.AppendStem), articles(in.text))
}

// analyzeQalamWhole analyses the whole text as one document.
func analyzeQalamWhole(in input) result {
	return analyzeQalam(qalamAnalyzer(snowball.AppendStem), [][]byte{in.text})
}

// analyzeQalam iterates over the terms of each document; Count is the
// number of terms.
func analyzeQalam(a *tokenize.Analyzer, docs [][]byte) result {
	var r result
	r.Seconds = timed(func() {
		for _, doc := range docs {
			for range a.TermsBytes(doc) {
				r.Count++
			}
			r.Bytes += int64(len(doc))
		}
	})
	return r
}

func analyzeBleve(in input) result { return analyzeBleveDocs(articles(in.text)) }

// analyzeBleveWhole analyses the whole text as one document.
func analyzeBleveWhole(in input) result { return analyzeBleveDocs([][]byte{in.text}) }

// analyzeBleveDocs analyses each document with bleve's ar analyzer, which
// returns all its tokens at once; Count is the number of tokens.
func analyzeBleveDocs(docs [][]byte) result {
	a := bleveAnalyzer()
	var r result
	r.Seconds = timed(func() {
		for _, doc := range docs {
			r.Count += int64(len(a.Analyze(doc)))
			r.Bytes += int64(len(doc))
		}
	})
	return r
}
