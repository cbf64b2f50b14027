// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

// Package snowball is a Go port of the Snowball Arabic stemmer, the
// algorithm of Assem Chelli and Abdelkrim Aries in the Snowball project
// (algorithms/arabic.sbl, https://snowballstem.org; BSD licence). It gives
// the same stem as the reference C implementation, libstemmer 2.2.0 (Debian's
// `stemwords -l arabic`), for every input, invalid UTF-8 included.
//
// The algorithm normalises the word (harakat and tatweel removed, Arabic-Indic
// digits to ASCII, presentation forms to plain letters), guesses from its
// article whether it is a noun, removes verb or noun suffixes, then
// prefixes, and finally normalises hamza forms. It is a light stemmer: it
// does not look for roots. It is known to over-stem some names: بوتين
// becomes وتين because ب is taken for a preposition.
//
// As in github.com/kljensen/snowball, each step of the algorithm is a file
// named after it (checks1.go, normalize_pre.go, suffix_noun_step1a.go, ...),
// so the port can be read against arabic.sbl line by line; stem.go holds the
// main routine. The steps run on bytes with the cursor semantics of the
// Snowball runtime (env.go), which is what keeps the port exact and fast: a
// Stemmer allocates nothing per word beyond the returned string, and
// AppendStem nothing at all. (kljensen's snowballword package does not fit
// here: it works on a fresh rune slice per word and has no cursor, slice
// marks or backward mode, which this algorithm's control flow depends on.)
package snowball
