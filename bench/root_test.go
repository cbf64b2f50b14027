// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package bench

import (
	"testing"
	"unicode/utf8"

	"github.com/qalam-nlp/qalam/stem/light"
	"github.com/qalam-nlp/qalam/stem/root"
	"github.com/qalam-nlp/qalam/stem/snowball"
)

// TestRootCorpus extracts the root of every distinct corpus term: no
// panic, valid UTF-8 out, and how far each stemmer groups the vocabulary
// (distinct terms, light stems, Snowball stems, roots).
func TestRootCorpus(t *testing.T) {
	terms, _ := corpusTokens(t)
	seen := map[string]bool{}
	roots, lights, snowballs := map[string]bool{}, map[string]bool{}, map[string]bool{}
	rooted := 0
	var buf []byte
	for _, term := range terms {
		if seen[string(term)] {
			continue
		}
		seen[string(term)] = true
		buf = root.AppendStem(buf[:0], term)
		if utf8.Valid(term) && !utf8.Valid(buf) {
			t.Errorf("root of %q = %q, not valid UTF-8", term, buf)
		}
		if n := utf8.RuneCount(buf); n == 3 || n == 4 {
			rooted++
		}
		roots[string(buf)] = true
		lights[string(light.AppendStem(buf[:0], term))] = true
		snowballs[snowball.Stem(string(term))] = true
	}
	t.Logf("%d distinct terms: %d light stems, %d Snowball stems, %d roots (%d terms got a root of 3 or 4 letters)",
		len(seen), len(lights), len(snowballs), len(roots), rooted)
}

// BenchmarkRoot extracts the root of every corpus term (about 1.2 million)
// once per op, beside the light stemmer for scale.
func BenchmarkRoot(b *testing.B) {
	terms, size := corpusTokens(b)
	for _, s := range []struct {
		name string
		f    func(dst, word []byte) []byte
	}{{"qalam-root-AppendStem", root.AppendStem}, {"qalam-light-AppendStem", light.AppendStem}} {
		b.Run(s.name, func(b *testing.B) {
			var buf []byte
			b.SetBytes(size)
			b.ReportAllocs()
			for b.Loop() {
				for _, term := range terms {
					buf = s.f(buf[:0], term)
				}
			}
			reportPerWord(b, len(terms))
		})
	}
}
