// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package clusters

import (
	"bytes"
	"unicode/utf8"
)

// Counter counts the words of a text and the pairs of words that follow
// each other within a sentence: all that Learn reads. The zero value is
// ready to use.
type Counter struct {
	ids    map[string]int32
	words  []string
	counts []int64
	pairs  map[uint64]int64 // id of the first word << 32 | id of the second
	prev   int32            // id of the word before, or -1 at a sentence start
	tokens int64
}

// Add counts word, which follows the word added before unless Break was
// called in between. A word that is empty, not UTF-8 or contains a tab or
// a line break cannot be written to a table: it is not counted and ends
// the sentence.
func (c *Counter) Add(word []byte) {
	if len(word) == 0 || !utf8.Valid(word) || bytes.ContainsAny(word, "\t\n\r") {
		c.Break()
		return
	}
	if c.ids == nil {
		c.ids = make(map[string]int32)
		c.pairs = make(map[uint64]int64)
		c.prev = -1
	}
	id, ok := c.ids[string(word)]
	if !ok {
		id = int32(len(c.words))
		c.words = append(c.words, string(word))
		c.counts = append(c.counts, 0)
		c.ids[c.words[id]] = id
	}
	c.counts[id]++
	c.tokens++
	if c.prev >= 0 {
		c.pairs[uint64(c.prev)<<32|uint64(id)]++
	}
	c.prev = id
}

// Break ends a sentence: the next word does not follow the last one.
func (c *Counter) Break() { c.prev = -1 }

// Tokens returns the number of words counted.
func (c *Counter) Tokens() int64 { return c.tokens }

// Words returns the number of distinct words counted.
func (c *Counter) Words() int { return len(c.words) }

// Count returns the number of times word was counted.
func (c *Counter) Count(word []byte) int64 {
	if id, ok := c.ids[string(word)]; ok {
		return c.counts[id]
	}
	return 0
}
