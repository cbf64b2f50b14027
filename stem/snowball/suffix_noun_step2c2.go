// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package snowball

// suffixNounStep2c2Among is the among of Suffix_Noun_Step2c2.
var suffixNounStep2c2Among = newAmong(true, []amongEntry{
	{tehMarbuta, 1},
})

// suffixNounStep2c2 (Suffix_Noun_Step2c2) removes the feminine ending ة from a
// noun of at least four characters.
func suffixNounStep2c2(w *word) bool {
	w.wordLen = w.length()
	w.ket = w.c
	if w.findAmongB(suffixNounStep2c2Among) == 0 {
		return false
	}
	w.bra = w.c
	if !(w.wordLen >= 4) {
		return false
	}
	w.sliceDel()
	return true
}
