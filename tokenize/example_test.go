// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package tokenize_test

import (
	"fmt"

	"github.com/qalam-nlp/qalam/tokenize"
)

func ExampleTokens() {
	text := "قال «الرئيس» إن النمو بلغ 3.5% في 2025 #اقتصاد"
	for t := range tokenize.Tokens(text) {
		fmt.Println(t.Start, t.End, t.Kind, text[t.Start:t.End])
	}
	// Output:
	// 0 6 arabic قال
	// 7 9 punct «
	// 9 21 arabic الرئيس
	// 21 23 punct »
	// 24 28 arabic إن
	// 29 39 arabic النمو
	// 40 46 arabic بلغ
	// 47 51 number 3.5%
	// 52 56 arabic في
	// 57 61 number 2025
	// 62 75 hashtag #اقتصاد
}

func ExampleSentences() {
	text := "قمة ألاسكا\nقال د. محمد: «انتهى الاجتماع.» وبلغ النمو 3.5 بالمئة؟! نعم."
	for s := range tokenize.Sentences(text, 0) {
		fmt.Println(text[s.Start:s.End])
	}
	// Output:
	// قمة ألاسكا
	// قال د. محمد: «انتهى الاجتماع.»
	// وبلغ النمو 3.5 بالمئة؟!
	// نعم.
}

func ExampleStopwords() {
	sw := tokenize.ArabicStopwords.With("حسب")
	for _, w := range []string{"وفي", "عليها", "الرئيس", "إلى", "آلي", "حسب"} {
		fmt.Println(w, sw.Contains(w))
	}
	// Output:
	// وفي true
	// عليها true
	// الرئيس false
	// إلى true
	// آلي false
	// حسب true
}

func ExampleAnalyzer() {
	a := &tokenize.Analyzer{Stopwords: tokenize.ArabicStopwords}
	text := "قال الرئيسُ إنّ «المدرسة» افتُتحت في ٢٠٢٥"
	for t := range a.Terms(text) {
		fmt.Printf("%s %d-%d position %d (+%d)\n", t.Term, t.Start, t.End, t.Position, t.Increment)
	}
	// Output:
	// الرءيس 7-21 position 2 (+2)
	// المدرسه 31-45 position 4 (+2)
	// افتتحت 48-62 position 5 (+1)
	// 2025 68-76 position 7 (+2)
}
