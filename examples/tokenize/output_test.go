// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package main

import (
	"testing"

	"github.com/qalam-nlp/qalam/internal/cli/clitest"
)

// TestFullDisk: a failure to write standard output names it, once, stops
// the command before the next file, and exits with 1.
func TestFullDisk(t *testing.T) {
	clitest.FullDisk(t, "tokenize", command, "الكتاب")
}
