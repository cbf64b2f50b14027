// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package snowball

// suffixVerbStep2aAmong is the among of Suffix_Verb_Step2a.
var suffixVerbStep2aAmong = newAmong(true, []amongEntry{
	{teh, 1},
	{alef, 2}, {noon, 2}, {yeh, 2},
	{noon + alef, 3}, {teh + alef, 3}, {teh + noon, 3},
	{alef + noon, 4}, {waw + noon, 4}, {yeh + noon, 4},
	{teh + meem + alef, 5},
})

// suffixVerbStep2a (Suffix_Verb_Step2a) removes a subject ending from a verb:
// ت ا ن ي when the word has at least four characters, the past endings نا تا
// تن at least five, the present endings ان ون ين more than five, تما at least
// six.
func suffixVerbStep2a(w *word) bool {
	w.wordLen = w.length()
	w.ket = w.c
	action := w.findAmongB(suffixVerbStep2aAmong)
	if action == 0 {
		return false
	}
	w.bra = w.c
	switch action {
	case 1, 2:
		if !(w.wordLen >= 4) {
			return false
		}
	case 3:
		if !(w.wordLen >= 5) {
			return false
		}
	case 4:
		if !(w.wordLen > 5) {
			return false
		}
	case 5:
		if !(w.wordLen >= 6) {
			return false
		}
	}
	w.sliceDel()
	return true
}
