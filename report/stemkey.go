// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package report

import "unicode/utf8"

// The key that groups the words of a key term is lemma-like: the word's
// stem segment (clitics.Default has cut off the conjunctions, prepositions
// and pronouns, knowing that the و of وزير is no clitic), search-normalised,
// without the article and without one inflection ending. Unlike Snowball
// and the light stemmer, it takes no letter off the front of a word that
// the clitic segmenter kept whole (both stem وزير to زير, "pot"), and it
// groups الدراسة with دراسة and الأمريكية with الأمريكي. Measured against
// the lemmas of the UD Arabic-PUD development sentences
// (TestGroupingAgainstLemmas), it merges fewer unrelated words than either
// stemmer; the README has the figures.

// article is the definite article as search normalisation leaves it.
const article = "ال"

// endings are the inflection endings that appendTermKey takes off (cut),
// after search normalisation (ة is ه): the sound plurals, the feminine,
// and the same after the nisba ي, which stays (الأمريكية keys as امريكي).
// The first ending that ends the word is cut when keep letters remain:
// four for ون and ين, which end many singular nouns (قانون، مضمون، دين).
// The dual ان is left alone: far more nouns end in it (برلمان، مكان، بيان)
// than duals occur in news.
var endings = [...]struct {
	ending, cut string
	keep        int // letters that must remain
}{
	{"يات", "ات", 3}, {"يون", "ون", 3}, {"يين", "ين", 3}, {"ات", "ات", 3},
	{"ون", "ون", 4}, {"ين", "ين", 4}, {"يه", "ه", 3}, {"ه", "ه", 3},
}

// appendTermKey appends the key of word, a search-normalised stem
// segment, to dst.
func appendTermKey(dst, word []byte) []byte {
	n := utf8.RuneCount(word)
	if n >= 5 && string(word[:len(article)]) == article {
		word = word[len(article):]
		n -= 2
	}
	// Every ending ends in ت, ن or ه, and every letter of the endings is
	// two bytes long.
	if len(word) < 2 {
		return append(dst, word...)
	}
	switch string(word[len(word)-2:]) {
	case "ت", "ن", "ه":
		for _, e := range endings {
			if len(word) >= len(e.ending) && string(word[len(word)-len(e.ending):]) == e.ending && n-len(e.cut)/2 >= e.keep {
				word = word[:len(word)-len(e.cut)]
				break
			}
		}
	}
	return append(dst, word...)
}
