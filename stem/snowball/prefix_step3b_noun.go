// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package snowball

// prefixStep3bNounAmong is the among of Prefix_Step3b_Noun.
var prefixStep3bNounAmong = newAmong(false, []amongEntry{
	{beh, 1},
	{beh + beh, 2},
	{kaf + kaf, 3},
})

// prefixStep3bNoun (Prefix_Step3b_Noun) handles the preposition ب on a word
// longer than three characters that does not start with با: it removes a
// single ب and reduces بب to ب and كك to ك.
func prefixStep3bNoun(w *word) bool {
	w.wordLen = w.length()
	if w.followedBy(beh + alef) {
		return false
	}
	w.bra = w.c
	action := w.findAmong(prefixStep3bNounAmong)
	if action == 0 {
		return false
	}
	w.ket = w.c
	if !(w.wordLen > 3) {
		return false
	}
	switch action {
	case 1:
		w.sliceDel()
	case 2:
		w.sliceFrom(beh)
	case 3:
		w.sliceFrom(kaf)
	}
	return true
}
