// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

// Package letters holds the facts about Arabic letters and the characters
// around them that several packages need: which characters are marks that
// ride on a letter, which letters can be proclitics, how letters fold to
// one byte for look-ups, which characters are pictographs. Each fact is
// defined here once; normalize, tokenize, tokenize/clitics and the
// generators of their tables use these definitions, so they cannot
// disagree.
package letters

// Tatweel (U+0640, kashida) stretches a word; it is no letter.
const Tatweel = '\u0640'

// The zero-width non-joiner and joiner, written inside words to control
// how letters join.
const (
	ZWNJ = '\u200C'
	ZWJ  = '\u200D'
)

// IsHaraka reports whether r is one of the harakat U+064B–U+0652: the
// tanween, the short vowels, shadda and sukun.
func IsHaraka(r rune) bool { return r >= 0x064B && r <= 0x0652 }

// IsMark reports whether r is an Arabic combining mark that rides on the
// letter before it: the harakat and the marks after them, U+064B–U+065F,
// and the dagger (superscript) alef U+0670.
func IsMark(r rune) bool { return r >= 0x064B && r <= 0x065F || r == 0x0670 }

// IsQuranicMark reports whether r is one of the marks of Quranic
// orthography: the honorifics and small letters U+0610–U+061A, the marks
// U+0653–U+065F after the harakat and the small high and low signs
// U+06D6–U+06ED.
func IsQuranicMark(r rune) bool {
	return r >= 0x0610 && r <= 0x061A || r >= 0x0653 && r <= 0x065F || r >= 0x06D6 && r <= 0x06ED
}

// IsInWord reports whether r may sit inside a written word without being
// a letter: a mark (IsMark), tatweel, or a zero-width (non-)joiner.
func IsInWord(r rune) bool { return IsMark(r) || r == Tatweel || r == ZWNJ || r == ZWJ }

// IsInvisible reports whether r is an invisible format character that may
// turn up inside or between words: soft hyphen U+00AD, the Arabic letter
// mark U+061C, zero-width space, non-joiner and joiner U+200B–U+200D, LRM
// and RLM U+200E–U+200F, bidi embeddings and overrides U+202A–U+202E, word
// joiner and invisible operators U+2060–U+2064, bidi isolates and the
// deprecated format characters U+2066–U+206F, and the byte order mark
// U+FEFF.
func IsInvisible(r rune) bool {
	switch {
	case r == 0x00AD, r == 0x061C, r == 0xFEFF:
		return true
	case r >= 0x200B && r <= 0x200F, r >= 0x202A && r <= 0x202E, r >= 0x2060 && r <= 0x2064, r >= 0x2066 && r <= 0x206F:
		return true
	}
	return false
}

// The letters that attach to the front of a word as clitics, in the order
// they come: a conjunction, then a preposition or the future particle.
const (
	Conjunctions   = "وف"  // و and, ف so
	Prepositions   = "بلك" // ب with, ل for, ك like
	FutureParticle = 'س'
)

// IsProclitic reports whether r is a letter that can be a proclitic: one
// of Conjunctions or Prepositions, or FutureParticle.
func IsProclitic(r rune) bool {
	switch r {
	case 'و', 'ف', 'ب', 'ل', 'ك', FutureParticle:
		return true
	}
	return false
}

// Code folds an Arabic letter to one ASCII byte, a Buckwalter-like
// transliteration, for dictionary look-ups: 0 for anything that is not a
// letter of Arabic (tatweel included). The hamza forms of alef stay distinct (أ '>',
// إ '<', آ '|'); alef wasla ٱ is a plain ا ('A'); ى ('Y'), ة ('p'), ء, ؤ
// and ئ stay distinct too; Persian keheh ک and farsi yeh ی are ك and ي.
func Code(r rune) byte {
	if r >= 0x0621 && r <= 0x064A {
		return codes[r-0x0621]
	}
	switch r {
	case 0x0671: // ٱ alef wasla
		return 'A'
	case 0x06A9: // ک keheh
		return 'k'
	case 0x06CC: // ی farsi yeh
		return 'y'
	}
	return 0
}

// codes maps U+0621 … U+064A; tatweel (U+0640) maps to 0.
var codes = [...]byte{
	'\'', '|', '>', '&', '<', '}', 'A', 'b', 'p', 't', // ء آ أ ؤ إ ئ ا ب ة ت
	'v', 'j', 'H', 'x', 'd', '*', 'r', 'z', 's', '$', // ث ج ح خ د ذ ر ز س ش
	'S', 'D', 'T', 'Z', 'E', 'g', 0, 0, 0, 0, 0, // ص ض ط ظ ع غ, then U+063B–U+063F (letters of other languages)
	0,                                                // ـ tatweel
	'f', 'q', 'k', 'l', 'm', 'n', 'h', 'w', 'Y', 'y', // ف ق ك ل م ن ه و ى ي
}

// IsPictographic reports whether r has the Unicode property
// Extended_Pictographic: the emoji and the symbols that emoji sequences
// build on, after which a zero-width joiner continues the sequence.
func IsPictographic(r rune) bool {
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
