// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package clitics

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/qalam-nlp/qalam/internal/shared"
)

// render writes word with a "+" at each cut, as segment-score does.
func render(segs []Segment, word string) string {
	parts := make([]string, len(segs))
	for i, s := range segs {
		parts[i] = word[s.Start:s.End]
	}
	return strings.Join(parts, "+")
}

func TestSegments(t *testing.T) {
	tests := []struct {
		word, want string
	}{
		// Words whose first or last letters look like clitics but are their own.
		{"وزير", "وزير"},
		{"بلد", "بلد"},
		{"لبنان", "لبنان"},
		{"كتاب", "كتاب"},
		{"فرنسا", "فرنسا"},
		{"سوريا", "سوريا"},
		{"والد", "والد"},
		{"وقت", "وقت"},
		{"بيان", "بيان"},
		{"كانت", "كانت"},
		{"لكن", "لكن"},
		{"ولاية", "ولاية"},
		{"واحد", "واحد"},
		{"فكرة", "فكرة"},
		{"سيارة", "سيارة"},
		{"سنوات", "سنوات"},
		{"الله", "الله"},
		{"وجه", "وجه"},
		{"اتجاه", "اتجاه"},
		{"جنيه", "جنيه"},
		{"ذلك", "ذلك"},
		{"الرقمي", "الرقمي"},
		{"معنى", "معنى"},
		{"أحيانا", "أحيانا"},
		{"في", "في"},
		{"و", "و"},
		// Proclitics.
		{"للسلطة", "ل+لسلطة"},
		{"والحكومة", "و+الحكومة"},
		{"بالنسبة", "ب+النسبة"},
		{"لأوباما", "ل+أوباما"},
		{"وقال", "و+قال"},
		{"سيكون", "س+يكون"},
		{"وسيكون", "و+س+يكون"},
		{"فإن", "ف+إن"},
		{"وبسبب", "و+ب+سبب"},
		{"كرئيس", "ك+رئيس"},
		{"ممن", "م+من"},
		// Enclitics.
		{"كتابه", "كتاب+ه"},
		{"منها", "من+ها"},
		{"عليهم", "علي+هم"},
		{"إليه", "إلي+ه"},
		{"حياتنا", "حيات+نا"},
		{"أنه", "أن+ه"},
		{"له", "ل+ه"},
		{"بها", "ب+ها"},
		{"ولكنه", "و+لكن+ه"},
		{"وحده", "وحد+ه"},
		{"لديهم", "لدي+هم"},
		// Spellings without the hamza.
		{"اليه", "الي+ه"},
		{"انه", "ان+ه"},
		{"لاوباما", "ل+اوباما"},
		{"أليف", "أليف"},
		{"ومعيشتهم", "و+معيشت+هم"},
		// Marks stay with their letter; the cut falls between letters.
		{"وَالْحُكُومَةِ", "وَ+الْحُكُومَةِ"},
		{"كِتَابُهُ", "كِتَابُ+هُ"},
		{"بـالنسبة", "بـ+النسبة"},
		{"ـيمكننا", "ـ+يمكن+نا"},
		{"الإحصاءـ", "الإحصاء+ـ"},
		{"الـ", "الـ"},
		{"مختلفاً", "مختلفاً"},
		// Not an Arabic word: one segment.
		{"", ""},
		{"abc", "abc"},
		{"و2020", "و2020"},
		{"و\xffالحكومة", "و\xffالحكومة"},
		{"ـ", "ـ"},
	}
	checkRendered(t, Default, tests)
}

// checkRendered segments each word with seg and checks the segments tile
// the word and render (segment-score style, "+" at each cut) as want.
func checkRendered(t *testing.T, seg *Segmenter, tests []struct{ word, want string }) {
	t.Helper()
	for _, tt := range tests {
		segs := seg.Segments(tt.word)
		if got := render(segs, tt.word); got != tt.want {
			t.Errorf("Segments(%q) = %q, want %q", tt.word, got, tt.want)
		}
		checkTiling(t, tt.word, segs)
	}
}

func TestKinds(t *testing.T) {
	tests := []struct {
		seg  *Segmenter
		word string
		want []Kind
	}{
		{Default, "وبكتابه", []Kind{Proclitic, Proclitic, Stem, Enclitic}},
		{Default, "والكتاب", []Kind{Proclitic, Stem}},
		{Default, "ـيمكننا", []Kind{Tatweel, Stem, Enclitic}},
		{New(SplitArticle), "والكتاب", []Kind{Proclitic, Article, Stem}},
		{New(SplitArticle), "للسلطة", []Kind{Proclitic, Article, Stem}},
		{New(SplitArticle), "كتاب", []Kind{Stem}},
	}
	for _, tt := range tests {
		segs := tt.seg.Segments(tt.word)
		var got []Kind
		for _, s := range segs {
			got = append(got, s.Kind)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: kinds %v, want %v", tt.word, got, tt.want)
		}
	}
}

