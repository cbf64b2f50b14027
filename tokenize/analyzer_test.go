// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package tokenize

import (
	"fmt"
	"io"
	"runtime"
	"strings"
	"testing"

	"github.com/qalam-nlp/qalam/normalize"
	"github.com/qalam-nlp/qalam/tokenize/clitics"
)

func analyze(a *Analyzer, text string) string {
	var b strings.Builder
	for tm := range a.Terms(text) {
		fmt.Fprintf(&b, "%s@%d-%d#%d+%d ", tm.Term, tm.Start, tm.End, tm.Position, tm.Increment)
	}
	return strings.TrimSpace(b.String())
}

// dropAl is a stand-in stemmer for the tests: it removes a leading ال.
func dropAl(s string) string {
	if r, ok := strings.CutPrefix(s, "ال"); ok && len(r) >= 4 {
		return r
	}
	return s
}

func TestAnalyzer(t *testing.T) {
	sw := &Analyzer{Stopwords: ArabicStopwords}
	stem := &Analyzer{Stopwords: ArabicStopwords, Stem: dropAl}
	appendStem := &Analyzer{Stopwords: ArabicStopwords, AppendStem: func(dst, w []byte) []byte {
		return append(dst, dropAl(string(w))...)
	}}
	lucene := &Analyzer{Normalizer: normalize.Lucene.Normalizer(), Stopwords: ArabicStopwords}
	segment := &Analyzer{Stopwords: ArabicStopwords, Clitics: clitics.Default}
	tests := []struct {
		a        *Analyzer
		in, want string
	}{
		{&Analyzer{}, "", ""},
		{&Analyzer{}, "«أحمد» قال: مدرسةٌ!", "احمد@2-10#1+1 قال@13-19#2+1 مدرسه@21-33#3+1"},
		{&Analyzer{}, "١٢٣٤ ﺍﻟﺴﻼﻡ", "1234@0-8#1+1 السلام@9-24#2+1"},
		{&Analyzer{}, "iPhone COVID #COP28 @UN", "iphone@0-6#1+1 covid@7-12#2+1 #cop28@13-19#3+1 @un@20-23#4+1"},
		{&Analyzer{}, "ÉCOLE ـــ 😀 , https://x.org", "école@0-6#1+1"},
		{sw, "قال الرئيس في تونس إن", "الرءيس@7-19#2+2 تونس@25-33#4+2"},
		{sw, "سافر إلى آلي وعلي على", "سافر@0-8#1+1 الي@16-22#3+2 وعلي@23-31#4+1"},
		{stem, "قال الرئيس في المدينة", "رءيس@7-19#2+2 مدينه@25-39#4+2"},
		{appendStem, "قال الرئيس في المدينة", "رءيس@7-19#2+2 مدينه@25-39#4+2"},
		{lucene, "مسؤول في أمريكا", "مسؤول@0-10#1+1 امريكا@16-28#3+2"},
		{segment, "وبالقلم فهذه كتابهم وزير", "القلم@0-14#1+1 كتاب@24-36#3+2 وزير@37-45#4+1"},
		// Exact entries hold after clitics are cut: وعلي is و + Ali, وإلي
		// is و + إلى; the ة forms are words, not pronoun forms.
		{segment, "وعلي وإلي بينة فهم علية", "علي@0-8#1+1 بينه@18-26#3+2 فهم@27-33#4+1 عليه@34-42#5+1"},
		{sw, "وعلي وإلي بينة بينه الي", "وعلي@0-8#1+1 بينه@18-26#3+2"},
	}
	for _, tt := range tests {
		if got := analyze(tt.a, tt.in); got != tt.want {
			t.Errorf("Terms(%q)\n got %s\nwant %s", tt.in, got, tt.want)
		}
	}
}

func TestTermScannerMatchesTerms(t *testing.T) {
	a := &Analyzer{Stopwords: ArabicStopwords, Stem: dropAl}
	text := strings.Repeat("قال الرئيس «التونسي» في 2025، إن iPhone #مصر وعلى. ", 500)
	var want []string
	for tm := range a.Terms(text) {
		want = append(want, fmt.Sprintf("%s@%d-%d#%d", tm.Term, tm.Start, tm.End, tm.Position))
	}
	ts := a.NewTermScanner(strings.NewReader(text))
	i := 0
	for ts.Scan() {
		tm := ts.Term()
		if got := fmt.Sprintf("%s@%d-%d#%d", tm.Term, tm.Start, tm.End, tm.Position); i >= len(want) || got != want[i] {
			t.Fatalf("term %d = %s, want %s", i, got, want[i])
		}
		i++
	}
	if ts.Err() != nil || i != len(want) {
		t.Fatalf("%d terms, want %d; err %v", i, len(want), ts.Err())
	}
}

func TestAnalyzerNoAlloc(t *testing.T) {
	a := &Analyzer{Stopwords: ArabicStopwords, Clitics: clitics.Default, AppendStem: func(dst, w []byte) []byte { return append(dst, w...) }}
	text := strings.Repeat("قال الرئيس «التونسي» في 2025، إن iPhone #مصر وعلى. ", 50)
	count := func() {
		for range a.Terms(text) {
		}
	}
	count()
	if n := testing.AllocsPerRun(20, count); n > 8 {
		t.Errorf("%v allocations for %d bytes; want a few, not one a term", n, len(text))
	}
	// Words longer than 32 bytes are handed to the Segmenter as parts of
	// the text, not as copies.
	long := strings.Repeat("وَبِالْمُسْتَشْفَيَاتِهِمْ والاستراتيجياتهما ", 50)
	count = func() {
		for range a.Terms(long) {
		}
	}
	count()
	if n := testing.AllocsPerRun(20, count); n > 8 {
		t.Errorf("%v allocations for 100 long words; want a few, not one a word", n)
	}
}

