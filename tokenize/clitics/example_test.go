// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package clitics_test

import (
	"fmt"
	"strings"

	"github.com/qalam-nlp/qalam/tokenize/clitics"
)

func ExampleSegmenter_Segments() {
	for _, word := range []string{"وبحكومته", "للسلطة", "وزير"} {
		var parts []string
		for _, s := range clitics.Default.Segments(word) {
			parts = append(parts, word[s.Start:s.End])
		}
		fmt.Println(strings.Join(parts, " "))
	}
	// Output:
	// و ب حكومت ه
	// ل لسلطة
	// وزير
}

func ExampleNew() {
	seg := clitics.New(clitics.SplitArticle)
	word := "والحكومة"
	for _, s := range seg.Segments(word) {
		fmt.Println(word[s.Start:s.End], s.Kind == clitics.Article)
	}
	// Output:
	// و false
	// ال true
	// حكومة false
}
