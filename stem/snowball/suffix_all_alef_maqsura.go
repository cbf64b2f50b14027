// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package snowball

// suffixAllAlefMaqsuraAmong is the among of Suffix_All_alef_maqsura.
var suffixAllAlefMaqsuraAmong = newAmong(true, []amongEntry{
	{alefMaksura, 1},
})

// suffixAllAlefMaqsura (Suffix_All_alef_maqsura) turns a final ى into ي. It
// runs when neither the verb nor the noun suffix steps succeeded (the noun
// steps may still have removed something before failing).
func suffixAllAlefMaqsura(w *word) bool {
	w.wordLen = w.length()
	w.ket = w.c
	if w.findAmongB(suffixAllAlefMaqsuraAmong) == 0 {
		return false
	}
	w.bra = w.c
	w.sliceFrom(yeh)
	return true
}
