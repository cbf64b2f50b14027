// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package snowball

// suffixVerbStep2bAmong is the among of Suffix_Verb_Step2b.
var suffixVerbStep2bAmong = newAmong(true, []amongEntry{
	{waw + alef, 1}, {teh + meem, 1},
})

// suffixVerbStep2b (Suffix_Verb_Step2b) removes the plural endings وا and تم
// from a verb of at least five characters.
func suffixVerbStep2b(w *word) bool {
	w.wordLen = w.length()
	w.ket = w.c
	if w.findAmongB(suffixVerbStep2bAmong) == 0 {
		return false
	}
	w.bra = w.c
	if !(w.wordLen >= 5) {
		return false
	}
	w.sliceDel()
	return true
}
