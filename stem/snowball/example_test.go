// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package snowball_test

import (
	"fmt"

	"github.com/qalam-nlp/qalam/stem/snowball"
)

func ExampleStem() {
	for _, word := range []string{"المكتبات", "وكتابهم", "سيكتبون", "مُعَلِّمُونَ", "بوتين"} {
		fmt.Println(word, "→", snowball.Stem(word))
	}
	// Output:
	// المكتبات → مكتب
	// وكتابهم → كتاب
	// سيكتبون → يكتب
	// مُعَلِّمُونَ → معلم
	// بوتين → وتين
}

// A Stemmer reuses its buffer: appending stems to one slice allocates
// nothing once the slice and the buffer have grown.
func ExampleStemmer_AppendStem() {
	var s snowball.Stemmer
	var out []byte
	for _, word := range []string{"المدارس", "ومدرستها", "مدرسون"} {
		out = s.AppendStem(out, []byte(word))
		out = append(out, ' ')
	}
	fmt.Println(string(out))
	// Output:
	// مدارس مدرس مدرس
}
