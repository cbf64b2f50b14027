// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package pipeline

import (
	"bufio"
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/runners/prism"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/qalam-nlp/qalam/entities"
	"github.com/qalam-nlp/qalam/examples/pipeline/article"
	"github.com/qalam-nlp/qalam/internal/shared"
	"github.com/qalam-nlp/qalam/normalize"
	"github.com/qalam-nlp/qalam/report"
)

// entitiesCmd is the examples/entities command, built once by TestMain:
// the pipeline's entities must be what it gives.
var entitiesCmd string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "pipeline-test")
	if err != nil {
		panic(err)
	}
	entitiesCmd = filepath.Join(dir, "entities")
	if out, err := exec.Command("go", "build", "-o", entitiesCmd, "github.com/qalam-nlp/qalam/examples/entities").CombinedOutput(); err != nil {
		panic("building examples/entities: " + err.Error() + "\n" + string(out))
	}
	// Beam's loopback mode leaves an empty file in the temporary
	// directory on each run: keep them in dir.
	os.Setenv("TMPDIR", dir)
	code := ptest.MainRetWithDefault(m, "prism")
	os.RemoveAll(dir)
	os.Exit(code)
}

// run runs the pipeline with o on Prism, its outputs in a temporary
// directory, and returns its counters.
func run(t *testing.T, o Options) map[string]int64 {
	t.Helper()
	if o.Output == "" {
		o.Output = t.TempDir()
	}
	p, s := beam.NewPipelineWithRoot()
	require.NoError(t, Build(s, o))
	res, err := ptest.RunWithMetrics(p)
	require.NoError(t, err)
	return Counters(res.Metrics())
}

