// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package main

import (
	"encoding/json"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/qalam-nlp/qalam/internal/shared"
)

// The API mirrors the commands: these tests build them and compare their
// output with the API's answers, byte for byte.

var (
	binDir  string
	buildMu sync.Mutex
)

// buildCommand builds the example command name (once for all the tests) and
// returns its path; it skips the test when the go tool is not at hand.
func buildCommand(t *testing.T, name string) string {
	t.Helper()
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go tool to build the commands with")
	}
	buildMu.Lock()
	defer buildMu.Unlock()
	if binDir == "" {
		binDir, err = os.MkdirTemp("", "serve-commands")
		require.NoError(t, err)
	}
	bin := filepath.Join(binDir, name)
	if _, err := os.Stat(bin); err == nil {
		return bin
	}
	out, err := exec.Command(goTool, "build", "-o", bin, "github.com/qalam-nlp/qalam/examples/"+name).CombinedOutput()
	require.NoError(t, err, "%s", out)
	return bin
}

func TestMain(m *testing.M) {
	code := m.Run()
	if binDir != "" {
		os.RemoveAll(binDir)
	}
	os.Exit(code)
}

// runCommand runs the command name with args on the file path and returns
// its standard output.
func runCommand(t *testing.T, name, path string, args ...string) string {
	t.Helper()
	cmd := exec.Command(buildCommand(t, name), append(args, path)...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	require.NoError(t, err, "%s", stderr.String())
	return string(out)
}

// articles returns the articles to compare on: the repository's sample,
// and the seed article when the development data is there.
func articles(t *testing.T) []string {
	paths := []string{filepath.Join("..", "..", "testdata", "article.txt")}
	if dir, ok := shared.Dir(); ok {
		paths = append(paths, filepath.Join(dir, "corpus", "seed-article.txt"))
	} else {
		t.Log("../shared not present: comparing on testdata/article.txt only")
	}
	return paths
}

// asArray returns the JSON Lines output of a command as the API's object
// {"key":[line,line,...]}.
func asArray(key, jsonLines string) string {
	lines := strings.Split(strings.TrimSuffix(jsonLines, "\n"), "\n")
	if jsonLines == "" {
		lines = nil
	}
	return `{"` + key + `":[` + strings.Join(lines, ",") + "]}\n"
}

func TestEntitiesAsCommand(t *testing.T) {
	h := newServer(t, 10<<20, 2, 2, nil).handler()
	for _, path := range articles(t) {
		text, err := os.ReadFile(path)
		require.NoError(t, err)
		want := runCommand(t, "entities", path)
		require.Greater(t, strings.Count(want, "\n"), 20)
		rec := post(h, "/v1/entities", string(text))
		require.Equal(t, http.StatusOK, rec.Code)
		assert.Equal(t, asArray("entities", want), rec.Body.String(), path)
	}
}

func TestTokenizeAsCommand(t *testing.T) {
	h := newServer(t, 10<<20, 2, 2, nil).handler()
	for _, path := range articles(t) {
		text, err := os.ReadFile(path)
		require.NoError(t, err)
		for _, c := range []struct {
			query, key string
			args       []string
		}{
			{"", "tokens", nil},
			{"?clitics", "tokens", []string{"-clitics"}},
			{"?sentences", "sentences", []string{"-sentences"}},
			{"?sentences&semicolon&join-lines", "sentences", []string{"-sentences", "-semicolon", "-join-lines"}},
		} {
			want := asArray(c.key, runCommand(t, "tokenize", path, c.args...))
			assert.Equal(t, want, post(h, "/v1/tokenize"+c.query, string(text)).Body.String(), "%s %s", path, c.query)
		}
	}
}

func TestNormalizeAsCommand(t *testing.T) {
	h := newServer(t, 10<<20, 2, 2, nil).handler()
	for _, path := range articles(t) {
		text, err := os.ReadFile(path)
		require.NoError(t, err)
		for _, preset := range []string{"search", "lucene", "clean"} {
			want := runCommand(t, "normalize", path, "-preset", preset)
			rec := post(h, "/v1/normalize?preset="+preset, string(text))
			var got struct{ Text string }
			require.NoError(t, json.Unmarshal(rec.Body.Bytes(), &got))
			assert.Equal(t, want, got.Text, "%s %s", path, preset)
		}
	}
}

// TestStemAsCommand gives the stem command and the API the words of the
// article, one a line.
func TestStemAsCommand(t *testing.T) {
	h := newServer(t, 10<<20, 2, 2, nil).handler()
	// Lines just under and at the length from which the command copies
	// a line as it is.
	words := "Elections\nUNITED\n" + strings.Repeat("الكتب ", maxStemLine/11) + "الكتب\n" +
		strings.Repeat("ب", maxStemLine/2-1) + "\n" + strings.Repeat("ب", maxStemLine/2) + "\n"
	for _, path := range articles(t) {
		text, err := os.ReadFile(path)
		require.NoError(t, err)
		words += strings.Join(strings.Fields(string(text)), "\n") + "\n"
	}
	path := filepath.Join(t.TempDir(), "words.txt")
	require.NoError(t, os.WriteFile(path, []byte(words), 0o644))
	for _, algorithm := range []string{"snowball", "light", "root"} {
		want := strings.Split(strings.TrimSuffix(runCommand(t, "stem", path, "-algorithm", algorithm), "\n"), "\n")
		rec := post(h, "/v1/stem?algorithm="+algorithm, words)
		var got struct{ Stems []string }
		require.NoError(t, json.Unmarshal(rec.Body.Bytes(), &got))
		require.Equal(t, len(want), len(got.Stems), algorithm)
		for i := range want {
			if want[i] != got.Stems[i] {
				t.Errorf("%s: line %d (%d bytes): the command writes %.40q, the API %.40q", algorithm, i+1, len(strings.Split(words, "\n")[i]), want[i], got.Stems[i])
			}
		}
	}
}

// TestAnalyzeAsCommand sends the articles as a batch, each named as the
// command names it, so that the reports match line for line.
func TestAnalyzeAsCommand(t *testing.T) {
	h := newServer(t, 10<<20, 2, 2, nil).handler()
	for _, path := range articles(t) {
		text, err := os.ReadFile(path)
		require.NoError(t, err)
		line, err := json.Marshal(map[string]string{"file": path, "text": string(text)})
		require.NoError(t, err)
		for _, terms := range []string{"12", "3"} {
			want := runCommand(t, "analyze", path, "-format", "json", "-terms", terms)
			rec := do(h, http.MethodPost, "/v1/analyze?terms="+terms, "application/x-ndjson", strings.NewReader(string(line)+"\n"))
			require.Equal(t, http.StatusOK, rec.Code, rec.Body.String())
			assert.Equal(t, want, rec.Body.String(), "%s -terms %s", path, terms)
		}
	}
}
