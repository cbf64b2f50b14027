// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package snowball

// Suffix_Noun_Step2b removes the feminine plural ending ات from a noun of at
// least five characters.
var suffixNounStep2bAmong = newAmong(true, []amongEntry{
	{alef + teh, 1},
})

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
