// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package report

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/qalam-nlp/qalam/internal/editdistance"
	"github.com/qalam-nlp/qalam/normalize"
)

// spellings finds, for each entity, its written forms that are spelling
// variants of each other (close but different after normalisation, such
// as ترامب and ترمب) and those that differ only in what normalisation
// folds (أمريكا and امريكا).
func spellings(es []Entity) (variants, folded []Spellings) {
	for _, e := range es {
		if len(e.Forms) < 2 {
			continue
		}
		// Forms that normalise alike.
		byNorm := make(map[string][]string)
		var norms []string
		for _, f := range e.Forms {
			n := normalize.Search.String(f.Text)
			if _, ok := byNorm[n]; !ok {
				norms = append(norms, n)
			}
			byNorm[n] = append(byNorm[n], f.Text)
		}
		for _, n := range norms {
			if len(byNorm[n]) > 1 {
				folded = append(folded, Spellings{Type: e.Type, ID: e.ID, Canonical: e.Canonical, Forms: byNorm[n]})
			}
		}
		// Forms whose words (article and inflection endings off) are a
		// letter or two apart, the shorter form compared with the last
		// words of the longer (ترمب with دونالد ترامب): each cluster of
		// such forms is shown by the words that differ, as written.
		var keys [][]string
		var written [][]string
		for _, f := range e.Forms {
			k := spellingKey(f.Text)
			if !slices.ContainsFunc(keys, func(o []string) bool { return slices.Equal(o, k) }) {
				keys = append(keys, k)
				written = append(written, strings.Fields(f.Text))
			}
		}
		cluster := make([]int, len(keys))
		for i := range cluster {
			cluster[i] = i
		}
		pieces := make([][]string, len(keys)) // by cluster
		for i := range keys {
			for j := i + 1; j < len(keys); j++ {
				short, long := i, j
				if len(keys[short]) > len(keys[long]) {
					short, long = long, short
				}
				n := len(keys[short])
				if !nearSpelling(keys[short], keys[long][len(keys[long])-n:]) {
					continue
				}
				from, to := cluster[j], cluster[i]
				for k := range cluster {
					if cluster[k] == from {
						cluster[k] = to
					}
				}
				pieces[to] = append(pieces[to], pieces[from]...)
				pieces[from] = nil
				// The more frequent form's piece first (i < j).
				pi := strings.Join(written[i][len(written[i])-n:], " ")
				pj := strings.Join(written[j][len(written[j])-n:], " ")
				for _, p := range []string{pi, pj} {
					if !slices.Contains(pieces[to], p) {
						pieces[to] = append(pieces[to], p)
					}
				}
			}
		}
		for _, forms := range pieces {
			if len(forms) > 1 {
				variants = append(variants, Spellings{Type: e.Type, ID: e.ID, Canonical: e.Canonical, Forms: forms})
			}
		}
	}
	return variants, folded
}

// spellingKey is a form reduced for comparing spellings: search-normalised,
// without the article on each word and without the feminine and plural
// endings of nationality adjectives (الأمريكية → امريكي).
func spellingKey(form string) []string {
	words := strings.Fields(normalize.Search.String(form))
	for i, w := range words {
		if strings.HasPrefix(w, "ال") && utf8.RuneCountInString(w) > 4 {
			w = w[len("ال"):]
		}
		for _, end := range []string{"يون", "يين", "يات", "يتين", "يتان", "يان", "يه"} {
			if strings.HasSuffix(w, end) && utf8.RuneCountInString(w) > utf8.RuneCountInString(end)+2 {
				w = w[:len(w)-len(end)] + "ي"
				break
			}
		}
		words[i] = w
	}
	return words
}

// nearSpelling reports whether two spelling keys of as many words differ,
// by at most two letters and at most a third of the shorter one.
func nearSpelling(a, b []string) bool {
	ra, rb := []rune(strings.Join(a, " ")), []rune(strings.Join(b, " "))
	d := editdistance.Runes(ra, rb)
	return d > 0 && d <= 2 && 3*d <= min(len(ra), len(rb))
}