// mention is a line of examples/entities -format jsonl, and a mention of
// the pipeline's output flattened to the same shape.
type mention struct {
	File      string `json:"file"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Text      string `json:"text"`
	Type      string `json:"type"`
	ID        string `json:"id"`
	Canonical string `json:"canonical"`
	Country   string `json:"country"`
}

// commandMentions runs examples/entities on the files and returns the
// mentions of each file.
func commandMentions(t *testing.T, files ...string) map[string][]mention {
	t.Helper()
	args := append([]string{"-format", "jsonl"}, files...)
	out, err := exec.Command(entitiesCmd, args...).Output()
	require.NoError(t, err)
	got := map[string][]mention{}
	for _, m := range decodeLines[mention](t, out) {
		if len(files) == 1 {
			m.File = files[0]
		}
		got[m.File] = append(got[m.File], m)
	}
	return got
}

// commandMentionsOf runs examples/entities on text given on its standard
// input.
func commandMentionsOf(t *testing.T, text string) []mention {
	t.Helper()
	cmd := exec.Command(entitiesCmd)
	cmd.Stdin = strings.NewReader(text)
	out, err := cmd.Output()
	require.NoError(t, err)
	return decodeLines[mention](t, out)
}

func decodeLines[T any](t *testing.T, data []byte) []T {
	t.Helper()
	var vs []T
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, 64<<20)
	for sc.Scan() {
		var v T
		require.NoError(t, json.Unmarshal(sc.Bytes(), &v), "line %q", sc.Text())
		vs = append(vs, v)
	}
	require.NoError(t, sc.Err())
	return vs
}

// readArticles returns the article files of dir, one after the other,
// and checks that no temporary file is left.
func readArticles(t *testing.T, dir string) []byte {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "articles*"))
	require.NoError(t, err)
	require.NotEmpty(t, files)
	var all []byte
	for _, f := range files {
		require.NotContains(t, f, tempInfix)
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		all = append(all, data...)
	}
	return all
}

func readLines[T any](t *testing.T, path string) []T {
	t.Helper()
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	return decodeLines[T](t, data)
}

// outDoc is an enriched article as the tests read it.
type outDoc struct {
	ID       json.RawMessage `json:"id"`
	Text     string          `json:"text"`
	Analysis struct {
		report.Report
		Persons       []string `json:"persons"`
		Places        []string `json:"places"`
		Organizations []string `json:"organizations"`
		Nationalities []string `json:"nationalities"`
	} `json:"analysis"`
}

// flatMentions returns the mentions of a document in order of position,
// in the shape of examples/entities' output.
func (d *outDoc) flatMentions() []mention {
	var ms []mention
	for _, e := range d.Analysis.Entities {
		for _, m := range e.Mentions {
			ms = append(ms, mention{Start: m.Start, End: m.End, Text: m.Text, Type: e.Type, ID: e.ID, Canonical: e.Canonical, Country: e.Country})
		}
	}
	slices.SortFunc(ms, func(a, b mention) int { return cmp.Compare(a.Start, b.Start) })
	return ms
}

func (d *outDoc) id(t *testing.T) string {
	var s string
	require.NoError(t, json.Unmarshal(d.ID, &s))
	return s
}

type outEntity struct {
	Key       string      `json:"key"`
	Type      string      `json:"type"`
	ID        string      `json:"id"`
	Canonical string      `json:"canonical"`
	Name      string      `json:"name"`
	Articles  int         `json:"articles"`
	Mentions  int         `json:"mentions"`
	Forms     []formCount `json:"forms"`
}

type formCount struct {
	Text  string `json:"text"`
	Count int    `json:"count"`
}

type outPair struct {
	A, B     string
	Articles int
}

type deadLine struct {
	Source       string `json:"source"`
	Reason       string `json:"reason"`
	Detail       string `json:"detail"`
	Record       string `json:"record"`
	RecordBase64 []byte `json:"record_base64"`
}

// corpusStats computes the aggregates directly from the mentions of each
// article: per entity key the articles, mentions and forms, and per pair
// of keys (people, organisations, places) the articles.
type corpusStats struct {
	entities map[string]*outEntity
	pairs    map[[2]string]int
	mentions map[string]int64 // by type
}

func directStats(t *testing.T, perArticle map[string][]mention) corpusStats {
	cs := corpusStats{entities: map[string]*outEntity{}, pairs: map[[2]string]int{}, mentions: map[string]int64{}}
	for _, ms := range perArticle {
		seen := map[string]bool{}
		var keys []string
		for _, m := range ms {
			cs.mentions[m.Type]++
			key := m.ID
			if key == "" {
				key = m.Type + ":" + normalize.Search.String(m.Text)
			}
			e := cs.entities[key]
			if e == nil {
				e = &outEntity{Key: key, Type: m.Type, ID: m.ID, Canonical: m.Canonical}
				cs.entities[key] = e
			}
			e.Mentions++
			if i := slices.IndexFunc(e.Forms, func(f formCount) bool { return f.Text == m.Text }); i >= 0 {
				e.Forms[i].Count++
			} else {
				e.Forms = append(e.Forms, formCount{m.Text, 1})
			}
			if !seen[key] {
				seen[key] = true
				e.Articles++
				if m.Type != "NATIONALITY" {
					keys = append(keys, key)
				}
			}
		}
		require.LessOrEqual(t, len(keys), maxPairEntities, "the direct count does not cut an article's entities")
		slices.Sort(keys)
		for i := range keys {
			for j := i + 1; j < len(keys); j++ {
				cs.pairs[[2]string{keys[i], keys[j]}]++
			}
		}
	}
	return cs
}

// checkAggregates compares the aggregate outputs with the direct counts.
func checkAggregates(t *testing.T, dir string, want corpusStats) {
	t.Helper()
	ents := readLines[outEntity](t, filepath.Join(dir, "entities.jsonl"))
	x, err := entities.Default()
	require.NoError(t, err)
	require.Len(t, ents, len(want.entities))
	for i, e := range ents {
		w := want.entities[e.Key]
		require.NotNil(t, w, "entity %q", e.Key)
		assert.Equal(t, w.Type, e.Type, e.Key)
		assert.Equal(t, w.ID, e.ID, e.Key)
		assert.Equal(t, w.Canonical, e.Canonical, e.Key)
		assert.Equal(t, w.Articles, e.Articles, e.Key)
		assert.Equal(t, w.Mentions, e.Mentions, e.Key)
		assert.ElementsMatch(t, w.Forms, e.Forms, e.Key)
		assert.NotEmpty(t, e.Name, e.Key)
		if e.ID != "" {
			entry, ok := x.Lookup(e.ID)
			require.True(t, ok, e.ID)
			assert.Equal(t, entry.Names[0], e.Name, "the preferred name of %s", e.ID)
		}
		if i > 0 {
			prev := ents[i-1]
			assert.True(t, prev.Articles > e.Articles || prev.Articles == e.Articles && prev.Mentions >= e.Mentions,
				"entities sorted by articles then mentions: %s before %s", prev.Key, e.Key)
		}
	}
	pairs := readLines[outPair](t, filepath.Join(dir, "pairs.jsonl"))
	got := map[[2]string]int{}
	for i, p := range pairs {
		got[[2]string{p.A, p.B}] = p.Articles
		if i > 0 {
			assert.GreaterOrEqual(t, pairs[i-1].Articles, p.Articles, "pairs sorted by count")
		}
	}
	assert.Equal(t, want.pairs, got)
}

// checkArticles checks the enriched text-file articles of dir: one per
// file, with the file's text and the mentions examples/entities gives.
func checkArticles(t *testing.T, dir string, files []string) map[string][]mention {
	t.Helper()
	docs := decodeLines[outDoc](t, readArticles(t, dir))
	require.Len(t, docs, len(files))
	want := commandMentions(t, files...)
	for _, d := range docs {
		id := d.id(t)
		data, err := os.ReadFile(id)
		require.NoError(t, err)
		assert.Equal(t, string(data), d.Text, id)
		got := d.flatMentions()
		assert.Equal(t, len(want[id]), d.Analysis.Mentions, id)
		for i := range want[id] {
			want[id][i].File = ""
		}
		if !assert.Equal(t, want[id], got, id) {
			continue
		}
		checkReport(t, &d, id, d.Text)
		for _, e := range d.Analysis.Entities {
			if e.ID == "" {
				continue
			}
			facet := map[string][]string{"PERSON": d.Analysis.Persons, "LOCATION": d.Analysis.Places,
				"ORGANIZATION": d.Analysis.Organizations, "NATIONALITY": d.Analysis.Nationalities}[e.Type]
			assert.Contains(t, facet, e.ID, id)
		}
	}
	return want
}

// checkReport checks that the analysis of a document is the report of
// package report on its text, as examples/analyze gives it.
func checkReport(t *testing.T, d *outDoc, file, text string) {
	t.Helper()
	x, err := entities.Default()
	require.NoError(t, err)
	want, err := json.Marshal(report.New(x, file, text))
	require.NoError(t, err)
	got, err := json.Marshal(d.Analysis.Report)
	require.NoError(t, err)
	assert.JSONEq(t, string(want), string(got), file)
}

func testdataArticles(t *testing.T) (string, []string) {
	dir, err := filepath.Abs("testdata/articles")
	require.NoError(t, err)
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	require.NoError(t, err)
	require.NotEmpty(t, files)
	return dir, files
}

func TestTextFiles(t *testing.T) {
	dir, files := testdataArticles(t)
	out, counters := runOverFiles(t, dir, files)
	assert.Zero(t, counters["bad_records"])
	dead, err := os.ReadFile(filepath.Join(out, "dead-letter.jsonl"))
	require.NoError(t, err)
	assert.Empty(t, dead, "no dead letters, and the file is there")
}

// TestCorpus runs the pipeline over the development corpus's articles.
func TestCorpus(t *testing.T) {
	dir := shared.Path(t, "corpus/articles")
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	require.NoError(t, err)
	runOverFiles(t, dir, files)
}

// runOverFiles runs the pipeline over the text files of dir and checks
// its output: each article's mentions, the aggregates and the counters
// against counts made directly. It returns the output folder and the
// counters.
func runOverFiles(t *testing.T, dir string, files []string) (string, map[string]int64) {
	t.Helper()
	out := t.TempDir()
	counters := run(t, Options{Text: filepath.Join(dir, "*.txt"), Output: out, Pairs: 1 << 20})
	perArticle := checkArticles(t, out, files)
	want := directStats(t, perArticle)
	checkAggregates(t, out, want)
	assert.Equal(t, int64(len(files)), counters["articles"])
	for typ, n := range want.mentions {
		assert.Equal(t, n, counters["mentions_"+typ], typ)
	}
	return out, counters
}

// TestBadFiles: text files that cannot be analysed are dead letters with
// their reason, and the others are analysed.
func TestBadFiles(t *testing.T) {
	_, files := testdataArticles(t)
	in := t.TempDir()
	for _, f := range files {
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(filepath.Join(in, filepath.Base(f)), data, 0o644))
	}
	bad := map[string]string{
		"latin1.txt": "Caf\xe9 \xe0 Tunis",
		"empty.txt":  " \n\t\n",
		"long.txt":   strings.Repeat("قالت وزارة الخارجية إن الوفد وصل إلى القاهرة. ", 100),
	}
	for name, text := range bad {
		require.NoError(t, os.WriteFile(filepath.Join(in, name), []byte(text), 0o644))
	}
	out := t.TempDir()
	counters := run(t, Options{Text: filepath.Join(in, "*.txt"), Output: out, MaxBytes: 4000})
	assert.Equal(t, int64(len(files)), counters["articles"])
	assert.Equal(t, int64(len(bad)), counters["bad_records"])
	assert.Equal(t, int64(1), counters["bad_invalid_utf8"])
	assert.Equal(t, int64(1), counters["bad_empty_text"])
	assert.Equal(t, int64(1), counters["bad_too_large"])
	reasons := map[string]string{}
	for _, d := range readLines[deadLine](t, filepath.Join(out, "dead-letter.jsonl")) {
		reasons[filepath.Base(d.Source)] = d.Reason + ": " + d.Detail
	}
	assert.Equal(t, map[string]string{
		"latin1.txt": "invalid_utf8: not valid UTF-8 (byte offset 3)",
		"empty.txt":  "empty_text: the file holds no text",
		"long.txt":   fmt.Sprintf("too_large: file of %d bytes is longer than the limit of 4000", len(bad["long.txt"])),
	}, reasons)
	assert.Len(t, decodeLines[outDoc](t, readArticles(t, out)), len(files))
}

// TestJSONL reads a JSON Lines archive with good and bad records: the good
// ones come out with their fields as written and the analysis added, the
// bad ones as dead letters with the reason and the record.
func TestJSONL(t *testing.T) {
	archive, err := os.ReadFile("testdata/archive.jsonl")
	require.NoError(t, err)
	invalid := "{\"id\":\"latin1-1\",\"text\":\"Caf\xe9\"}"
	in := filepath.Join(t.TempDir(), "archive.jsonl")
	require.NoError(t, os.WriteFile(in, append(archive, invalid+"\n"...), 0o644))
	out := t.TempDir()
	counters := run(t, Options{JSONL: in, Output: out, Pairs: 1 << 20})

	wantBad := map[string]string{ // record → reason
		`{"id":"broken-1","text":"نص بلا نهاية`:                     article.InvalidJSON,
		`{"id":"no-text-1","body":"لا يوجد حقل نص"}`:                article.MissingText,
		`{"id":"text-number-1","text":17}`:                          article.MissingText,
		`{"text":"نص بلا معرف عن تونس"}`:                            article.MissingID,
		`["not","an","object"]`:                                     article.NotObject,
		`{"id":"empty-1","text":"   "}`:                             article.EmptyText,
		`{"id":"reserved-1","text":"نص عن مصر","analysis":{"x":1}}`: article.Reserved,
		`{"id":"dup-1","text":"نص عن قطر","id":"dup-2"}`:            article.InvalidJSON,
		`{"id":{"n":1},"text":"معرف غير صالح"}`:                     article.MissingID,
		invalid: article.InvalidUTF8,
	}
	gotBad := map[string]string{}
	for _, d := range readLines[deadLine](t, filepath.Join(out, "dead-letter.jsonl")) {
		assert.Equal(t, in, d.Source)
		assert.NotEmpty(t, d.Detail)
		record := d.Record
		if d.RecordBase64 != nil {
			record = string(d.RecordBase64)
		}
		gotBad[record] = d.Reason
	}
	assert.Equal(t, wantBad, gotBad)
	assert.Equal(t, int64(len(wantBad)), counters["bad_records"])
	assert.Equal(t, int64(2), counters["bad_"+article.MissingText])

	// The good records: every field as written, in order, then the
	// analysis; the mentions are those of examples/entities.
	var wantLines []string
	for line := range strings.Lines(string(archive)) {
		line = strings.TrimRight(line, "\r\n")
		if line != "" && wantBad[line] == "" {
			wantLines = append(wantLines, line)
		}
	}
	require.Len(t, wantLines, 3)
	assert.Equal(t, int64(len(wantLines)), counters["articles"])
	data := readArticles(t, out)
	got := map[string]string{}
	for line := range strings.Lines(string(data)) {
		i := strings.LastIndex(line, `,"analysis":`)
		require.Positive(t, i, line)
		got[compact(t, line[:i]+"}")] = line
	}
	perArticle := map[string][]mention{}
	for _, w := range wantLines {
		line, ok := got[compact(t, w)]
		require.True(t, ok, "record %s carried through, its fields in order", w)
		var d outDoc
		require.NoError(t, json.Unmarshal([]byte(line), &d))
		want := commandMentionsOf(t, d.Text)
		assert.Equal(t, want, d.flatMentions(), string(d.ID))
		checkReport(t, &d, in, d.Text)
		perArticle[string(d.ID)] = want
	}
	checkAggregates(t, out, directStats(t, perArticle))
}

