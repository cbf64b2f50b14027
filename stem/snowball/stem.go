// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package snowball

// stem is the algorithm's main routine. It guesses from the article whether
// the word is a noun (Checks1), normalises it, removes suffixes working
// backwards from the end (verb steps if it may be a verb, else noun steps,
// else the alef maqsura fix), removes prefixes, and normalises hamza forms.
//
// The control flow follows the Snowball program exactly: `do` restores the
// cursor and ignores failure; `or` and `try` restore the cursor, but never
// undo a change to the string, before trying the next alternative.
func (w *word) stem() {
	w.isNoun = true
	w.isVerb = true
	w.isDefined = false

	c := w.c
	checks1(w)
	w.c = c

	normalizePre(w)
	w.c = c

	// backwards ( do ( verb suffixes or noun suffixes or alef maqsura ) )
	w.lb, w.c = w.c, w.limit()
	m := w.limit() - w.c
	if !w.verbSuffixes() {
		w.c = w.limit() - m
		if !w.nounSuffixes() {
			w.c = w.limit() - m
			suffixAllAlefMaqsura(w)
		}
	}
	w.c = w.lb

	c = w.c
	w.prefixes()
	w.c = c

	normalizePost(w)
	w.c = c
}

// verbSuffixes is
//
//	is_verb ( ( atleast 1 Suffix_Verb_Step1
//	            ( Suffix_Verb_Step2a or Suffix_Verb_Step2c or next ) )
//	          or Suffix_Verb_Step2b
//	          or Suffix_Verb_Step2a )
func (w *word) verbSuffixes() bool {
	if !w.isVerb {
		return false
	}
	m := w.limit() - w.c
	if suffixVerbStep1(w) {
		for {
			m1 := w.limit() - w.c
			if !suffixVerbStep1(w) {
				w.c = w.limit() - m1
				break
			}
		}
		m1 := w.limit() - w.c
		if suffixVerbStep2a(w) {
			return true
		}
		w.c = w.limit() - m1
		if suffixVerbStep2c(w) {
			return true
		}
		w.c = w.limit() - m1
		if w.prev() {
			return true
		}
	}
	w.c = w.limit() - m
	if suffixVerbStep2b(w) {
		return true
	}
	w.c = w.limit() - m
	return suffixVerbStep2a(w)
}

// nounSuffixes is
//
//	is_noun ( try ( Suffix_Noun_Step2c2
//	                or ( not is_defined Suffix_Noun_Step1a
//	                     ( Suffix_Noun_Step2a or Suffix_Noun_Step2b or Suffix_Noun_Step2c1 or next ) )
//	                or ( Suffix_Noun_Step1b
//	                     ( Suffix_Noun_Step2a or Suffix_Noun_Step2b or Suffix_Noun_Step2c1 ) )
//	                or ( not is_defined Suffix_Noun_Step2a )
//	                or Suffix_Noun_Step2b )
//	          Suffix_Noun_Step3 )
//
// When Step1b removes ن but no Step2 removal follows, that alternative fails
// with the ن already gone, and the next ones see the shorter word.
//
// Some paths of the program can never run, and are kept only to follow it:
// is_noun is always set here (only Prefix_Step4_Verb clears it, later), and
// Step1a never succeeds, because a word it would change is not defined and
// so reaches the noun steps only when the verb steps failed, yet every
// ending of Step1a is an ending of Suffix_Verb_Step1 with the same length
// condition, except ي, which Suffix_Verb_Step2a removes under the same
// condition.
func (w *word) nounSuffixes() bool {
	if !w.isNoun {
		return false
	}
	m := w.limit() - w.c
	if !w.nounSuffixAlternatives() {
		w.c = w.limit() - m
	}
	return suffixNounStep3(w)
}

func (w *word) nounSuffixAlternatives() bool {
	m := w.limit() - w.c
	if suffixNounStep2c2(w) {
		return true
	}
	w.c = w.limit() - m
	if !w.isDefined && suffixNounStep1a(w) {
		m1 := w.limit() - w.c
		if w.nounStep2() {
			return true
		}
		w.c = w.limit() - m1
		if w.prev() {
			return true
		}
	}
	w.c = w.limit() - m
	if suffixNounStep1b(w) && w.nounStep2() {
		return true
	}
	w.c = w.limit() - m
	if !w.isDefined && suffixNounStep2a(w) {
		return true
	}
	w.c = w.limit() - m
	return suffixNounStep2b(w)
}

// nounStep2 is ( Suffix_Noun_Step2a or Suffix_Noun_Step2b or Suffix_Noun_Step2c1 ).
func (w *word) nounStep2() bool {
	m := w.limit() - w.c
	if suffixNounStep2a(w) {
		return true
	}
	w.c = w.limit() - m
	if suffixNounStep2b(w) {
		return true
	}
	w.c = w.limit() - m
	return suffixNounStep2c1(w)
}

// prefixes is
//
//	try Prefix_Step1
//	try Prefix_Step2
//	( Prefix_Step3a_Noun
//	  or ( is_noun Prefix_Step3b_Noun )
//	  or ( is_verb try Prefix_Step3_Verb Prefix_Step4_Verb ) )
//
// Forward replacements leave the cursor after the new text, so a step that
// rewrites the start of the word makes the next step look one character in.
func (w *word) prefixes() {
	c := w.c
	if !prefixStep1(w) {
		w.c = c
	}
	c = w.c
	if !prefixStep2(w) {
		w.c = c
	}
	c = w.c
	if prefixStep3aNoun(w) {
		return
	}
	w.c = c
	if w.isNoun && prefixStep3bNoun(w) {
		return
	}
	w.c = c
	if w.isVerb {
		if !prefixStep3Verb(w) {
			w.c = c
		}
		prefixStep4Verb(w)
	}
}
