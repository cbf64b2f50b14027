// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func run(t *testing.T, format, text string) string {
	t.Helper()
	x, err := extractor("")
	require.NoError(t, err)
	var out bytes.Buffer
	w := bufio.NewWriter(&out)
	write(w, x, "", text, format)
	require.NoError(t, w.Flush())
	return out.String()
}

func TestJSONLines(t *testing.T) {
	text := "قال الرئيس الروسي فلاديمير بوتين"
	out := run(t, "jsonl", text)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	require.Len(t, lines, 2)
	var r map[string]any
	require.NoError(t, json.Unmarshal([]byte(lines[1]), &r))
	start := strings.Index(text, "فلاديمير")
	assert.Equal(t, float64(start), r["start"])
	assert.Equal(t, float64(len(text)), r["end"])
	assert.Equal(t, "فلاديمير بوتين", r["text"])
	assert.Equal(t, "PERSON", r["type"])
	assert.Equal(t, "vladimir-putin", r["id"])
	assert.Equal(t, "Vladimir Putin", r["canonical"])
	assert.NotContains(t, r, "file")
}

func TestText(t *testing.T) {
	out := run(t, "text", "بوتين")
	assert.Equal(t, "0\t10\tPERSON\tبوتين\tvladimir-putin\tVladimir Putin\n", out)
}

func TestExtraGazetteer(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "mine.txt")
	require.NoError(t, os.WriteFile(path, []byte("vladimir-putin | PERSON | V. Putin | بوتين |  |\nqalam | ORGANIZATION | Qalam | قلم |  |\n"), 0o644))
	x, err := extractor(path)
	require.NoError(t, err)
	ms := x.Extract("قال بوتين لشركة قلم")
	require.Len(t, ms, 2)
	assert.Equal(t, "V. Putin", ms[0].Canonical, "a user's entry replaces the default one")
	assert.Equal(t, "qalam", ms[1].ID)

	bad := filepath.Join(dir, "bad.txt")
	require.NoError(t, os.WriteFile(bad, []byte("x | PERSON\n"), 0o644))
	_, err = extractor(bad)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "bad.txt:1:")
}
