// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestNoBlankLineFirst checks that the text output starts with its first
// report, not a blank line, when the first files fail, and that one blank
// line separates two reports.
func TestNoBlankLineFirst(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	require.NoError(t, os.WriteFile(good, []byte("زار ماكرون القاهرة\n"), 0o644))
	missing := filepath.Join(dir, "missing.txt")

	code, out, _ := runCmd(t, "", missing, missing, good)
	assert.Equal(t, 1, code)
	assert.True(t, strings.HasPrefix(out, "══ "+good+"\n"), "%q", out)

	code, out, _ = runCmd(t, "", good, missing, good)
	assert.Equal(t, 1, code)
	assert.Equal(t, 1, strings.Count(out, "\n\n══ "), "%q", out)
	assert.True(t, strings.HasPrefix(out, "══ "), "%q", out)
}
