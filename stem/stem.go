// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

// Package stem defines what the qalam stemmers have in common and stems the
// Latin-script words found in Arabic text.
//
// The Arabic stemmers live in sub-packages: stem/snowball (the Snowball
// Arabic algorithm, giving the same stems as libstemmer), and the light
// (Lucene-compatible) and root stemmers beside it. LatinStemmer stems words in
// Latin script with the Snowball stemmers of github.com/kljensen/snowball,
// and Mixed sends each word of an Arabic article to the right one.
package stem

// Stemmer reduces a word to its stem.
type Stemmer interface {
	Stem(word string) string
}

// AppendStemmer is a Stemmer that can also append a stem to a byte slice,
// which lets a caller stem many words without allocating for each.
type AppendStemmer interface {
	Stemmer
	AppendStem(dst, word []byte) []byte
}

// Append appends the stem of word to dst, using s.AppendStem when s has it
// and s.Stem otherwise, and returns the extended slice.
func Append(s Stemmer, dst, word []byte) []byte {
	if a, ok := s.(AppendStemmer); ok {
		return a.AppendStem(dst, word)
	}
	return append(dst, s.Stem(string(word))...)
}
