// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package report_test

import (
	"fmt"

	"github.com/qalam-nlp/qalam/entities"
	"github.com/qalam-nlp/qalam/report"
)

func Example() {
	x, err := entities.Default()
	if err != nil {
		panic(err)
	}
	text := "كتب: سامي يوسف\n\nترامب يستقبل زيلينسكي في البيت الأبيض\n\n" +
		"استقبل الرئيس الأمريكي دونالد ترامب الرئيس الأوكراني فولوديمير زيلينسكي في البيت الأبيض. " +
		"وقال ترمب إن الحرب يجب أن تنتهي، وقال زيلينسكي إن الحرب لن تنتهي دون ضمانات.\n"
	r := report.New(x, "visit.txt", text)
	fmt.Println(r.Title)
	fmt.Println(r.Sentences, "sentences,", r.Words, "words,", r.Mentions, "mentions")
	for _, e := range r.Entities {
		fmt.Println(e.Type, e.ID, e.Count, e.Name)
	}
	for _, t := range r.Terms {
		fmt.Println(t.Count, t.Form, t.Stem)
	}
	fmt.Println(r.Notes.Variants[0].Forms)
	// Output:
	// ترامب يستقبل زيلينسكي في البيت الأبيض
	// 4 sentences, 36 words, 11 mentions
	// PERSON donald-trump 3 دونالد ترامب
	// PERSON volodymyr-zelensky 3 فولوديمير زيلينسكي
	// PERSON  1 سامي يوسف
	// ORGANIZATION white-house 2 البيت الأبيض
	// NATIONALITY nat-us 1 أمريكي
	// NATIONALITY nat-ua 1 أوكراني
	// 2 الرئيس رئيس
	// 2 الحرب حرب
	// 2 تنتهي تنتهي
	// [ترامب ترمب]
}

func ExampleTitle() {
	fmt.Println(report.Title("مجلس التحرير: مجموعة من المحررين\n\nالحكومة تقر خطة للنقل العام\n\nأقرت الحكومة اليوم خطة جديدة.\n"))
	// Output:
	// الحكومة تقر خطة للنقل العام
}
