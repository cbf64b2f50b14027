// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package snowball

// suffixVerbStep2cAmong is the among of Suffix_Verb_Step2c.
var suffixVerbStep2cAmong = newAmong(true, []amongEntry{
	{waw, 1},
	{teh + meem + waw, 2},
})

// suffixVerbStep2c (Suffix_Verb_Step2c) removes a final و from a verb of at
// least four characters, and تمو from one of at least six.
func suffixVerbStep2c(w *word) bool {
	w.wordLen = w.length()
	w.ket = w.c
	action := w.findAmongB(suffixVerbStep2cAmong)
	if action == 0 {
		return false
	}
	w.bra = w.c
	switch action {
	case 1:
		if !(w.wordLen >= 4) {
			return false
		}
	case 2:
		if !(w.wordLen >= 6) {
			return false
		}
	}
	w.sliceDel()
	return true
}
