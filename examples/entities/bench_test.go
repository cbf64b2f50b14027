// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package main

import (
	"io"
	"testing"

	"github.com/qalam-nlp/qalam/internal/shared"
)

// benchmarkWrite measures finding and writing the entities of the first
// 4 MB of the ANT news corpus, as one document, with the default
// gazetteer.
func benchmarkWrite(b *testing.B, text bool) {
	data := shared.ReadFile(b, "corpus/ant-v1.1.txt")
	doc := string(data[:min(len(data), 4<<20)])
	x, err := extractor(nil, "default")
	if err != nil {
		b.Fatal(err)
	}
	w := newWriter(io.Discard, text)
	b.SetBytes(int64(len(doc)))
	b.ReportAllocs()
	for b.Loop() {
		w.mentions(x, "", doc, 0)
	}
}

func BenchmarkWriteJSON(b *testing.B) { benchmarkWrite(b, false) }
func BenchmarkWriteText(b *testing.B) { benchmarkWrite(b, true) }
