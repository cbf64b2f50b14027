// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package bench

import (
	"bytes"
	"testing"

	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"

	"github.com/qalam-nlp/qalam/internal/shared"
)

// corpusFile is the benchmark input: the ANT corpus, 13 MB of news.
const corpusFile = "corpus/ant-v1.1.txt"

// corpus returns ../shared/corpus/ant-v1.1.txt, skipping tb when absent.
func corpus(tb testing.TB) []byte {
	tb.Helper()
	return shared.ReadFile(tb, corpusFile)
}

// corpusTokens returns the terms bleve's unicode tokenizer finds in the
// corpus, and their total length in bytes.
func corpusTokens(tb testing.TB) (terms [][]byte, size int64) {
	tb.Helper()
	data := corpus(tb)
	for _, tok := range unicode.NewUnicodeTokenizer().Tokenize(data) {
		terms = append(terms, tok.Term)
		size += int64(len(tok.Term))
	}
	return terms, size
}

// articles splits the corpus at blank lines, one document an article, as
// an indexer would see it.
func articles(data []byte) [][]byte {
	return bytes.Split(data, []byte("\n\n"))
}

// reportPerWord adds ns/word to b's results, for a benchmark that handles
// that many words once per op.
func reportPerWord(b *testing.B, words int) {
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(words), "ns/word")
}
