// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package main

import (
	"bufio"
	"os"
	"strings"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/ar"
	"github.com/blevesearch/snowballstem"
	snowballarabic "github.com/blevesearch/snowballstem/arabic"

	"github.com/qalam-nlp/qalam/stem/light"
	"github.com/qalam-nlp/qalam/stem/snowball"
	"github.com/qalam-nlp/qalam/tokenize"
)

// writeWordList writes the vocabulary of text — its distinct Arabic words as
// written, in order of first appearance — to the file path, one a line,
// repeated as many times as it takes to hold as many words as the text has
// Arabic words. It returns the vocabulary size and the number of lines.
func writeWordList(path string, text []byte) (vocabulary, lines int, err error) {
	seen := make(map[string]bool)
	var vocab []string
	occurrences := 0
	for tok := range tokenize.TokensBytes(text) {
		if tok.Kind != tokenize.ArabicWord {
			continue
		}
		occurrences++
		if w := string(text[tok.Start:tok.End]); !seen[w] {
			seen[w] = true
			vocab = append(vocab, w)
		}
	}
	f, err := os.Create(path)
	if err != nil {
		return 0, 0, err
	}
	defer f.Close()
	w := bufio.NewWriter(f)
	for lines < occurrences {
		for _, word := range vocab {
			w.WriteString(word)
			w.WriteByte('\n')
		}
		lines += len(vocab)
	}
	if err := w.Flush(); err != nil {
		return 0, 0, err
	}
	return len(vocab), lines, f.Close()
}

// wordsOf splits a word list into its lines, sharing its memory.
func wordsOf(list string) []string { return strings.Fields(list) }

// stemSnowball stems each word with stem/snowball into a reused buffer.
// Count is the number of stems that differ from their word.
func stemSnowball(in input) result {
	var s snowball.Stemmer
	return stemBytes(wordsOf(in.words), s.AppendStem)
}

// stemLight stems each word with stem/light, which normalises as
// normalize_ar does first.
func stemLight(in input) result { return stemBytes(wordsOf(in.words), light.AppendStem) }

// byteWords copies words into byte slices, the input the qalam stemmers
// and bleve's filters take.
func byteWords(words []string) [][]byte {
	ws := make([][]byte, len(words))
	for i, w := range words {
		ws[i] = []byte(w)
	}
	return ws
}

func stemBytes(words []string, appendStem func(dst, word []byte) []byte) result {
	ws := byteWords(words)
	r := result{Words: int64(len(ws))}
	var buf []byte
	r.Seconds = timed(func() {
		for _, w := range ws {
			buf = appendStem(buf[:0], w)
			if len(buf) != len(w) {
				r.Count++
			}
		}
	})
	return r
}

// stemSnowballstem stems each word with the Snowball-generated Go stemmer
// of github.com/blevesearch/snowballstem, reusing one Env.
func stemSnowballstem(in input) result {
	words := wordsOf(in.words)
	r := result{Words: int64(len(words))}
	env := snowballstem.NewEnv("")
	r.Seconds = timed(func() {
		for _, w := range words {
			env.SetCurrent(w)
			snowballarabic.Stem(env)
			if len(env.Current()) != len(w) {
				r.Count++
			}
		}
	})
	return r
}

// stemBleveLight runs each word, as a one-token stream, through bleve's
// normalize_ar and stemmer_ar filters, the last two steps of its ar
// analyzer.
func stemBleveLight(in input) result {
	ws := byteWords(wordsOf(in.words))
	r := result{Words: int64(len(ws))}
	normalizeAr, stemmerAr := ar.NewArabicNormalizeFilter(), ar.NewArabicStemmerFilter()
	tok := &analysis.Token{}
	stream := analysis.TokenStream{tok}
	r.Seconds = timed(func() {
		for _, w := range ws {
			tok.Term = w
			stemmerAr.Filter(normalizeAr.Filter(stream))
			if len(tok.Term) != len(w) {
				r.Count++
			}
		}
	})
	return r
}
