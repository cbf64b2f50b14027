// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

// Package editdistance gives the Levenshtein distance between two words,
// which the entity extractor and the analyze command use to tell a
// misspelt name from another name.
package editdistance

// stackRunes is the longest second word whose rows fit on the stack: names
// are short, so the usual call allocates nothing.
const stackRunes = 32

// Runes returns the Levenshtein distance between a and b: the fewest
// insertions, deletions and substitutions of one rune that turn a into b.
func Runes(a, b []rune) int {
	var rows [2][stackRunes + 1]int
	prev, cur := rows[0][:0], rows[1][:0]
	if len(b) > stackRunes {
		prev, cur = make([]int, 0, len(b)+1), make([]int, 0, len(b)+1)
	}
	prev, cur = prev[:len(b)+1], cur[:len(b)+1]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
