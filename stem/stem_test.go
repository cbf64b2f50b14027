// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package stem_test

import (
	"testing"
	"unicode/utf8"

	"github.com/qalam-nlp/qalam/stem"
	"github.com/qalam-nlp/qalam/stem/snowball"
)

func TestScriptOf(t *testing.T) {
	tests := []struct {
		word string
		want stem.Script
	}{
		{"", stem.Other},
		{"كتاب", stem.Arabic},
		{"Tunisia", stem.Latin},
		{"l'Aube", stem.Latin},
		{"COVID-19", stem.Latin},
		{"Dès", stem.Latin},
		{"e\u0301t\u00e9", stem.Latin}, // combining acute
		{"don’t", stem.Latin},
		{"2017", stem.Other},
		{"١٢٣", stem.Arabic}, // Arabic-Indic digits are in the Arabic block
		{"\uFEFB", stem.Arabic},
		{"تونسBURAK", stem.Arabic},
		{"(DW)", stem.Other},
		{"Москва", stem.Other},
		{"3.5", stem.Other},
		{"-", stem.Other},
		{"a\xff", stem.Other},
		{"\xff\xd8\xa8", stem.Arabic},
	}
	for _, tt := range tests {
		if got := stem.ScriptOf(tt.word); got != tt.want {
			t.Errorf("ScriptOf(%q) = %v, want %v", tt.word, got, tt.want)
		}
		if got := stem.ScriptOf([]byte(tt.word)); got != tt.want {
			t.Errorf("ScriptOf([]byte(%q)) = %v, want %v", tt.word, got, tt.want)
		}
	}
}

func TestLatin(t *testing.T) {
	english, err := stem.NewLatin("english")
	if err != nil {
		t.Fatal(err)
	}
	french, err := stem.NewLatin("French")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		s          *stem.LatinStemmer
		word, want string
	}{
		{english, "running", "run"},
		{english, "Elections", "elect"},
		{english, "Tunisia", "tunisia"},
		{english, "having", "have"}, // stop words are stemmed too
		{english, "2017", "2017"},
		{english, "بوتين", "بوتين"},
		{english, "(DW)", "(DW)"},
		{english, "", ""},
		{french, "continuellement", "continuel"},
		{french, "Présidentielles", "présidentiel"},
	}
	for _, tt := range tests {
		if got := tt.s.Stem(tt.word); got != tt.want {
			t.Errorf("%s Stem(%q) = %q, want %q", tt.s.Language(), tt.word, got, tt.want)
		}
		if got := string(tt.s.AppendStem([]byte("x"), []byte(tt.word))); got != "x"+tt.want {
			t.Errorf("%s AppendStem(x, %q) = %q, want %q", tt.s.Language(), tt.word, got, "x"+tt.want)
		}
	}
	if _, err := stem.NewLatin("klingon"); err == nil {
		t.Error("NewLatin(klingon) gave no error")
	}
	for _, lang := range stem.LatinLanguages {
		if _, err := stem.NewLatin(lang); err != nil {
			t.Errorf("NewLatin(%q): %v", lang, err)
		}
	}
}

func TestMixed(t *testing.T) {
	english, err := stem.NewLatin("english")
	if err != nil {
		t.Fatal(err)
	}
	m := stem.Mixed{Arabic: new(snowball.Stemmer), Latin: english}
	tests := []struct{ word, want string }{
		{"المكتبات", "مكتب"},
		{"بوتين", "وتين"},
		{"Elections", "elect"},
		{"١٢٣", "123"}, // Arabic-Indic digits go to the Arabic stemmer
		{"2017", "2017"},
		{"«", "«"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := m.Stem(tt.word); got != tt.want {
			t.Errorf("Mixed.Stem(%q) = %q, want %q", tt.word, got, tt.want)
		}
		if got := string(stem.Append(m, nil, []byte(tt.word))); got != tt.want {
			t.Errorf("Append(Mixed, %q) = %q, want %q", tt.word, got, tt.want)
		}
	}
	if got := (stem.Mixed{}).Stem("المكتبات"); got != "المكتبات" {
		t.Errorf("Mixed with no stemmers changed a word: %q", got)
	}
}

// upper is a Stemmer without AppendStem, to test Append's fallback.
type upper struct{}

func (upper) Stem(word string) string { return word + "!" }

func TestAppendFallback(t *testing.T) {
	if got := string(stem.Append(upper{}, []byte("a "), []byte("b"))); got != "a b!" {
		t.Errorf("Append = %q, want %q", got, "a b!")
	}
}

func FuzzMixed(f *testing.F) {
	for _, s := range []string{"المكتبات", "Elections", "l'Aube", "COVID-19", "2017", "\xff", "e\u0301", "'-'", "ß"} {
		f.Add(s)
	}
	english, err := stem.NewLatin("english")
	if err != nil {
		f.Fatal(err)
	}
	m := stem.Mixed{Arabic: new(snowball.Stemmer), Latin: english}
	f.Fuzz(func(t *testing.T, word string) {
		got := m.Stem(word)
		if again := m.Stem(word); again != got {
			t.Fatalf("Stem(%q) gave %q then %q", word, got, again)
		}
		if appended := string(m.AppendStem([]byte("p"), []byte(word))); appended != "p"+got {
			t.Fatalf("AppendStem(p, %q) = %q, want %q", word, appended, "p"+got)
		}
		if utf8.ValidString(word) && !utf8.ValidString(got) {
			t.Fatalf("Stem(%q) = %q, not valid UTF-8", word, got)
		}
		if stem.ScriptOf(word) == stem.Other && got != word {
			t.Fatalf("Stem(%q) = %q, but words of no script come back unchanged", word, got)
		}
	})
}
