// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package main

import (
	"bufio"
	"bytes"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// sharedFile returns the path of name under ../shared beside the module
// root, skipping when it is absent (a fresh clone has none).
func sharedFile(tb testing.TB, name string) string {
	tb.Helper()
	dir, err := os.Getwd()
	if err != nil {
		tb.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			tb.Skip("../shared not present")
		}
		dir = parent
	}
	path := filepath.Join(dir, "..", "shared", name)
	if _, err := os.Stat(path); err != nil {
		tb.Skip("../shared not present")
	}
	return path
}

func benchmarkRun(b *testing.B, o options) {
	data, err := os.ReadFile(sharedFile(b, "corpus/ant-v1.1.txt"))
	if err != nil {
		b.Fatal(err)
	}
	data = data[:4<<20]
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
