// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package tagger

// Index maps 64-bit keys (hashes) to int32 values by open addressing with
// linear probing; it grows when half full. A key and its value share a
// slot, so that a lookup reads one cache line. The zero value is an empty
// index. A key of 0 is stored as 1.
type Index struct {
	slots []slot
	n     int
}

// slot is a key and its value; a key of 0 marks an empty slot.
type slot struct {
	key uint64
	val int32
}

// Get returns the value of key.
func (x *Index) Get(key uint64) (int32, bool) {
	if x.n == 0 {
		return 0, false
	}
	key = nonZero(key)
	mask := uint64(len(x.slots) - 1)
	for i := key & mask; ; i = (i + 1) & mask {
		switch s := &x.slots[i]; s.key {
		case key:
			return s.val, true
		case 0:
			return 0, false
		}
	}
}

// Warm reads the first slot of each key, so that the Gets of those keys
// that follow find it in the processor's cache: these reads do not wait
// on one another as the probes of successive Gets do, so that their cache
// misses overlap. It returns a value of no meaning that depends on the
// reads; the caller keeps it, so that they are not left out.
func (x *Index) Warm(keys []uint64) uint64 {
	if x.n == 0 {
		return 0
	}
	mask := uint64(len(x.slots) - 1)
	var w uint64
	for _, k := range keys {
		w ^= x.slots[nonZero(k)&mask].key
	}
	return w
}

// Put sets the value of key.
func (x *Index) Put(key uint64, v int32) {
	if 2*(x.n+1) > len(x.slots) {
		x.Reserve(x.n + 1)
	}
	key = nonZero(key)
	mask := uint64(len(x.slots) - 1)
	i := key & mask
	for x.slots[i].key != 0 && x.slots[i].key != key {
		i = (i + 1) & mask
	}
	if x.slots[i].key == 0 {
		x.n++
	}
	x.slots[i] = slot{key, v}
}

// resize moves the keys to a table of size slots, a power of two.
func (x *Index) resize(size int) {
	old := x.slots
	x.slots, x.n = make([]slot, size), 0
	// Memory fresh from the system is not written by make. Put reads a
	// slot before writing it, so that each page would be mapped twice:
	// to the shared zero page on the read, then to a page of its own on
	// the write. Clearing the table writes each page first, one mapping.
	clear(x.slots)
	for _, s := range old {
		if s.key != 0 {
			x.Put(s.key, s.val)
		}
	}
}

// Reserve makes room for n keys in all, in one table of the size that
// growing one key at a time would reach, so that putting them does not
// move the keys again and again.
func (x *Index) Reserve(n int) {
	if 2*n <= len(x.slots) {
		return
	}
	size := max(16, 2*len(x.slots))
	for 2*n > size {
		size *= 2
	}
	x.resize(size)
}

// Len returns the number of keys.
func (x *Index) Len() int { return x.n }

// Reset empties the index, keeping its memory.
func (x *Index) Reset() {
	clear(x.slots)
	x.n = 0
}

// Hash returns the 64-bit FNV-1a hash of p, the hash the model's word
// table is keyed by.
func Hash[S ~string | ~[]byte](p S) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(p); i++ {
		h ^= uint64(p[i])
		h *= 1099511628211
	}
	return h
}
