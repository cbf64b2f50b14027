// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/qalam-nlp/qalam/entities"
)

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
func decode(t *testing.T, out string) []Report {
	t.Helper()
	var rs []Report
	for line := range strings.Lines(out) {
		var r Report
		require.NoError(t, json.Unmarshal([]byte(line), &r), line)
		rs = append(rs, r)
	}
	return rs
}

func entityByID(r Report, id string) (Entity, bool) {
	i := slices.IndexFunc(r.Entities, func(e Entity) bool { return e.ID == id })
	if i < 0 {
		return Entity{}, false
	}
	return r.Entities[i], true
}

func formTexts(e Entity) []string {
	var s []string
	for _, f := range e.Forms {
		s = append(s, f.Text)
	}
	return s
}

// checkReport checks what holds for every report of text: mentions are
// the text at their offsets, counts add up, entities are grouped by type
// in the report's order and by falling count within a type, and terms
// are ordered by falling count.
func checkReport(t *testing.T, r Report, text string) {
	t.Helper()
	assert.Equal(t, len(text), r.Bytes)
	total := 0
	lastRank, lastCount := -1, 0
	for _, e := range r.Entities {
		assert.Equal(t, len(e.Mentions), e.Count, e.ID)
		sum := 0
		for _, f := range e.Forms {
			sum += f.Count
		}
		assert.Equal(t, e.Count, sum, "form counts of %s", e.ID)
		for _, m := range e.Mentions {
			require.True(t, 0 <= m.Start && m.Start <= m.End && m.End <= len(text))
			assert.Equal(t, text[m.Start:m.End], m.Text)
			assert.True(t, strings.HasSuffix(text[:m.Start], m.Clitics))
		}
		total += e.Count
		rank := slices.Index([]string{"PERSON", "ORGANIZATION", "LOCATION", "NATIONALITY"}, e.Type)
		require.GreaterOrEqual(t, rank, lastRank, "type order at %s", e.ID)
		if rank == lastRank {
			assert.LessOrEqual(t, e.Count, lastCount, "count order at %s", e.ID)
		}
		lastRank, lastCount = rank, e.Count
	}
	assert.Equal(t, r.Mentions, total)
	for i, term := range r.Terms {
		assert.GreaterOrEqual(t, term.Count, 2)
		if i > 0 {
			assert.LessOrEqual(t, term.Count, r.Terms[i-1].Count)
		}
	}
}

// wantEntity is an entity a report must hold: at least min mentions,
// among them the written forms forms (in any order). The extractor is
// improved all the time, so the tests ask for what must hold rather than
// for its exact output.
type wantEntity struct {
	id, typ string
	min     int
	forms   []string
}

func checkEntities(t *testing.T, r Report, want []wantEntity) {
	t.Helper()
	for _, w := range want {
		e, ok := entityByID(r, w.id)
		if !assert.True(t, ok, "entity %s missing", w.id) {
			continue
		}
		assert.Equal(t, w.typ, e.Type, w.id)
		assert.GreaterOrEqual(t, e.Count, w.min, w.id)
		assert.Subset(t, formTexts(e), w.forms, w.id)
	}
}

// notPeople are words and phrases of news text that are no one's name:
// titles, roles and common words that a name rule could take for one.
var notPeople = []string{
	"الرئيس", "الرئيس الأمريكي", "الرئيس الروسي", "الرئيس الفلسطيني", "الرئيس المصري",
	"وزير الخارجية", "وزير الخارجية التركي", "الأمين العام", "المتحدثة باسم",
	"رئيس الوزراء", "نظيره", "المستشار", "معروف", "مراقب", "قرآنية", "آيات قرآنية",
}

// checkNoFalsePeople fails when a PERSON mention of r is one of notPeople
// or begins with a title.
func checkNoFalsePeople(t *testing.T, r Report) {
	t.Helper()
	titles := []string{"الرئيس", "وزير", "الأمين", "المتحدث", "رئيس"}
	for _, e := range r.Entities {
		if e.Type != "PERSON" {
			continue
		}
		for _, m := range e.Mentions {
			assert.NotContains(t, notPeople, m.Text, "PERSON mention at %d", m.Start)
			first, _, _ := strings.Cut(m.Text, " ")
			assert.NotContains(t, titles, first, "PERSON mention %q at %d begins with a title", m.Text, m.Start)
		}
	}
}

