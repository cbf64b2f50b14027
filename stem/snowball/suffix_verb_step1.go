// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package snowball

// suffixVerbStep1Among is the among of Suffix_Verb_Step1.
var suffixVerbStep1Among = newAmong(true, []amongEntry{
	{heh, 1}, {kaf, 1},
	{noon + yeh, 2}, {noon + alef, 2}, {heh + alef, 2}, {heh + meem, 2},
	{heh + noon, 2}, {kaf + meem, 2}, {kaf + noon, 2},
	{heh + meem + alef, 3}, {kaf + meem + alef, 3}, {kaf + meem + waw, 3},
})

// suffixVerbStep1 (Suffix_Verb_Step1) removes an object pronoun from a verb: ه
// ك when the word has at least four characters, ني نا ها هم هن كم كن at least
// five, هما كما كمو at least six.
func suffixVerbStep1(w *word) bool {
	w.wordLen = w.length()
	w.ket = w.c
	action := w.findAmongB(suffixVerbStep1Among)
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
		if !(w.wordLen >= 5) {
			return false
		}
	case 3:
		if !(w.wordLen >= 6) {
			return false
		}
	}
	w.sliceDel()
	return true
}
