// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package clitics

import (
	"testing"

	"github.com/qalam-nlp/qalam/internal/gentest"
	"github.com/qalam-nlp/qalam/internal/shared"
)

// TestVocabIsGenerated regenerates vocab.txt from the corpus with
// gen_vocab.go and checks that it is the embedded one: the generator and
// the segmenter fold letters alike (both with package letters), and the
// table is the corpus's.
func TestVocabIsGenerated(t *testing.T) {
	gentest.Check(t, "vocab.txt", "gen_vocab.go", "-corpus", shared.Path(t, "corpus/ant-v1.1.txt"))
}

func TestParseVocab(t *testing.T) {
	m := vocab()
	if m.n < 45000 {
		t.Fatalf("%d forms, want the 45,220 of vocab.txt", m.n)
	}
	if c, ok := m.get(formHash([]byte("ktAb"))); !ok || c == 0 {
		t.Error("كتاب (ktAb) missing")
	}
	if _, ok := m.get(formHash([]byte("ktAbxyz"))); ok {
		t.Error("ktAbxyz found")
	}
	// The hash of a form is that of its last letters with the first
	// prepended, as lookup and articleClass build it.
	if got, want := prependHash(prependHash(formHash([]byte("ktAb")), 'l'), 'A'), formHash([]byte("AlktAb")); got != want {
		t.Errorf("prependHash: %x, want %x", got, want)
	}
	if got, want := prependString(formHash([]byte("ktAb")), "Al"), formHash([]byte("AlktAb")); got != want {
		t.Errorf("prependString: %x, want %x", got, want)
	}
	for _, bad := range []string{"ktAb\n", "ktAb x\n", " 3\n", "ktAb 300\n", "ktAb 3\nktAb 4\n"} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("parseVocab(%q) did not panic", bad)
				}
			}()
			parseVocab(bad)
		}()
	}
}

// BenchmarkVocabLoad measures building the look-up table from the
// embedded vocab.txt, which the first segmentation of a process does.
func BenchmarkVocabLoad(b *testing.B) {
	b.SetBytes(int64(len(vocabData)))
	b.ReportAllocs()
	for b.Loop() {
		parseVocab(vocabData)
	}
}
