// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package entities_test

import (
	"fmt"

	"github.com/qalam-nlp/qalam/entities"
)

// Clitics stay outside the spans (وبوتين → بوتين, لأوكرانيا → أوكرانيا),
// spelling variants link to one entry (ترمب is Donald Trump), and the
// offsets point into the text as written.
func ExampleExtractor_Mentions() {
	x, err := entities.Default()
	if err != nil {
		panic(err)
	}
	text := "التقى الرئيس الأمريكي دونالد ترمب وبوتين في ألاسكا لبحث الحرب في أوكرانيا."
	for m := range x.Mentions(text) {
		fmt.Println(m.Start, m.End, m.Type, text[m.Start:m.End], m.ID)
	}
	// Output:
	// 24 40 NATIONALITY الأمريكي nat-us
	// 41 62 PERSON دونالد ترمب donald-trump
	// 65 75 PERSON بوتين vladimir-putin
	// 81 93 LOCATION ألاسكا alaska-us
	// 119 135 LOCATION أوكرانيا ua
}
