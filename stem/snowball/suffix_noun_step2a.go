// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package snowball

// suffixNounStep2aAmong is the among of Suffix_Noun_Step2a.
var suffixNounStep2aAmong = newAmong(true, []amongEntry{
	{alef, 1}, {yeh, 1}, {waw, 1},
})

// suffixNounStep2a (Suffix_Noun_Step2a) removes a final ا, ي or و (dual and
// plural endings once their ن is gone) from a noun of more than four
// characters.
func suffixNounStep2a(w *word) bool {
	w.wordLen = w.length()
	w.ket = w.c
	if w.findAmongB(suffixNounStep2aAmong) == 0 {
		return false
	}
	w.bra = w.c
	if !(w.wordLen > 4) {
		return false
	}
	w.sliceDel()
	return true
}