func compact(t *testing.T, s string) string {
	var b bytes.Buffer
	require.NoError(t, json.Compact(&b, []byte(s)))
	return b.String()
}

// TestFormats writes the articles as a _bulk body in several files and the
// aggregates as TSV.
func TestFormats(t *testing.T) {
	dir, files := testdataArticles(t)
	out := t.TempDir()
	run(t, Options{Text: filepath.Join(dir, "*.txt"), Output: out, FileBytes: 100, BulkIndex: "news", Format: "tsv"})
	written, err := filepath.Glob(filepath.Join(out, "articles*"))
	require.NoError(t, err)
	require.Len(t, written, len(files), "a new file past FileBytes")
	for i, f := range written {
		assert.Equal(t, fmt.Sprintf("articles-%05d-of-%05d.jsonl", i, len(written)), filepath.Base(f))
	}
	var ids []string
	for _, f := range written {
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		lines := decodeLines[map[string]json.RawMessage](t, data)
		require.Zero(t, len(lines)%2, "action and document lines")
		for i := 0; i < len(lines); i += 2 {
			var action struct {
				Index struct {
					Index string `json:"_index"`
					ID    string `json:"_id"`
				} `json:"index"`
			}
			require.NoError(t, json.Unmarshal(lines[i]["index"], &action.Index))
			assert.Equal(t, "news", action.Index.Index)
			var id string
			require.NoError(t, json.Unmarshal(lines[i+1]["id"], &id))
			assert.Equal(t, id, action.Index.ID)
			ids = append(ids, id)
		}
	}
	assert.ElementsMatch(t, files, ids)

	for name, header := range map[string]string{
		"entities.tsv": "key\ttype\tid\tcanonical\tcountry\tname\tarticles\tmentions\tforms",
		"pairs.tsv":    "a\ta_name\tb\tb_name\tarticles",
	} {
		data, err := os.ReadFile(filepath.Join(out, name))
		require.NoError(t, err)
		lines := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
		require.Greater(t, len(lines), 1, name)
		assert.Equal(t, header, lines[0])
		cols := strings.Count(header, "\t")
		for _, l := range lines[1:] {
			assert.Equal(t, cols, strings.Count(l, "\t"), "%s: %q", name, l)
		}
	}
	data, err := os.ReadFile(filepath.Join(out, "entities.tsv"))
	require.NoError(t, err)
	assert.Contains(t, string(data), "\nvladimir-putin\tPERSON\tvladimir-putin\tVladimir Putin\tRU\t")
}

func TestInvalidOptions(t *testing.T) {
	p, s := beam.NewPipelineWithRoot()
	_ = p
	assert.ErrorContains(t, Build(s, Options{Output: "x"}), "no input")
	assert.ErrorContains(t, Build(s, Options{Text: "*.txt"}), "no output")
	assert.ErrorContains(t, Build(s, Options{Text: "*.txt", Output: "x", Format: "csv"}), "unknown aggregates format")
}

// TestNoArticle: with no good record the article file is still written,
// empty, and the dead letters hold every record.
func TestNoArticle(t *testing.T) {
	in := filepath.Join(t.TempDir(), "bad.jsonl")
	require.NoError(t, os.WriteFile(in, []byte("{\n[]\n"), 0o644))
	out := t.TempDir()
	counters := run(t, Options{JSONL: in, Output: out})
	assert.Equal(t, int64(2), counters["bad_records"])
	data, err := os.ReadFile(filepath.Join(out, "articles.jsonl"))
	require.NoError(t, err)
	assert.Empty(t, data)
	assert.Len(t, readLines[deadLine](t, filepath.Join(out, "dead-letter.jsonl")), 2)
}
