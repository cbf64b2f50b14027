// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package snowball

// Suffix_Noun_Step1b removes a final ن from a noun of more than five
// characters.
var suffixNounStep1bAmong = newAmong(true, []amongEntry{
	{noon, 1},
})

func suffixNounStep1b(w *word) bool {
	w.wordLen = w.length()
	w.ket = w.c
	if w.findAmongB(suffixNounStep1bAmong) == 0 {
		return false
	}
	w.bra = w.c
	if !(w.wordLen > 5) {
		return false
	}
	w.sliceDel()
	return true
}
