// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package root

import (
	"testing"
	"unicode/utf8"
)

// FuzzStem checks that Stem never panics, agrees with AppendStem, keeps
// valid UTF-8 valid, returns words it cannot read unchanged, and is
// idempotent on the three-letter roots it returns.
func FuzzStem(f *testing.F) {
	for _, tt := range stemTests {
		f.Add(tt.Word)
	}
	f.Add("فسيكفيكهم")
	f.Add("آآآآآآآآآآآآآآآآآآآآآآآآآآ")
	f.Fuzz(func(t *testing.T, word string) {
		got := Stem(word)
		if appended := AppendStem([]byte("prefix"), []byte(word)); string(appended) != "prefix"+got {
			t.Fatalf("AppendStem(prefix, %q) = %q, want %q", word, appended, "prefix"+got)
		}
		if utf8.ValidString(word) && !utf8.ValidString(got) {
			t.Fatalf("Stem(%q) = %q, not valid UTF-8", word, got)
		}
		var a analysis
		if !load(&a, word) {
			if got != word {
				t.Fatalf("Stem(%q) = %q, want the word unchanged", word, got)
			}
			return
		}
		if a.isParticle(0) || a.afterProclitic() {
			return
		}
		if utf8.RuneCountInString(got) == 3 && !readsAsParticle(got) {
			if again := Stem(got); again != got {
				t.Fatalf("Stem(%q) = %q, but Stem(%q) = %q", word, got, got, again)
			}
		}
	})
}

// readsAsParticle reports whether a root reads as a conjunction and a
// function word (وقد، ولن), which Stem does not take for a root.
func readsAsParticle(root string) bool {
	var a analysis
	return load(&a, root) && a.afterProclitic()
}
