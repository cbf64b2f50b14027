// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package stem_test

import (
	"fmt"
	"strings"

	"github.com/qalam-nlp/qalam/stem"
	"github.com/qalam-nlp/qalam/stem/snowball"
)

// Mixed stems the words of an Arabic article: Arabic words with the Snowball
// Arabic stemmer, Latin-script words with the English Snowball stemmer, and
// numbers and punctuation not at all.
func ExampleMixed() {
	english, err := stem.NewLatin("english")
	if err != nil {
		panic(err)
	}
	s := stem.Mixed{Arabic: new(snowball.Stemmer), Latin: english}
	var stems []string
	for _, word := range strings.Fields("أعلنت الحكومات عن Elections عام 2017 «") {
		stems = append(stems, s.Stem(word))
	}
	fmt.Println(strings.Join(stems, " "))
	// Output:
	// اعلن حكوم عن elect عام 2017 «
}

func ExampleScriptOf() {
	for _, word := range []string{"بوتين", "Putin", "2025", "١٤٤٦"} {
		fmt.Println(word, stem.ScriptOf(word))
	}
	// Output:
	// بوتين arabic
	// Putin latin
	// 2025 other
	// ١٤٤٦ arabic
}
