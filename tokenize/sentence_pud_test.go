// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package tokenize

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"github.com/qalam-nlp/qalam/internal/shared"
)

// TestSentencesPUD joins the 500 sentences of the Arabic PUD development
// file with single spaces and checks how many of the boundaries between
// them Sentences finds, and how many it adds.
func TestSentencesPUD(t *testing.T) {
	f, err := os.Open(shared.Path(t, "segment/pud-dev.conllu"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var texts []string
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		if s, ok := strings.CutPrefix(sc.Text(), "# text = "); ok {
			texts = append(texts, strings.TrimSpace(s))
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	text := strings.Join(texts, " ")
	gold := map[int]bool{}
	pos := 0
	for _, s := range texts[:len(texts)-1] {
		pos += len(s)
		gold[pos] = true
		pos++
	}
	found := map[int]bool{}
	extra := 0
	for s := range Sentences(text, 0) {
		if s.End == len(text) {
			continue
		}
		if gold[s.End] {
			found[s.End] = true
		} else {
			extra++
			t.Logf("extra boundary: %s|%s", text[max(0, s.End-60):s.End], text[s.End:min(len(text), s.End+30)])
		}
	}
	for end := range gold {
		if !found[end] {
			t.Logf("missed boundary: %s|%s", text[max(0, end-60):end], text[end:min(len(text), end+30)])
		}
	}
	p := float64(len(found)) / float64(len(found)+extra)
	r := float64(len(found)) / float64(len(gold))
	t.Logf("PUD boundaries: gold %d, found %d, extra %d: precision %.3f recall %.3f", len(gold), len(found), extra, p, r)
	if p < 0.98 || r < 0.98 {
		t.Errorf("precision %.3f recall %.3f", p, r)
	}
}
