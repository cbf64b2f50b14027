// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package searchindex

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/lang/ar"
	"github.com/blevesearch/bleve/v2/registry"

	"github.com/qalam-nlp/qalam/entities"
	"github.com/qalam-nlp/qalam/stem/light"
	"github.com/qalam-nlp/qalam/stem/snowball"
	"github.com/qalam-nlp/qalam/tokenize"
	"github.com/qalam-nlp/qalam/tokenize/clitics"
)

// The project-written articles of testdata/, by file name: talks.txt
// (المفاوضات، موسكو، وكييف، مسؤول، 2025, Trump as ترامب), hospital.txt
// (المستشفى, Trump as ترمب), oil.txt (الإنتاج, Trump as دونالد ترامب) and
// power.txt (كييف, no Trump).
var testArticles = []string{"talks.txt", "hospital.txt", "oil.txt", "power.txt"}

// buildIndex indexes the test articles on disk in a temporary folder, with
// the text fields analysed by analyzer.
func buildIndex(t *testing.T, analyzer string) bleve.Index {
	t.Helper()
	x, err := entities.Default()
	if err != nil {
		t.Fatal(err)
	}
	idx, err := bleve.New(filepath.Join(t.TempDir(), analyzer+".bleve"), newIndexMapping(analyzer))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { idx.Close() })
	b := idx.NewBatch()
	for _, name := range testArticles {
		text, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		if err := b.Index(name, NewArticle(x, name, string(text))); err != nil {
			t.Fatal(err)
		}
	}
	if err := idx.Batch(b); err != nil {
		t.Fatal(err)
	}
	return idx
}

// search returns the ids of the articles whose text matches query,
// sorted.
func search(t *testing.T, idx bleve.Index, query string) []string {
	t.Helper()
	q := bleve.NewMatchQuery(query)
	q.SetField(FieldText)
	res, err := idx.Search(bleve.NewSearchRequest(q))
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, h := range res.Hits {
		ids = append(ids, h.ID)
	}
	slices.Sort(ids)
	return ids
}

// TestQalamFindsWhatBleveMisses queries an index analysed with qalam_ar
// and one analysed with bleve's own "ar" analyzer, both built on disk from
// the same articles, with words spelt otherwise than in the articles.
func TestQalamFindsWhatBleveMisses(t *testing.T) {
	qalam := buildIndex(t, AnalyzerName)
	bleveAr := buildIndex(t, ar.AnalyzerName)
	for _, tt := range []struct {
		why, query string
		qalam      []string
		bleve      []string // what bleve's ar analyzer finds
	}{
		// The articles' own spellings: both find them (the indexes work).
		{"as written", "المفاوضات", []string{"talks.txt"}, []string{"talks.txt"}},
		{"as written", "الإنتاج", []string{"oil.txt"}, []string{"oil.txt"}},
		// Lucene's normaliser folds أ/ا, ى/ي, ة/ه and the harakat: both find these.
		{"harakat and ى", "المُسْتَشفَى", []string{"hospital.txt"}, []string{"hospital.txt"}},
		{"hamza on alef", "الانتاج", []string{"oil.txt"}, []string{"oil.txt"}},
		// What only qalam finds.
		{"clitic chain و+ب+ال", "وبالمفاوضات", []string{"talks.txt"}, nil},
		{"clitics and أ/ا", "وبالانتاج", []string{"oil.txt"}, nil},
		{"bare ب", "بموسكو", []string{"talks.txt"}, nil},
		{"ف+ل+ال", "فللمستشفى", []string{"hospital.txt"}, nil},
		{"hamza seat ئ for ؤ", "مسئول", []string{"talks.txt"}, nil},
		{"alef wasla", "ٱلمفاوضات", []string{"talks.txt"}, nil},
		{"Persian keyboard ک ی", "کییف", []string{"power.txt", "talks.txt"}, nil},
		{"Arabic-Indic digits", "٢٠٢٥", []string{"talks.txt"}, nil},
	} {
		if got := search(t, qalam, tt.query); !slices.Equal(got, tt.qalam) {
			t.Errorf("%s: qalam_ar finds %q in %v, want %v", tt.why, tt.query, got, tt.qalam)
		}
		if got := search(t, bleveAr, tt.query); !slices.Equal(got, tt.bleve) {
			t.Errorf("%s: bleve ar finds %q in %v, want %v", tt.why, tt.query, got, tt.bleve)
		}
	}
}

