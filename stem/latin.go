// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package stem

import (
	"fmt"
	"strings"

	"github.com/kljensen/snowball/english"
	"github.com/kljensen/snowball/french"
	"github.com/kljensen/snowball/hungarian"
	"github.com/kljensen/snowball/norwegian"
	"github.com/kljensen/snowball/spanish"
	"github.com/kljensen/snowball/swedish"
)

// LatinLanguages are the languages NewLatin accepts: those of
// github.com/kljensen/snowball that are written in the Latin script.
var LatinLanguages = []string{"english", "french", "hungarian", "norwegian", "spanish", "swedish"}

var latinStemmers = map[string]func(word string, stemStopWords bool) string{
	"english":   english.Stem,
	"french":    french.Stem,
	"hungarian": hungarian.Stem,
	"norwegian": norwegian.Stem,
	"spanish":   spanish.Stem,
	"swedish":   swedish.Stem,
}

// LatinStemmer stems Latin-script words with the Snowball stemmer of one
// language from github.com/kljensen/snowball. Stems are lower case, and stop
// words are stemmed like other words. Words that are not Latin (see ScriptOf)
// come back unchanged. It is safe for concurrent use.
type LatinStemmer struct {
	language string
	stem     func(word string, stemStopWords bool) string
}

// NewLatin returns the stemmer for language, one of LatinLanguages (in any
// letter case).
func NewLatin(language string) (*LatinStemmer, error) {
	language = strings.ToLower(language)
	f, ok := latinStemmers[language]
	if !ok {
		return nil, fmt.Errorf("stem: no Latin-script stemmer for %q (have %s)", language, strings.Join(LatinLanguages, ", "))
	}
	return &LatinStemmer{language: language, stem: f}, nil
}

// Language returns the stemmer's language.
func (l *LatinStemmer) Language() string { return l.language }

// Stem returns the stem of word if it is a Latin-script word, and word
// unchanged otherwise.
func (l *LatinStemmer) Stem(word string) string {
	if ScriptOf(word) != Latin {
		return word
	}
	return l.stem(word, true)
}

// AppendStem appends the stem of word, or word itself when it is not a
// Latin-script word, to dst and returns the extended slice.
func (l *LatinStemmer) AppendStem(dst, word []byte) []byte {
	if ScriptOf(word) != Latin {
		return append(dst, word...)
	}
	return append(dst, l.stem(string(word), true)...)
}
