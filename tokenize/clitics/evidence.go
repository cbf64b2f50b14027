// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package clitics

// What the corpus vocabulary and the word lists say about a word and its
// stems, the evidence parseScore weighs.

// wordFacts holds what the corpus says about the whole word, looked up once
// for all its parses.
type wordFacts struct {
	w        []byte
	raw      int  // corpus class of the word itself
	known    bool // the corpus has the word
	def      int  // corpus class of ال + the word
	definite bool // the corpus has ال + the word
	prefixed int8 // the corpus has ال، ب، ل or ك + the word: 0 not yet asked, 1 yes, -1 no
	ending   int8 // the word's last letters are a listed word's (keepsEnding): 0 not yet asked, 1 yes, -1 no
}

// keepsEnding reports keepsEnding(f.w), asking the lexicon once per word.
func (f *wordFacts) keepsEnding() bool {
	if f.ending == 0 {
		f.ending = -1
		if keepsEnding(f.w) {
			f.ending = 1
		}
	}
	return f.ending == 1
}

// wholeClass is the evidence for the word being one word, as classOf gives
// it, or the unknownWord weight.
func (f *wordFacts) wholeClass() int {
	c, ok := evidence(f.w, f.raw, f.known, f.def, f.definite, true)
	if n := len(f.w); n > 3 && f.w[n-1] == 'A' && f.w[n-2] == 'n' {
		// تزامنا، مجانا: the alef of tanween after a final ن, not the
		// pronoun نا.
		if d, found := lookup(f.w[:n-1]); found && (!ok || d+wt.tanweenAlef > c) {
			c, ok = d+wt.tanweenAlef, true
		}
	}
	if !ok {
		return wt.unknownWord
	}
	return c
}

// takesPrefix reports whether the corpus has the word after ال، ب، ل or ك,
// as a word has and a word that already carries a proclitic has not.
func (f *wordFacts) takesPrefix() bool {
	if f.prefixed == 0 {
		f.prefixed = -1
		if f.definite || takesPrep(f.w) {
			f.prefixed = 1
		}
	}
	return f.prefixed == 1
}

// lookup returns the corpus class of w. A form beginning with an alef is
// counted under every spelling of that alef (اعلن and أعلن, اوباما and
// أوباما), taking the most frequent, as news text often drops or adds the
// hamza there.
func lookup(w []byte) (int, bool) {
	if len(w) == 0 {
		return 0, false // no form of the vocabulary is empty
	}
	return spellingsClass("", w)
}

// spellingsClass returns the corpus class of prefix + w, taking, when w
// begins with an alef, the most frequent of that alef's spellings. The
// spellings share the hash of the letters after the alef.
func spellingsClass(prefix string, w []byte) (int, bool) {
	m := vocab()
	if len(w) == 0 {
		c, ok := m.get(prependString(formHash(nil), prefix))
		return int(c), ok
	}
	rest := formHash(w[1:])
	c, ok := m.get(prependString(prependHash(rest, w[0]), prefix))
	if !isAlef(w[0]) {
		return int(c), ok
	}
	for _, a := range alefSpellings {
		if a != w[0] {
			if d, found := m.get(prependString(prependHash(rest, a), prefix)); found && (!ok || d > c) {
				c, ok = d, true
			}
		}
	}
	return int(c), ok
}

// inflections are endings whose removal leaves a form of the same word:
// feminine, nisba, sound plurals and duals, the alef of accusative tanween.
// Past-tense endings (ت، وا) let an unseen verb form lean on a seen one.
var inflections = [...]string{"yAt", "ytyn", "tyn", "yp", "At", "wn", "yn", "An", "wA", "p", "y", "A", "t"}

// classOf is the corpus evidence for w: its class, or that of w with ال
// before it (a noun is often seen only so, and ب + noun never is), lowered
// by the definite weight, or, when backoff is set and the corpus has
// neither, the class of a form it has once an inflection ending is removed,
// lowered by the backoff weight.
func classOf(w []byte, backoff bool) (int, bool) {
	c, ok := lookup(w)
	d, dok := articleClass(w)
	return evidence(w, c, ok, d, dok, backoff)
}

// evidence combines the classes of w and of ال + w as classOf describes.
func evidence(w []byte, c int, ok bool, d int, dok bool, backoff bool) (int, bool) {
	if dok && (!ok || d+wt.definite > c) {
		c, ok = d+wt.definite, true
	}
	if ok || !backoff {
		return c, ok
	}
	for _, e := range inflections {
		if len(w) >= len(e)+3 && (len(e) > 1 || len(w) >= 5) && string(w[len(w)-len(e):]) == e {
			if c, ok := lookup(w[:len(w)-len(e)]); ok {
				return c + wt.backoff, true
			}
		}
	}
	return 0, false
}

// articleClass is the corpus class of ال + w, under every spelling of an
// alef that begins w (الإمكان، الامكان); w that already begins with the
// article has none. The article itself must be a bare alef: أليف is no ال
// + يف.
func articleClass(w []byte) (int, bool) {
	if hasArticle(w) {
		return 0, false
	}
	return spellingsClass("Al", w)
}

// withArticle reports whether the corpus has ال + w.
func withArticle(w []byte) bool {
	_, ok := articleClass(w)
	return ok
}

// takesPrep reports whether the corpus has w after ب، ل or ك.
func takesPrep(w []byte) bool {
	if len(w) >= maxLetters {
		return true
	}
	var buf [maxLetters]byte
	copy(buf[1:], w)
	for _, c := range [...]byte{'b', 'l', 'k'} {
		buf[0] = c
		if _, ok := lookup(buf[:len(w)+1]); ok {
			return true
		}
	}
	return false
}

// hasArticle reports whether stem begins with ال (bare alef, not أل of
// ألغى) followed by at least one letter; الى and الي, إلى without its hamza,
// are not the article.
func hasArticle(stem []byte) bool {
	return len(stem) > 2 && stem[0] == 'A' && stem[1] == 'l' && string(stem) != "Aly" && string(stem) != "AlY"
}
