// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package main

import (
	"bytes"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/qalam-nlp/qalam/entities"
	"github.com/qalam-nlp/qalam/entities/gazetteer"
	"github.com/qalam-nlp/qalam/internal/shared"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func run(t *testing.T, format, text string) string {
	t.Helper()
	x, err := extractor(nil, "default")
	require.NoError(t, err)
	var out bytes.Buffer
	w := newWriter(&out, format == "text")
	require.NoError(t, w.mentions(x, "", text, 0))
	require.NoError(t, w.w.Flush())
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

func TestAppendText(t *testing.T) {
	m := entities.Mention{Start: 1, End: 2, Text: "a\tb\nc\xff", Type: gazetteer.Person, ID: "x\r", Canonical: "y\u2028z"}
	assert.Equal(t, "f g\t1\t2\tPERSON\ta b c\ufffd\tx \ty z\n", string(appendText(nil, "f\ng", m)))
}

func TestExtraGazetteer(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "mine.txt")
	require.NoError(t, os.WriteFile(path, []byte("vladimir-putin | PERSON | V. Putin | بوتين |  |\nqalam | ORGANIZATION | Qalam | قلم |  |\n"), 0o644))
	x, err := extractor([]string{path}, "default")
	require.NoError(t, err)
	ms := x.Extract("قال بوتين لشركة قلم")
	require.Len(t, ms, 2)
	assert.Equal(t, "V. Putin", ms[0].Canonical, "a user's entry replaces the default one")
	assert.Equal(t, "qalam", ms[1].ID)
}

// failReader fails the test if it is read: the input must not be read
// when the gazetteer is wrong.
type failReader struct{ t *testing.T }

func (r failReader) Read([]byte) (int, error) {
	r.t.Error("standard input read")
	return 0, nil
}

// TestCommand checks the command line: "-" for standard input, the
// messages for inputs that cannot be read, wrong gazetteer files, and
// usage errors.
func TestCommand(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	require.NoError(t, os.WriteFile(good, []byte("قال بوتين\n"), 0o644))
	missing := filepath.Join(dir, "missing.txt")
	badGaz := filepath.Join(dir, "bad.txt")
	require.NoError(t, os.WriteFile(badGaz, []byte("x | PERSON\ny | PERSON | Y | ياء | |\nz | PLACE | Z | زاي | |\n"), 0o644))
	badNames := filepath.Join(dir, "names.txt")
	require.NoError(t, os.WriteFile(badNames, []byte("a | PERSON | A | ـــ | |\nb | PERSON | B | ب | |\nc | LOCATION | C | ال | |\nd | ORGANIZATION | D | في | |\n"), 0o644))
	gaz := filepath.Join(dir, "mine.txt")
	require.NoError(t, os.WriteFile(gaz, []byte("qalam | ORGANIZATION | Qalam | قلم |  |\n"), 0o644))

	const putin = `"text":"بوتين","type":"PERSON","id":"vladimir-putin","canonical":"Vladimir Putin","country":"RU"}` + "\n"
	tests := []struct {
		name        string
		args        []string
		stdin       string
		noRead      bool // the command must not read stdin
		status      int
		stdout      string
		stderr      string   // exact, unless usage
		usage       bool     // stderr holds the usage
		stderrLines []string // the start of each line of stderr
	}{
		{name: "stdin", stdin: "بوتين", stdout: `{"start":0,"end":10,` + putin},
		{name: "dash", args: []string{"-"}, stdin: "بوتين", stdout: `{"start":0,"end":10,` + putin},
		{name: "files and dash", args: []string{"-format", "text", good, "-"}, stdin: "بوتين",
			stdout: good + "\t7\t17\tPERSON\tبوتين\tvladimir-putin\tVladimir Putin\n-\t0\t10\tPERSON\tبوتين\tvladimir-putin\tVladimir Putin\n"},
		{name: "file field", args: []string{good, good},
			stdout: `{"file":"` + good + `","start":7,"end":17,` + putin + `{"file":"` + good + `","start":7,"end":17,` + putin},
		{name: "missing file", args: []string{missing, good}, status: 1,
			stdout: `{"file":"` + good + `","start":7,"end":17,` + putin,
			stderr: "entities: " + missing + ": no such file or directory\n"},
		{name: "directory", args: []string{dir}, status: 1,
			stderr: "entities: " + dir + ": is a directory\n"},
		{name: "missing and directory", args: []string{"-format", "text", missing, good, dir}, status: 1,
			stdout: good + "\t7\t17\tPERSON\tبوتين\tvladimir-putin\tVladimir Putin\n",
			stderr: "entities: " + missing + ": no such file or directory\nentities: " + dir + ": is a directory\n"},
		{name: "extra gazetteer", args: []string{"-format", "text", "-gazetteer", gaz}, stdin: "لشركة قلم",
			stdout: "11\t17\tORGANIZATION\tقلم\tqalam\tQalam\n"},
		{name: "bad gazetteer", args: []string{"-gazetteer", gaz + "," + badGaz}, noRead: true, status: 1,
			stderrLines: []string{"entities: " + badGaz + ":1: ", "entities: " + badGaz + ":3: "}},
		{name: "missing gazetteer", args: []string{"-gazetteer", missing, good}, noRead: true, status: 1,
			stderr: "entities: " + missing + ": no such file or directory\n"},
		{name: "directory gazetteer", args: []string{"-gazetteer", dir, good}, noRead: true, status: 1,
			stderr: "entities: " + dir + ": is a directory\n"},
		{name: "missing model", args: []string{"-model", missing, good}, noRead: true, status: 1,
			stderr: "entities: " + missing + ": no such file or directory\n"},
		{name: "empty gazetteer name", args: []string{"-gazetteer", gaz + ",", good}, noRead: true, status: 2,
			stderr: "entities: -gazetteer \"" + gaz + ",\": an empty file name (a ',' at an end, or two in a row)\n"},
		{name: "empty gazetteer flag", args: []string{"-gazetteer=", good}, noRead: true, status: 2,
			stderr: "entities: -gazetteer \"\": an empty file name (a ',' at an end, or two in a row)\n"},
		{name: "gazetteer of bad names", args: []string{"-gazetteer", badNames, good}, noRead: true, status: 1,
			stderrLines: []string{"entities: " + badNames + ":1: name \"ـــ\" has no letter", "entities: " + badNames + ":2: name \"ب\" is one letter alone",
				"entities: " + badNames + ":3: name \"ال\" is the bare article", "entities: " + badNames + ":4: name \"في\" is a stop word"}},
		{name: "help", args: []string{"-h"}, noRead: true, status: 2, usage: true},
		{name: "unknown flag", args: []string{"-bogus"}, noRead: true, status: 2, usage: true},
		{name: "unknown format", args: []string{"-format", "xml"}, noRead: true, status: 2,
			stderr: "entities: unknown format \"xml\" (want jsonl or text)\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			var in io.Reader = strings.NewReader(tt.stdin)
			if tt.noRead {
				in = failReader{t}
			}
			status := command(tt.args, in, &out, &errOut)
			assert.Equal(t, tt.status, status, "exit status")
			assert.Equal(t, tt.stdout, out.String(), "stdout")
			switch {
			case tt.usage:
				assert.Contains(t, errOut.String(), "usage: entities")
			case tt.stderrLines != nil:
				lines := strings.Split(strings.TrimSuffix(errOut.String(), "\n"), "\n")
				require.Len(t, lines, len(tt.stderrLines), "stderr %q", errOut.String())
				for i, line := range lines {
					assert.True(t, strings.HasPrefix(line, tt.stderrLines[i]), "stderr line %q, want %q...", line, tt.stderrLines[i])
				}
			default:
				assert.Equal(t, tt.stderr, errOut.String(), "stderr")
			}
		})
	}
}

