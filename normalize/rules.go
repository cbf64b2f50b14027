// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package normalize

// The rules: what each option does to one character.

import (
	"unicode/utf8"

	"github.com/qalam-nlp/qalam/internal/letters"
)

// presentationRune returns the code point of n.presentation[i].
func presentationRune(i int) rune {
	if i < len(presentationFormsA) {
		return rune(0xFB50 + i)
	}
	return rune(0xFE70 + i - len(presentationFormsA))
}

// fixedPoint applies step to every character of s until nothing changes, so
// that each table entry is already normal and normalising is idempotent.
func fixedPoint(opts Options, s string) (string, bool) {
	changed := false
	for {
		var b []byte
		again := false
		for _, r := range s {
			t, ok := step(opts, r)
			if ok {
				again = true
				b = append(b, t...)
			} else {
				b = utf8.AppendRune(b, r)
			}
		}
		if !again {
			return s, changed
		}
		s, changed = string(b), true
	}
}

// step is one application of the options to one character (ignoring the
// context rules of Controls): the replacement, or ok == false when opts leave
// r alone.
func step(o Options, r rune) (rep string, ok bool) {
	has := func(x Options) bool { return o&x != 0 }
	switch {
	case letters.IsHaraka(r):
		if has(Harakat) && !(r == 0x0651 && has(KeepShadda)) {
			return "", true
		}
	case r == 0x0670:
		if has(DaggerAlefToAlef) {
			return "\u0627", true
		}
		if has(DaggerAlef) {
			return "", true
		}
	case letters.IsQuranicMark(r):
		if has(QuranicMarks) {
			return "", true
		}
	case r == letters.Tatweel:
		if has(Tatweel) {
			return "", true
		}
	case r == 0x0622 || r == 0x0623 || r == 0x0625:
		if has(AlefForms) {
			return "\u0627", true
		}
	case r == 0x0671:
		if has(AlefWasla) {
			return "\u0627", true
		}
	case r == 0x0624 || r == 0x0626:
		if has(HamzaToHamza) {
			return "\u0621", true
		}
		if has(HamzaToLetters) {
			if r == 0x0624 {
				return "\u0648", true
			}
			return "\u064A", true
		}
	case r == 0x0649:
		if has(AlefMaksura) {
			return "\u064A", true
		}
	case r == 0x0629:
		if has(TehMarbuta) {
			return "\u0647", true
		}
	case r >= 0x0660 && r <= 0x0669, r >= 0x06F0 && r <= 0x06F9:
		if has(Digits) {
			return string(rune('0' + r&0xF)), true
		}
	case r == 0x066B || r == 0x066C:
		if has(Digits) {
			if r == 0x066B {
				return ".", true
			}
			return ",", true
		}
	case r >= 0xFB50 && r <= 0xFDFF, r >= 0xFE70 && r <= 0xFEFE:
		if has(PresentationForms) {
			var s string
			if r <= 0xFDFF {
				s = presentationFormsA[r-0xFB50]
			} else {
				s = presentationFormsB[r-0xFE70]
			}
			if s != "" {
				return s, true
			}
		}
	}
	if has(PersianLetters) {
		if s, ok := persianLetter(r); ok {
			return s, true
		}
	}
	if has(Punctuation) {
		if s, ok := punctuation(r); ok {
			return s, true
		}
	}
	if has(Controls) && letters.IsInvisible(r) {
		return "", true
	}
	return "", false
}

