// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package snowball

// checks1Among is the among of Checks1.
var checks1Among = newAmong(false, []amongEntry{
	{beh + alef + lam, 1}, {kaf + alef + lam, 1},
	{lam + lam, 2}, {alef + lam, 2},
})

// checks1 (Checks1) looks at the word as given, before any normalisation: a
// word that starts with بال or كال and has more than four characters, or
// starts with ال or لل and has more than three, is taken to be a defined noun
// and not a verb.
func checks1(w *word) bool {
	w.wordLen = w.length()
	w.bra = w.c
	action := w.findAmong(checks1Among)
	w.ket = w.c
	switch action {
	case 1:
		if !(w.wordLen > 4) {
			return false
		}
	case 2:
		if !(w.wordLen > 3) {
			return false
		}
	default:
		return false
	}
	w.isNoun = true
	w.isVerb = false
	w.isDefined = true
	return true
}