// emptyReader returns nothing, and no error, for ever.
type emptyReader struct{}

func (emptyReader) Read([]byte) (int, error) { return 0, nil }

// TestStdinReadError checks the message for standard input that fails,
// or gives nothing without ever coming to its end.
func TestStdinReadError(t *testing.T) {
	for _, tt := range []struct {
		in  io.Reader
		err error
	}{
		{iotest.ErrReader(os.ErrDeadlineExceeded), os.ErrDeadlineExceeded},
		{emptyReader{}, io.ErrNoProgress},
	} {
		var out, errOut bytes.Buffer
		status := command(nil, tt.in, &out, &errOut)
		assert.Equal(t, 1, status)
		assert.Equal(t, "entities: standard input: "+tt.err.Error()+"\n", errOut.String())
		assert.Empty(t, out.String())
	}
}

// TestArticles checks that the output for the news articles of the
// development data is valid JSON Lines: each line an object with the
// fields of the contract, its text the input's bytes at its offsets.
func TestArticles(t *testing.T) {
	dir := shared.Path(t, "corpus/articles")
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	require.NoError(t, err)
	require.NotEmpty(t, files)
	var out, errOut bytes.Buffer
	require.Equal(t, 0, command(files, nil, &out, &errOut), errOut.String())
	texts := map[string][]byte{}
	for _, f := range files {
		texts[f], err = os.ReadFile(f)
		require.NoError(t, err)
	}
	n := 0
	for line := range strings.Lines(out.String()) {
		var r struct {
			File                      string
			Start, End                *int
			Text, Type, ID, Canonical *string
		}
		var fields map[string]any
		require.NoError(t, json.Unmarshal([]byte(line), &fields), "line %q", line)
		require.NoError(t, json.Unmarshal([]byte(line), &r), "line %q", line)
		require.True(t, r.Start != nil && r.End != nil && r.Text != nil && r.Type != nil && r.ID != nil && r.Canonical != nil, "line %q lacks a field", line)
		for k := range fields {
			assert.Contains(t, []string{"file", "start", "end", "text", "type", "id", "canonical", "country"}, k)
		}
		text, ok := texts[r.File]
		require.True(t, ok, "line %q: file", line)
		require.Equal(t, string(text[*r.Start:*r.End]), *r.Text, "line %q", line)
		n++
	}
	t.Logf("%d files, %d mentions", len(files), n)
	assert.Greater(t, n, len(files))
}
