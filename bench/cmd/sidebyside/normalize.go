// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package main

import (
	"bytes"

	"github.com/blevesearch/bleve/v2/analysis/lang/ar"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"

	"github.com/qalam-nlp/qalam/normalize"
)

// normalizeSearch normalises the whole text in one call with the search
// preset, into a buffer that grows as needed.
func normalizeSearch(in input) result { return normalizeText(normalize.Search.Normalizer(), in.text) }

// normalizeLucene does the same with the Lucene preset (bleve's rules).
func normalizeLucene(in input) result { return normalizeText(normalize.Lucene.Normalizer(), in.text) }

func normalizeText(n *normalize.Normalizer, text []byte) result {
	var out []byte
	secs := timed(func() { out = n.Append(nil, text) })
	return result{Bytes: int64(len(text)), Seconds: secs, Count: int64(len(out))}
}

// normalizeBleve runs bleve's normalize_ar filter over the tokens of bleve's
// unicode tokenizer, article by article. Only the filter is timed, not the
// tokenizer; the filter sees the token bytes, not the spaces and
// punctuation between them. Count is the number of tokens.
func normalizeBleve(in input) result {
	tokenizer := unicode.NewUnicodeTokenizer()
	filter := ar.NewArabicNormalizeFilter()
	r := result{Bytes: int64(len(in.text))}
	for _, doc := range articles(in.text) {
		stream := tokenizer.Tokenize(doc)
		r.Seconds += timed(func() { filter.Filter(stream) })
		r.Count += int64(len(stream))
	}
	return r
}

// articles splits text at blank lines, one document an article, as an
// indexer would see it.
func articles(text []byte) [][]byte { return bytes.Split(text, []byte("\n\n")) }

// tokenBytes returns the bytes of text inside the tokens of bleve's unicode
// tokenizer.
func tokenBytes(text []byte) int64 {
	tokenizer := unicode.NewUnicodeTokenizer()
	var n int64
	for _, doc := range articles(text) {
		for _, tok := range tokenizer.Tokenize(doc) {
			n += int64(len(tok.Term))
		}
	}
	return n
}
