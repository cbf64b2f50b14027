// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package normalize

import "testing"

// The pairs Lucene's TestArabicNormalizationFilter and bleve's
// normalize_ar tests both assert.
var lucenePairs = []struct{ in, want string }{
	{"آجن", "اجن"}, {"أحمد", "احمد"}, {"إعاذ", "اعاذ"}, {"بنى", "بني"}, {"فاطمة", "فاطمه"},
	{"روبر\u0640\u0640\u0640\u0640\u0640ت", "روبرت"}, {"م\u064Eبنا", "مبنا"}, {"عل\u0650ي", "علي"},
	{"ب\u064Fوات", "بوات"}, {"ولدا\u064B", "ولدا"}, {"ولد\u064D", "ولد"}, {"ولد\u064C", "ولد"},
	{"نل\u0652سون", "نلسون"}, {"هتمي\u0651", "هتمي"}, {"", ""},
}

func TestLucenePairs(t *testing.T) {
	for _, p := range lucenePairs {
		if got := Lucene.String(p.in); got != p.want {
			t.Errorf("Lucene.String(%q) = %q, want %q", p.in, got, p.want)
		}
	}
}

// TestLuceneChangesNothingElse checks every code point of the Arabic blocks
// and the presentation forms: Lucene changes exactly أ إ آ ى ة, tatweel and
// U+064B–U+0652.
func TestLuceneChangesNothingElse(t *testing.T) {
	changed := map[rune]string{
		0x0622: "ا", 0x0623: "ا", 0x0625: "ا", 0x0649: "ي", 0x0629: "ه", 0x0640: "",
		0x064B: "", 0x064C: "", 0x064D: "", 0x064E: "", 0x064F: "", 0x0650: "", 0x0651: "", 0x0652: "",
	}
	for r := rune(0); r < 0x10000; r++ {
		if r >= 0xD800 && r < 0xE000 {
			continue
		}
		s := string(r)
		want, ok := changed[r]
		if !ok {
			want = s
		}
		if got := Lucene.String(s); got != want {
			t.Errorf("Lucene.String(%U) = %q, want %q", r, got, want)
		}
	}
}
