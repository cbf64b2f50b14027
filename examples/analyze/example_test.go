// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package main

import (
	"os"
	"strings"
)

// The report on a short article read from standard input ("-"), with the
// three most frequent key terms (only one stem occurs twice here:
// استقبل and يستقبل are two verb forms, which key terms keep apart).
func Example() {
	article := `ترامب يستقبل زيلينسكي في البيت الأبيض

استقبل الرئيس الأمريكي دونالد ترامب نظيره الأوكراني فولوديمير زيلينسكي في البيت الأبيض، وبحث معه الحرب. وقال ترمب إن بوتين «يريد السلام»، فيما أكد زيلينسكي أن الحرب لن تنتهي دون ضمانات.
`
	run([]string{"-terms", "3", "-"}, strings.NewReader(article), os.Stdout, os.Stderr, false)
	// Output:
	// ══ standard input
	// title      ترامب يستقبل زيلينسكي في البيت الأبيض
	// size       411 bytes, 3 sentences, 36 words, 11 entity mentions
	//
	// PERSON: 3 entities, 7 mentions
	//     3  Donald Trump        donald-trump        ترامب، دونالد ترامب، ترمب
	//     3  Volodymyr Zelensky  volodymyr-zelensky  زيلينسكي، فولوديمير زيلينسكي
	//     1  Vladimir Putin      vladimir-putin      بوتين
	//
	// ORGANIZATION: 1 entity, 2 mentions
	//     2  White House  white-house  البيت الأبيض
	//
	// NATIONALITY: 2 entities, 2 mentions
	//     1  United States  nat-us  الأمريكي
	//     1  Ukraine        nat-ua  الأوكراني
	//
	// KEY TERMS: count, commonest form, stem
	//     2  الحرب  stem حرب
	//
	// NOTES
	// spelling variants of one entity:
	//       Donald Trump  donald-trump  ترامب، ترمب
}
