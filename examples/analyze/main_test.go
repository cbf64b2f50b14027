// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"github.com/qalam-nlp/qalam/internal/cli"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/qalam-nlp/qalam/entities"
	"github.com/qalam-nlp/qalam/report"
)

// The report itself is tested in package report; these tests check the
// command: arguments, formats, errors, order and progress.

const article = "../../testdata/article.txt"

// runCmd runs the command with args and stdin, and returns its exit status,
// standard output and standard error.
func runCmd(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errOut, false)
	return code, out.String(), errOut.String()
}

// decode reads JSON Lines output into reports.
func decode(t *testing.T, out string) []report.Report {
	t.Helper()
	var rs []report.Report
	for line := range strings.Lines(out) {
		var r report.Report
		require.NoError(t, json.Unmarshal([]byte(line), &r), line)
		rs = append(rs, r)
	}
	return rs
}

func entityByID(r report.Report, id string) (report.Entity, bool) {
	i := slices.IndexFunc(r.Entities, func(e report.Entity) bool { return e.ID == id })
	if i < 0 {
		return report.Entity{}, false
	}
	return r.Entities[i], true
}

// TestJSON checks that -format json writes report.New's report, with the
// field names of the contract, and -terms the number of key terms.
func TestJSON(t *testing.T) {
	text, err := os.ReadFile(article)
	require.NoError(t, err)
	x, err := entities.Default()
	require.NoError(t, err)
	code, out, errOut := runCmd(t, "", "-format", "json", "-terms", "5", article)
	require.Equal(t, 0, code, errOut)
	want, err := json.Marshal(report.New(x, article, string(text), report.MaxTerms(5)))
	require.NoError(t, err)
	assert.JSONEq(t, string(want), out)
	var fields map[string]json.RawMessage
	require.NoError(t, json.Unmarshal([]byte(out), &fields))
	for _, name := range []string{"file", "title", "bytes", "sentences", "words", "mentions", "entities", "terms", "notes"} {
		assert.Contains(t, fields, name)
	}
	assert.Len(t, decode(t, out)[0].Terms, 5)
}

// TestElidedArticle checks that the text report shows a name after the
// preposition ل, which elides its article's alef (للأمم المتحدة), with the
// alef, in the entity list and in the notes.
func TestElidedArticle(t *testing.T) {
	code, out, errOut := runCmd(t, "") // the sample, which has للأمم المتحدة
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "الأمم المتحدة")
	assert.Contains(t, out, "ل+الأمم المتحدة\n")
	assert.NotRegexp(t, `(^|[^ا])لأمم المتحدة`, out, "the alef is restored everywhere in the text report")
}

// TestSizeLine checks the counts of the size line, singular and plural.
func TestSizeLine(t *testing.T) {
	_, out, _ := runCmd(t, "كتب\n", "-")
	assert.Contains(t, out, "size       7 bytes, 1 sentence, 1 word, 0 entity mentions\n")
	_, out, _ = runCmd(t, "زار بوتين القاهرة. وعاد.", "-")
	assert.Contains(t, out, "2 sentences, 4 words, 2 entity mentions\n")
	assert.Contains(t, out, "PERSON: 1 entity, 1 mention\n")
}

func TestTextReport(t *testing.T) {
	code, out, errOut := runCmd(t, "")
	require.Equal(t, 0, code, errOut)
	for _, want := range []string{
		"══ sample.txt\n",
		"title      جولة مفاوضات جديدة في إسطنبول",
		"\nPERSON: ",
		"\nLOCATION: ",
		"\nKEY TERMS: ",
		"stem مفاوض\n",
		"\nNOTES\n",
		"و+بوتين\n",
	} {
		assert.Contains(t, out, want)
	}
	assert.Regexp(t, `\n +[3-9]  Donald Trump +donald-trump +[^\n]*ترامب`, out)
	assert.Regexp(t, `\n +Donald Trump +donald-trump +ترامب، ترمب\n`, out)
	// Types come in the documented order.
	p, o, l, n := strings.Index(out, "\nPERSON: "), strings.Index(out, "\nORGANIZATION: "), strings.Index(out, "\nLOCATION: "), strings.Index(out, "\nNATIONALITY: ")
	assert.True(t, p < o && o < l && l < n, "type order %d %d %d %d", p, o, l, n)
}

func TestStdin(t *testing.T) {
	text := "ترامب يلتقي بوتين في ألاسكا\n\nالتقى الرئيس الأمريكي دونالد ترامب نظيره الروسي فلاديمير بوتين. وقال ترمب إن اللقاء كان مثمرا.\n"
	code, out, errOut := runCmd(t, text, "-format", "json", "-")
	require.Equal(t, 0, code, errOut)
	rs := decode(t, out)
	require.Len(t, rs, 1)
	assert.Equal(t, "-", rs[0].File)
	assert.Equal(t, "ترامب يلتقي بوتين في ألاسكا", rs[0].Title)
	e, ok := entityByID(rs[0], "donald-trump")
	require.True(t, ok)
	assert.Equal(t, 3, e.Count)
}

