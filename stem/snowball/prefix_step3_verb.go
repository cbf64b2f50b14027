// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package snowball

// prefixStep3VerbAmong is the among of Prefix_Step3_Verb.
var prefixStep3VerbAmong = newAmong(false, []amongEntry{
	{seen + yeh, 1},
	{seen + teh, 2},
	{seen + noon, 3},
	{seen + alefHamzaAbove, 4},
})

// prefixStep3Verb (Prefix_Step3_Verb) removes the future prefix س before ي, ت,
// ن or أ from a word longer than four characters.
func prefixStep3Verb(w *word) bool {
	w.wordLen = w.length()
	w.bra = w.c
	action := w.findAmong(prefixStep3VerbAmong)
	if action == 0 {
		return false
	}
	w.ket = w.c
	if !(w.wordLen > 4) {
		return false
	}
	switch action {
	case 1:
		w.sliceFrom(yeh)
	case 2:
		w.sliceFrom(teh)
	case 3:
		w.sliceFrom(noon)
	case 4:
		w.sliceFrom(alefHamzaAbove)
	}
	return true
}
