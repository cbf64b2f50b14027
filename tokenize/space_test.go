// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package tokenize

import (
	"slices"
	"testing"
	"unicode/utf8"
)

func TestIsSpace(t *testing.T) {
	for _, r := range []rune{' ', '\n', '\t', '\r', '\v', '\f', 0x85, 0xA0, 0x1680, 0x2000, 0x200A, 0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000} {
		if !IsSpace(r) {
			t.Errorf("IsSpace(%U) = false", r)
		}
	}
	for _, r := range []rune{'a', 'ب', 0x640, 0x200C, 0x200D, 0x200F, 0x061C, 0xAD, '«', '(', '.', utf8.RuneError, -1} {
		if IsSpace(r) {
			t.Errorf("IsSpace(%U) = true", r)
		}
	}
}

// TestCutAfterSpace checks the promise of IsSpace: text cut just after
// white space gives, piece by piece, the tokens of the whole.
func TestCutAfterSpace(t *testing.T) {
	texts := []string{
		"قال\u00a0الرئيس\u00a0«ترامب»\u00a0إن\u00a0%15\u00a0من\u00a0#السلام",
		"word\u00a0#tag\u3000@user\u2028x.com/a\u200b١٬٢٠٠\u00a0...\u00a015\u00a0%",
		"كتاب\u200c\u00a0\u200fالعراق\u00a0\r\n١٠:٣٠\u00a0🇹🇳\u00a0👍🏽",
	}
	for _, text := range texts {
		whole := AppendTokens(nil, text)
		for i, r := range text {
			if !IsSpace(r) {
				continue
			}
			cut := i + utf8.RuneLen(r)
			got := AppendTokens(nil, text[:cut])
			for _, tk := range AppendTokens(nil, text[cut:]) {
				got = append(got, Token{Start: tk.Start + cut, End: tk.End + cut, Kind: tk.Kind})
			}
			if !slices.Equal(got, whole) {
				t.Errorf("%q cut at %d:\n got %v\nwant %v", text, cut, got, whole)
			}
		}
	}
}

// FuzzCutAfterSpace checks the promise of IsSpace on any text.
func FuzzCutAfterSpace(f *testing.F) {
	f.Add("قال\u00a0الرئيس «ترامب»\u3000إن %15")
	f.Add("a\u200b#b\u00a0@c 1\u00a0000 x.com/\u00a0y")
	f.Fuzz(func(t *testing.T, text string) {
		whole := AppendTokens(nil, text)
		for i := 0; i < len(text); {
			r, n := utf8.DecodeRuneInString(text[i:])
			i += n
			if !IsSpace(r) {
				continue
			}
			got := AppendTokens(nil, text[:i])
			for _, tk := range AppendTokens(nil, text[i:]) {
				got = append(got, Token{Start: tk.Start + i, End: tk.End + i, Kind: tk.Kind})
			}
			if !slices.Equal(got, whole) {
				t.Fatalf("%q cut at %d:\n got %v\nwant %v", text, i, got, whole)
			}
		}
	})
}
