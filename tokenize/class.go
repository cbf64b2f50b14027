// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package tokenize

import (
	"unicode"

	"github.com/qalam-nlp/qalam/internal/letters"
)

// class is what the lexer needs to know about a rune.
type class uint8

const (
	cSpace     class = iota // white space and line breaks; separates tokens
	cIgnorable              // invisible format control (ZWNJ, ZWJ, bidi marks, soft hyphen, variation selectors)
	cArabic                 // letter of the Arabic script, tatweel included
	cLetter                 // letter of any other script
	cDigit                  // decimal digit of any script (Nd)
	cNumeric                // other numeric character: ½ ² Ⅻ
	cMark                   // combining mark (harakat, accents)
	cPunct                  // punctuation (P*)
	cSymbol                 // symbol (S*) and any other visible character
	cEmoji                  // pictograph shown as emoji by default
	cTextPict               // pictograph shown as text unless followed by U+FE0F: © ® ™ ↔
	cRegional               // regional indicator letter; two make a flag
	cModifier               // emoji skin-tone modifier
)

// lowClass holds the class of every rune below U+0700: ASCII, the Latin,
// Greek, Cyrillic and Hebrew letters and the Arabic block, which make up
// nearly all Arabic news text.
var lowClass = lowClassTable()

func lowClassTable() (t [0x700]class) {
	for r := range rune(len(t)) {
		t[r] = classifySlow(r)
	}
	return t
}

// isArabicLead reports whether b is the first byte of a rune of the Arabic
// block, U+0600..U+06FF (0xD8..0xDB).
func isArabicLead(b byte) bool { return b-0xD8 < 4 }

// arabicPairs holds, for each two bytes whose first is an Arabic lead, the
// class of the rune they encode, or cSymbol when the second byte does not
// continue the first (the first is then an invalid byte, which the lexer
// makes a Symbol token of). The lexer reads Arabic text with it, two
// bytes at a time, without decoding.
var arabicPairs = arabicPairTable()

func arabicPairTable() (t [4 << 8]class) {
	for k := range t {
		t[k] = cSymbol
		if b1 := k & 0xFF; b1&0xC0 == 0x80 {
			t[k] = lowClass[0x600|(k>>8)<<6|b1&0x3F]
		}
	}
	return t
}

// arabicPairClass returns the class that arabicPairs holds for the Arabic
// lead b0 and the byte b1 after it.
func arabicPairClass(b0, b1 byte) class { return arabicPairs[int(b0&3)<<8|int(b1)] }

// IsSpace reports whether the tokenizer takes r for white space, which
// separates tokens and belongs to none: Unicode White_Space (U+00A0,
// U+2028 and U+3000 included) and the zero width space U+200B. No token
// is lexed differently for what comes before white space, so text cut
// just after such a rune gives, piece by piece, the tokens of the whole.
func IsSpace(r rune) bool { return classify(r) == cSpace }

func classify(r rune) class {
	if uint32(r) < uint32(len(lowClass)) {
		return lowClass[r]
	}
	return classifySlow(r)
}

func classifySlow(r rune) class {
	switch {
	case r == 0x200B: // zero width space: a separator by intent
		return cSpace
	case unicode.IsSpace(r):
		return cSpace
	case r >= 0x1F1E6 && r <= 0x1F1FF:
		return cRegional
	case r >= 0x1F3FB && r <= 0x1F3FF:
		return cModifier
	case isVisibleFormat(r):
		return cSymbol
	case unicode.Is(unicode.Cf, r), unicode.Is(unicode.Cc, r), isVariationSelector(r):
		return cIgnorable
	case unicode.IsLetter(r):
		if r == 0x640 || unicode.Is(unicode.Arabic, r) { // tatweel is of the Common script
			return cArabic
		}
		return cLetter
	case unicode.IsMark(r):
		return cMark
	case unicode.Is(unicode.Nd, r):
		return cDigit
	case unicode.IsNumber(r):
		return cNumeric
	}
	if letters.IsPictographic(r) {
		if r < 0x2300 {
			return cTextPict
		}
		return cEmoji
	}
	if unicode.IsPunct(r) {
		return cPunct
	}
	return cSymbol
}

// isVisibleFormat reports the format characters (Cf) that are drawn: the
// Arabic number signs and end-of-ayah and their Syriac and Kaithi kin.
func isVisibleFormat(r rune) bool {
	switch {
	case r >= 0x600 && r <= 0x605, r == 0x6DD, r == 0x70F, r == 0x890, r == 0x891, r == 0x8E2,
		r == 0x110BD, r == 0x110CD:
		return true
	}
	return false
}

func isVariationSelector(r rune) bool {
	return r >= 0xFE00 && r <= 0xFE0F || r >= 0xE0100 && r <= 0xE01EF || r >= 0x180B && r <= 0x180F
}
