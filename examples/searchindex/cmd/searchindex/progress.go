// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"
)

// How often progress is shown: a bar on a terminal is redrawn often; a
// log (standard error redirected to a file) gets a line now and then.
const (
	barEvery  = 200 * time.Millisecond
	lineEvery = 5 * time.Second
	barWidth  = 24
)

// progress shows on standard error how indexing goes: files read out of
// all, documents indexed, and files a second. On a terminal it is a bar
// redrawn in place; otherwise a line every lineEvery.
type progress struct {
	w        io.Writer
	terminal bool
	total    int
	every    time.Duration
	now      func() time.Time
	start    time.Time
	next     time.Time // when to show progress again
	drawn    bool      // a bar is on the terminal's last line
}

func newProgress(w io.Writer, terminal bool, total int) *progress {
	p := &progress{w: w, terminal: terminal, total: total, every: lineEvery, now: time.Now}
	if terminal {
		p.every = barEvery
	}
	p.start = p.now()
	p.next = p.start.Add(p.every)
	return p
}

// update shows files read and docs indexed, when it is time to.
func (p *progress) update(files, docs int) {
	now := p.now()
	if now.Before(p.next) {
		return
	}
	p.next = now.Add(p.every)
	status := p.status(files, docs, now)
	if !p.terminal {
		fmt.Fprintf(p.w, "searchindex: %s\n", status)
		return
	}
	done := 0
	if p.total > 0 {
		done = barWidth * files / p.total
	}
	fmt.Fprintf(p.w, "\r\x1b[K[%s%s] %s", strings.Repeat("#", done), strings.Repeat(" ", barWidth-done), status)
	p.drawn = true
}

func (p *progress) status(files, docs int, now time.Time) string {
	rate := float64(files) / max(now.Sub(p.start).Seconds(), 1e-3)
	return fmt.Sprintf("%d/%d files, %d %s, %.0f files/s", files, p.total, docs, plural(docs, "document", "documents"), rate)
}

// clear takes the bar off the terminal, before a message or at the end;
// the next update draws it again.
func (p *progress) clear() {
	if p.drawn {
		fmt.Fprint(p.w, "\r\x1b[K")
		p.drawn = false
	}
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
