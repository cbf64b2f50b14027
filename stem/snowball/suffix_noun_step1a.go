// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package snowball

// suffixNounStep1aAmong is the among of Suffix_Noun_Step1a.
var suffixNounStep1aAmong = newAmong(true, []amongEntry{
	{yeh, 1}, {kaf, 1}, {heh, 1},
	{noon + alef, 2}, {kaf + meem, 2}, {heh + alef, 2}, {heh + noon, 2}, {heh + meem, 2},
	{kaf + meem + alef, 3}, {heh + meem + alef, 3},
})

// suffixNounStep1a (Suffix_Noun_Step1a) removes a possessive pronoun from a
// noun: ي ك ه when the word has at least four characters, نا كم ها هن هم at
// least five, كما هما at least six.
func suffixNounStep1a(w *word) bool {
	w.wordLen = w.length()
	w.ket = w.c
	action := w.findAmongB(suffixNounStep1aAmong)
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
