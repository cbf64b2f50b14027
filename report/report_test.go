// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package report

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/qalam-nlp/qalam/entities"
	"github.com/qalam-nlp/qalam/internal/shared"
	"github.com/qalam-nlp/qalam/tokenize/clitics"
)

const (
	articleFile = "../testdata/article.txt"
	sampleFile  = "../examples/analyze/sample.txt"
)

// extractor returns the default extractor, built once for all tests.
var extractor = sync.OnceValue(func() *entities.Extractor {
	x, err := entities.Default()
	if err != nil {
		panic(err)
	}
	return x
})

// newReport reads file and returns its report, as it is after a trip
// through its JSON form (which drops the fields that only a reader sees).
func newReport(t *testing.T, file string, opts ...Option) (Report, string) {
	t.Helper()
	text, err := os.ReadFile(file)
	require.NoError(t, err)
	r := New(extractor(), file, string(text), opts...)
	data, err := json.Marshal(r)
	require.NoError(t, err)
	var back Report
	require.NoError(t, json.Unmarshal(data, &back))
	return back, string(text)
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
	r, text := newReport(t, articleFile)
	checkReport(t, r, text)
	checkNoFalsePeople(t, r)
	assert.Equal(t, articleFile, r.File)
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
	r, text := newReport(t, sampleFile)
	checkReport(t, r, text)
	checkNoFalsePeople(t, r)
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
// elides its article's alef (للأمم المتحدة), is shown with the alef
// (Form.Name, CliticNote.Shown), while Text and the JSON keep the text as
// written.
func TestElidedArticle(t *testing.T) {
	text, err := os.ReadFile(sampleFile) // it has للأمم المتحدة
	require.NoError(t, err)
	r := New(extractor(), "sample.txt", string(text))
	un, ok := entityByID(r, "un")
	require.True(t, ok)
	i := slices.IndexFunc(un.Forms, func(f Form) bool { return f.Text == "لأمم المتحدة" })
	require.GreaterOrEqual(t, i, 0, "%v", un.Forms)
	assert.Equal(t, "الأمم المتحدة", un.Forms[i].Name)
	i = slices.IndexFunc(r.Notes.Clitics, func(c CliticNote) bool { return c.ID == "un" })
	require.GreaterOrEqual(t, i, 0, "%v", r.Notes.Clitics)
	assert.Equal(t, "الأمم المتحدة", r.Notes.Clitics[i].Shown)
	assert.Equal(t, "لأمم المتحدة", r.Notes.Clitics[i].Name)

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
		forms := make(map[string]int)
		var segs []clitics.Segment
		for w, n := range tt.words {
			start, end := formSpan(w, &segs)
			forms[w[start:end]] += n
		}
		assert.Equal(t, tt.want, commonForm(forms), "%v", tt.words)
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

func TestShortArticle(t *testing.T) {
	text := "ترامب يلتقي بوتين في ألاسكا\n\nالتقى الرئيس الأمريكي دونالد ترامب نظيره الروسي فلاديمير بوتين. وقال ترمب إن اللقاء كان مثمرا.\n"
	rs := []Report{New(extractor(), "-", text)}
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

func BenchmarkNew(b *testing.B) {
	text, err := os.ReadFile(articleFile)
	require.NoError(b, err)
	x := extractor()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		New(x, "article.txt", string(text))
	}
}

// FuzzNew checks that any text, valid UTF-8 or not, gives a consistent
// report.
func FuzzNew(f *testing.F) {
	sample, err := os.ReadFile(sampleFile)
	require.NoError(f, err)
	f.Add(string(sample))
	f.Add("وبوتين، ولترامب «ترمب»\n\nالأمريكي الأميركي")
	f.Add("")
	f.Add("\n\n\n")
	f.Add("ب\xffو")
	x := extractor()
	f.Fuzz(func(t *testing.T, text string) {
		r := New(x, "fuzz", text)
		checkReport(t, r, text)
		assert.LessOrEqual(t, len(r.Terms), DefaultTerms)
		assert.True(t, strings.Contains(text, strings.TrimSuffix(r.Title, " …")), "title %q", r.Title)
	})
}

// TestTitle checks the headline found in texts of several shapes: a title
// line over the body, a by-line and a syndication note over the headline,
// page furniture, a text of body paragraphs alone, a text on one line.
func TestTitle(t *testing.T) {
	long := strings.Repeat("كلمة ", 300)
	for _, tt := range []struct{ name, in, want string }{
		{"empty", "", ""},
		{"blank", " \n\t\n", ""},
		{"title then body", "عنوان الخبر الأول\n\nقال المتحدث إن الاجتماع انتهى. وأضاف أن الوفد غادر.\n", "عنوان الخبر الأول"},
		{"no blank line after it", "\uFEFFعنوان الخبر\r\nالنص", "عنوان الخبر"},
		{"title line then body line", "عنوان الخبر الأول\nقال المتحدث إن الاجتماع انتهى أمس في العاصمة.\n", "عنوان الخبر الأول"},
		{"by-line and syndication note first",
			"مجلس التحرير: مجموعة من المحررين\nالموقع عضو في\nاتحاد الصحفيين\n\nالوزير يعلن خطة جديدة للنقل العام\n\nنشر\nالوزير\n\nأعلن وزير النقل اليوم خطة جديدة. وقال إنها تبدأ العام المقبل.\n",
			"الوزير يعلن خطة جديدة للنقل العام"},
		{"by-line with كتب", "كتب: سامي يوسف\n\nارتفاع أسعار الخبز في الأسواق\n\nارتفعت أسعار الخبز هذا الأسبوع في معظم الأسواق.\n", "ارتفاع أسعار الخبز في الأسواق"},
		{"label with colon", "المصدر: وكالة الأنباء\n\nانطلاق موسم الحصاد في الجنوب\n\nانطلق موسم الحصاد.\n", "انطلاق موسم الحصاد في الجنوب"},
		{"a headline that begins like a label", "نشر قوات إضافية في العاصمة\n\nقررت الحكومة نشر قوات إضافية في العاصمة لحفظ الأمن.\n", "نشر قوات إضافية في العاصمة"},
		{"headline with a colon inside", "اليمن: عشرات القتلى في غارات جوية\n\nقتل عشرات الأشخاص في غارات جوية.\n", "اليمن: عشرات القتلى في غارات جوية"},
		{"headline with an ellipsis", "الصماد.. المطلوب رقم 2\n\nوجه مصرع القيادي ضربة موجعة للحركة في اليمن.\n", "الصماد.. المطلوب رقم 2"},
		{"question", "هل تنجح المفاوضات هذه المرة؟\n\nتبدأ المفاوضات غدا في جنيف بين الطرفين.\n", "هل تنجح المفاوضات هذه المرة؟"},
		{"body paragraphs alone", "أعلن الرئيس اليوم أن الحكومة ستقدم خطة جديدة للإصلاح الاقتصادي خلال الأسابيع المقبلة بعد مشاورات طويلة مع الأحزاب والنقابات والخبراء في البلاد. وأضاف أن الخطة تشمل الضرائب.\n\nوقال وزير المالية إن الخطة جاهزة.\n",
			"أعلن الرئيس اليوم أن الحكومة ستقدم خطة جديدة للإصلاح الاقتصادي خلال الأسابيع المقبلة بعد مشاورات طويلة مع الأحزاب والنقابات والخبراء في البلاد."},
		{"one word title", "عنوان 7\nالتقى الوزيران في موسكو. وبحثا التعاون.\n", "عنوان 7"},
		{"number", "\n  ١٢٣ ...\nنص", "١٢٣ ..."},
		{"one long line", long, strings.Repeat("كلمة ", maxTitle/5-1) + "كلمة …"},
		{"one long word", strings.Repeat("ب", 500), strings.Repeat("ب", maxTitle) + " …"},
	} {
		assert.Equal(t, tt.want, Title(tt.in), tt.name)
	}
}

func TestShorten(t *testing.T) {
	for _, tt := range []struct {
		in   string
		max  int
		want string
	}{
		{"", 5, ""},
		{"abc", 3, "abc"},
		{"abcd", 3, "abc …"},
		{"ab cd ef", 6, "ab cd …"},
		{"ab cd ef", 5, "ab …"},
		{"ab   cd", 4, "ab …"},
		{" abcdef", 3, " ab …"},
		{"كلمة كلمة كلمة", 7, "كلمة …"},
		{"بببب", 2, "بب …"},
	} {
		if got := shorten(tt.in, tt.max); got != tt.want {
			t.Errorf("shorten(%q, %d) = %q, want %q", tt.in, tt.max, got, tt.want)
		}
	}
}

// TestTitleOfCorpus checks the headline of the seed article, which opens
// with a by-line and a syndication note, and that every article of the
// corpus folder and every titled text of the recent news set (title line,
// blank line, body) is titled by its first line.
func TestTitleOfCorpus(t *testing.T) {
	seed := shared.ReadFile(t, "corpus/seed-article.txt")
	assert.Equal(t, "بوتين يوافق على الشروع في محادثات بشأن حرب أوكرانيا", Title(string(seed)))
	for _, pattern := range []string{"corpus/articles/*.txt", "ner/recent-dev/[A-Z][A-Z]-*.txt"} {
		files, err := filepath.Glob(filepath.Join(filepath.Dir(shared.Path(t, "corpus/seed-article.txt")), "..", pattern))
		require.NoError(t, err)
		require.NotEmpty(t, files, pattern)
		for _, file := range files {
			text, err := os.ReadFile(file)
			require.NoError(t, err)
			first, _, _ := strings.Cut(string(text), "\n")
			assert.Equal(t, strings.TrimSpace(first), Title(string(text)), file)
		}
	}
}

// TestTermKeys checks what the key terms group: a word with and without
// the article (which Snowball stems apart: دراسة → دراس, الدراسة → دراسه),
// the feminine and the plurals, and not the words that Snowball and the
// light stemmer merge by taking a first و for a clitic (وزير → زير).
func TestTermKeys(t *testing.T) {
	x := extractor()
	text := "نشرت الدراسة نتائج. وقالت دراسة أخرى إن الدراسة مهمة. وأقر القانون بعد نقاش القانون وقانون آخر. " +
		"وجاءت دراسة ثالثة. صدر تقرير وتقرير. وقال الوزير إن وزير المالية والوزيرة وضعا الزير في الظل، وانكسر الزير."
	r := New(x, "t.txt", text, MaxTerms(20))
	for _, tt := range []struct {
		form, key string
		count     int
	}{
		{"الدراسة", "دراس", 4},  // الدراسة ×2, دراسة ×2
		{"القانون", "قانون", 3}, // القانون ×2, وقانون
		{"تقرير", "تقرير", 2},
		{"الوزير", "وزير", 3}, // الوزير, وزير, والوزيرة
		{"الزير", "زير", 2},
	} {
		term, ok := termByForm(r, tt.form)
		if assert.True(t, ok, "%s: %v", tt.form, r.Terms) {
			assert.Equal(t, tt.key, term.Key, tt.form)
			assert.Equal(t, tt.count, term.Count, tt.form)
		}
	}
	for _, tt := range []struct{ word, key string }{
		{"المفاوضات", "مفاوض"}, {"مفاوضات", "مفاوض"}, {"الأمريكية", "امريكي"}, {"الأمريكيون", "امريكي"},
		{"المسلمين", "مسلم"}, {"الطرفان", "طرفان"}, {"وزير", "وزير"}, {"الرئيس", "رءيس"}, {"القمة", "قمه"},
		{"يوم", "يوم"}, {"دين", "دين"}, {"سنة", "سنه"},
	} {
		var term string
		for tm := range termAnalyzer.Terms(tt.word) {
			term = string(tm.Term)
		}
		assert.Equal(t, tt.key, term, tt.word)
	}
}
