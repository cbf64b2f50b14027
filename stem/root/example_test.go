// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package root_test

import (
	"fmt"

	"github.com/qalam-nlp/qalam/stem/root"
)

func ExampleStem() {
	for _, word := range []string{"المكتبات", "يتحدثون", "المفاوضات", "استخدام", "مستشفى", "قال", "مدّ", "سؤال", "عناصر"} {
		fmt.Println(word, "→", root.Stem(word))
	}
	// Output:
	// المكتبات → كتب
	// يتحدثون → حدث
	// المفاوضات → فوض
	// استخدام → خدم
	// مستشفى → شفي
	// قال → قول
	// مدّ → مدد
	// سؤال → سءل
	// عناصر → عنصر
}

// Words of one root, grouped.
func ExampleAppendStem() {
	groups := map[string][]string{}
	var buf []byte
	for _, word := range []string{"كتاب", "مدرسة", "الكاتب", "دراسة", "مكتوب", "والمدارس", "يكتبون"} {
		buf = root.AppendStem(buf[:0], []byte(word))
		groups[string(buf)] = append(groups[string(buf)], word)
	}
	fmt.Println(groups["كتب"])
	fmt.Println(groups["درس"])
	// Output:
	// [كتاب الكاتب مكتوب يكتبون]
	// [مدرسة دراسة والمدارس]
}
