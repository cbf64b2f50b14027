// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package root

import (
	"testing"

	"github.com/qalam-nlp/qalam/stem"
	"github.com/qalam-nlp/qalam/stem/internal/stemtest"
)

var (
	_ stem.AppendStemmer = Stemmer{}
	_ stem.AppendStemmer = new(Stemmer)
)

// stemTests pin down each rule: normalisation, particles, affixes,
// patterns, weak letters, and what comes back unchanged.
var stemTests = []stemtest.Case{
	// Normalisation: harakat, tatweel, hamza forms, آ.
	{"كَتَبَ", "كتب"}, {"كـــتب", "كتب"}, {"سؤال", "سءل"}, {"قرآن", "قرء"}, {"ٱستخدام", "خدم"},
	// Particles come back as they are, normalised.
	{"في", "في"}, {"إلى", "ءلى"}, {"الى", "الى"}, {"التي", "التي"}, {"أيضا", "ءيضا"},
	// Affixes.
	{"والمدارس", "درس"}, {"بالمدرسة", "درس"}, {"مدرستهم", "درس"}, {"سيكتبون", "كتب"},
	{"وكتابهم", "كتب"}, {"يستخدمونها", "خدم"}, {"مصري", "مصر"}, {"المصرية", "مصر"},
	// Patterns of four to seven letters.
	{"كاتب", "كتب"}, {"كتاب", "كتب"}, {"كبير", "كبر"}, {"رسول", "رسل"}, {"مكتب", "كتب"},
	{"مكتوب", "كتب"}, {"اجتمع", "جمع"}, {"انسحب", "سحب"}, {"تعاون", "عون"}, {"رسائل", "رسل"},
	{"مدارس", "درس"}, {"تدريس", "درس"}, {"مفتاح", "فتح"}, {"شوارع", "شرع"}, {"أحكام", "حكم"},
	{"علماء", "علم"}, {"مجتمع", "جمع"}, {"يتحدث", "حدث"}, {"استخدم", "خدم"}, {"اجتماع", "جمع"},
	{"انسحاب", "سحب"}, {"مستخدم", "خدم"}, {"تقارير", "قرر"}, {"مفاتيح", "فتح"}, {"أسابيع", "سبع"},
	{"استخدام", "خدم"}, {"الأربعاء", "ربع"}, {"التنمية", "نمي"}, {"تتراوح", "روح"}, {"الاضطراب", "ضرب"},
	{"ازدياد", "زيد"}, {"وتكون", "كون"}, {"سيكون", "كون"}, {"ومن", "من"}, {"فإنه", "ءنه"},
	// Hollow, defective, doubled, assimilated roots.
	{"قال", "قول"}, {"باع", "بيع"}, {"وقال", "قول"}, {"قالت", "قول"}, {"قائد", "قود"},
	{"زيارة", "زور"}, {"أضاف", "ضيف"}, {"استطاع", "طوع"}, {"رمى", "رمي"}, {"دعا", "دعو"},
	{"مستشفى", "شفي"}, {"مبنى", "بني"}, {"مدّ", "مدد"}, {"الحج", "حجج"}, {"مستمر", "مرر"},
	{"ميلاد", "ولد"}, {"اتصال", "وصل"}, {"المتحدة", "وحد"}, {"اكد", "ءكد"},
	// Quadriliteral roots.
	{"عقرب", "عقرب"}, {"زلزال", "زلزل"}, {"عناصر", "عنصر"}, {"جمهورية", "جمهر"}, {"وسوسة", "وسوس"},
	// No root: the word without its article; other scripts unchanged.
	{"الكهرباء", "كهرباء"}, {"Trump", "Trump"}, {"2024", "2024"}, {"", ""}, {"\u064E", "\u064E"},
	{"ال\xff", "ال\xff"}, {"و", "و"},
}

// funcs are the package's entry points, for the checks in stemtest.
var funcs = stemtest.Funcs{Stem: Stem, AppendStem: AppendStem, Stemmer: Stemmer{}}

func TestStem(t *testing.T) { stemtest.Check(t, funcs, stemTests) }

// TestTables checks the tables: every pattern's root template uses only
// the radicals of its shape, and no affix is listed twice.
func TestTables(t *testing.T) {
	for n, list := range patternRunes {
		for _, p := range list {
			for _, c := range p.root {
				if c >= '1' && c <= '4' && indexRune(p.shape, c) < 0 {
					t.Errorf("pattern %q (length %d): root %q uses radical %c the shape lacks", string(p.shape), n, string(p.root), c)
				}
			}
		}
	}
	for _, table := range [][]affix{prefixes, suffixes} {
		seen := map[string]bool{}
		for _, a := range table {
			if seen[a.s] {
				t.Errorf("affix %q listed twice", a.s)
			}
			seen[a.s] = true
		}
	}
}

func TestAllocations(t *testing.T) {
	words := [][]byte{[]byte("والمدارس"), []byte("استخدام"), []byte("في"), []byte("Trump"), []byte("قال")}
	buf := make([]byte, 0, 64)
	if n := testing.AllocsPerRun(100, func() {
		for _, w := range words {
			buf = AppendStem(buf[:0], w)
		}
	}); n != 0 {
		t.Errorf("AppendStem into a buffer with room: %v allocations, want 0", n)
	}
	if n := testing.AllocsPerRun(100, func() { _ = Stem("والمدارس") }); n > 1 {
		t.Errorf("Stem: %v allocations, want at most 1", n)
	}
}

// TestIdempotent checks, on the listed words and the 20,000 most frequent
// words of the corpus (when ../shared is there), that a three-letter root
// is its own root.
func TestIdempotent(t *testing.T) {
	var words []string
	for _, name := range []string{"testdata/gold.tsv", "testdata/heldout.tsv"} {
		for _, g := range readGold(t, name) {
			words = append(words, g.word)
		}
	}
	words = append(words, frequentWords(20000)...)
	for _, w := range words {
		r := Stem(w)
		if len([]rune(r)) != 3 || readsAsParticle(r) {
			continue
		}
		if again := Stem(r); again != r {
			t.Errorf("Stem(%q) = %q, but Stem(%q) = %q", w, r, r, again)
		}
	}
}

// TestConcurrent stems from several goroutines at once (run with -race):
// the package functions share only read-only tables and pools.
func TestConcurrent(t *testing.T) { stemtest.Concurrent(t, funcs, stemTests) }
