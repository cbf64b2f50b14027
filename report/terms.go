// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package report

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/qalam-nlp/qalam/entities"
	"github.com/qalam-nlp/qalam/normalize"
	"github.com/qalam-nlp/qalam/tokenize"
	"github.com/qalam-nlp/qalam/tokenize/clitics"
)

// termAnalyzer makes the key terms: search normalisation, the project's
// stopwords, clitics cut off (so وبالمفاوضات counts with المفاوضات), then
// the lemma-like key of appendTermKey.
var termAnalyzer = &tokenize.Analyzer{
	Stopwords:  tokenize.ArabicStopwords,
	Clitics:    clitics.Default,
	AppendStem: appendTermKey,
}

// wordStat is what keyTerms gathers on one written word.
type wordStat struct {
	word  string
	kind  tokenize.Kind
	count int
	first int // offset of the first occurrence
}

// termStat is what keyTerms gathers on the words of one key.
type termStat struct {
	key   string
	count int
	first int   // offset of the first word
	words []int // indices of its wordStats
}

// words is what one pass over the tokens of a text gathers.
type words struct {
	sentences, words int
	// stats holds the distinct words outside entity mentions, in order
	// of first occurrence.
	stats []wordStat
}

// countWords makes the one pass over the tokens of text: it counts the
// sentences (as tokenize.Sentences finds them) and the Arabic and Latin
// words, and gathers the distinct words outside the entity mentions ms
// (names are reported as entities) with their counts.
func countWords(text string, ms []entities.Mention) words {
	var ws words
	index := make(map[string]int32, len(text)/16)
	next := 0 // first mention that may overlap the current token
	last := -1
	for n, t := range tokenize.SentenceTokens(text, 0) {
		last = n
		if t.Kind != tokenize.ArabicWord && t.Kind != tokenize.LatinWord {
			continue
		}
		ws.words++
		for next < len(ms) && ms[next].End <= t.Start {
			next++
		}
		if next < len(ms) && ms[next].Start < t.End {
			continue
		}
		w := text[t.Start:t.End]
		if i, ok := index[w]; ok {
			ws.stats[i].count++
			continue
		}
		index[w] = int32(len(ws.stats))
		ws.stats = append(ws.stats, wordStat{word: w, kind: t.Kind, count: 1, first: t.Start})
	}
	ws.sentences = last + 1
	return ws
}

// keyTerms groups the words of stats by their key (see appendTermKey) and
// returns the most frequent groups, at most max, each with its commonest
// written form. Stopwords, numbers, one-letter keys and keys met once are
// left out. Each distinct word is analysed once, however often it occurs.
func keyTerms(stats []wordStat, max int) []Term {
	f := termAnalyzer.NewTermFilter()
	byKey := make(map[string]int32, len(stats))
	var groups []termStat
	for i, w := range stats {
		tm, ok := f.Term(w.word, tokenize.Token{End: len(w.word), Kind: w.kind})
		if !ok || utf8.RuneCount(tm.Term) < 2 {
			continue
		}
		g, ok := byKey[string(tm.Term)]
		if !ok {
			key := string(tm.Term)
			g = int32(len(groups))
			byKey[key] = g
			groups = append(groups, termStat{key: key, first: w.first})
		}
		s := &groups[g]
		s.count += w.count
		s.first = min(s.first, w.first)
		s.words = append(s.words, i)
	}
	// Only groups met twice or more are terms: most groups are single
	// words met once, and they need no sorting.
	groups = slices.DeleteFunc(groups, func(g termStat) bool { return g.count < 2 })
	slices.SortFunc(groups, func(a, b termStat) int {
		return cmp.Or(b.count-a.count, a.first-b.first)
	})
	terms := make([]Term, 0, min(max, len(groups)))
	var segs []clitics.Segment
	for _, g := range groups[:min(max, len(groups))] {
		forms := make(map[string]int, len(g.words))
		for _, i := range g.words {
			w := stats[i].word
			start, end := formSpan(w, &segs)
			forms[w[start:end]] += stats[i].count
		}
		form := commonForm(forms)
		terms = append(terms, Term{Key: g.key, Count: g.count, Form: form, Stem: writtenStem(form, g.key)})
	}
	return terms
}

// writtenStem returns key, the key of form after search normalisation,
// spelt as it is in form: the part of form that normalises to key (رئيس of
// الرئيس for رءيس, قمة of القمة for قمه). When no part does, it returns
// key.
func writtenStem(form, key string) string {
	norm, offs := normalize.Search.AppendWithOffsets(nil, nil, form)
	i := strings.Index(string(norm), key)
	if i < 0 {
		return key
	}
	start, end := offs.Span(i, i+len(key))
	return form[start:end]
}

// formSpan returns where the form of word to show begins and ends: word
// without its proclitics (وبالمفاوضات shows as المفاوضات) but with its
// pronoun suffixes, so that the form is a word as written (انتمائه, not
// انتمائ). segs is scratch space.
func formSpan(word string, segs *[]clitics.Segment) (start, end int) {
	*segs = clitics.Default.AppendSegments((*segs)[:0], word)
	start, end = 0, len(word)
	for _, s := range *segs {
		switch s.Kind {
		case clitics.Stem:
			start, end = s.Start, s.End
		case clitics.Enclitic:
			end = s.End
		}
	}
	return start, end
}

// commonForm returns the most frequent of forms; ties go to the form that
// sorts first.
func commonForm(forms map[string]int) string {
	best, bestN := "", 0
	for f, n := range forms {
		if n > bestN || n == bestN && f < best {
			best, bestN = f, n
		}
	}
	return best
}
