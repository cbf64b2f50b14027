// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package snowball

// prefixStep3aNounAmong is the among of Prefix_Step3a_Noun.
var prefixStep3aNounAmong = newAmong(false, []amongEntry{
	{beh + alef + lam, 1}, {kaf + alef + lam, 1},
	{lam + lam, 2}, {alef + lam, 2},
})

// prefixStep3aNoun (Prefix_Step3a_Noun) removes the article with a
// preposition, بال or كال, from a word longer than five characters, and ال or
// لل from a word longer than four.
func prefixStep3aNoun(w *word) bool {
	w.wordLen = w.length()
	w.bra = w.c
	action := w.findAmong(prefixStep3aNounAmong)
	if action == 0 {
		return false
	}
	w.ket = w.c
	switch action {
	case 1:
		if !(w.wordLen > 5) {
			return false
		}
	case 2:
		if !(w.wordLen > 4) {
			return false
		}
	}
	w.sliceDel()
	return true
}
