// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package snowball

import (
	"bufio"
	"os"
	"path/filepath"
	"testing"

	"github.com/qalam-nlp/qalam/internal/shared"
)

// benchWords returns the whitespace-separated tokens of the ANT corpus in
// text order (so frequent words weigh as they do in news), or the table
// words when ../shared is absent.
func benchWords(b *testing.B) [][]byte {
	var words [][]byte
	if dir, ok := shared.Dir(); ok {
		f, err := os.Open(filepath.Join(dir, "corpus", "ant-v1.1.txt"))
		if err != nil {
			b.Fatal(err)
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<20)
		sc.Split(bufio.ScanWords)
		for sc.Scan() {
			words = append(words, []byte(sc.Text()))
		}
	}
	if len(words) == 0 {
		for _, tt := range stemTests {
			words = append(words, []byte(tt.Word))
		}
	}
	return words
}

// BenchmarkAppendStem stems corpus words one after the other; ns/op is the
// time for one word.
func BenchmarkAppendStem(b *testing.B) {
	words := benchWords(b)
	var s Stemmer
	dst := make([]byte, 0, 256)
	n := 0
	for _, w := range words {
		n += len(w)
	}
	b.SetBytes(int64(n / len(words)))
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		dst = s.AppendStem(dst[:0], words[i])
		if i++; i == len(words) {
			i = 0
		}
	}
}

// BenchmarkStem is the package-level Stem on strings, with its one
// allocation for the result.
func BenchmarkStem(b *testing.B) {
	raw := benchWords(b)
	words := make([]string, len(raw))
	n := 0
	for i, w := range raw {
		words[i] = string(w)
		n += len(w)
	}
	b.SetBytes(int64(n / len(words)))
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		stemSink = Stem(words[i])
		if i++; i == len(words) {
			i = 0
		}
	}
}

var stemSink string
