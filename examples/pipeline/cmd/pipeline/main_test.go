// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/qalam-nlp/qalam/examples/pipeline"
)

// TestCheckLocal: a local glob that matches nothing is an error before
// the pipeline starts, and the output directory is made.
func TestCheckLocal(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "out", "run1")
	assert.ErrorContains(t, checkLocal(pipeline.Options{Text: filepath.Join(dir, "*.txt"), Output: out}), "no file matches")
	assert.ErrorContains(t, checkLocal(pipeline.Options{JSONL: "[", Output: out}), "syntax error in pattern")

	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.txt"), []byte("نص"), 0o644))
	require.NoError(t, checkLocal(pipeline.Options{Text: filepath.Join(dir, "*.txt"), Output: out}))
	info, err := os.Stat(out)
	require.NoError(t, err)
	assert.True(t, info.IsDir())

	assert.NoError(t, checkLocal(pipeline.Options{JSONL: "gs://bucket/*.jsonl", Output: "gs://bucket/run"}),
		"remote paths are left to the runner")
}