// TestPersonFacet shows the entity facets: the analyzers see ترامب and
// ترمب as two words, but the persons field holds one id for both.
func TestPersonFacet(t *testing.T) {
	idx := buildIndex(t, AnalyzerName)

	// A text query for one spelling misses the article with the other.
	if got, want := search(t, idx, "ترامب"), []string{"oil.txt", "talks.txt"}; !slices.Equal(got, want) {
		t.Errorf("ترامب found in %v, want %v", got, want)
	}
	bleveAr := buildIndex(t, ar.AnalyzerName)
	if got, want := search(t, bleveAr, "ترامب"), []string{"oil.txt", "talks.txt"}; !slices.Equal(got, want) {
		t.Errorf("bleve ar: ترامب found in %v, want %v", got, want)
	}

	// The facet counts every article that mentions him, however spelt.
	req := bleve.NewSearchRequest(bleve.NewMatchAllQuery())
	req.AddFacet(FieldPersons, bleve.NewFacetRequest(FieldPersons, 10))
	req.AddFacet(FieldPlaces, bleve.NewFacetRequest(FieldPlaces, 20))
	res, err := idx.Search(req)
	if err != nil {
		t.Fatal(err)
	}
	counts := func(field string) map[string]int {
		m := make(map[string]int)
		for _, tf := range res.Facets[field].Terms.Terms() {
			m[tf.Term] = tf.Count
		}
		return m
	}
	persons := counts(FieldPersons)
	if persons["donald-trump"] != 3 {
		t.Errorf("persons facet: donald-trump in %d articles, want 3 (%v)", persons["donald-trump"], persons)
	}
	if persons["vladimir-putin"] != 1 || persons["volodymyr-zelensky"] != 1 {
		t.Errorf("persons facet: %v", persons)
	}
	if places := counts(FieldPlaces); places["kyiv-ua"] != 2 || places["gaza-ps"] != 1 {
		t.Errorf("places facet: %v", places)
	}

	// Filtering on the id finds all three.
	q := bleve.NewTermQuery("donald-trump")
	q.SetField(FieldPersons)
	res, err = idx.Search(bleve.NewSearchRequest(q))
	if err != nil {
		t.Fatal(err)
	}
	if res.Total != 3 {
		t.Errorf("persons:donald-trump matches %d articles, want 3", res.Total)
	}
}

func TestRegistered(t *testing.T) {
	a, err := registry.NewCache().AnalyzerNamed(AnalyzerName)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := a.(*Analyzer); !ok {
		t.Fatalf("registry gives %T for %s", a, AnalyzerName)
	}
}

func TestAnalyze(t *testing.T) {
	input := "وبالمفاوضات في مُوسكو ٢٠٢٥ Talks"
	type tok struct {
		term       string
		start, end int
		pos        int
	}
	var got []tok
	for _, tk := range NewAnalyzer().Analyze([]byte(input)) {
		got = append(got, tok{string(tk.Term), tk.Start, tk.End, tk.Position})
	}
	want := []tok{
		{"مفاوض", 0, 22, 1},
		// في is a stopword: position 2 is left empty.
		{"موسكو", 28, 40, 3},
		{"2025", 41, 49, 4},
		{"talk", 50, 55, 5},
	}
	if !slices.Equal(got, want) {
		t.Errorf("Analyze(%q)\n got %v\nwant %v", input, got, want)
	}
	if n := len(NewAnalyzer().Analyze(nil)); n != 0 {
		t.Errorf("Analyze(nil) gives %d tokens", n)
	}
}

