// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package main

import (
	"bufio"
	"bytes"
	"io"
	"testing"

	"github.com/qalam-nlp/qalam/internal/shared"
)

func benchmarkRun(b *testing.B, o options) {
	data := shared.ReadFile(b, "corpus/ant-v1.1.txt")
	data = data[:min(len(data), 4<<20)]
	w := bufio.NewWriterSize(io.Discard, 64<<10)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if err := run(w, bytes.NewReader(data), "", o); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkTokensJSON(b *testing.B)  { benchmarkRun(b, options{}) }
func BenchmarkCliticsJSON(b *testing.B) { benchmarkRun(b, options{clitics: true}) }
