// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package snowball

// normalizePre (Normalize_pre) runs before the suffix and prefix steps.
// Walking forward over the word it deletes the harakat (U+064B–U+0652) and
// tatweel, turns the Arabic-Indic digits ٠–٩ into 0–9, and turns each
// presentation form U+FE80–U+FEFC into the letter it shows (a lam-alef
// ligature into two letters).
//
// The walk goes on to the end of the word, as in libstemmer 2.2.0, the
// reference. (The current arabic.sbl walks `loop len` steps instead; that
// is the same on valid UTF-8 but stops short of the end when the word holds
// stray UTF-8 continuation bytes, which `len` does not count but `next`
// steps over one at a time.)
//
// Every change is at the cursor and the cursor then moves past the new text,
// so the text after the cursor is still the original. The walk can therefore
// write the result into a second buffer instead of replacing in place, which
// keeps it linear in the length of the word (in place, each deletion would
// move the rest of the word).
func normalizePre(w *word) {
	if !mayNormalizePre(w.p[w.c:]) {
		return // the walk would only move the cursor
	}
	out := append(w.spare[:0], w.p[:w.c]...)
	for {
		c := w.c
		if repl, ok := w.findNormalizePre(); ok {
			out = append(out, repl...)
			continue
		}
		if !w.next() {
			break
		}
		out = append(out, w.p[c:w.c]...)
	}
	w.p, w.spare = out, w.p
	w.chars = countChars(w.p)
	w.c = len(w.p)
}

// findNormalizePre is the among of Normalize_pre: when the character at the
// cursor is one it changes, it moves the cursor past it and returns its
// replacement. The among is a lookup because every string in it is a single
// character: two bytes D9 xx for the marks, tatweel and digits, three bytes
// EF BA xx or EF BB xx for the presentation forms.
func (w *word) findNormalizePre() (string, bool) {
	p, c := w.p, w.c
	if c+1 >= len(p) {
		return "", false
	}
	switch p[c] {
	case 0xD9:
		switch b := p[c+1]; {
		case b == 0x80, 0x8B <= b && b <= 0x92: // tatweel, harakat
			w.c += 2
			return "", true
		case 0xA0 <= b && b <= 0xA9: // ٠–٩
			w.c += 2
			return asciiDigits[b-0xA0 : b-0xA0+1], true
		}
	case 0xEF:
		if c+2 >= len(p) || (p[c+1] != 0xBA && p[c+1] != 0xBB) || p[c+2] < 0x80 || p[c+2] > 0xBF {
			return "", false
		}
		i := int(p[c+1]-0xBA)<<6 | int(p[c+2]-0x80)
		if i >= len(presentationBase) {
			return "", false
		}
		w.c += 3
		return presentationBase[i], true
	}
	return "", false
}

// mayNormalizePre reports whether b holds a byte sequence that the among of
// Normalize_pre could match: D9 followed by the second byte of tatweel, a
// haraka or a digit, or EF, the first byte of every presentation form.
func mayNormalizePre(b []byte) bool {
	for i, c := range b {
		switch c {
		case 0xEF:
			return true
		case 0xD9:
			if i+1 < len(b) {
				if c2 := b[i+1]; c2 == 0x80 || 0x8B <= c2 && c2 <= 0x92 || 0xA0 <= c2 && c2 <= 0xA9 {
					return true
				}
			}
		}
	}
	return false
}

const asciiDigits = "0123456789"

// presentationForms lists, as Normalize_pre does, the presentation forms and
// the letters they stand for.
var presentationForms = [...]struct{ forms, letters string }{
	{"\uFE80", hamza},
	{"\uFE83\uFE84", alefHamzaAbove},
	{"\uFE87\uFE88", alefHamzaBelow},
	{"\uFE8B\uFE8C\uFE89\uFE8A", yehHamza},
	{"\uFE81\uFE82", alefMadda},
	{"\uFE85\uFE86", wawHamza},
	{"\uFE8D\uFE8E", alef},
	{"\uFE8F\uFE90\uFE91\uFE92", beh},
	{"\uFE93\uFE94", tehMarbuta},
	{"\uFE97\uFE98\uFE95\uFE96", teh},
	{"\uFE9B\uFE9C\uFE9A\uFE99", theh},
	{"\uFE9F\uFEA0\uFE9D\uFE9E", jeem},
	{"\uFEA3\uFEA4\uFEA1\uFEA2", hah},
	{"\uFEA7\uFEA8\uFEA5\uFEA6", khah},
	{"\uFEA9\uFEAA", dal},
	{"\uFEAB\uFEAC", thal},
	{"\uFEAD\uFEAE", reh},
	{"\uFEAF\uFEB0", zain},
	{"\uFEB3\uFEB4\uFEB1\uFEB2", seen},
	{"\uFEB7\uFEB8\uFEB5\uFEB6", sheen},
	{"\uFEBB\uFEBC\uFEB9\uFEBA", sad},
	{"\uFEBF\uFEC0\uFEBD\uFEBE", dad},
	{"\uFEC3\uFEC4\uFEC1\uFEC2", tah},
	{"\uFEC7\uFEC8\uFEC5\uFEC6", zah},
	{"\uFECB\uFECC\uFEC9\uFECA", ain},
	{"\uFECF\uFED0\uFECD\uFECE", ghain},
	{"\uFED3\uFED4\uFED1\uFED2", feh},
	{"\uFED7\uFED8\uFED5\uFED6", qaf},
	{"\uFEDB\uFEDC\uFED9\uFEDA", kaf},
	{"\uFEDF\uFEE0\uFEDD\uFEDE", lam},
	{"\uFEE3\uFEE4\uFEE1\uFEE2", meem},
	{"\uFEE7\uFEE8\uFEE5\uFEE6", noon},
	{"\uFEEB\uFEEC\uFEE9\uFEEA", heh},
	{"\uFEED\uFEEE", waw},
	{"\uFEEF\uFEF0", alefMaksura},
	{"\uFEF3\uFEF4\uFEF1\uFEF2", yeh},
	{"\uFEFB\uFEFC", lam + alef},
	{"\uFEF7\uFEF8", lam + alefHamzaAbove},
	{"\uFEF9\uFEFA", lam + alefHamzaBelow},
	{"\uFEF5\uFEF6", lam + alefMadda},
}

// presentationBase is presentationForms indexed by code point minus U+FE80.
var presentationBase = func() (base [presentationLast - presentationFirst + 1]string) {
	for _, f := range presentationForms {
		for _, r := range f.forms {
			base[r-presentationFirst] = f.letters
		}
	}
	return base
}()