// TestStemmerChoice measures the choice of the light stemmer over Snowball
// Arabic, and of splitting the article, for qalam_ar: how many inflected
// and cliticised forms of a word get the term of its first form. The
// figures are exact so that a change in the stemmers or the segmenter
// shows here and the choice is made again.
func TestStemmerChoice(t *testing.T) {
	groups := [][]string{
		{"المفاوضات", "مفاوضات", "وبالمفاوضات", "للمفاوضات", "مفاوضاتها", "والمفاوضات"},
		{"الرئيس", "رئيس", "ورئيس", "رئيسها", "للرئيس", "والرئيس", "برئيس"},
		{"المعلمون", "المعلمين", "معلمون", "معلمين", "للمعلمين", "المعلمة", "المعلمات"},
		{"الحكومة", "حكومة", "حكومته", "للحكومة", "وبالحكومة", "حكومات", "الحكومات"},
		{"اللاجئين", "لاجئون", "اللاجئون", "لاجئين", "واللاجئين"},
		{"يعلن", "أعلن", "أعلنت", "يعلنون", "سيعلن", "وأعلن"},
		{"موسكو", "بموسكو", "لموسكو", "وموسكو", "فموسكو"},
		{"كتاب", "الكتاب", "كتابه", "كتابها", "بكتابه", "وكتابهم"},
		{"اتفاق", "الاتفاق", "اتفاقا", "باتفاق", "اتفاقات", "اتفاقية"},
		{"مدينة", "المدينة", "مدينته", "بالمدينة", "المدن"},
	}
	chain := func(seg *clitics.Segmenter, stem func(dst, word []byte) []byte) *tokenize.Analyzer {
		return &tokenize.Analyzer{Clitics: seg, AppendStem: stem}
	}
	term := func(a *tokenize.Analyzer, w string) string {
		for tm := range a.Terms(w) {
			return string(tm.Term)
		}
		return ""
	}
	joined := func(a *tokenize.Analyzer) int {
		n := 0
		for _, g := range groups {
			first := term(a, g[0])
			for _, w := range g[1:] {
				if term(a, w) == first {
					n++
				}
			}
		}
		return n
	}
	for _, tt := range []struct {
		name string
		a    *tokenize.Analyzer
		want int
	}{
		{"light, article split (qalam_ar)", &NewAnalyzer().terms, 42},
		{"Snowball, article split", chain(clitics.New(clitics.SplitArticle), snowball.AppendStem), 41},
		{"light, article kept", chain(clitics.Default, light.AppendStem), 38},
		{"Snowball, article kept", chain(clitics.Default, snowball.AppendStem), 31},
	} {
		if got := joined(tt.a); got != tt.want {
			t.Errorf("%s: %d of 50 forms get the term of their first form, want %d", tt.name, got, tt.want)
		}
	}
}

func BenchmarkAnalyze(b *testing.B) {
	text, err := os.ReadFile("../../testdata/article.txt")
	if err != nil {
		b.Fatal(err)
	}
	for _, name := range []string{AnalyzerName, ar.AnalyzerName} {
		b.Run(name, func(b *testing.B) {
			a, err := registry.NewCache().AnalyzerNamed(name)
			if err != nil {
				b.Fatal(err)
			}
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				a.Analyze(text)
			}
		})
	}
}

// FuzzAnalyze checks that any input gives tokens whose offsets lie in the
// input, in order, with rising positions and non-empty terms.
func FuzzAnalyze(f *testing.F) {
	f.Add("وبالمفاوضات في مُوسكو ٢٠٢٥ Talks")
	f.Add("")
	f.Add("ب\xffو ﻻ")
	a := NewAnalyzer()
	f.Fuzz(func(t *testing.T, text string) {
		lastPos, lastStart := 0, 0
		for _, tk := range a.Analyze([]byte(text)) {
			if tk.Start < lastStart || tk.Start >= tk.End || tk.End > len(text) {
				t.Fatalf("offsets %d-%d after %d in %d bytes", tk.Start, tk.End, lastStart, len(text))
			}
			if tk.Position <= lastPos {
				t.Fatalf("position %d after %d", tk.Position, lastPos)
			}
			if len(tk.Term) == 0 {
				t.Fatalf("empty term at %d-%d", tk.Start, tk.End)
			}
			lastPos, lastStart = tk.Position, tk.Start
		}
	})
}

// TestTitle checks that the title is the headline (package report tests
// more shapes): a by-line is passed over, a text on one line is not its
// own title.
func TestTitle(t *testing.T) {
	x, err := entities.Default()
	if err != nil {
		t.Fatal(err)
	}
	long := strings.Repeat("كلمة ", 300)
	for _, tt := range []struct{ in, want string }{
		{"", ""},
		{" \n\t\n", ""},
		{"\uFEFFعنوان الخبر\r\nالنص", "عنوان الخبر"},
		{"كتب: سامي يوسف\n\nارتفاع أسعار الخبز في الأسواق\n\nارتفعت الأسعار هذا الأسبوع.\n", "ارتفاع أسعار الخبز في الأسواق"},
		{long, strings.Repeat("كلمة ", 200/5-1) + "كلمة …"},
		{strings.Repeat("ب", 500), strings.Repeat("ب", 200) + " …"},
	} {
		if got := NewArticle(x, "a.txt", tt.in).Title; got != tt.want {
			t.Errorf("title of %.40q = %.60q, want %.60q", tt.in, got, tt.want)
		}
	}
}
