// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package normalize_test

import (
	"fmt"
	"io"
	"os"
	"strings"

	"golang.org/x/text/transform"

	"github.com/qalam-nlp/qalam/normalize"
)

func ExampleNormalizer_String() {
	for _, s := range []string{"أَحْمَدُ", "مدرسة", "إلى", "مسؤول", "مسئول", "ﻷ", "١٢٣", "کتاب"} {
		fmt.Println(s, "→", normalize.Search.String(s))
	}
	// Output:
	// أَحْمَدُ → احمد
	// مدرسة → مدرسه
	// إلى → الي
	// مسؤول → مسءول
	// مسئول → مسءول
	// ﻷ → لا
	// ١٢٣ → 123
	// کتاب → كتاب
}

func ExampleNormalizer_String_presets() {
	s := "\u200Fٱلْقُرْآن عربيـــة ﻷ ٢"
	fmt.Printf("search %q\n", normalize.Search.String(s))
	fmt.Printf("lucene %q\n", normalize.Lucene.String(s))
	fmt.Printf("clean  %q\n", normalize.Clean.String(s))
	// Output:
	// search "القران عربيه لا 2"
	// lucene "\u200fٱلقران عربيه ﻷ ٢"
	// clean  "ٱلْقُرْآن عربية لأ ٢"
}

func ExampleNew() {
	// Vowels go, shadda stays; a Quranic dagger alef becomes a full alef.
	n := normalize.New(normalize.Harakat | normalize.KeepShadda | normalize.DaggerAlefToAlef)
	fmt.Println(n.String("السَّمٰوٰتِ"))
	// Output: السّماوات
}

func ExampleNormalizer_AppendString() {
	// On a hot path, reuse one buffer: no allocation per word.
	var buf []byte
	for _, word := range strings.Fields("قالَ الرئيسُ إنّ المحادثاتِ مثمرة") {
		buf = normalize.Search.AppendString(buf[:0], word)
		fmt.Println(string(buf))
	}
	// Output:
	// قال
	// الرءيس
	// ان
	// المحادثات
	// مثمره
}

func ExampleNormalizer_Transform() {
	// A Normalizer is a transform.Transformer: it streams in constant memory.
	r := transform.NewReader(strings.NewReader("السَّلامُ عليكم\nورحمةُ الله\n"), normalize.Search)
	if _, err := io.Copy(os.Stdout, r); err != nil {
		fmt.Println(err)
	}
	// Output:
	// السلام عليكم
	// ورحمه الله
}

func ExampleNormalizer_AppendWithOffsets() {
	// Match in normalised text, report in the original.
	src := "وصل الرئيسُ بوتينُ إلى ألاسكا"
	out, offs := normalize.Search.AppendWithOffsets(nil, nil, src)
	i := strings.Index(string(out), "الاسكا")
	start, end := offs.Span(i, i+len("الاسكا"))
	fmt.Printf("%d:%d %s\n", start, end, src[start:end])
	// Output: 42:54 ألاسكا
}

func ExampleNormalizer_IsNormal() {
	fmt.Println(normalize.Search.IsNormal("احمد"), normalize.Search.IsNormal("أحمد"))
	// Output: true false
}
