// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package clitics

// maxLetters bounds the words that are analysed; longer ones are kept whole.
// No Arabic word with its clitics comes near it.
const maxLetters = 32

// isAlef reports whether c is an alef, bare or with hamza or madda.
func isAlef(c byte) bool { return c == 'A' || c == '>' || c == '<' || c == '|' }

// alefSpellings are the spellings of an alef that news text confuses at the
// start of a word: bare, with hamza above, with hamza below, with madda.
var alefSpellings = [...]byte{'A', '>', '<', '|'}
