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

// termStat is what keyTerms gathers on the words of one key.
type termStat struct {
	count int
	first int            // offset of the first word
	forms map[string]int // written word (with clitics) → count
}

// keyTerms groups the words outside entity mentions (names are reported as
// entities) by their key (see appendTermKey) and returns the most frequent
// groups, at most max, each with its commonest written form. Numbers,
// one-letter keys and keys met once are left out.
func keyTerms(text string, ms []entities.Mention, max int) []Term {
	stats := make(map[string]*termStat)
	next := 0 // first mention that may overlap the current term
	for t := range termAnalyzer.Terms(text) {
		for next < len(ms) && ms[next].End <= t.Start {
			next++
		}
		if next < len(ms) && ms[next].Start < t.End {
			continue
		}
		if t.Kind != tokenize.ArabicWord && t.Kind != tokenize.LatinWord || utf8.RuneCount(t.Term) < 2 {
			continue
		}
		s, ok := stats[string(t.Term)]
		if !ok {
			s = &termStat{first: t.Start, forms: make(map[string]int)}
			stats[string(t.Term)] = s
		}
		s.count++
		s.forms[text[t.Start:t.End]]++
	}
	terms := make([]Term, 0, len(stats))
	firsts := make(map[string]int, len(stats))
	for stem, s := range stats {
		if s.count < 2 {
			continue
		}
		terms = append(terms, Term{Key: stem, Count: s.count})
		firsts[stem] = s.first
	}
	slices.SortFunc(terms, func(a, b Term) int {
		return cmp.Or(b.Count-a.Count, firsts[a.Key]-firsts[b.Key])
	})
	if len(terms) > max {
		terms = terms[:max]
	}
	for i := range terms {
		t := &terms[i]
		t.Form = commonForm(stats[t.Key].forms)
		t.Stem = writtenStem(t.Form, t.Key)
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

// commonForm returns the most frequent of the written words once their
// proclitics are cut off (وبالمفاوضات and المفاوضات both count for
// المفاوضات); ties go to the form that sorts first. Pronoun suffixes
// stay, so that the form is a word as written (انتمائه, not انتمائ).
func commonForm(words map[string]int) string {
	forms := make(map[string]int)
	var segs []clitics.Segment
	for w, n := range words {
		segs = clitics.Default.AppendSegments(segs[:0], w)
		start, end := 0, len(w)
		for _, s := range segs {
			switch s.Kind {
			case clitics.Stem:
				start, end = s.Start, s.End
			case clitics.Enclitic:
				end = s.End
			}
		}
		forms[w[start:end]] += n
	}
	best, bestN := "", 0
	for f, n := range forms {
		if n > bestN || n == bestN && f < best {
			best, bestN = f, n
		}
	}
	return best
}
