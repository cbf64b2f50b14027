// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package clitics

import (
	_ "embed"
	"strings"
	"sync"
)

//go:generate go run gen_vocab.go

// vocabData is the embedded vocab.txt, written by gen_vocab.go: comment
// lines beginning with '#', then one "form class" a line.
//
//go:embed vocab.txt
var vocabData string

// vocab maps a letter-folded word form (see letters.Code) to its frequency
// class in the ANT news corpus, round(2*log2(count)); forms seen fewer than
// twice are absent. Built on first use from vocab.txt.
var vocab = sync.OnceValue(func() *vocabTable { return parseVocab(vocabData) })

// parseVocab reads the lines of vocab.txt.
func parseVocab(data string) *vocabTable {
	t := newVocabTable(46000)
	for line := range strings.Lines(data) {
		if strings.HasPrefix(line, "#") {
			continue
		}
		form, class, ok := strings.Cut(strings.TrimSuffix(line, "\n"), " ")
		n := 0
		for i := 0; i < len(class) && n <= 127; i++ {
			if class[i] < '0' || class[i] > '9' {
				n = 128
				break
			}
			n = n*10 + int(class[i]-'0')
		}
		if !ok || form == "" || class == "" || n > 127 {
			panic("clitics: embedded vocab.txt: bad line " + line)
		}
		if !t.put(formHash([]byte(form)), int8(n)) {
			panic("clitics: embedded vocab.txt: two forms share a hash: " + line)
		}
	}
	return t
}

// A vocabTable maps the forms of the vocabulary, known by their 64-bit
// hash (formHash), to their class, by open addressing with linear probing
// in one array of words: a slot holds the hash's upper 56 bits and the
// class in its low byte, so that a lookup, which the segmenter makes
// several times for each parse of a word, reads one cache line where a Go
// map of strings reads three. Distinct forms of vocab.txt have distinct
// hashes (parseVocab checks it); a form outside it is taken for one of
// them only if their hashes agree in 56 bits.
type vocabTable struct {
	slots []uint64 // 0: empty
	shift uint     // 64 - log2(len(slots))
	n     int
}

// classMask selects a slot's class.
const classMask = 0xff

func newVocabTable(n int) *vocabTable {
	size, shift := 1, uint(64)
	for size < 2*n { // at most half full
		size, shift = 2*size, shift-1
	}
	return &vocabTable{slots: make([]uint64, size), shift: shift}
}

// tag is what a slot keeps of hash h: its upper bits, never 0.
func tag(h uint64) uint64 { return max(h&^classMask, classMask+1) }

// home is the first slot probed for hash h.
func (t *vocabTable) home(h uint64) uint64 { return (h * 0x9e3779b97f4a7c15) >> t.shift }

// put adds the form of hash h with its class; it reports false when a
// form of the same tag is there already.
func (t *vocabTable) put(h uint64, class int8) bool {
	if 2*(t.n+1) > len(t.slots) {
		old := t.slots
		t.slots, t.shift = make([]uint64, 2*len(old)), t.shift-1
		for _, s := range old {
			if s != 0 {
				t.slots[t.free(s)] = s
			}
		}
	}
	k := tag(h)
	for i := t.home(k); t.slots[i] != 0; i = (i + 1) & uint64(len(t.slots)-1) {
		if t.slots[i]&^classMask == k {
			return false
		}
	}
	t.slots[t.free(k)] = k | uint64(uint8(class))
	t.n++
	return true
}

// free returns the first empty slot from the home of tag k.
func (t *vocabTable) free(k uint64) uint64 {
	mask := uint64(len(t.slots) - 1)
	i := t.home(k &^ classMask)
	for t.slots[i] != 0 {
		i = (i + 1) & mask
	}
	return i
}

// get returns the class of the form of hash h.
func (t *vocabTable) get(h uint64) (int8, bool) {
	k := tag(h)
	mask := uint64(len(t.slots) - 1)
	for i := t.home(k); ; i = (i + 1) & mask {
		s := t.slots[i]
		if s == 0 {
			return 0, false
		}
		if s&^classMask == k {
			return int8(uint8(s)), true
		}
	}
}

// formHash is the 64-bit FNV-1a hash of w read from its last byte to its
// first, so that the hashes of forms that differ in their first letters
// (the spellings of an initial alef, the article before a word) share the
// work on the rest: see prependHash.
func formHash(w []byte) uint64 {
	h := uint64(14695981039346656037)
	for i := len(w) - 1; i >= 0; i-- {
		h ^= uint64(w[i])
		h *= 1099511628211
	}
	return h
}

// prependHash returns the formHash of c followed by the form of hash h.
func prependHash(h uint64, c byte) uint64 { return (h ^ uint64(c)) * 1099511628211 }
