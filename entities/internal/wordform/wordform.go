// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

// Package wordform splits a search-normalised Arabic word into the parts
// the entity tagger reads: its proclitics, its core and its enclitics, as
// package tokenize/clitics segments it, and the core without the article.
// The tagger's features and the word clusters learned from raw text both
// key words by these forms, so they are computed in one place.
package wordform

import (
	"github.com/qalam-nlp/qalam/normalize"
	"github.com/qalam-nlp/qalam/tokenize/clitics"
)

const article = "ال"

// Parts are the pieces of a word, as slices of it.
type Parts struct {
	Proclitics []byte // و ف ب ل ك س before the core, or empty
	Core       []byte // the word without clitics, with its article
	Bare       []byte // Core without the article ال when at least two letters remain
	Enclitics  []byte // pronoun suffixes, or empty
}

// Split returns the parts of w, a search-normalised Arabic word. segs is
// scratch memory for the segmenter; Split reuses it. A final ه is
// segmented as the ة that search normalisation folded into it: وزاره is
// وزارة, not و + زار + ه (so a lone pronoun ه stays on its word).
func Split(w []byte, segs *[]clitics.Segment) Parts {
	word := string(w)
	if len(word) >= 2 && word[len(word)-2:] == "ه" {
		// Segment the ة the ه may stand for: وزاره as وزارة, not و +
		// زار + ه. Both letters take two bytes, so the offsets hold.
		word = word[:len(word)-2] + "ة"
	}
	*segs = clitics.Default.AppendSegments((*segs)[:0], word)
	pre, enc := 0, len(w)
	for _, sg := range *segs {
		switch sg.Kind {
		case clitics.Proclitic:
			pre = sg.End
		case clitics.Enclitic:
			enc = min(enc, sg.Start)
		}
	}
	p := Parts{Proclitics: w[:pre], Core: w[pre:enc], Enclitics: w[enc:]}
	p.Bare = p.Core
	if len(p.Core) > len(article)+2 && string(p.Core[:len(article)]) == article {
		p.Bare = p.Core[len(article):]
	}
	return p
}

// AppendFold appends the form in which the entity extractor matches a
// token: search normalisation (package normalize, preset Search), and
// ASCII letters in lower case.
func AppendFold(dst []byte, tok string) []byte {
	start := len(dst)
	dst = normalize.Search.AppendString(dst, tok)
	for i := start; i < len(dst); i++ {
		if c := dst[i]; 'A' <= c && c <= 'Z' {
			dst[i] = c + 'a' - 'A'
		}
	}
	return dst
}