// termByForm returns the key term written most often as form.
func termByForm(r Report, form string) (Term, bool) {
	i := slices.IndexFunc(r.Terms, func(t Term) bool { return t.Form == form })
	if i < 0 {
		return Term{}, false
	}
	return r.Terms[i], true
}

func TestArticle(t *testing.T) {
	text, err := os.ReadFile(article)
	require.NoError(t, err)
	code, out, errOut := runCmd(t, "", "-format", "json", article)
	require.Equal(t, 0, code, errOut)
	rs := decode(t, out)
	require.Len(t, rs, 1)
	r := rs[0]
	checkReport(t, r, string(text))
	checkNoFalsePeople(t, r)
	assert.Equal(t, article, r.File)
	assert.Equal(t, "قمة عربية طارئة في القاهرة لبحث وقف إطلاق النار في غزة وإعادة الإعمار", r.Title)
	assert.Equal(t, 14, r.Sentences)
	assert.Equal(t, 352, r.Words)
	checkEntities(t, r, []wantEntity{
		{"donald-trump", "PERSON", 2, []string{"دونالد ترامب", "ترمب"}},
		{"mahmoud-abbas", "PERSON", 1, []string{"محمود عباس"}},
		{"ahmed-aboul-gheit", "PERSON", 2, []string{"أحمد أبو الغيط"}},
		{"karoline-leavitt", "PERSON", 1, []string{"كارولين ليفيت"}},
		{"white-house", "ORGANIZATION", 2, []string{"البيت الأبيض"}},
		{"unrwa", "ORGANIZATION", 2, []string{"الأونروا"}},
		{"un", "ORGANIZATION", 1, nil},
		{"cairo-eg", "LOCATION", 3, []string{"القاهرة"}},
		{"nat-eg", "NATIONALITY", 2, []string{"المصري"}},
		{"nat-us", "NATIONALITY", 2, []string{"الأمريكية", "الأميركي"}},
	})
	// Gaza, the place the article speaks of most, leads the places.
	i := slices.IndexFunc(r.Entities, func(e Entity) bool { return e.Type == "LOCATION" })
	require.GreaterOrEqual(t, i, 0)
	assert.Equal(t, "غزة", r.Entities[i].Forms[0].Text)
	assert.GreaterOrEqual(t, r.Entities[i].Count, 4)

	un, _ := entityByID(r, "un")
	assert.Equal(t, "الأمم المتحدة", un.Name, "the gazetteer's preferred name")
	trump, _ := entityByID(r, "donald-trump")
	assert.Equal(t, "دونالد ترامب", trump.Name)

	assert.Contains(t, r.Notes.Variants, Spellings{Type: "PERSON", ID: "donald-trump", Canonical: "Donald Trump", Forms: []string{"ترامب", "ترمب"}})
	assert.Contains(t, r.Notes.Variants, Spellings{Type: "NATIONALITY", ID: "nat-us", Canonical: "United States", Forms: []string{"الأمريكية", "الأميركي"}})
	assert.Contains(t, r.Notes.Clitics, CliticNote{Word: "وقطر", Clitics: "و", Name: "قطر", Type: "LOCATION", ID: "qa", Canonical: "Qatar", Count: 1})

	// Stems are spelt as in the text (رئيس, not the normalised رءيس), and
	// the key that groups them is the normalised one.
	require.NotEmpty(t, r.Terms)
	summit, ok := termByForm(r, "القمة")
	require.True(t, ok, "term القمة missing: %v", r.Terms)
	assert.Equal(t, Term{Stem: "قمة", Form: "القمة", Key: "قمه", Count: summit.Count}, summit)
	assert.GreaterOrEqual(t, summit.Count, 5)
	president, ok := termByForm(r, "الرئيس")
	require.True(t, ok, "term الرئيس missing: %v", r.Terms)
	assert.Equal(t, "رئيس", president.Stem)
	assert.Equal(t, "رءيس", president.Key)
	for _, term := range r.Terms {
		assert.NotEqual(t, "غزه", term.Key, "a name among the key terms")
		assert.True(t, term.Stem == term.Key || strings.Contains(term.Form, term.Stem), "stem %q not in form %q", term.Stem, term.Form)
	}
}

