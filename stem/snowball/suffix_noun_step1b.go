// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package snowball

// suffixNounStep1bAmong is the among of Suffix_Noun_Step1b.
var suffixNounStep1bAmong = newAmong(true, []amongEntry{
	{noon, 1},
})

// suffixNounStep1b (Suffix_Noun_Step1b) removes a final ن from a noun of more
// than five characters.
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
