// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package light

import (
	"bytes"
	"testing"
	"unicode/utf8"

	"github.com/qalam-nlp/qalam/stem"
	"github.com/qalam-nlp/qalam/stem/internal/stemtest"
)

var (
	_ stem.AppendStemmer = Stemmer{}
	_ stem.AppendStemmer = new(Stemmer)
)

// stemTests are the pairs Lucene's TestArabicStemFilter and bleve's
// stemmer_ar tests assert, the words of their analyzer tests, and cases
// for the length conditions, normalisation and bad input.
var stemTests = []stemtest.Case{
	// Lucene and bleve.
	{"الحسن", "حسن"}, {"والحسن", "حسن"}, {"بالحسن", "حسن"}, {"كالحسن", "حسن"}, {"فالحسن", "حسن"},
	{"للاخر", "اخر"}, {"وحسن", "حسن"}, {"زوجها", "زوج"}, {"ساهدان", "ساهد"}, {"ساهدات", "ساهد"},
	{"ساهدون", "ساهد"}, {"ساهدين", "ساهد"}, {"ساهديه", "ساهد"}, {"ساهدية", "ساهد"}, {"ساهده", "ساهد"},
	{"ساهدة", "ساهد"}, {"ساهدي", "ساهد"}, {"وساهدون", "ساهد"}, {"ساهدهات", "ساهد"}, {"الو", "الو"},
	{"English", "English"}, {"سلام", "سلام"}, {"السلام", "سلام"}, {"سلامة", "سلام"},
	{"السلامة", "سلام"}, {"الوصل", "وصل"}, {"والصل", "صل"},
	{"كبيرة", "كبير"}, {"مشروبات", "مشروب"}, {"أمريكيين", "امريك"}, {"امريكي", "امريك"},
	{"الكتاب", "كتاب"}, {"ملكت", "ملكت"}, {"أيمانكم", "ايمانكم"},
	// Length conditions: و needs four letters, the rest two letters left.
	{"", ""}, {"و", "و"}, {"ال", "ال"}, {"وال", "وال"}, {"ولد", "ولد"}, {"وولد", "ولد"},
	{"الم", "الم"}, {"الالم", "الم"}, {"للم", "للم"}, {"ها", "ها"}, {"بها", "بها"}, {"منها", "من"},
	{"اته", "ات"}, {"ساهي", "ساه"}, {"كتابهاي", "كتابها"}, {"والالعاب", "العاب"},
	// Normalisation first: harakat and tatweel do not count as letters.
	{"وَلَد", "ولد"}, {"الـــو", "الو"}, {"مُعَلِّمُونَ", "معلم"}, {"إلى", "ال"}, {"مدرسةٌ", "مدرس"},
	// Other scripts and invalid bytes (each becomes U+FFFD, a character).
	{"123", "123"}, {"ال😀😀", "😀😀"}, {"ال\xff", "ال\uFFFD"}, {"ال\xff\xfe", "\uFFFD\uFFFD"},
	{"\xd8\u064e\xa7", "\uFFFD\uFFFD"}, {"وال\xffه", "\uFFFDه"},
}

// funcs are the package's entry points, for the checks in stemtest.
var funcs = stemtest.Funcs{Stem: Stem, AppendStem: AppendStem, Stemmer: Stemmer{}}

func TestStem(t *testing.T) {
	stemtest.Check(t, funcs, stemTests)
	for _, tt := range stemTests {
		if got := model(tt.Word); got != tt.Want {
			t.Errorf("model(%q) = %q, want %q (the test's model is wrong)", tt.Word, got, tt.Want)
		}
	}
}

