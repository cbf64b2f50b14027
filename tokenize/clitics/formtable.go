// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package clitics

// A formTable maps word forms, known by their 64-bit hash (formHash), to
// a byte (a corpus class, a packed lexicon entry), by open addressing with
// linear probing in one array of words: a slot holds the hash's upper 56
// bits and the byte in its low one, so that a lookup, which the segmenter
// makes several times for each parse of a word, reads one cache line where
// a Go map of strings reads three. The forms a table is built from have
// distinct hashes (put checks it); a form outside them is taken for one of
// them only if their hashes agree in 56 bits.
type formTable struct {
	slots []uint64 // 0: empty
	shift uint     // 64 - log2(len(slots))
	n     int
}

// valueMask selects a slot's byte.
const valueMask = 0xff

func newFormTable(n int) *formTable {
	size, shift := 1, uint(64)
	for size < 2*n { // at most half full
		size, shift = 2*size, shift-1
	}
	return &formTable{slots: make([]uint64, size), shift: shift}
}

// tag is what a slot keeps of hash h: its upper bits, never 0.
func tag(h uint64) uint64 { return max(h&^valueMask, valueMask+1) }

// home is the first slot probed for hash h.
func (t *formTable) home(h uint64) uint64 { return (h * 0x9e3779b97f4a7c15) >> t.shift }

// put adds the form of hash h with its byte v; it reports false when a
// form of the same tag is there already.
func (t *formTable) put(h uint64, v int8) bool {
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
	mask := uint64(len(t.slots) - 1)
	i := t.home(k)
	for ; t.slots[i] != 0; i = (i + 1) & mask {
		if t.slots[i]&^valueMask == k {
			return false
		}
	}
	t.slots[i] = k | uint64(uint8(v))
	t.n++
	return true
}

// free returns the first empty slot from the home of slot s's tag.
func (t *formTable) free(s uint64) uint64 {
	mask := uint64(len(t.slots) - 1)
	i := t.home(s &^ valueMask)
	for t.slots[i] != 0 {
		i = (i + 1) & mask
	}
	return i
}

// get returns the byte of the form of hash h.
func (t *formTable) get(h uint64) (int8, bool) {
	k := tag(h)
	mask := uint64(len(t.slots) - 1)
	for i := t.home(k); ; i = (i + 1) & mask {
		s := t.slots[i]
		if s == 0 {
			return 0, false
		}
		if s&^valueMask == k {
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

// prependString returns the formHash of s followed by the form of hash h.
func prependString(h uint64, s string) uint64 {
	for i := len(s) - 1; i >= 0; i-- {
		h = prependHash(h, s[i])
	}
	return h
}
