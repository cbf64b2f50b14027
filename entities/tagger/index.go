// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package tagger

// Index maps 64-bit keys (hashes) to int32 values by open addressing with
// linear probing; it grows when half full. The zero value is an empty
// index. A key of 0 is stored as 1.
type Index struct {
	keys []uint64 // 0 marks an empty slot
	vals []int32
	n    int
}

// Get returns the value of key.
func (x *Index) Get(key uint64) (int32, bool) {
	if x.n == 0 {
		return 0, false
	}
	key = nonZero(key)
	mask := uint64(len(x.keys) - 1)
	for i := key & mask; ; i = (i + 1) & mask {
		switch x.keys[i] {
		case key:
			return x.vals[i], true
		case 0:
			return 0, false
		}
	}
}

// Put sets the value of key.
func (x *Index) Put(key uint64, v int32) {
	if 2*(x.n+1) > len(x.keys) {
		x.grow()
	}
	key = nonZero(key)
	mask := uint64(len(x.keys) - 1)
	i := key & mask
	for x.keys[i] != 0 && x.keys[i] != key {
		i = (i + 1) & mask
	}
	if x.keys[i] == 0 {
		x.n++
	}
	x.keys[i], x.vals[i] = key, v
}

func (x *Index) grow() {
	keys, vals := x.keys, x.vals
	n := max(16, 2*len(keys))
	x.keys, x.vals, x.n = make([]uint64, n), make([]int32, n), 0
	for i, k := range keys {
		if k != 0 {
			x.Put(k, vals[i])
		}
	}
}

// reserve makes room for n keys.
func (x *Index) reserve(n int) {
	for 2*n > len(x.keys) {
		x.grow()
	}
}

// Len returns the number of keys.
func (x *Index) Len() int { return x.n }

// Reset empties the index, keeping its memory.
func (x *Index) Reset() {
	clear(x.keys)
	x.n = 0
}

// Hash returns the 64-bit FNV-1a hash of p, the hash the model's word
// table is keyed by.
func Hash(p []byte) uint64 {
	h := uint64(14695981039346656037)
	for _, c := range p {
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}