func TestSplitArticle(t *testing.T) {
	seg := New(SplitArticle)
	tests := []struct{ word, want string }{
		{"الكتاب", "ال+كتاب"},
		{"والحكومة", "و+ال+حكومة"},
		{"بالنسبة", "ب+ال+نسبة"},
		{"للسلطة", "ل+ل+سلطة"},
		{"الْكِتَابُ", "الْ+كِتَابُ"},
		{"الله", "الله"},
		{"الذين", "الذين"},
		{"إليه", "إلي+ه"},
		{"كتاب", "كتاب"},
		{"الـ", "الـ"},
	}
	checkRendered(t, seg, tests)
}

// checkTiling fails unless segs are non-empty, in order and cover word.
func checkTiling(t testing.TB, word string, segs []Segment) {
	t.Helper()
	if len(segs) == 0 {
		t.Fatalf("%q: no segments", word)
	}
	at := 0
	for _, s := range segs {
		if s.Start != at || s.End < s.Start || s.End == s.Start && len(word) > 0 {
			t.Fatalf("%q: segments %v do not tile it", word, segs)
		}
		at = s.End
	}
	if at != len(word) {
		t.Fatalf("%q: segments %v end at %d", word, segs, at)
	}
}

func TestAppendSegmentsAllocs(t *testing.T) {
	words := strings.Fields("وَالْحُكُومَةِ للسلطة وسيكون بالنسبة كتابه عليهم وزير ـيمكننا abc")
	buf := make([]Segment, 0, 8)
	Default.Segments("وقال") // build the tables outside the measurement
	allocs := testing.AllocsPerRun(100, func() {
		for _, w := range words {
			buf = Default.AppendSegments(buf[:0], w)
		}
	})
	if allocs != 0 {
		t.Errorf("AppendSegments allocates %.1f times per run", allocs)
	}
}

func FuzzSegments(f *testing.F) {
	for _, w := range []string{"وَالْحُكُومَةِ", "للسلطة", "ـيمكننا", "الـ", "وبكتابهما", "\xff", "ـ", "سـ", "لل", "و\u0640\u064b"} {
		f.Add(w)
	}
	split := New(SplitArticle)
	f.Fuzz(func(t *testing.T, word string) {
		for _, seg := range []*Segmenter{Default, split} {
			segs := seg.Segments(word)
			checkTiling(t, word, segs)
			if utf8.ValidString(word) {
				for _, s := range segs {
					if !utf8.ValidString(word[s.Start:s.End]) {
						t.Fatalf("%q: segment %v cuts a rune", word, s)
					}
				}
			}
		}
	})
}

// benchWords returns the words of the ANT corpus when ../shared is present,
// otherwise a short list of news words.
func benchWords(b *testing.B) []string {
	if dir, ok := shared.Dir(); ok {
		data, err := os.ReadFile(filepath.Join(dir, "corpus", "ant-v1.1.txt"))
		if err == nil {
			if len(data) > 2<<20 {
				data = data[:2<<20]
			}
			return strings.FieldsFunc(string(data), func(r rune) bool { return !isWordRune(r) })
		}
	}
	return strings.Fields("وقال الرئيس الفرنسي في كلمته للصحفيين إن الحكومة ستعمل بالتعاون مع شركائها على تحسين وضع المواطنين وسيكون لهم دور")
}

func BenchmarkAppendSegments(b *testing.B) {
	words := benchWords(b)
	size := 0
	for _, w := range words {
		size += len(w)
	}
	buf := make([]Segment, 0, 8)
	Default.Segments("وقال")
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, w := range words {
			buf = Default.AppendSegments(buf[:0], w)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(words)), "ns/word")
}

// TestConcurrent segments from several goroutines at once, the tables being
// built by whichever comes first; run it with -race.
func TestConcurrent(t *testing.T) {
	words := strings.Fields("وَالْحُكُومَةِ للسلطة وسيكون بالنسبة كتابه عليهم وزير ـيمكننا ولاية منها")
	want := make([]string, len(words))
	done := make(chan []string)
	for g := 0; g < 4; g++ {
		go func() {
			got := make([]string, len(words))
			for i, w := range words {
				got[i] = render(New(SplitArticle).Segments(w), w)
			}
			done <- got
		}()
	}
	for i, w := range words {
		want[i] = render(New(SplitArticle).Segments(w), w)
	}
	for g := 0; g < 4; g++ {
		got := <-done
		for i := range got {
			if got[i] != want[i] {
				t.Errorf("%q: %q in a goroutine, %q outside", words[i], got[i], want[i])
			}
		}
	}
}

// TestLexicon checks the hand-written lists: every whole word stays whole,
// every fixed split is cut after its first letter and nowhere else, and no
// word is in both lists.
func TestLexicon(t *testing.T) {
	for _, w := range strings.Fields(wholeWords) {
		if got := render(Default.Segments(w), w); got != w {
			t.Errorf("whole word %q segmented as %q", w, got)
		}
	}
	for _, w := range strings.Fields(fixedSplits) {
		first, rest, ok := strings.Cut(w, "+")
		if !ok || utf8.RuneCountInString(first) != 1 || strings.Contains(rest, "+") {
			t.Errorf("fixed split %q is not one letter + the rest", w)
			continue
		}
		word := first + rest
		if got := render(Default.Segments(word), word); got != w {
			t.Errorf("fixed split %q segmented as %q", w, got)
		}
		if lexiconEntry(fold(nil, word)).flags&lexWhole != 0 {
			t.Errorf("%q is both a whole word and a fixed split", word)
		}
	}
}