// persianLetter maps letters of other Arabic-script languages to the
// Arabic letter with the same skeleton (see PersianLetters).
func persianLetter(r rune) (string, bool) {
	switch r {
	case 0x06A9, 0x06AA, 0x06AB, 0x06AC, 0x06AD, 0x06AE, 0x06AF, 0x06B0, 0x06B1, 0x06B2, 0x06B3, 0x06B4:
		return "\u0643", true // ک ڪ ګ ڬ ڭ ڮ گ ڰ ڱ ڲ ڳ ڴ → ك
	case 0x06CC, 0x06CD, 0x06CE, 0x06D0, 0x06D1, 0x06D2, 0x063D, 0x063E, 0x063F, 0x0620:
		return "\u064A", true // ی ۍ ێ ې ۑ ے ؽ ؾ ؿ ؠ → ي
	case 0x06D3, 0x0678:
		return "\u0626", true // ۓ ٸ → ئ
	case 0x06C0, 0x06BE, 0x06C1, 0x06C2, 0x06D5, 0x06FF:
		return "\u0647", true // ۀ ھ ہ ۂ ە ۿ → ه
	case 0x06C3:
		return "\u0629", true // ۃ → ة
	case 0x067B, 0x067E, 0x0680:
		return "\u0628", true // ٻ پ ڀ → ب
	case 0x0679, 0x067A, 0x067C, 0x067D, 0x067F:
		return "\u062A", true // ٹ ٺ ټ ٽ ٿ → ت
	case 0x0683, 0x0684, 0x0686, 0x0687, 0x06BF:
		return "\u062C", true // ڃ ڄ چ ڇ ڿ → ج
	case 0x0681, 0x0682, 0x0685:
		return "\u062D", true // ځ ڂ څ → ح
	case 0x0688, 0x0689, 0x068A, 0x068B, 0x068C, 0x068D, 0x068E, 0x068F, 0x0690, 0x06EE:
		return "\u062F", true // ڈ ډ ڊ ڋ ڌ ڍ ڎ ڏ ڐ ۮ → د
	case 0x0691, 0x0692, 0x0693, 0x0694, 0x0695, 0x0696, 0x0697, 0x0699, 0x06EF:
		return "\u0631", true // ڑ ڒ ړ ڔ ڕ ږ ڗ ڙ ۯ → ر
	case 0x0698:
		return "\u0632", true // ژ → ز
	case 0x069A, 0x069B, 0x069C:
		return "\u0633", true // ښ ڛ ڜ → س
	case 0x06FA:
		return "\u0634", true // ۺ → ش
	case 0x069D, 0x069E:
		return "\u0635", true // ڝ ڞ → ص
	case 0x06FB:
		return "\u0636", true // ۻ → ض
	case 0x069F:
		return "\u0637", true // ڟ → ط
	case 0x06A0:
		return "\u0639", true // ڠ → ع
	case 0x06FC:
		return "\u063A", true // ۼ → غ
	case 0x06A2, 0x06A3, 0x06A4, 0x06A5, 0x06A6:
		return "\u0641", true // ڢ ڣ ڤ ڥ ڦ → ف
	case 0x06A7, 0x06A8:
		return "\u0642", true // ڧ ڨ → ق
	case 0x06B5, 0x06B6, 0x06B7, 0x06B8:
		return "\u0644", true // ڵ ڶ ڷ ڸ → ل
	case 0x06B9, 0x06BA, 0x06BB, 0x06BC, 0x06BD:
		return "\u0646", true // ڹ ں ڻ ڼ ڽ → ن
	case 0x06C4, 0x06C5, 0x06C6, 0x06C7, 0x06C8, 0x06C9, 0x06CA, 0x06CB, 0x06CF:
		return "\u0648", true // ۄ ۅ ۆ ۇ ۈ ۉ ۊ ۋ ۏ → و
	case 0x0676, 0x0677:
		return "\u0624", true // ٶ ٷ → ؤ
	case 0x0672, 0x0675:
		return "\u0623", true // ٲ ٵ → أ
	case 0x0673:
		return "\u0625", true // ٳ → إ
	}
	return "", false
}

// punctuation maps Arabic punctuation to ASCII (see Punctuation).
func punctuation(r rune) (string, bool) {
	switch r {
	case 0x060C, 0x2E41:
		return ",", true
	case 0x061B:
		return ";", true
	case 0x061F:
		return "?", true
	case 0x066A:
		return "%", true
	case 0x066D:
		return "*", true
	case 0x06D4:
		return ".", true
	}
	return "", false
}