// endless gives n bytes of repeated text.
type endless struct {
	text string
	n, i int
}

func (e *endless) Read(p []byte) (int, error) {
	if e.n <= 0 {
		return 0, io.EOF
	}
	k := 0
	for k < len(p) && e.n > 0 {
		c := copy(p[k:], e.text[e.i:])
		if c > e.n {
			c = e.n
		}
		k += c
		e.n -= c
		e.i = (e.i + c) % len(e.text)
	}
	return k, nil
}

// TestTermScannerConstantMemory analyses 24 MB and checks that the heap
// allocated stays far below the input size.
func TestTermScannerConstantMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	a := &Analyzer{Stopwords: ArabicStopwords, AppendStem: func(dst, w []byte) []byte { return append(dst, w...) }}
	const size = 24 << 20
	r := &endless{text: "قال الرئيس «التونسي» في 2025، إن iPhone #مصر وعلى. https://example.com/a\n", n: size}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	ts := a.NewTermScanner(r)
	terms := 0
	for ts.Scan() {
		terms++
	}
	runtime.ReadMemStats(&after)
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 1<<20 {
		t.Errorf("allocated %d bytes for %d input bytes", alloc, size)
	}
	if terms < size/100 {
		t.Errorf("only %d terms", terms)
	}
}

func FuzzAnalyzer(f *testing.F) {
	f.Add("قال الرئيس «التونسي» في 2025، إن iPhone #مصر وعلى.")
	f.Add("\xffÉCOLE ﺍﻟﺴﻼﻡ ١٢٣ ـــ")
	a := &Analyzer{Stopwords: ArabicStopwords, Stem: dropAl}
	f.Fuzz(func(t *testing.T, text string) {
		var want []string
		prevPos, prevStart := 0, 0
		for tm := range a.Terms(text) {
			if tm.Start < prevStart || tm.End > len(text) || tm.Position <= prevPos || tm.Increment != tm.Position-prevPos || len(tm.Term) == 0 {
				t.Fatalf("%q: bad term %+v after position %d", text, tm, prevPos)
			}
			prevPos, prevStart = tm.Position, tm.End
			want = append(want, fmt.Sprintf("%s@%d-%d#%d", tm.Term, tm.Start, tm.End, tm.Position))
		}
		ts := a.NewTermScanner(strings.NewReader(text))
		i := 0
		for ts.Scan() {
			tm := ts.Term()
			if got := fmt.Sprintf("%s@%d-%d#%d", tm.Term, tm.Start, tm.End, tm.Position); i >= len(want) || got != want[i] {
				t.Fatalf("%q: scanner term %d = %s, want %v", text, i, got, want)
			}
			i++
		}
		if i != len(want) {
			t.Fatalf("%q: scanner gave %d terms, want %d", text, i, len(want))
		}
		// A TermFilter handed every token gives the terms of Terms.
		tf := a.NewTermFilter()
		i = 0
		for tk := range Tokens(text) {
			tm, ok := tf.Term(text, tk)
			if !ok {
				continue
			}
			if got := fmt.Sprintf("%s@%d-%d#%d", tm.Term, tm.Start, tm.End, tm.Position); i >= len(want) || got != want[i] {
				t.Fatalf("%q: filter term %d = %s, want %v", text, i, got, want)
			}
			i++
		}
		if i != len(want) {
			t.Fatalf("%q: filter gave %d terms, want %d", text, i, len(want))
		}
	})
}

func TestTermsBytesAndReset(t *testing.T) {
	a := &Analyzer{Stopwords: ArabicStopwords, Stem: dropAl}
	texts := []string{"قال الرئيس «التونسي» في 2025، إن iPhone #مصر وعلى.", "", "المدينة\xff الجديدة"}
	ts := a.NewTermScanner(strings.NewReader("كلمة أولى تسبق"))
	ts.Scan()
	for _, text := range texts {
		var want, got, stream []string
		for tm := range a.Terms(text) {
			want = append(want, fmt.Sprintf("%s@%d-%d#%d", tm.Term, tm.Start, tm.End, tm.Position))
		}
		for tm := range a.TermsBytes([]byte(text)) {
			got = append(got, fmt.Sprintf("%s@%d-%d#%d", tm.Term, tm.Start, tm.End, tm.Position))
		}
		ts.Reset(strings.NewReader(text))
		for ts.Scan() {
			tm := ts.Term()
			stream = append(stream, fmt.Sprintf("%s@%d-%d#%d", tm.Term, tm.Start, tm.End, tm.Position))
		}
		if fmt.Sprint(got) != fmt.Sprint(want) || fmt.Sprint(stream) != fmt.Sprint(want) {
			t.Errorf("%q: Terms %v, TermsBytes %v, TermScanner after Reset %v", text, want, got, stream)
		}
	}
}