func TestErrors(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	bad := filepath.Join(dir, "bad.txt")
	missing := filepath.Join(dir, "missing.txt")
	good2 := filepath.Join(dir, "good2.txt")
	require.NoError(t, os.WriteFile(good, []byte("زار ماكرون القاهرة\n"), 0o644))
	require.NoError(t, os.WriteFile(bad, []byte("قال \xff بوتين\n"), 0o644))
	require.NoError(t, os.WriteFile(good2, []byte("وصل بوتين إلى بكين\n"), 0o644))

	code, out, errOut := runCmd(t, "", good, missing, bad, good2)
	assert.Equal(t, 1, code)
	assert.Equal(t, "analyze: "+missing+": no such file or directory\n"+
		"analyze: "+bad+": not valid UTF-8 (byte offset 7)\n", errOut)
	// The readable files are still reported, in order.
	i, j := strings.Index(out, "══ "+good+"\n"), strings.Index(out, "══ "+good2+"\n")
	assert.True(t, i >= 0 && j > i, "reports of good files: %d %d\n%s", i, j, out)
	assert.Contains(t, out, "Emmanuel Macron")
	assert.Contains(t, out, "Vladimir Putin")
	assert.NotContains(t, out, bad)

	code, out, _ = runCmd(t, "", "-format", "json", good, missing, bad, good2)
	assert.Equal(t, 1, code)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	require.Len(t, lines, 4)
	assert.Equal(t, `{"file":"`+missing+`","error":"no such file or directory"}`, lines[1])
	assert.Equal(t, `{"file":"`+bad+`","error":"not valid UTF-8 (byte offset 7)"}`, lines[2])
	assert.Contains(t, lines[3], `"file":"`+good2+`"`)

	for _, args := range [][]string{{"-format", "xml"}, {"-terms", "-1"}, {"-nosuchflag"}} {
		code, out, errOut = runCmd(t, "", args...)
		assert.Equal(t, 2, code, args)
		assert.Empty(t, out, args)
		assert.NotEmpty(t, errOut, args)
	}
}

// TestManyFiles checks that reports come out in the order of the
// arguments whatever order the workers finish in (run it with -race).
func TestManyFiles(t *testing.T) {
	dir := t.TempDir()
	var files []string
	for i := range 40 {
		name := filepath.Join(dir, fmt.Sprintf("%02d.txt", i))
		// Long and short files alternate so that workers finish out of order.
		body := strings.Repeat("التقى ترامب بوتين في موسكو. ", 1+(i%2)*200)
		require.NoError(t, os.WriteFile(name, fmt.Appendf(nil, "عنوان %d\n%s\n", i, body), 0o644))
		files = append(files, name)
	}
	code, out, errOut := runCmd(t, "", append([]string{"-format", "json"}, files...)...)
	require.Equal(t, 0, code, errOut)
	rs := decode(t, out)
	require.Len(t, rs, len(files))
	for i, r := range rs {
		assert.Equal(t, files[i], r.File)
		assert.Equal(t, fmt.Sprintf("عنوان %d", i), r.Title)
		e, ok := entityByID(r, "donald-trump")
		require.True(t, ok)
		assert.Equal(t, 1+(i%2)*200, e.Count)
	}
}

func TestInvalidUTF8Offset(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want int
	}{
		{"", -1},
		{"بوتين", -1},
		{"\xff", 0},
		{"ab\xc3", 2},
		{"بو\xd8تين", 4},
		{"\uFFFD ok", -1}, // a real U+FFFD is valid
		{"\uFFFD\xed\xa0\x80", 3},
	} {
		assert.Equal(t, tt.want, cli.InvalidUTF8(tt.in), "%q", tt.in)
	}
}

func TestProgress(t *testing.T) {
	var out, errOut bytes.Buffer
	code := run([]string{article, article}, strings.NewReader(""), &out, &errOut, true)
	require.Equal(t, 0, code)
	assert.Equal(t, "\r\x1b[Kanalyze: 1/2 files\r\x1b[Kanalyze: 2/2 files\r\x1b[K", errOut.String())
	assert.Equal(t, 2, strings.Count(out.String(), "══ "+article+"\n"))

	// One file: no progress.
	errOut.Reset()
	code = run([]string{article}, strings.NewReader(""), &out, &errOut, true)
	require.Equal(t, 0, code)
	assert.Empty(t, errOut.String())
}

// FuzzInvalidUTF8 checks that the command finds the offset of the first
// invalid UTF-8 sequence, and none in valid text.
func FuzzInvalidUTF8(f *testing.F) {
	f.Add(sample)
	f.Add("وبوتين، ولترامب «ترمب»\n\nالأمريكي الأميركي")
	f.Add("")
	f.Add("ب\xffو")
	f.Fuzz(func(t *testing.T, text string) {
		off := cli.InvalidUTF8(text)
		if off >= 0 {
			assert.False(t, utf8.ValidString(text))
			assert.False(t, utf8.ValidString(text[off:off+1]))
			assert.True(t, utf8.ValidString(text[:off]))
			return
		}
		assert.True(t, utf8.ValidString(text))
	})
}
