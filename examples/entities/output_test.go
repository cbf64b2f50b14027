// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestFullDisk checks that a failure to write standard output names it,
// once, stops the command before the next file, and exits with 1.
func TestFullDisk(t *testing.T) {
	devFull, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
	if err != nil {
		t.Skip("no /dev/full:", err)
	}
	defer devFull.Close()
	dir := t.TempDir()
	var files []string
	for _, n := range []int{1, 100000, 100000, 1} { // small, larger than the output buffer
		name := filepath.Join(dir, "in"+strings.Repeat("x", len(files))+".txt")
		if err := os.WriteFile(name, []byte(strings.Repeat("قال بوتين\n", n)), 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, name)
	}
	for _, args := range [][]string{files, files[:1]} {
		var stderr bytes.Buffer
		code := command(args, strings.NewReader(""), devFull, &stderr)
		if code != 1 || stderr.String() != "entities: standard output: no space left on device\n" {
			t.Errorf("%d files: exit %d, stderr %q", len(args), code, stderr.String())
		}
	}
}
