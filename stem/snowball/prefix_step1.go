// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package snowball

// prefixStep1Among is the among of Prefix_Step1.
var prefixStep1Among = newAmong(false, []amongEntry{
	{alefHamzaAbove + alefHamzaAbove, 1},
	{alefHamzaAbove + alefMadda, 2},
	{alefHamzaAbove + wawHamza, 3},
	{alefHamzaAbove + alef, 4},
	{alefHamzaAbove + alefHamzaBelow, 5},
})

// prefixStep1 (Prefix_Step1) reduces a doubled hamza-alef at the start of a
// word longer than three characters: أأ → أ, أآ → آ, أؤ → أ, أا → ا, أإ → إ.
func prefixStep1(w *word) bool {
	w.wordLen = w.length()
	w.bra = w.c
	action := w.findAmong(prefixStep1Among)
	if action == 0 {
		return false
	}
	w.ket = w.c
	if !(w.wordLen > 3) {
		return false
	}
	switch action {
	case 1:
		w.sliceFrom(alefHamzaAbove)
	case 2:
		w.sliceFrom(alefMadda)
	case 3:
		w.sliceFrom(alefHamzaAbove)
	case 4:
		w.sliceFrom(alef)
	case 5:
		w.sliceFrom(alefHamzaBelow)
	}
	return true
}
