// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package main

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/qalam-nlp/qalam/normalize"
)

func TestRun(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.txt")
	b := filepath.Join(dir, "b.txt")
	require.NoError(t, os.WriteFile(a, []byte("أَحْمَدُ\r\n\nمدرسة"), 0o644))
	require.NoError(t, os.WriteFile(b, []byte("ﻷ ١٢٣\n"), 0o644))

	var out bytes.Buffer
	require.NoError(t, run(&out, nil, []string{a, b}, normalize.Search))
	assert.Equal(t, "احمد\r\n\nمدرسهلا 123\n", out.String())

	out.Reset()
	require.NoError(t, run(&out, strings.NewReader("إلى\n"), nil, normalize.Lucene))
	assert.Equal(t, "الي\n", out.String())

	out.Reset()
	err := run(&out, nil, []string{filepath.Join(dir, "missing.txt"), b}, normalize.Clean)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "missing.txt")
	assert.Equal(t, "لأ ١٢٣\n", out.String(), "the other files are still processed")
}

// TestCopyNormalizedChunks checks the streaming loop across its buffer
// boundaries, with readers that return little data at a time.
func TestCopyNormalizedChunks(t *testing.T) {
	line := "\u200Fأَحْمَدُ ﻷ ﷺ ١٢٣ \xff\xE2\u064E\x80 کتاب مسؤولة\n"
	text := strings.Repeat(line, 3*chunk/len(line))
	want := normalize.Search.String(text)
	var out bytes.Buffer
	require.NoError(t, copyNormalized(&out, strings.NewReader(text), normalize.Search))
	assert.Equal(t, want, out.String())
	out.Reset()
	require.NoError(t, copyNormalized(&out, iotest.OneByteReader(strings.NewReader(text[:5000])), normalize.Search))
	assert.Equal(t, normalize.Search.String(text[:5000]), out.String())
	out.Reset()
	require.NoError(t, copyNormalized(&out, iotest.HalfReader(strings.NewReader(text)), normalize.Search))
	assert.Equal(t, want, out.String())

	boom := errors.New("boom")
	err := copyNormalized(&out, iotest.ErrReader(boom), normalize.Search)
	assert.ErrorIs(t, err, boom)
}

// FuzzCopyNormalized checks that the streaming loop gives what String gives
// for any input, whole or read a byte at a time, with every preset.
func FuzzCopyNormalized(f *testing.F) {
	f.Add("\u200Fأَحْمَدُ ﻷ ﷺ ١٢٣ \xff\xE2\u064E\x80 کتاب مسؤولة\n")
	f.Add("ا\u0653\r\nو\u0654")
	f.Fuzz(func(t *testing.T, text string) {
		for _, name := range normalize.PresetNames() {
			n, _ := normalize.Preset(name)
			want := n.String(text)
			var out bytes.Buffer
			require.NoError(t, copyNormalized(&out, strings.NewReader(text), n))
			require.Equal(t, want, out.String(), "%s, whole input", name)
			out.Reset()
			require.NoError(t, copyNormalized(&out, iotest.OneByteReader(strings.NewReader(text)), n))
			require.Equal(t, want, out.String(), "%s, one byte at a time", name)
		}
	})
}