// model is bleve's normalize_ar followed by stemmer_ar, written the way
// bleve writes them (on a slice of runes decoded with bytes.Runes), as the
// reference the fuzz target compares with.
func model(word string) string {
	var runes []rune
	for _, r := range bytes.Runes([]byte(word)) {
		switch r {
		case 'آ', 'أ', 'إ':
			r = 'ا'
		case 'ى':
			r = 'ي'
		case 'ة':
			r = 'ه'
		case 0x0640, 0x064B, 0x064C, 0x064D, 0x064E, 0x064F, 0x0650, 0x0651, 0x0652:
			continue
		}
		runes = append(runes, r)
	}
	has := func(affix string, at int) bool {
		a := []rune(affix)
		if at < 0 {
			at = len(runes) - len(a)
		}
		if at < 0 || at+len(a) > len(runes) {
			return false
		}
		return string(runes[at:at+len(a)]) == affix
	}
	for _, p := range []string{"ال", "وال", "بال", "كال", "فال", "لل", "و"} {
		n := utf8.RuneCountInString(p)
		if n == 1 && len(runes) < 4 || len(runes)-n < 2 {
			continue
		}
		if has(p, 0) {
			runes = runes[n:]
			break
		}
	}
	for _, s := range []string{"ها", "ان", "ات", "ون", "ين", "يه", "ية", "ه", "ة", "ي"} {
		n := utf8.RuneCountInString(s)
		if len(runes)-n >= 2 && has(s, -1) {
			runes = runes[:len(runes)-n]
		}
	}
	return string(runes)
}

// TestEdgeCases compares with the model on every word of one to three
// characters drawn from letters, affix letters, harakat, tatweel, a digit, a
// Latin letter and an invalid byte, and on those words behind every prefix
// and before every suffix.
func TestEdgeCases(t *testing.T) {
	alphabet := []string{"ا", "ل", "و", "ب", "ك", "ف", "ه", "ي", "ن", "ت", "ة", "ى", "أ", "س", "\u064E", "\u0651", "\u0640", "1", "a", "\xff", "😀"}
	var words []string
	words = append(words, "")
	for _, a := range alphabet {
		words = append(words, a)
		for _, b := range alphabet {
			words = append(words, a+b)
			for _, c := range alphabet {
				words = append(words, a+b+c)
			}
		}
	}
	affixed := []string{}
	for _, w := range words {
		for _, p := range []string{"ال", "وال", "بال", "كال", "فال", "لل", "و"} {
			affixed = append(affixed, p+w)
		}
		for _, s := range []string{"ها", "ان", "ات", "ون", "ين", "يه", "ية", "ه", "ة", "ي"} {
			affixed = append(affixed, w+s, "وال"+w+s)
		}
	}
	words = append(words, affixed...)
	var buf []byte
	failures := 0
	for _, w := range words {
		want := model(w)
		buf = AppendStem(buf[:0], []byte(w))
		if got := Stem(w); got != want || string(buf) != want {
			t.Errorf("Stem(%q) = %q, AppendStem gives %q, want %q", w, got, buf, want)
			if failures++; failures == 20 {
				t.Fatal("too many failures")
			}
		}
	}
	t.Logf("%d words compared with the model", len(words))
}

// TestAllocations checks that the fast paths allocate nothing.
func TestAllocations(t *testing.T) {
	words := []string{"والكتاب", "كتابها", "مدرسة", "أحمد", "English", "\xffال"}
	bs := make([][]byte, len(words))
	for i, w := range words {
		bs[i] = []byte(w)
	}
	buf := make([]byte, 0, 256)
	if n := testing.AllocsPerRun(100, func() {
		for _, b := range bs {
			buf = AppendStem(buf[:0], b)
		}
	}); n != 0 {
		t.Errorf("AppendStem into a buffer with room: %v allocations, want 0", n)
	}
	if n := testing.AllocsPerRun(100, func() {
		for _, w := range words[:2] {
			_ = Stem(w)
		}
	}); n != 0 {
		t.Errorf("Stem of normal words: %v allocations, want 0", n)
	}
	if n := testing.AllocsPerRun(100, func() { _ = Stem("مدرسة") }); n != 1 {
		t.Errorf("Stem of a word to normalise: %v allocations, want 1", n)
	}
}

// TestConcurrent stems from several goroutines at once (run with -race):
// the package functions share only read-only tables and pools.
func TestConcurrent(t *testing.T) { stemtest.Concurrent(t, funcs, stemTests) }
