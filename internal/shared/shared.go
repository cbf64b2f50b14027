// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

// Package shared finds the project's development data, the folder
// ../shared beside the repository: the news corpus, the Snowball conformance
// table, the treebank and entity development sets. A user's clone has no
// such folder, so tests that need it skip.
package shared

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// Dir returns the ../shared folder beside the repository root, and whether
// it exists. The root is found from this source file's location, so the
// answer does not depend on the working directory or on which module (the
// root one or a nested one) is asking.
func Dir() (string, bool) {
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		return "", false
	}
	// file is <root>/internal/shared/shared.go.
	dir := filepath.Join(filepath.Dir(file), "..", "..", "..", "shared")
	if info, err := os.Stat(dir); err != nil || !info.IsDir() {
		return "", false
	}
	return filepath.Clean(dir), true
}

// Path returns the path of name (slash-separated, relative to ../shared),
// or skips the test or benchmark when that file is absent.
func Path(tb testing.TB, name string) string {
	tb.Helper()
	dir, ok := Dir()
	if !ok {
		tb.Skip("../shared not present: skipping what needs the development data")
	}
	path := filepath.Join(dir, filepath.FromSlash(name))
	if _, err := os.Stat(path); err != nil {
		tb.Skipf("../shared/%s not present", name)
	}
	return path
}

// ReadFile returns the contents of name under ../shared, or skips the test
// when it is absent.
func ReadFile(tb testing.TB, name string) []byte {
	tb.Helper()
	data, err := os.ReadFile(Path(tb, name))
	if err != nil {
		tb.Fatal(err)
	}
	return data
}

// MissingTool skips the test for want of an external tool (NLTK, Snowball's
// stemwords), with reason, or fails it when the environment variable
// QALAM_CI is set: CI installs those tools, so a comparison that needs one
// must run there, not skip unseen.
func MissingTool(tb testing.TB, reason string) {
	tb.Helper()
	if os.Getenv("QALAM_CI") != "" {
		tb.Fatalf("%s, and QALAM_CI is set: CI must install it", reason)
	}
	tb.Skip(reason)
}
