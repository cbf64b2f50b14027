// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package report

import (
	"cmp"
	"slices"
	"strings"
	"sync"
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
	first int   // offset of the first occurrence
	group int32 // its termStat in keyTerms, -1 for none
}

// termStat is what keyTerms gathers on the words of one key.
type termStat struct {
	key   string
	count int
	first int // offset of the first word
}

// scratch is the working memory of one report, kept in a pool so that
// its maps and slices are reused rather than grown again for each text.
type scratch struct {
	index  map[string]int32 // written word → its wordStat
	stats  []wordStat
	byKey  map[string]int32 // key → its termStat
	groups []termStat
	filter *tokenize.TermFilter
	segs   []clitics.Segment
	toks   []tokenize.Token // the tokens of the text, lexed once
	sent   []int32          // the sentence of each token
}

var scratchPool = sync.Pool{New: func() any {
	return &scratch{index: make(map[string]int32), byKey: make(map[string]int32), filter: termAnalyzer.NewTermFilter()}
}}

// release empties sc, so that it holds no piece of the text, and puts it
// back in the pool.
func (sc *scratch) release() {
	clear(sc.index)
	clear(sc.byKey)
	clear(sc.stats)
	sc.stats = sc.stats[:0]
	clear(sc.groups)
	sc.groups = sc.groups[:0]
	sc.toks, sc.sent = sc.toks[:0], sc.sent[:0]
	scratchPool.Put(sc)
}

// lex makes the one pass of the lexer over text: its tokens, each with
// its sentence (as tokenize.Sentences finds them), into sc.toks and
// sc.sent.
func (sc *scratch) lex(text string) {
	for n, t := range tokenize.SentenceTokens(text, 0) {
		sc.toks = append(sc.toks, t)
		sc.sent = append(sc.sent, int32(n))
	}
}

// countWords counts, over the tokens of text (sc.toks), the sentences and
// the Arabic and Latin words, and gathers in sc.stats the distinct words
// outside the entity mentions ms (names are reported as entities) with
// their counts.
func countWords(sc *scratch, text string, ms []entities.Mention) (sentences, words int) {
	next := 0 // first mention that may overlap the current token
	for _, t := range sc.toks {
		if t.Kind != tokenize.ArabicWord && t.Kind != tokenize.LatinWord {
			continue
		}
		words++
		for next < len(ms) && ms[next].End <= t.Start {
			next++
		}
		if next < len(ms) && ms[next].Start < t.End {
			continue
		}
		w := text[t.Start:t.End]
		if i, ok := sc.index[w]; ok {
			sc.stats[i].count++
			continue
		}
		sc.index[w] = int32(len(sc.stats))
		sc.stats = append(sc.stats, wordStat{word: w, kind: t.Kind, count: 1, first: t.Start, group: -1})
	}
	if len(sc.sent) > 0 {
		sentences = int(sc.sent[len(sc.sent)-1]) + 1
	}
	return sentences, words
}

// keyTerms groups the words of sc.stats by their key (see appendTermKey)
// and returns the most frequent groups, at most max, each with its
// commonest written form. Stopwords, numbers, one-letter keys and keys met
// once are left out. Each distinct word is analysed once, however often it
// occurs.
func keyTerms(sc *scratch, max int) []Term {
	stats := sc.stats
	for i := range stats {
		w := &stats[i]
		tm, ok := sc.filter.Term(w.word, tokenize.Token{End: len(w.word), Kind: w.kind})
		if !ok || utf8.RuneCount(tm.Term) < 2 {
			continue
		}
		g, ok := sc.byKey[string(tm.Term)]
		if !ok {
			key := string(tm.Term)
			g = int32(len(sc.groups))
			sc.byKey[key] = g
			sc.groups = append(sc.groups, termStat{key: key, first: w.first})
		}
		s := &sc.groups[g]
		s.count += w.count
		s.first = min(s.first, w.first)
		w.group = g
	}
	// Only groups met twice or more are terms, and only the first max of
	// them are kept: most groups are single words met once, and they need
	// no sorting.
	top := make([]int32, 0, 64)
	for g := range sc.groups {
		if sc.groups[g].count >= 2 {
			top = append(top, int32(g))
		}
	}
	slices.SortFunc(top, func(a, b int32) int {
		ga, gb := &sc.groups[a], &sc.groups[b]
		return cmp.Or(gb.count-ga.count, ga.first-gb.first)
	})
	top = top[:min(max, len(top))]
	// The forms of the kept groups' words, proclitics cut off.
	rank := make(map[int32]int, len(top))
	for i, g := range top {
		rank[g] = i
	}
	forms := make([]map[string]int, len(top))
	for i := range stats {
		w := &stats[i]
		r, ok := rank[w.group]
		if w.group < 0 || !ok {
			continue
		}
		if forms[r] == nil {
			forms[r] = make(map[string]int)
		}
		start, end := formSpan(w.word, &sc.segs)
		forms[r][w.word[start:end]] += w.count
	}
	terms := make([]Term, len(top))
	for i, g := range top {
		s := &sc.groups[g]
		form := commonForm(forms[i])
		terms[i] = Term{Key: s.key, Count: s.count, Form: form, Stem: writtenStem(form, s.key)}
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
