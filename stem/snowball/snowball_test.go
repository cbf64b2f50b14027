// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package snowball

import (
	"bufio"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/qalam-nlp/qalam/internal/shared"
	"github.com/qalam-nlp/qalam/stem/internal/stemtest"
)

// TestReference stems every word of the sample of the reference list made
// with libstemmer 2.2.0 (stemwords -l arabic) in testdata, which every
// clone has, and expects its stem.
func TestReference(t *testing.T) {
	checkReference(t, "testdata/reference-sample.tsv", 4000)
}

// TestReferenceFull does the same with the whole list, in ../shared.
func TestReferenceFull(t *testing.T) {
	checkReference(t, shared.Path(t, "stem/snowball-arabic-2.2.0.tsv"), 85795)
}

// checkReference stems every word of a reference file of rows
// "word<TAB>stem" ('#' begins a comment line), which must hold rows rows.
func checkReference(t *testing.T, path string, rows int) {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var s Stemmer
	sc := bufio.NewScanner(f)
	n, wrong := 0, 0
	for sc.Scan() {
		if strings.HasPrefix(sc.Text(), "#") {
			continue
		}
		word, want, ok := strings.Cut(sc.Text(), "\t")
		if !ok {
			t.Fatalf("%s: row %d: no tab", path, n+1)
		}
		n++
		if got := s.Stem(word); got != want {
			wrong++
			if wrong <= 20 {
				t.Errorf("Stem(%q) = %q, want %q", word, got, want)
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if n != rows {
		t.Fatalf("%s: read %d rows, want %d", path, n, rows)
	}
	t.Logf("%d of %d reference stems match", n-wrong, n)
}

// The expected stems below are what stemwords -l arabic (libstemmer 2.2.0)
// gives.
var stemTests = []stemtest.Case{
	{"", ""},
	{"بوتين", "وتين"}, // the over-stemming users complain about: ب read as a preposition
	{"وبوتين", "بوت"}, // و goes, then ين as a verb ending
	{"المهيمن", "مهيم"},
	{"الكتاب", "كتاب"},
	{"والكتاب", "والكتاب"}, // Prefix_Step2 spares و before ا, so ال stays too
	{"بالكتاب", "كتاب"},
	{"كالكتاب", "كتاب"},
	{"للكتاب", "كتاب"},
	{"مكتبات", "مكتبا"}, // may be a verb: ت goes as a verb ending
	{"المعلمون", "معلم"},
	{"سيكتبون", "يكتب"},
	{"يستخدمون", "استخدم"},
	{"فتحت", "فتح"},
	{"أأكل", "اكل"},
	{"أمريكيين", "امريكي"},
	{"على", "علي"}, // final alef maqsura
	{"مستشفى", "مستشفي"},
	{"سماء", "سماء"},
	{"أ", "ء"},   // a lone hamza form ends the word
	{"ب", "ب"},   // one letter
	{"ال", "ال"}, // two letters: Checks1 needs more
	{"بي", "بي"},
	{"ه", "ه"},
	{"كُتُبٌ", "كتب"},                    // harakat
	{"كتـــاب", "كتاب"},                  // tatweel
	{"\uFEDB\uFE98\uFE8E\uFE8F", "كتاب"}, // presentation forms
	{"\uFEFB\uFECB\uFE90", "لاعب"},       // lam-alef ligature
	{"١٢٣", "123"},
	{"2017", "2017"},
	{"book", "book"},
	{"تونسburak", "تونسburak"},
	{"الو", "الو"},
	{"\xff\xd8", "\xff\xd8"}, // invalid UTF-8 passes through
}

// funcs returns the package's entry points, with a Stemmer of its own,
// for the checks in stemtest.
func funcs() stemtest.Funcs {
	return stemtest.Funcs{Stem: Stem, AppendStem: AppendStem, Stemmer: new(Stemmer)}
}

func TestStem(t *testing.T) { stemtest.Check(t, funcs(), stemTests) }

func TestPresentationFormsComplete(t *testing.T) {
	for i, letters := range presentationBase {
		if letters == "" {
			t.Errorf("U+%04X has no letters", presentationFirst+i)
		}
		if !utf8.ValidString(letters) {
			t.Errorf("U+%04X maps to invalid UTF-8", presentationFirst+i)
		}
	}
}

func TestAppendStemAllocs(t *testing.T) {
	var s Stemmer
	word := []byte("والمكتبات")
	dst := make([]byte, 0, 64)
	s.AppendStem(dst, word) // grow the buffer once
	if n := testing.AllocsPerRun(100, func() { s.AppendStem(dst[:0], word) }); n != 0 {
		t.Errorf("AppendStem allocates %v times a word, want 0", n)
	}
}

// TestConcurrentStem runs the package-level functions from several
// goroutines (meant for -race).
func TestConcurrentStem(t *testing.T) { stemtest.Concurrent(t, funcs(), stemTests) }
