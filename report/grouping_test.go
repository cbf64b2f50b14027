// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package report

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/qalam-nlp/qalam/internal/shared"
	"github.com/qalam-nlp/qalam/normalize"
	"github.com/qalam-nlp/qalam/stem/light"
	"github.com/qalam-nlp/qalam/stem/snowball"
	"github.com/qalam-nlp/qalam/tokenize"
	"github.com/qalam-nlp/qalam/tokenize/clitics"
)

// lemmaWords reads the written words of a CoNLL-U file whose content word
// (NOUN, ADJ or VERB) has a lemma, and returns each word's lemma,
// search-normalised: the first one met for a word.
func lemmaWords(t *testing.T, path string) map[string]string {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	lemmas := make(map[string]string)
	content := map[string]bool{"NOUN": true, "ADJ": true, "VERB": true}
	word, until := "", 0 // the multiword token being read and its last id
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) < 4 {
			continue
		}
		if from, to, ok := strings.Cut(cols[0], "-"); ok {
			var a, b int
			fmt.Sscan(from, &a)
			fmt.Sscan(to, &b)
			word, until = cols[1], b
			continue
		}
		var id int
		if _, err := fmt.Sscan(cols[0], &id); err != nil {
			continue // an empty node
		}
		w := cols[1]
		if id <= until {
			w = word
		}
		if content[cols[3]] && cols[2] != "_" {
			if _, ok := lemmas[w]; !ok {
				lemmas[w] = normalize.Search.String(cols[2])
			}
		}
	}
	return lemmas
}

// pairScores compares the grouping of words by key with their grouping
// by lemma, counting the pairs of distinct words in one group: precision
// is the share of the pairs grouped by key that share a lemma, recall the
// share of the pairs that share a lemma grouped by key.
func pairScores(lemmas map[string]string, key func(string) string) (precision, recall float64, merged []string) {
	byKey := make(map[string][]string)
	for w := range lemmas {
		if k := key(w); k != "" {
			byKey[k] = append(byKey[k], w)
		}
	}
	byLemma := make(map[string]int)
	for w, l := range lemmas {
		if key(w) != "" {
			byLemma[l]++
		}
	}
	var pred, both, gold int
	for _, n := range byLemma {
		gold += n * (n - 1) / 2
	}
	for k, ws := range byKey {
		pred += len(ws) * (len(ws) - 1) / 2
		for i := range ws {
			for j := i + 1; j < len(ws); j++ {
				if lemmas[ws[i]] == lemmas[ws[j]] {
					both++
				} else if len(merged) < 8 {
					merged = append(merged, k+": "+ws[i]+" "+ws[j])
				}
			}
		}
	}
	return float64(both) / float64(pred), float64(both) / float64(gold), merged
}

// groupingKeys are the ways of grouping words into key terms compared by
// TestGroupingAgainstLemmas: each the key of a written word, "" for a
// word that gives no term.
func groupingKeys() map[string]func(string) string {
	keyWith := func(appendStem func(dst, word []byte) []byte) func(string) string {
		a := &tokenize.Analyzer{Stopwords: tokenize.ArabicStopwords, Clitics: clitics.Default, AppendStem: appendStem}
		return func(w string) string {
			for t := range a.Terms(w) {
				if t.Kind == tokenize.ArabicWord {
					return string(t.Term)
				}
			}
			return ""
		}
	}
	return map[string]func(string) string{
		"snowball":   keyWith(snowball.AppendStem),
		"light":      keyWith(light.AppendStem),
		"lemma-like": keyWith(appendTermKey),
		"stem segment": keyWith(func(dst, w []byte) []byte {
			return append(dst, bytes.TrimPrefix(w, []byte(article))...)
		}),
	}
}

// TestGroupingAgainstLemmas measures how the words of the UD Arabic-PUD
// development sentences group under each way of making key terms,
// against their treebank lemmas, and checks that the key terms' grouping
// merges unrelated words less often than Snowball and the light stemmer
// while it still groups more than the bare stem segment does.
func TestGroupingAgainstLemmas(t *testing.T) {
	lemmas := lemmaWords(t, shared.Path(t, "segment/pud-dev.conllu"))
	scores := make(map[string][2]float64)
	for _, name := range []string{"snowball", "light", "lemma-like", "stem segment"} {
		p, r, merged := pairScores(lemmas, groupingKeys()[name])
		scores[name] = [2]float64{p, r}
		t.Logf("%-12s pairs precision %.1f%% recall %.1f%% F1 %.1f; merged apart from their lemmas, e.g. %s",
			name, 100*p, 100*r, 200*p*r/(p+r), strings.Join(merged, ", "))
	}
	t.Logf("%d words with a lemma", len(lemmas))
	f1 := func(s [2]float64) float64 { return 2 * s[0] * s[1] / (s[0] + s[1]) }
	chosen := scores["lemma-like"]
	for _, other := range []string{"snowball", "light"} {
		assert.Greater(t, chosen[0], scores[other][0], "precision against %s", other)
		assert.Greater(t, f1(chosen), f1(scores[other]), "F1 against %s", other)
	}
	assert.Greater(t, chosen[1], scores["stem segment"][1], "recall against the stem segment")
}
