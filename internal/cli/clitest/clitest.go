// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

// Package clitest holds the checks that every example command's tests
// share.
package clitest

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// Command is an example command's entry point: it runs with args and
// returns the exit status.
type Command func(args []string, stdin io.Reader, stdout, stderr io.Writer) int

// FullDisk checks that a failure to write standard output (to /dev/full)
// is reported once as "NAME: standard output: no space left on device",
// stops the command before the next file, and exits with 1; line is one
// line of input the command writes output for.
func FullDisk(t *testing.T, name string, command Command, line string) {
	t.Helper()
	devFull, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
	if err != nil {
		t.Skip("no /dev/full:", err)
	}
	defer devFull.Close()
	dir := t.TempDir()
	var files []string
	for _, n := range []int{1, 100000, 100000, 1} { // small, larger than the output buffer
		file := filepath.Join(dir, "in"+strings.Repeat("x", len(files))+".txt")
		if err := os.WriteFile(file, []byte(strings.Repeat(line+"\n", n)), 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, file)
	}
	want := name + ": standard output: no space left on device\n"
	for _, args := range [][]string{files, files[:1]} {
		var stderr bytes.Buffer
		code := command(args, strings.NewReader(""), devFull, &stderr)
		if code != 1 || stderr.String() != want {
			t.Errorf("%d files: exit %d, stderr %q", len(args), code, stderr.String())
		}
	}
}

// SyncBuffer is a bytes.Buffer that a command's goroutines and a test
// may write and read at the same time.
type SyncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *SyncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

// String returns what has been written so far.
func (s *SyncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}
