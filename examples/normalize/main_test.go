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
	require.Empty(t, run(&out, nil, []string{a, b}, normalize.Search.Normalizer()))
	assert.Equal(t, "احمد\r\n\nمدرسهلا 123\n", out.String())

	out.Reset()
	require.Empty(t, run(&out, strings.NewReader("إلى\n"), nil, normalize.Lucene.Normalizer()))
	assert.Equal(t, "الي\n", out.String())

	out.Reset()
	errs := run(&out, nil, []string{filepath.Join(dir, "missing.txt"), b}, normalize.Clean.Normalizer())
	require.Len(t, errs, 1)
	assert.Contains(t, errs[0].Error(), "missing.txt")
	assert.Equal(t, "لأ ١٢٣\n", out.String(), "the other files are still processed")
}

// TestCommand checks the command line: "-" for standard input, the
// message for a file that cannot be read, and usage errors.
func TestCommand(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	require.NoError(t, os.WriteFile(good, []byte("إلى\n"), 0o644))
	missing := filepath.Join(dir, "missing.txt")

	var out, errOut bytes.Buffer
	code := command([]string{"-preset", "lucene", good, "-", missing, dir}, strings.NewReader("أحمد\n"), &out, &errOut)
	assert.Equal(t, 1, code)
	assert.Equal(t, "الي\nاحمد\n", out.String())
	assert.Equal(t, "normalize: "+missing+": no such file or directory\n"+
		"normalize: "+dir+": is a directory\n", errOut.String())

	for _, args := range [][]string{{"-h"}, {"-bogus"}, {"-preset", "nope"}} {
		out.Reset()
		errOut.Reset()
		assert.Equal(t, 2, command(args, strings.NewReader(""), &out, &errOut), args)
		assert.Empty(t, out.String(), args)
		assert.Contains(t, errOut.String(), "normalize", args)
	}
}

// TestCopyNormalizedChunks checks the streaming loop across its buffer
// boundaries, with readers that return little data at a time.
func TestCopyNormalizedChunks(t *testing.T) {
	line := "\u200Fأَحْمَدُ ﻷ ﷺ ١٢٣ \xff\xE2\u064E\x80 کتاب مسؤولة\n"
	text := strings.Repeat(line, 3*chunk/len(line))
	want := normalize.Search.String(text)
	var out bytes.Buffer
	require.NoError(t, copyNormalized(&out, strings.NewReader(text), normalize.Search.Normalizer()))
	assert.Equal(t, want, out.String())
	out.Reset()
	require.NoError(t, copyNormalized(&out, iotest.OneByteReader(strings.NewReader(text[:5000])), normalize.Search.Normalizer()))
	assert.Equal(t, normalize.Search.String(text[:5000]), out.String())
	out.Reset()
	require.NoError(t, copyNormalized(&out, iotest.HalfReader(strings.NewReader(text)), normalize.Search.Normalizer()))
	assert.Equal(t, want, out.String())

	boom := errors.New("boom")
	err := copyNormalized(&out, iotest.ErrReader(boom), normalize.Search.Normalizer())
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
