// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package main

import (
	"bufio"
	"bytes"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2/analysis/lang/ar"

	qalam "github.com/qalam-nlp/qalam/normalize"
)

// TestNormalize checks the line loop: line ends kept, a last line without
// one, and normalize_ar's result, which is normalize.Lucene's.
func TestNormalize(t *testing.T) {
	for _, in := range []string{"", "\n", "أَحْمَدُ\nإلى مدرسة", "ـــ\r\nآ\n\n"} {
		var out bytes.Buffer
		w := bufio.NewWriter(&out)
		if err := normalize(w, strings.NewReader(in), ar.NewArabicNormalizeFilter()); err != nil {
			t.Fatalf("%q: %v", in, err)
		}
		w.Flush()
		if want := normalizeLucene(in); out.String() != want {
			t.Errorf("%q: got %q, want %q", in, out.String(), want)
		}
	}
}

// normalizeLucene is qalam's normalize.Lucene, line by line.
func normalizeLucene(s string) string {
	var b strings.Builder
	for line := range strings.Lines(s) {
		body, nl := strings.CutSuffix(line, "\n")
		b.WriteString(qalam.Lucene.String(body))
		if nl {
			b.WriteString("\n")
		}
	}
	return b.String()
}

// TestNormalizeLongLine checks that a line longer than the buffer is an
// error, not a silent cut.
func TestNormalizeLongLine(t *testing.T) {
	w := bufio.NewWriter(&bytes.Buffer{})
	err := normalize(w, strings.NewReader(strings.Repeat("ا", 100<<10)), ar.NewArabicNormalizeFilter())
	if err == nil || !strings.Contains(err.Error(), "line longer than") {
		t.Errorf("got %v, want a line-length error", err)
	}
}
