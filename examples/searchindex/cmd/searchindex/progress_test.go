// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package main

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

// fakeClock is a clock that the test moves.
type fakeClock struct{ t time.Time }

func (c *fakeClock) now() time.Time { return c.t }

func newTestProgress(terminal bool, total int) (*progress, *fakeClock, *bytes.Buffer) {
	var b bytes.Buffer
	clock := &fakeClock{t: time.Date(2026, 12, 6, 21, 0, 0, 0, time.UTC)}
	p := newProgress(&b, terminal, total)
	p.now = clock.now
	p.start = clock.t
	p.next = clock.t.Add(p.every)
	return p, clock, &b
}

// TestProgressLines checks the lines written when standard error is no
// terminal: one every lineEvery, with files, documents and rate.
func TestProgressLines(t *testing.T) {
	p, clock, b := newTestProgress(false, 20000)
	p.update(10, 10)
	if b.Len() != 0 {
		t.Fatalf("a line before %v: %q", lineEvery, b.String())
	}
	clock.t = clock.t.Add(lineEvery)
	p.update(2500, 2490)
	clock.t = clock.t.Add(time.Second)
	p.update(3000, 2990) // too soon for another line
	clock.t = clock.t.Add(lineEvery)
	p.update(6000, 5990)
	p.clear()
	want := "searchindex: 2500/20000 files, 2490 documents, 500 files/s\n" +
		"searchindex: 6000/20000 files, 5990 documents, 545 files/s\n"
	if b.String() != want {
		t.Errorf("got %q, want %q", b.String(), want)
	}
}

// TestProgressBar checks the bar drawn on a terminal: redrawn in place,
// and taken off before a message and at the end.
func TestProgressBar(t *testing.T) {
	p, clock, b := newTestProgress(true, 100)
	clock.t = clock.t.Add(barEvery)
	p.update(50, 49)
	want := "\r\x1b[K[" + strings.Repeat("#", barWidth/2) + strings.Repeat(" ", barWidth/2) + "] 50/100 files, 49 documents, 250 files/s"
	if b.String() != want {
		t.Errorf("bar %q, want %q", b.String(), want)
	}
	b.Reset()
	p.clear()
	p.clear()
	if b.String() != "\r\x1b[K" {
		t.Errorf("clear wrote %q, want the bar taken off once", b.String())
	}
	b.Reset()
	clock.t = clock.t.Add(barEvery)
	p.update(100, 100)
	if !strings.HasPrefix(b.String(), "\r\x1b[K["+strings.Repeat("#", barWidth)+"] 100/100 files, 100 documents") {
		t.Errorf("full bar %q", b.String())
	}
}

// TestIndexProgressNotOnOutput checks that indexing keeps its progress
// off standard output, and off standard error when it is no terminal and
// takes less than lineEvery; and that it creates an index in an empty
// folder.
func TestIndexProgressNotOnOutput(t *testing.T) {
	for _, dir := range []string{t.TempDir() + "/idx", t.TempDir()} { // a new folder, an empty one
		code, out, errOut := runCmd("index", "-index", dir, "../../testdata")
		if code != 0 || !strings.HasSuffix(out, dir+" holds 4\n") || errOut != "" {
			t.Errorf("%s: status %d, output %q, message %q", dir, code, out, errOut)
		}
	}
}
