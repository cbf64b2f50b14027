// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package snowball

// prefixStep2Among is the among of Prefix_Step2.
var prefixStep2Among = newAmong(false, []amongEntry{
	{feh, 1},
	{waw, 1},
})

// prefixStep2 (Prefix_Step2) removes the conjunction ف or و from the start of
// a word longer than three characters, unless it is followed by ا (فا, وا).
func prefixStep2(w *word) bool {
	w.wordLen = w.length()
	if w.followedBy(feh + alef) {
		return false
	}
	if w.followedBy(waw + alef) {
		return false
	}
	w.bra = w.c
	if w.findAmong(prefixStep2Among) == 0 {
		return false
	}
	w.ket = w.c
	if !(w.wordLen > 3) {
		return false
	}
	w.sliceDel()
	return true
}
