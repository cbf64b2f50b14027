// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package snowball

import (
	"bytes"
	"testing"
	"unicode/utf8"
)

// FuzzStem checks that stemming never panics, is deterministic whatever the
// Stemmer stemmed before, agrees between Stem and AppendStem, and keeps valid
// UTF-8 valid.
func FuzzStem(f *testing.F) {
	for _, tt := range stemTests {
		f.Add(tt.Word)
	}
	f.Add("\uFEFB\uFEF7\uFEF9\uFEF5ـً")
	var reused Stemmer
	f.Fuzz(func(t *testing.T, word string) {
		got := reused.Stem(word)
		var fresh Stemmer
		if again := fresh.Stem(word); again != got {
			t.Fatalf("Stem(%q) = %q with a fresh Stemmer, %q with a used one", word, again, got)
		}
		if appended := reused.AppendStem([]byte("prefix"), []byte(word)); !bytes.Equal(appended, []byte("prefix"+got)) {
			t.Fatalf("AppendStem(prefix, %q) = %q, want %q", word, appended, "prefix"+got)
		}
		if Stem(word) != got {
			t.Fatalf("package Stem(%q) differs from Stemmer.Stem", word)
		}
		if utf8.ValidString(word) && !utf8.ValidString(got) {
			t.Fatalf("Stem(%q) = %q, not valid UTF-8", word, got)
		}
	})
}
