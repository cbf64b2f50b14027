// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package snowball

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// sharedPath returns ../shared beside the root of the module, the project's
// reference data, and whether it is there (it is not in a user's clone).
func sharedPath() (string, bool) {
	dir, err := os.Getwd()
	if err != nil {
		return "", false
	}
	for {
		if mod, err := os.ReadFile(filepath.Join(dir, "go.mod")); err == nil &&
			bytes.HasPrefix(mod, []byte("module github.com/qalam-nlp/qalam\n")) {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", false
		}
		dir = parent
	}
	shared := filepath.Join(dir, "..", "shared")
	if _, err := os.Stat(shared); err != nil {
		return "", false
	}
	return shared, true
}

// sharedDir returns sharedPath, skipping the test when it is absent.
func sharedDir(t testing.TB) string {
	t.Helper()
	shared, ok := sharedPath()
	if !ok {
		t.Skip("../shared not present")
	}
	return shared
}

// corpusTokens returns the distinct tokens of the shared corpus (the whole
// ANT file and the sample articles): every whitespace-separated field as it
// is, punctuation and all, and every run of letters and marks inside it.
func corpusTokens(t testing.TB) []string {
	shared := sharedDir(t)
	files, err := filepath.Glob(filepath.Join(shared, "corpus", "articles", "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	files = append(files, filepath.Join(shared, "corpus", "ant-v1.1.txt"))
	seen := map[string]bool{}
	var tokens []string
	add := func(s string) {
		if s != "" && !seen[s] {
			seen[s] = true
			tokens = append(tokens, s)
		}
	}
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			t.Skipf("corpus file missing: %v", err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<20)
		sc.Split(bufio.ScanWords)
		for sc.Scan() {
			field := sc.Text()
			add(field)
			for _, run := range strings.FieldsFunc(field, func(r rune) bool {
				return !unicode.IsLetter(r) && !unicode.IsMark(r) && r != utf8.RuneError
			}) {
				add(run)
			}
		}
		f.Close()
		if err := sc.Err(); err != nil {
			t.Fatal(err)
		}
	}
	return tokens
}
