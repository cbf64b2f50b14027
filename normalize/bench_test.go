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
	return shared.ReadFile(tb, "corpus/ant-v1.1.txt")
}

var benchPresets = []struct {
	name string
	n    *Normalizer
}{{"search", Search}, {"lucene", Lucene}, {"clean", Clean}}

// BenchmarkString normalises the corpus line by line with String.
func BenchmarkString(b *testing.B) {
	lines := strings.Split(string(newsCorpus(b)), "\n")
	size := 0
	for _, l := range lines {
		size += len(l)
	}
	for _, p := range benchPresets {
		b.Run(p.name, func(b *testing.B) {
			b.SetBytes(int64(size))
			b.ReportAllocs()
			for b.Loop() {
				for _, l := range lines {
					_ = p.n.String(l)
				}
			}
		})
	}
}

// BenchmarkAppend normalises the corpus line by line into a reused buffer.
func BenchmarkAppend(b *testing.B) {
	lines := bytes.Split(newsCorpus(b), []byte("\n"))
	size := 0
	for _, l := range lines {
		size += len(l)
	}
	for _, p := range benchPresets {
		b.Run(p.name, func(b *testing.B) {
			var buf []byte
			b.SetBytes(int64(size))
			b.ReportAllocs()
			for b.Loop() {
				for _, l := range lines {
					buf = p.n.Append(buf[:0], l)
				}
			}
		})
	}
}

// BenchmarkAppendWords normalises the corpus word by word into a reused
// buffer, as an analysis chain or entity matcher does.
func BenchmarkAppendWords(b *testing.B) {
	words := strings.Fields(string(newsCorpus(b)))
	size := 0
	for _, w := range words {
		size += len(w)
	}
	for _, p := range benchPresets {
		b.Run(p.name, func(b *testing.B) {
			var buf []byte
			b.SetBytes(int64(size))
			b.ReportAllocs()
			for b.Loop() {
				for _, w := range words {
					buf = p.n.AppendString(buf[:0], w)
				}
			}
		})
	}
}

// BenchmarkAppendNormal normalises already-normal lines: the fast path,
// which must not allocate.
func BenchmarkAppendNormal(b *testing.B) {
	lines := strings.Split(Search.String(string(newsCorpus(b))), "\n")
	size := 0
	for _, l := range lines {
		size += len(l)
	}
	b.Run("AppendString", func(b *testing.B) {
		var buf []byte
		b.SetBytes(int64(size))
		b.ReportAllocs()
		for b.Loop() {
			for _, l := range lines {
				buf = Search.AppendString(buf[:0], l)
			}
		}
	})
	b.Run("String", func(b *testing.B) {
		b.SetBytes(int64(size))
		b.ReportAllocs()
		for b.Loop() {
			for _, l := range lines {
				_ = Search.String(l)
			}
		}
	})
	b.Run("IsNormal", func(b *testing.B) {
		b.SetBytes(int64(size))
		b.ReportAllocs()
		for b.Loop() {
			for _, l := range lines {
				_ = Search.IsNormal(l)
			}
		}
	})
}

// BenchmarkTransformer streams the whole corpus through transform.NewReader.
func BenchmarkTransformer(b *testing.B) {
	data := newsCorpus(b)
	for _, p := range benchPresets {
		b.Run(p.name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := io.Copy(io.Discard, transform.NewReader(bytes.NewReader(data), p.n)); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkAppendWithOffsets normalises the corpus line by line with an
// offset map.
func BenchmarkAppendWithOffsets(b *testing.B) {
	lines := strings.Split(string(newsCorpus(b)), "\n")
	size := 0
	for _, l := range lines {
		size += len(l)
	}
	var buf []byte
	var offs OffsetMap
	b.SetBytes(int64(size))
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
