// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package snowball

// suffixNounStep2c1Among is the among of Suffix_Noun_Step2c1.
var suffixNounStep2c1Among = newAmong(true, []amongEntry{
	{teh, 1},
})

// suffixNounStep2c1 (Suffix_Noun_Step2c1) removes a final ت from a noun of at
// least four characters.
func suffixNounStep2c1(w *word) bool {
	w.wordLen = w.length()
	w.ket = w.c
	if w.findAmongB(suffixNounStep2c1Among) == 0 {
		return false
	}
	w.bra = w.c
	if !(w.wordLen >= 4) {
		return false
	}
	w.sliceDel()
	return true
}
