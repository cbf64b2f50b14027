// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package snowball

// prefixStep4VerbAmong is the among of Prefix_Step4_Verb.
var prefixStep4VerbAmong = newAmong(false, []amongEntry{
	{yeh + seen + teh, 1}, {noon + seen + teh, 1}, {teh + seen + teh, 1},
})

// prefixStep4Verb (Prefix_Step4_Verb) turns the present-tense prefixes يست,
// نست and تست of a word longer than four characters into است, and marks the
// word a verb.
func prefixStep4Verb(w *word) bool {
	w.wordLen = w.length()
	w.bra = w.c
	if w.findAmong(prefixStep4VerbAmong) == 0 {
		return false
	}
	w.ket = w.c
	if !(w.wordLen > 4) {
		return false
	}
	w.isVerb = true
	w.isNoun = false
	w.sliceFrom(alef + seen + teh)
	return true
}
