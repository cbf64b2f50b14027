// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package stem

// Mixed stems the words of Arabic text, where Latin-script names and terms
// appear among the Arabic words: a word with an Arabic character goes to
// Arabic, a Latin-script word to Latin, and anything else (numbers,
// punctuation, other scripts) comes back unchanged. Nil stemmers leave their
// words unchanged too. Mixed is safe for concurrent use when its stemmers are.
type Mixed struct {
	Arabic Stemmer
	Latin  Stemmer
}

// Stem returns the stem of word from the stemmer for its script.
func (m Mixed) Stem(word string) string {
	if s := m.stemmerFor(ScriptOf(word)); s != nil {
		return s.Stem(word)
	}
	return word
}

// AppendStem appends the stem of word from the stemmer for its script to
// dst, and returns the extended slice.
func (m Mixed) AppendStem(dst, word []byte) []byte {
	if s := m.stemmerFor(ScriptOf(word)); s != nil {
		return Append(s, dst, word)
	}
	return append(dst, word...)
}

func (m Mixed) stemmerFor(s Script) Stemmer {
	switch s {
	case Arabic:
		return m.Arabic
	case Latin:
		return m.Latin
	}
	return nil
}
