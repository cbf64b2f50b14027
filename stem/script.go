// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package stem

import (
	"unicode"
	"unicode/utf8"
)

// Script is the kind of a word as far as stemming goes.
type Script int

const (
	// Other is anything that is neither Arabic nor Latin: numbers,
	// punctuation, symbols, words in other scripts, the empty string.
	Other Script = iota
	// Arabic is a word with at least one character from the Unicode Arabic
	// blocks (letters, marks, Arabic-Indic digits, presentation forms).
	Arabic
	// Latin is a word made of Latin-script letters, with at least one
	// letter, optionally with combining marks, ASCII digits, apostrophes
	// and hyphens.
	Latin
)

// String returns "other", "arabic" or "latin".
func (s Script) String() string {
	switch s {
	case Arabic:
		return "arabic"
	case Latin:
		return "latin"
	}
	return "other"
}

// ScriptOf classifies word. Invalid UTF-8 makes a word Other unless it has
// an Arabic character.
func ScriptOf[T string | []byte](word T) Script {
	latin, letters := true, false
	for _, r := range string(word) {
		switch {
		case 'a' <= r && r <= 'z', 'A' <= r && r <= 'Z':
			letters = true
		case '0' <= r && r <= '9', r == '\'', r == '-', r == '\u2019':
		case r < utf8.RuneSelf:
			latin = false
		case isArabicBlock(r):
			return Arabic
		case unicode.Is(unicode.Latin, r):
			letters = true
		case !unicode.Is(unicode.Mn, r): // U+FFFD for invalid UTF-8 lands here
			latin = false
		}
	}
	if latin && letters {
		return Latin
	}
	return Other
}

// isArabicBlock reports whether r is in one of the Unicode blocks of the
// Arabic script: Arabic, Arabic Supplement, Arabic Extended-B and -A, and
// the Arabic Presentation Forms-A and -B.
func isArabicBlock(r rune) bool {
	switch {
	case r < 0x0600:
		return false
	case r <= 0x06FF, 0x0750 <= r && r <= 0x077F, 0x0870 <= r && r <= 0x08FF:
		return true
	case 0xFB50 <= r && r <= 0xFDFF, 0xFE70 <= r && r <= 0xFEFF:
		return true
	}
	return false
}
