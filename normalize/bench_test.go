// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package normalize

import (
	"bytes"
	"io"
	"strings"
	"testing"

	"golang.org/x/text/transform"

	"github.com/qalam-nlp/qalam/internal/shared"
)

// newsCorpus returns the ANT corpus, or skips tb.
func newsCorpus(tb testing.TB) []byte {
	tb.Helper()
	return shared.ReadFile(tb, "corpus/ant-v1.1.txt")
}

// lengthOf returns the total length in bytes of pieces.
func lengthOf[S string | []byte](pieces []S) int64 {
	n := 0
	for _, p := range pieces {
		n += len(p)
	}
	return int64(n)
}

// forEachPreset runs body as a sub-benchmark for each preset (search,
// lucene, clean), measuring bytes/s over size and allocations.
func forEachPreset(b *testing.B, size int64, body func(b *testing.B, n *Normalizer)) {
	for _, p := range []struct {
		name string
		n    *Normalizer
	}{{"search", Search.Normalizer()}, {"lucene", Lucene.Normalizer()}, {"clean", Clean.Normalizer()}} {
		b.Run(p.name, func(b *testing.B) {
			b.SetBytes(size)
			b.ReportAllocs()
			body(b, p.n)
		})
	}
}

// BenchmarkString normalises the corpus line by line with String.
func BenchmarkString(b *testing.B) {
	lines := strings.Split(string(newsCorpus(b)), "\n")
	forEachPreset(b, lengthOf(lines), func(b *testing.B, n *Normalizer) {
		for b.Loop() {
			for _, l := range lines {
				_ = n.String(l)
			}
		}
	})
}

// BenchmarkAppend normalises the corpus line by line into a reused buffer.
func BenchmarkAppend(b *testing.B) {
	lines := bytes.Split(newsCorpus(b), []byte("\n"))
	forEachPreset(b, lengthOf(lines), func(b *testing.B, n *Normalizer) {
		var buf []byte
		for b.Loop() {
			for _, l := range lines {
				buf = n.Append(buf[:0], l)
			}
		}
	})
}

// BenchmarkAppendWords normalises the corpus word by word into a reused
// buffer, as an analysis chain or entity matcher does.
func BenchmarkAppendWords(b *testing.B) {
	words := strings.Fields(string(newsCorpus(b)))
	forEachPreset(b, lengthOf(words), func(b *testing.B, n *Normalizer) {
		var buf []byte
		for b.Loop() {
			for _, w := range words {
				buf = n.AppendString(buf[:0], w)
			}
		}
	})
}

// BenchmarkAppendNormal normalises already-normal lines: the fast path,
// which must not allocate.
func BenchmarkAppendNormal(b *testing.B) {
	lines := strings.Split(Search.String(string(newsCorpus(b))), "\n")
	size := lengthOf(lines)
	for _, bm := range []struct {
		name string
		f    func(line string, buf []byte) []byte
	}{
		{"AppendString", func(l string, buf []byte) []byte { return Search.AppendString(buf[:0], l) }},
		{"String", func(l string, buf []byte) []byte { _ = Search.String(l); return buf }},
		{"IsNormal", func(l string, buf []byte) []byte { _ = Search.IsNormal(l); return buf }},
	} {
		b.Run(bm.name, func(b *testing.B) {
			var buf []byte
			b.SetBytes(size)
			b.ReportAllocs()
			for b.Loop() {
				for _, l := range lines {
					buf = bm.f(l, buf)
				}
			}
		})
	}
}

// BenchmarkTransformer streams the whole corpus through transform.NewReader.
func BenchmarkTransformer(b *testing.B) {
	data := newsCorpus(b)
	forEachPreset(b, int64(len(data)), func(b *testing.B, n *Normalizer) {
		for b.Loop() {
			if _, err := io.Copy(io.Discard, transform.NewReader(bytes.NewReader(data), n)); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkAppendWithOffsets normalises the corpus line by line with an
// offset map.
func BenchmarkAppendWithOffsets(b *testing.B) {
	lines := strings.Split(string(newsCorpus(b)), "\n")
	var buf []byte
	var offs OffsetMap
	b.SetBytes(lengthOf(lines))
	b.ReportAllocs()
	for b.Loop() {
		for _, l := range lines {
			buf, offs = Search.AppendWithOffsets(buf[:0], offs[:0], l)
		}
	}
}

// BenchmarkNew builds a Normalizer's tables.
func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		_ = New(SearchOptions)
	}
}