func TestSample(t *testing.T) {
	code, out, errOut := runCmd(t, "", "-format", "json")
	require.Equal(t, 0, code, errOut)
	rs := decode(t, out)
	require.Len(t, rs, 1)
	r := rs[0]
	checkReport(t, r, sample)
	checkNoFalsePeople(t, r)
	assert.Equal(t, "sample.txt", r.File)
	assert.Equal(t, "جولة مفاوضات جديدة في إسطنبول بين روسيا وأوكرانيا بوساطة تركية ودعم أمريكي", r.Title)
	checkEntities(t, r, []wantEntity{
		{"vladimir-putin", "PERSON", 2, []string{"بوتين", "فلاديمير بوتين"}},
		{"volodymyr-zelensky", "PERSON", 2, []string{"زيلينسكي", "فولوديمير زيلينسكي"}},
		{"donald-trump", "PERSON", 3, []string{"دونالد ترامب", "ترامب", "ترمب"}},
		{"recep-tayyip-erdogan", "PERSON", 2, []string{"رجب طيب أردوغان", "أردوغان"}},
		{"dmitry-peskov", "PERSON", 2, []string{"دميتري بيسكوف", "بيسكوف"}},
		{"nato", "ORGANIZATION", 1, []string{"حلف شمال الأطلسي"}},
		{"kremlin", "ORGANIZATION", 1, []string{"الكرملين"}},
		{"un", "ORGANIZATION", 1, []string{"لأمم المتحدة"}},
		{"ua", "LOCATION", 4, []string{"أوكرانيا", "اوكرانيا"}},
		{"istanbul-tr", "LOCATION", 3, []string{"إسطنبول"}},
		{"moscow-ru", "LOCATION", 3, []string{"موسكو"}},
		{"nat-us", "NATIONALITY", 3, []string{"الأمريكي", "أميركي"}},
		{"nat-europe", "NATIONALITY", 2, []string{"الأوربية", "الأوروبي"}},
	})
	assert.Contains(t, r.Notes.Variants, Spellings{Type: "PERSON", ID: "donald-trump", Canonical: "Donald Trump", Forms: []string{"ترامب", "ترمب"}})
	assert.Contains(t, r.Notes.Variants, Spellings{Type: "NATIONALITY", ID: "nat-europe", Canonical: "Europe", Forms: []string{"الأوربية", "الأوروبي"}})
	assert.Contains(t, r.Notes.Folded, Spellings{Type: "LOCATION", ID: "ua", Canonical: "Ukraine", Forms: []string{"أوكرانيا", "اوكرانيا"}})
	assert.Contains(t, r.Notes.Clitics, CliticNote{Word: "وبوتين", Clitics: "و", Name: "بوتين", Type: "PERSON", ID: "vladimir-putin", Canonical: "Vladimir Putin", Count: 1})
	assert.Contains(t, r.Notes.Clitics, CliticNote{Word: "للأمم المتحدة", Clitics: "ل", Name: "لأمم المتحدة", Type: "ORGANIZATION", ID: "un", Canonical: "United Nations", Count: 1})

	// وبالمفاوضات-style words count with their bare form: المفاوضات,
	// بالمفاوضات and نجاح المفاوضات make one term.
	i := slices.IndexFunc(r.Terms, func(term Term) bool { return term.Key == "مفاوض" })
	require.GreaterOrEqual(t, i, 0, "term مفاوض missing: %v", r.Terms)
	// مفاوضات joins them too (TestIndefiniteJoinsDefinite).
	term := r.Terms[i]
	assert.Equal(t, Term{Stem: "مفاوض", Form: "المفاوضات", Count: term.Count, Key: "مفاوض"}, term)
	assert.GreaterOrEqual(t, term.Count, 4)
}

