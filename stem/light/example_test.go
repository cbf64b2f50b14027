// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package light_test

import (
	"fmt"

	"github.com/qalam-nlp/qalam/stem/light"
)

func ExampleStem() {
	for _, word := range []string{"والمدرسة", "كتابها", "المعلمون", "أمريكيين", "بوتين", "وَلَد"} {
		fmt.Println(word, "→", light.Stem(word))
	}
	// Output:
	// والمدرسة → مدرس
	// كتابها → كتاب
	// المعلمون → معلم
	// أمريكيين → امريك
	// بوتين → بوت
	// وَلَد → ولد
}

// Appending to one reused buffer stems a stream of words without
// allocating.
func ExampleAppendStem() {
	var out []byte
	for _, word := range []string{"المكتبات", "بالكتاب", "للكاتب"} {
		out = light.AppendStem(out, []byte(word))
		out = append(out, ' ')
	}
	fmt.Println(string(out))
	// Output:
	// مكتب كتاب كاتب
}
