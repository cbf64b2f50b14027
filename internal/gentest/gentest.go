// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

// Package gentest checks that a generated file is what its generator
// makes today, so that a generator and the code that reads its output
// cannot drift apart unnoticed.
package gentest

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// Check runs `go run GENERATOR ARGS... -o TEMPFILE` in the test's package
// folder and fails the test when the output differs from the committed
// file want. It skips under -short: compiling a generator takes seconds.
func Check(t *testing.T, want string, generator string, args ...string) {
	t.Helper()
	if testing.Short() {
		t.Skip("running the generator takes seconds")
	}
	out := filepath.Join(t.TempDir(), filepath.Base(want))
	cmd := exec.Command("go", append(append([]string{"run", generator}, args...), "-o", out)...)
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go run %s: %v\n%s", generator, err, msg)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	committed, err := os.ReadFile(want)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, committed) {
		t.Errorf("%s differs from what %s makes today: run go generate", want, generator)
	}
}
