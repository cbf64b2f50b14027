// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package main

import (
	"bufio"
	"io"
	"runtime"
	"strings"
	"testing"
)

// TestLongLineMemory streams a 64 MB line, made as it is read, and checks
// that the command allocates a small part of it: the line is never held.
func TestLongLineMemory(t *testing.T) {
	const size = 64 << 20
	in := io.MultiReader(io.LimitReader(repeatReader("ب"), size), strings.NewReader("\nالكتاب\n"))
	counter := &countWriter{}
	w := bufio.NewWriter(counter)
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	if err := stemLines(w, in, mixed(t)); err != nil {
		t.Fatal(err)
	}
	w.Flush()
	runtime.ReadMemStats(&after)
	if counter.n != size+len("\nكتاب\n") {
		t.Errorf("wrote %d bytes, want %d", counter.n, size+len("\nكتاب\n"))
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 4<<20 {
		t.Errorf("allocated %d bytes for a %d-byte line", alloc, size)
	}
}

// repeatReader gives s over and over.
type repeatReader string

func (r repeatReader) Read(p []byte) (int, error) {
	n := 0
	for n+len(r) <= len(p) {
		n += copy(p[n:], r)
	}
	return n, nil
}

type countWriter struct{ n int }

func (c *countWriter) Write(p []byte) (int, error) {
	c.n += len(p)
	return len(p), nil
}
