// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package tokenize

import "unicode"

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

// asciiClass and arabicClass are the fast paths of classify for the two
// blocks that make up nearly all Arabic news text.
var asciiClass, arabicClass = classTables()

func classTables() (ascii [0x80]class, arabic [0x100]class) {
	for r := range rune(0x80) {
		ascii[r] = classifySlow(r)
	}
	for r := range rune(0x100) {
		arabic[r] = classifySlow(0x600 + r) // U+0600..U+06FF
	}
	return ascii, arabic
}

// IsSpace reports whether the tokenizer takes r for white space, which
// separates tokens and belongs to none: Unicode White_Space (U+00A0,
// U+2028 and U+3000 included) and the zero width space U+200B. No token
// is lexed differently for what comes before white space, so text cut
// just after such a rune gives, piece by piece, the tokens of the whole.
func IsSpace(r rune) bool { return classify(r) == cSpace }

func classify(r rune) class {
	if uint32(r) < 0x80 {
		return asciiClass[r]
	}
	if r >= 0x600 && r < 0x700 {
		return arabicClass[r-0x600]
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
	if isPictographic(r) {
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

// pictographic lists the Extended_Pictographic ranges of Unicode's
// emoji-data.txt (Unicode 15.1).
var pictographic = [...][2]rune{
	{0x00A9, 0x00A9}, {0x00AE, 0x00AE}, {0x203C, 0x203C}, {0x2049, 0x2049},
	{0x2122, 0x2122}, {0x2139, 0x2139}, {0x2194, 0x2199}, {0x21A9, 0x21AA},
	{0x231A, 0x231B}, {0x2328, 0x2328}, {0x2388, 0x2388}, {0x23CF, 0x23CF},
	{0x23E9, 0x23F3}, {0x23F8, 0x23FA}, {0x24C2, 0x24C2}, {0x25AA, 0x25AB},
	{0x25B6, 0x25B6}, {0x25C0, 0x25C0}, {0x25FB, 0x25FE}, {0x2600, 0x2605},
	{0x2607, 0x2612}, {0x2614, 0x2685}, {0x2690, 0x2705}, {0x2708, 0x2712},
	{0x2714, 0x2714}, {0x2716, 0x2716}, {0x271D, 0x271D}, {0x2721, 0x2721},
	{0x2728, 0x2728}, {0x2733, 0x2734}, {0x2744, 0x2744}, {0x2747, 0x2747},
	{0x274C, 0x274C}, {0x274E, 0x274E}, {0x2753, 0x2755}, {0x2757, 0x2757},
	{0x2763, 0x2767}, {0x2795, 0x2797}, {0x27A1, 0x27A1}, {0x27B0, 0x27B0},
	{0x27BF, 0x27BF}, {0x2934, 0x2935}, {0x2B05, 0x2B07}, {0x2B1B, 0x2B1C},
	{0x2B50, 0x2B50}, {0x2B55, 0x2B55}, {0x3030, 0x3030}, {0x303D, 0x303D},
	{0x3297, 0x3297}, {0x3299, 0x3299}, {0x1F000, 0x1F0FF}, {0x1F10D, 0x1F10F},
	{0x1F12F, 0x1F12F}, {0x1F16C, 0x1F171}, {0x1F17E, 0x1F17F}, {0x1F18E, 0x1F18E},
	{0x1F191, 0x1F19A}, {0x1F1AD, 0x1F1E5}, {0x1F201, 0x1F20F}, {0x1F21A, 0x1F21A},
	{0x1F22F, 0x1F22F}, {0x1F232, 0x1F23A}, {0x1F23C, 0x1F23F}, {0x1F249, 0x1F3FA},
	{0x1F400, 0x1F53D}, {0x1F546, 0x1F64F}, {0x1F680, 0x1F6FF}, {0x1F774, 0x1F77F},
	{0x1F7D5, 0x1F7FF}, {0x1F80C, 0x1F80F}, {0x1F848, 0x1F84F}, {0x1F85A, 0x1F85F},
	{0x1F888, 0x1F88F}, {0x1F8AE, 0x1F8FF}, {0x1F90C, 0x1F93A}, {0x1F93C, 0x1F945},
	{0x1F947, 0x1FAFF}, {0x1FC00, 0x1FFFD},
}

func isPictographic(r rune) bool {
	if r < 0xA9 {
		return false
	}
	lo, hi := 0, len(pictographic)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		switch {
		case r < pictographic[m][0]:
			hi = m
		case r > pictographic[m][1]:
			lo = m + 1
		default:
			return true
		}
	}
	return false
}
