// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package main

import (
	"iter"
	"strings"
	"unicode/utf8"

	"github.com/qalam-nlp/qalam/entities"
	"github.com/qalam-nlp/qalam/entities/gazetteer"
	"github.com/qalam-nlp/qalam/normalize"
)

// The held-back proxy.
//
// The two development files are largely one body of news annotated
// twice: about three quarters of each file's sentences are in the other
// file too, annotated by other hands. The held-back test text of each
// corpus is therefore text a model trained on both files has seen, but
// only as the other file annotates it; and the figure the issue quotes
// for held-back news is the score of reproducing one annotation from the
// other. The proxy measures exactly that on the development files: the
// sentences of a file that the other file holds too are cut into folds;
// fold k is scored after training on all of the other file and on every
// sentence of this file outside fold k.

// seenRun is how many letters in a row make a sentence's text "found" in
// the other file.
const seenRun = 12

// sentences returns the token ranges of the corpus's sentences.
func (c *corpus) sentences() [][2]int {
	var out [][2]int
	start := 0
	for k, end := range c.brk {
		if end || k == len(c.brk)-1 {
			out = append(out, [2]int{start, k + 1})
			start = k + 1
		}
	}
	return out
}

// normalized returns the tokens of the range s joined by sep, normalised
// for search.
func (c *corpus) normalized(s [2]int, sep string) string {
	return normalize.Search.String(strings.Join(c.tokens[s[0]:s[1]], sep))
}

// runs yields the runs of seenRun letters of text, one from each letter,
// as substrings of text.
func runs(text string) iter.Seq[string] {
	return func(yield func(string) bool) {
		end := 0
		for range seenRun {
			if end == len(text) {
				return
			}
			_, size := utf8.DecodeRuneInString(text[end:])
			end += size
		}
		for start := 0; yield(text[start:end]) && end < len(text); {
			_, size := utf8.DecodeRuneInString(text[start:])
			start += size
			_, size = utf8.DecodeRuneInString(text[end:])
			end += size
		}
	}
}

// seenIn reports, for each sentence of c, whether its text is in o: more
// than half of its runs of seenRun letters occur in o's text (a sentence
// shorter than that must occur whole). The texts are normalised for
// search, with no space between tokens (so that the two files' clitic
// splits agree).
func (c *corpus) seenIn(o *corpus) []bool {
	other := o.normalized([2]int{0, len(o.tokens)}, "")
	theirs := make(map[string]bool, utf8.RuneCountInString(other))
	for r := range runs(other) {
		theirs[r] = true
	}
	var out []bool
	for _, s := range c.sentences() {
		text := c.normalized(s, "")
		found, all := 0, 0
		for r := range runs(text) {
			all++
			if theirs[r] {
				found++
			}
		}
		if all == 0 {
			out = append(out, strings.Contains(other, text))
		} else {
			out = append(out, 2*found > all)
		}
	}
	return out
}

// proxyFolds cuts the selected sentences, in order, into k folds of about
// equal tokens; it returns each sentence's fold, -1 for the others.
func (c *corpus) proxyFolds(selected []bool, k int) []int {
	sents := c.sentences()
	total := c.tokensOf(selected)
	out := make([]int, len(sents))
	before := 0
	for i, s := range sents {
		out[i] = -1
		if selected[i] {
			out[i] = k * before / total
			before += s[1] - s[0]
		}
	}
	return out
}

// proxyParts returns, for fold f, the test part (the fold's sentences)
// and the training parts of the corpus (each run of other sentences).
func (c *corpus) proxyParts(fold []int, f int) (test part, train []part) {
	var in [][2]int
	start := -1
	for i, s := range c.sentences() {
		if fold[i] == f {
			in = append(in, s)
			if start >= 0 {
				train = append(train, c.part(start, s[0]))
				start = -1
			}
		} else if start < 0 {
			start = s[0]
		}
	}
	if start >= 0 {
		train = append(train, c.part(start, len(c.tokens)))
	}
	return c.join(in), train
}

// tokensOf returns the number of tokens in the selected sentences.
func (c *corpus) tokensOf(selected []bool) int {
	n := 0
	for i, s := range c.sentences() {
		if selected[i] {
			n += s[1] - s[0]
		}
	}
	return n
}

// agreement scores the annotation of y against that of c on the
// sentences both files tokenise alike (the same tokens once normalised):
// how far the two annotations agree. It returns the counts and the
// number of tokens compared.
func (c *corpus) agreement(y *corpus) (map[gazetteer.Type]counts, int) {
	theirs := map[string]part{}
	for _, s := range y.sentences() {
		theirs[y.normalized(s, " ")] = y.part(s[0], s[1])
	}
	out, n := map[gazetteer.Type]counts{}, 0
	for _, s := range c.sentences() {
		other, ok := theirs[c.normalized(s, " ")]
		if !ok {
			continue
		}
		p := c.part(s[0], s[1])
		var ms []entities.Mention
		for _, g := range other.gold {
			ms = append(ms, entities.Mention{Start: p.spans[g.i][0], End: p.spans[g.j-1][1], Type: g.typ})
		}
		addAll(out, p.score(ms))
		n += s[1] - s[0]
	}
	return out, n
}
