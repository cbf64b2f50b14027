// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package snowball

// normalizePostLastAmong is the among of Normalize_post for the last letter.
var normalizePostLastAmong = newAmong(true, []amongEntry{
	{alefHamzaAbove, 1}, {alefHamzaBelow, 1}, {alefMadda, 1},
	{wawHamza, 2},
	{yehHamza, 3},
})

// normalizePostAmong is the among of Normalize_post for the other letters.
var normalizePostAmong = newAmong(false, []amongEntry{
	{alefHamzaAbove, 1}, {alefHamzaBelow, 1}, {alefMadda, 1},
	{wawHamza, 2},
	{yehHamza, 3},
})

// normalizePost (Normalize_post) runs last. A hamza form ending the word
// (أ إ آ ؤ ئ) becomes the bare hamza ء; then, walking forward to the end of
// the word, أ إ آ become ا, ؤ becomes و and ئ becomes ي.
//
// As in Normalize_pre the walk goes to the end of the word, as libstemmer
// 2.2.0 does; the current arabic.sbl walks `loop word_len` steps, which
// differs only on invalid UTF-8.
func normalizePost(w *word) {
	// do ( backwards ( [substring] among ... ) )
	c := w.c
	w.lb, w.c = w.c, w.limit()
	w.ket = w.c
	if w.findAmongB(normalizePostLastAmong) != 0 {
		w.bra = w.c
		w.sliceFrom(hamza) // the same for all three actions
	}
	w.c = c

	// do repeat ( ( [substring] among ... ) or next )
	if !hasHamzaForm(w.p[w.c:]) {
		return // the walk would only move the cursor
	}
	for {
		c := w.c
		w.bra = w.c
		action := w.findAmong(normalizePostAmong)
		if action != 0 {
			w.ket = w.c
			switch action {
			case 1:
				w.sliceFrom(alef)
			case 2:
				w.sliceFrom(waw)
			case 3:
				w.sliceFrom(yeh)
			}
			continue
		}
		w.c = c
		if !w.next() {
			return
		}
	}
}

// hasHamzaForm reports whether b holds أ إ آ ؤ or ئ (D8 A2 to D8 A6), the
// only strings the among of the loop matches.
func hasHamzaForm(b []byte) bool {
	for i := 0; i+1 < len(b); i++ {
		if b[i] == 0xD8 && 0xA2 <= b[i+1] && b[i+1] <= 0xA6 {
			return true
		}
	}
	return false
}
