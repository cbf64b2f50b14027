// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package tokenize

import (
	"slices"
	"strings"
	"sync"
	"testing"
)

func TestStopwords(t *testing.T) {
	tests := []struct {
		word string
		want bool
	}{
		{"في", true},
		{"وفي", true},
		{"بها", true},
		{"عنه", true},
		{"لهم", true},
		{"أن", true},
		{"ان", true},
		{"إن", true},
		{"هذه", true},
		{"هذة", true},
		{"الذى", true},
		{"فِي", true},
		{"قال", true},
		{"وأضاف", true},
		{"أكدت", true},
		{"على", true},
		{"عَلَى", true},
		{"إلى", true},
		{"الى", true},
		{"علي", false}, // the name Ali
		{"آلي", false}, // automatic
		{"إثر", true},
		{"أثر", false}, // impact
		{"أمام", true},
		{"إمام", false}, // imam
		{"أية", true},
		{"آية", false}, // verse
		{"إليه", true},
		{"آلية", false}, // mechanism
		{"منى", false},  // Mona
		{"مني", true},
		{"والي", false}, // governor
		{"الي", true},   // إلى with a final ي
		{"إلي", true},
		{"إلَي", true},
		{"وإلي", true},
		{"عليه", true},
		{"علية", false}, // Aliya; the elite
		{"وعليه", true},
		{"منه", true},
		{"منة", false}, // grace; Menna
		{"بينه", true},
		{"بينة", false}, // evidence
		{"لكنه", true},
		{"لكنة", false}, // accent
		{"فهم", false},  // understanding
		{"وعلي", false}, // and Ali
		{"الرئيس", false},
		{"تونس", false},
		{"ذكر", false},
		{"", false},
		{"\xff", false},
	}
	for _, tt := range tests {
		if got := ArabicStopwords.Contains(tt.word); got != tt.want {
			t.Errorf("Contains(%q) = %v, want %v", tt.word, got, tt.want)
		}
		if got := ArabicStopwords.ContainsBytes([]byte(tt.word)); got != tt.want {
			t.Errorf("ContainsBytes(%q) = %v, want %v", tt.word, got, tt.want)
		}
	}
}

// TestStopwordsMaybe checks that the filter before the map changes no
// answer: every entry passes it, in the embedded list and in one extended
// by With.
func TestStopwordsMaybe(t *testing.T) {
	for _, s := range []*Stopwords{ArabicStopwords, ArabicStopwords.With("تونس", "=علي", "x")} {
		for f := range s.folded {
			if s.lookup([]byte(f)) != s.folded[f] {
				t.Errorf("lookup(%q) = %d, want %d", f, s.lookup([]byte(f)), s.folded[f])
			}
		}
		for line := range strings.Lines(arabicStopwords) {
			if w := strings.TrimSpace(line); w != "" && w[0] != '#' && !strings.HasPrefix(w, "=") && !s.Contains(w) {
				t.Errorf("entry %q not found", w)
			}
		}
	}
}

func TestStopwordsWith(t *testing.T) {
	s := ArabicStopwords.With("تونس", "=علي")
	if !s.Contains("تونس") || !s.Contains("علي") || s.Contains("على") != true {
		t.Error("With did not add the words")
	}
	if ArabicStopwords.Contains("تونس") {
		t.Error("With changed the original set")
	}
	if got, want := s.Len(), ArabicStopwords.Len()+2; got != want {
		t.Errorf("Len = %d, want %d", got, want)
	}
	n := 0
	for range s.All() {
		n++
	}
	if n != s.Len() {
		t.Errorf("All gave %d words, Len %d", n, s.Len())
	}
}

func TestParseStopwords(t *testing.T) {
	s, err := ParseStopwords(strings.NewReader("# comment\n\n  كلمة  \n=على\n"))
	if err != nil {
		t.Fatal(err)
	}
	if !s.Contains("كلمة") || !s.Contains("على") || s.Contains("علي") || s.Len() != 2 {
		t.Errorf("parsed set wrong: len %d", s.Len())
	}
	for _, bad := range []string{"كلمتان هنا\n", "ok\n\xff\n", "=\n"} {
		if _, err := ParseStopwords(strings.NewReader(bad)); err == nil {
			t.Errorf("ParseStopwords(%q): no error", bad)
		}
	}
}

func TestStopwordsNoAlloc(t *testing.T) {
	if raceEnabled {
		t.Skip("allocation counts are meaningless under the race detector")
	}
	words := []string{"وفي", "الرئيس", "على", "علي", "English"}
	b := []byte("وأضاف")
	n := testing.AllocsPerRun(100, func() {
		for _, w := range words {
			ArabicStopwords.Contains(w)
		}
		ArabicStopwords.ContainsBytes(b)
	})
	if n != 0 {
		t.Errorf("%v allocations per lookup round", n)
	}
}

func TestArabicStopwordsLen(t *testing.T) {
	if n := ArabicStopwords.Len(); n != 353 {
		t.Errorf("Len = %d; update the count in ArabicStopwords's comment", n)
	}
}

// TestConcurrentUse shares one Stopwords and one Analyzer between
// goroutines; run it with -race.
func TestConcurrentUse(t *testing.T) {
	a := &Analyzer{Stopwords: ArabicStopwords}
	text := strings.Repeat("قال الرئيس إلى آلي وعلى المدينة. ", 50)
	want := len(slices.Collect(a.Terms(text)))
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for range 20 {
				if !ArabicStopwords.Contains("إلى") || ArabicStopwords.ContainsBytes([]byte("آلي")) {
					t.Error("wrong stopword answer")
				}
				if n := len(slices.Collect(a.Terms(text))); n != want {
					t.Errorf("%d terms, want %d", n, want)
				}
			}
		})
	}
	wg.Wait()
}

func TestContainsWritten(t *testing.T) {
	for word, want := range map[string]bool{
		"أنا": true, "آنا": false, "انا": false, "في": true, "فِي": true, "فـي": true,
		"على": true, "علي": false, "لي": true, "قال": true, "بوتين": false,
	} {
		if got := ArabicStopwords.ContainsWritten(word); got != want {
			t.Errorf("ContainsWritten(%q) = %v, want %v", word, got, want)
		}
	}
	if !ArabicStopwords.With("=آنا").ContainsWritten("آنا") || NewStopwords("آنا").ContainsWritten("أنا") {
		t.Error("With and NewStopwords do not keep the written forms")
	}
}
