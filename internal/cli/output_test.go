// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package cli

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// full is a writer that fails as a full disk does.
type full struct{ writes int }

func (f *full) Write(p []byte) (int, error) {
	f.writes++
	return 0, &os.PathError{Op: "write", Path: "/dev/stdout", Err: syscall.ENOSPC}
}

func TestOutputErrorStopsEachFile(t *testing.T) {
	dir := t.TempDir()
	var files []string
	for _, name := range []string{"a.txt", "b.txt", "c.txt"} {
		files = append(files, filepath.Join(dir, name))
		if err := os.WriteFile(files[len(files)-1], []byte(strings.Repeat("x", 100)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, size := range []int{16, 4096} { // the write fails in the loop, or at the flush
		dst := &full{}
		out := NewOutput(dst, size)
		calls := 0
		var stderr bytes.Buffer
		failed := Report(&stderr, "cmd", ThenFlush(EachFile(files, nil, func(_ string, r io.Reader) error {
			calls++
			_, err := io.Copy(out, r)
			return err
		}), out))
		if !failed {
			t.Fatalf("size %d: no failure reported", size)
		}
		if got, want := stderr.String(), "cmd: standard output: no space left on device\n"; got != want {
			t.Errorf("size %d: stderr %q, want %q", size, got, want)
		}
		if size == 16 && (calls != 1 || dst.writes != 1) {
			t.Errorf("size %d: %d files read and %d writes after a write error, want 1 and 1", size, calls, dst.writes)
		}
	}
}

func TestThenFlushKeepsInputErrors(t *testing.T) {
	var sink bytes.Buffer
	out := NewOutput(&sink, 16)
	errs := []error{&FileError{"a.txt", os.ErrNotExist}, &FileError{"b.txt", os.ErrPermission}}
	var got []error
	for err := range ThenFlush(func(yield func(error) bool) {
		for _, e := range errs {
			if !yield(e) {
				return
			}
		}
	}, out) {
		got = append(got, err)
	}
	if len(got) != 2 || !errors.Is(got[0], os.ErrNotExist) || !errors.Is(got[1], os.ErrPermission) {
		t.Errorf("got %v", got)
	}
}
