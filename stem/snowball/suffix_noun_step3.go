// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package snowball

// suffixNounStep3Among is the among of Suffix_Noun_Step3.
var suffixNounStep3Among = newAmong(true, []amongEntry{
	{yeh, 1},
})

// suffixNounStep3 (Suffix_Noun_Step3) removes the relative-adjective ending ي
// (ya' nisba) from a noun of at least three characters. It runs where the
// earlier noun steps left the cursor, which is one character before the end
// when Step1a was followed by none of the Step2 removals.
func suffixNounStep3(w *word) bool {
	w.wordLen = w.length()
	w.ket = w.c
	if w.findAmongB(suffixNounStep3Among) == 0 {
		return false
	}
	w.bra = w.c
	if !(w.wordLen >= 3) {
		return false
	}
	w.sliceDel()
	return true
}
