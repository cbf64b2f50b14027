// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package light

import (
	"testing"
	"unicode/utf8"
)

// FuzzStem checks that Stem and AppendStem never panic, agree with each
// other and with the model of bleve's filters, and always give valid UTF-8.
func FuzzStem(f *testing.F) {
	for _, tt := range stemTests {
		f.Add(tt.Word)
	}
	f.Fuzz(func(t *testing.T, word string) {
		got := Stem(word)
		if want := model(word); got != want {
			t.Fatalf("Stem(%q) = %q, bleve's filters give %q", word, got, want)
		}
		if appended := AppendStem([]byte("prefix"), []byte(word)); string(appended) != "prefix"+got {
			t.Fatalf("AppendStem(prefix, %q) = %q, want %q", word, appended, "prefix"+got)
		}
		if !utf8.ValidString(got) {
			t.Fatalf("Stem(%q) = %q, not valid UTF-8", word, got)
		}
	})
}