// TestElidedArticle checks that a name after the preposition ل, which
// elides its article's alef (للأمم المتحدة), is shown with the alef in the
// text report and its notes, while the JSON keeps the text as written.
func TestElidedArticle(t *testing.T) {
	code, out, errOut := runCmd(t, "") // the sample, which has للأمم المتحدة
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "الأمم المتحدة")
	assert.Contains(t, out, "ل+الأمم المتحدة\n")
	assert.NotRegexp(t, `(^|[^ا])لأمم المتحدة`, out, "the alef is restored everywhere in the text report")

	names := func(id string) []string {
		return map[string][]string{"un": {"الأمم المتحدة"}, "lb": {"لبنان"}}[id]
	}
	for _, tt := range []struct{ clitics, name, id, want string }{
		{"ل", "لأمم المتحدة", "un", "الأمم المتحدة"},
		{"ول", "لأمم المتحدة", "un", "الأمم المتحدة"},
		{"ب", "لأمم المتحدة", "un", "لأمم المتحدة"},     // not after ل
		{"ل", "لبنان", "lb", "لبنان"},                   // للبنان is ل + لبنان
		{"ل", "لجنة الانتخابات", "", "لجنة الانتخابات"}, // no entry to tell which
		{"", "الأمم المتحدة", "un", "الأمم المتحدة"},
	} {
		assert.Equal(t, tt.want, restoreArticle(tt.clitics, tt.name, tt.id, names), "%s+%s", tt.clitics, tt.name)
	}
}

func TestCommonForm(t *testing.T) {
	for _, tt := range []struct {
		words map[string]int
		want  string
	}{
		{map[string]int{"وبالمفاوضات": 2, "المفاوضات": 1, "مفاوضات": 2}, "المفاوضات"},
		{map[string]int{"انتمائه": 1, "وانتمائه": 1}, "انتمائه"}, // a word as written, not انتمائ
		{map[string]int{"الكتاب": 1}, "الكتاب"},
	} {
		assert.Equal(t, tt.want, commonForm(tt.words), "%v", tt.words)
	}
}

func TestWrittenStem(t *testing.T) {
	for _, tt := range []struct{ form, key, want string }{
		{"الرئيس", "رءيس", "رئيس"},
		{"القمة", "قمه", "قمة"},
		{"إعادة", "اعاد", "إعاد"},
		{"قِمّة", "قمه", "قِمّة"},
		{"المسؤولين", "مسءول", "مسؤول"},
		{"كتب", "زيد", "زيد"}, // the key is not in the form
	} {
		assert.Equal(t, tt.want, writtenStem(tt.form, tt.key), "%s %s", tt.form, tt.key)
	}
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
	checkReport(t, rs[0], text)
	assert.Equal(t, "-", rs[0].File)
	assert.Equal(t, "ترامب يلتقي بوتين في ألاسكا", rs[0].Title)
	assert.Equal(t, 3, rs[0].Sentences)
	checkNoFalsePeople(t, rs[0])
	checkEntities(t, rs[0], []wantEntity{
		{"donald-trump", "PERSON", 3, []string{"ترامب", "دونالد ترامب", "ترمب"}},
		{"vladimir-putin", "PERSON", 2, []string{"بوتين", "فلاديمير بوتين"}},
	})
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
		assert.Equal(t, tt.want, invalidUTF8(tt.in), "%q", tt.in)
	}
}

