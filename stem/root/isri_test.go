// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package root

import (
	"bytes"
	"cmp"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/qalam-nlp/qalam/internal/shared"
)

// isriCommand returns a command running testdata/isri.py (NLTK's ISRI
// stemmer). When no python3 has NLTK it skips t, or fails it in CI
// (shared.MissingTool).
func isriCommand(t *testing.T) *exec.Cmd {
	t.Helper()
	for _, python := range []string{"/usr/bin/python3", "python3"} {
		if exec.Command(python, "-c", "from nltk.stem.isri import ISRIStemmer").Run() == nil {
			return exec.Command(python, "testdata/isri.py")
		}
	}
	shared.MissingTool(t, "no python3 with NLTK (Debian: apt-get install python3-nltk)")
	return nil
}

// isriStems stems words with NLTK's ISRI stemmer.
func isriStems(t *testing.T, words []string) map[string]string {
	cmd := isriCommand(t)
	cmd.Stdin = strings.NewReader(strings.Join(words, "\n") + "\n")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("isri.py: %v", err)
	}
	stems := strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
	if len(stems) != len(words) {
		t.Fatalf("isri.py gave %d lines for %d words", len(stems), len(words))
	}
	m := make(map[string]string, len(words))
	for i, w := range words {
		m[w] = stems[i]
	}
	return m
}

// frequentWords returns the n most frequent words of the ANT corpus that are
// Arabic letters and marks only, or nil when ../shared is absent.
func frequentWords(n int) []string {
	dir, ok := shared.Dir()
	if !ok {
		return nil
	}
	data, err := os.ReadFile(filepath.Join(dir, "corpus", "ant-v1.1.txt"))
	if err != nil {
		return nil
	}
	counts := map[string]int{}
	for _, f := range bytes.FieldsFunc(data, func(r rune) bool { return !unicode.In(r, unicode.Arabic) || unicode.IsPunct(r) || unicode.IsDigit(r) }) {
		counts[string(f)]++
	}
	words := make([]string, 0, len(counts))
	for w := range counts {
		var a analysis
		if load(&a, w) {
			words = append(words, w)
		}
	}
	slices.SortFunc(words, func(a, b string) int {
		return cmp.Or(counts[b]-counts[a], strings.Compare(a, b))
	})
	return words[:min(n, len(words))]
}

// TestCompareISRI compares Stem with NLTK's ISRI stemmer: accuracy of both
// on the hand-made lists, by category, and agreement on the 2,000 most
// frequent words of the corpus. It fails when Stem finds fewer roots than
// ISRI on a list, and when the two agree on fewer than minISRIAgreement of
// the frequent words (73.0% when written): those are mostly sound roots that
// both get, so a drop means a change to Stem that broke common words. It
// skips without NLTK, except in CI (shared.MissingTool).
//
//	go test -run TestCompareISRI -v ./stem/root
func TestCompareISRI(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: no ISRI comparison")
	}
	var words []string
	lists := map[string][]goldEntry{}
	names := []string{"testdata/gold.tsv", "testdata/heldout.tsv", "testdata/blind.tsv"}
	for _, name := range names {
		lists[name] = readGold(t, name)
		for _, g := range lists[name] {
			words = append(words, g.word)
		}
	}
	frequent := frequentWords(2000)
	words = append(words, frequent...)
	isri := isriStems(t, words)
	isriStem := func(w string) string { return isri[w] }

	for _, name := range names {
		gold := lists[name]
		ours, oursBy, _ := score(gold, Stem)
		theirs, theirsBy, _ := score(gold, isriStem)
		t.Logf("%s (%d words): qalam %.1f%%, ISRI %.1f%%", name, len(gold),
			100*float64(ours)/float64(len(gold)), 100*float64(theirs)/float64(len(gold)))
		t.Logf("  qalam by category: %s", categoryReport(oursBy))
		t.Logf("  ISRI  by category: %s", categoryReport(theirsBy))
		if ours < theirs {
			t.Errorf("%s: qalam finds %d roots, fewer than ISRI's %d", name, ours, theirs)
		}
		for _, g := range gold {
			q, i := fold(Stem(g.word)), fold(isri[g.word])
			if q != g.root && i == g.root {
				t.Logf("  ISRI right, qalam wrong: %s → ISRI %s, qalam %s", g.word, i, q)
			}
		}
	}
	if frequent == nil {
		t.Log("../shared not present: no corpus sample")
		return
	}
	agree := 0
	var differ []string
	for _, w := range frequent {
		q, i := fold(Stem(w)), fold(isri[w])
		if q == i {
			agree++
		} else if len(differ) < 60 {
			differ = append(differ, w+": qalam "+q+", ISRI "+i)
		}
	}
	share := float64(agree) / float64(len(frequent))
	t.Logf("the %d most frequent corpus words: qalam and ISRI agree on %d (%.1f%%)", len(frequent), agree, 100*share)
	if share < minISRIAgreement {
		t.Errorf("qalam and ISRI agree on %.1f%% of the frequent words, less than %.0f%%", 100*share, 100*minISRIAgreement)
		for _, d := range differ {
			t.Log("  differ:", d)
		}
	}
}

// minISRIAgreement is the least share of the corpus's most frequent words
// on which Stem and ISRI must agree.
const minISRIAgreement = 0.70
