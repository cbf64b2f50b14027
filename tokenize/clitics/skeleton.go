// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package clitics

// maxLetters bounds the words that are analysed; longer ones are kept whole.
// No Arabic word with its clitics comes near it.
const maxLetters = 32

// letterCode folds an Arabic letter to one ASCII byte (a Buckwalter-like
// transliteration) for dictionary look-ups. The hamza forms of alef stay
// distinct (أ '>', إ '<', آ '|'), so that أليف is not ال + يف; alef wasla ٱ
// is a plain ا ('A'); ى ('Y'), ة, ء, ؤ and ئ stay distinct too. Spellings
// that drop the hamza are met by lookup, which tries the other alef forms. It returns 0 for anything that is not a letter.
func letterCode(r rune) byte {
	if r < 0x0621 || r > 0x06CC {
		return 0
	}
	if r <= 0x064A {
		return arabicCodes[r-0x0621]
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

// arabicCodes maps U+0621 … U+064A; tatweel (U+0640) maps to 0.
var arabicCodes = [...]byte{
	'\'', '|', '>', '&', '<', '}', 'A', 'b', 'p', 't', // ء آ أ ؤ إ ئ ا ب ة ت
	'v', 'j', 'H', 'x', 'd', '*', 'r', 'z', 's', '$', // ث ج ح خ د ذ ر ز س ش
	'S', 'D', 'T', 'Z', 'E', 'g', 0, 0, 0, 0, 0, // ص ض ط ظ ع غ (U+063B–U+063F unassigned)
	0,                                                // ـ tatweel
	'f', 'q', 'k', 'l', 'm', 'n', 'h', 'w', 'Y', 'y', // ف ق ك ل م ن ه و ى ي
}

// isMark reports whether r is a combining mark or tatweel that rides on the
// letter before it: harakat and Quranic marks U+064B–U+065F, dagger alef
// U+0670, tatweel U+0640 and ZWNJ/ZWJ.
func isMark(r rune) bool {
	return r == 0x0640 || (r >= 0x064B && r <= 0x065F) || r == 0x0670 || r == 0x200C || r == 0x200D
}

// isAlef reports whether c is an alef, bare or with hamza or madda.
func isAlef(c byte) bool { return c == 'A' || c == '>' || c == '<' || c == '|' }