func TestSpellingVariants(t *testing.T) {
	for _, tt := range []struct {
		forms []string
		want  []string // nil: no variants
	}{
		{[]string{"ترامب", "ترمب"}, []string{"ترامب", "ترمب"}},
		{[]string{"دونالد ترامب", "ترمب"}, []string{"ترامب", "ترمب"}},
		{[]string{"فلاديمير بوتين", "بوتين"}, nil}, // a partial mention, not a spelling
		{[]string{"الأمريكية", "الأميركي"}, []string{"الأمريكية", "الأميركي"}},
		{[]string{"الأمريكي", "الأمريكية", "أمريكي"}, nil}, // inflection and article only
		{[]string{"الناتو", "الأطلسي"}, nil},               // two names, not two spellings
		{[]string{"غزة", "عزة"}, []string{"غزة", "عزة"}},
		{[]string{"مصر", "قطر"}, nil}, // too short for two letters to be a spelling
	} {
		e := Entity{Type: "PERSON", ID: "x"}
		for _, f := range tt.forms {
			e.Forms = append(e.Forms, Form{Text: f, Count: 1})
		}
		variants, _ := spellings([]Entity{e})
		if tt.want == nil {
			assert.Empty(t, variants, "%v", tt.forms)
			continue
		}
		if assert.Len(t, variants, 1, "%v", tt.forms) {
			assert.Equal(t, tt.want, variants[0].Forms)
		}
	}
}

func BenchmarkAnalyze(b *testing.B) {
	text, err := os.ReadFile(article)
	require.NoError(b, err)
	x, err := entities.Default()
	require.NoError(b, err)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		analyze(x, "article.txt", string(text), 12)
	}
}

// FuzzAnalyze checks that any valid UTF-8 text gives a consistent report
// and that the command rejects invalid UTF-8 with its offset.
func FuzzAnalyze(f *testing.F) {
	f.Add(sample)
	f.Add("وبوتين، ولترامب «ترمب»\n\nالأمريكي الأميركي")
	f.Add("")
	f.Add("\n\n\n")
	f.Add("ب\xffو")
	x, err := entities.Default()
	require.NoError(f, err)
	f.Fuzz(func(t *testing.T, text string) {
		off := invalidUTF8(text)
		if off >= 0 {
			assert.False(t, utf8.ValidString(text))
			assert.False(t, utf8.ValidString(text[off:off+1]))
			assert.True(t, utf8.ValidString(text[:off]))
			return
		}
		checkReport(t, *analyze(x, "fuzz", text, 12), text)
	})
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

// TestTitle checks the title of texts with and without line breaks: a
// text on one line is not its own title.
func TestTitle(t *testing.T) {
	long := strings.Repeat("كلمة ", 300)
	for _, tt := range []struct{ in, want string }{
		{"", ""},
		{" \n\t\n", ""},
		{"\uFEFFعنوان الخبر\r\nالنص", "عنوان الخبر"},
		{"\n  ١٢٣ ...\nنص", "١٢٣ ..."},
		{long, strings.Repeat("كلمة ", maxTitle/5-1) + "كلمة …"},
		{strings.Repeat("ب", 500), strings.Repeat("ب", maxTitle) + " …"},
	} {
		assert.Equal(t, tt.want, title(tt.in), "%.40q", tt.in)
	}
}

// TestIndefiniteJoinsDefinite checks that a word without the article
// counts with its form with the article, which Snowball stems apart
// (دراسة → دراس, الدراسة → دراسه), and that a word whose form with the
// article is not in the text keeps its own term.
func TestIndefiniteJoinsDefinite(t *testing.T) {
	x, err := entities.Default()
	require.NoError(t, err)
	text := "نشرت الدراسة نتائج. وقالت دراسة أخرى إن الدراسة مهمة. وأقر القانون بعد نقاش القانون وقانون آخر. وجاءت دراسة ثالثة. صدر تقرير وتقرير."
	r := analyze(x, "t.txt", text, 20)
	study, ok := termByForm(*r, "الدراسة")
	require.True(t, ok, "%v", r.Terms)
	assert.Equal(t, 4, study.Count, "الدراسة ×2 and دراسة ×2")
	law, ok := termByForm(*r, "القانون")
	require.True(t, ok, "%v", r.Terms)
	assert.Equal(t, 3, law.Count, "القانون ×2 and وقانون")
	report, ok := termByForm(*r, "تقرير")
	require.True(t, ok, "%v", r.Terms)
	assert.Equal(t, 2, report.Count)
	for _, term := range r.Terms {
		assert.NotEqual(t, "دراس", term.Key, "دراسة left in a term of its own")
	}
}
