// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package entities

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/qalam-nlp/qalam/entities/gazetteer"
	"github.com/qalam-nlp/qalam/internal/shared"
	"github.com/stretchr/testify/require"
)

type goldMention struct {
	start, end int
	typ        string
	text       string
	canonical  string
}

func readGold(t *testing.T, path string) []goldMention {
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	var out []goldMention
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		require.Len(t, f, 5, line)
		start, err := strconv.Atoi(f[0])
		require.NoError(t, err)
		end, err := strconv.Atoi(f[1])
		require.NoError(t, err)
		out = append(out, goldMention{start, end, f[2], f[3], f[4]})
	}
	require.NoError(t, sc.Err())
	return out
}

// TestSeedArticle checks the extractor on the article the project was
// specified from: every person, place and nationality of the hand-made
// gold list with its exact span and entity, at least three of its four
// organisations, and no person or place that is not in the list.
func TestSeedArticle(t *testing.T) {
	text := shared.ReadFile(t, "corpus/seed-article.txt")
	gold := readGold(t, shared.Path(t, "corpus/seed-article.entities.tsv"))
	x, err := Default()
	require.NoError(t, err)
	got := x.Extract(string(text))

	at := map[[2]int]Mention{}
	for _, m := range got {
		at[[2]int{m.Start, m.End}] = m
	}
	goldAt := map[[2]int]bool{}
	orgs, orgsFound := 0, 0
	for _, g := range gold {
		goldAt[[2]int{g.start, g.end}] = true
		m, ok := at[[2]int{g.start, g.end}]
		if g.typ == "ORGANIZATION" {
			orgs++
			if ok && m.Type == gazetteer.Organization {
				orgsFound++
			} else {
				t.Logf("organisation not found: %d-%d %s", g.start, g.end, g.text)
			}
			continue
		}
		if !ok {
			t.Errorf("missed %s %d-%d %s", g.typ, g.start, g.end, g.text)
			continue
		}
		if m.Type.String() != g.typ || m.Canonical != g.canonical {
			t.Errorf("%d-%d %s: got %s %q (%s), want %s %q", g.start, g.end, g.text, m.Type, m.Canonical, m.ID, g.typ, g.canonical)
		}
	}
	if orgsFound < 3 {
		t.Errorf("found %d of %d organisations, want at least 3", orgsFound, orgs)
	}
	for _, m := range got {
		if (m.Type == gazetteer.Person || m.Type == gazetteer.Location) && !goldAt[[2]int{m.Start, m.End}] {
			t.Errorf("spurious %s %d-%d %s", m.Type, m.Start, m.End, m.Text)
		}
	}
}
