// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package snowball

// suffixNounStep2bAmong is the among of Suffix_Noun_Step2b.
var suffixNounStep2bAmong = newAmong(true, []amongEntry{
	{alef + teh, 1},
})

// suffixNounStep2b (Suffix_Noun_Step2b) removes the feminine plural ending ات
// from a noun of at least five characters.
func suffixNounStep2b(w *word) bool {
	w.wordLen = w.length()
	w.ket = w.c
	if w.findAmongB(suffixNounStep2bAmong) == 0 {
		return false
	}
	w.bra = w.c
	if !(w.wordLen >= 5) {
		return false
	}
	w.sliceDel()
	return true
}
