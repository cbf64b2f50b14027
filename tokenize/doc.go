// Package tokenize splits Arabic text, news above all, into tokens with
// exact byte offsets, finds sentences, recognises stopwords, and chains
// these with normalisation and stemming into an analyzer for search
// indexers.
//
// Tokens: Tokens and TokensBytes iterate over a text in memory; Scanner
// reads a stream in constant memory. Every token is a span text[Start:End]
// of the input, so a program can always go back to what was written.
//
// Sentences: Sentences iterates over sentence spans (see SentenceOptions).
//
// Stopwords and Analyzer: see their documentation.
package tokenize
