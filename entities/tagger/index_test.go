// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package tagger

import (
	"hash/fnv"
	"math/rand/v2"
	"testing"
)

// checkIndex compares x with the map it should equal, and probes keys it
// must not hold.
func checkIndex(t *testing.T, x *Index, want map[uint64]int32, absent []uint64) {
	t.Helper()
	if x.Len() != len(want) {
		t.Fatalf("Len() = %d, want %d", x.Len(), len(want))
	}
	for k, v := range want {
		if got, ok := x.Get(k); !ok || got != v {
			t.Fatalf("Get(%#x) = %d, %v; want %d, true", k, got, ok, v)
		}
	}
	for _, k := range absent {
		if _, in := want[k]; in {
			continue
		}
		if got, ok := x.Get(k); ok {
			t.Fatalf("Get(%#x) = %d, true for a key never put", k, got)
		}
	}
}

func TestIndexAgainstMap(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	// Keys from a small range collide in the table and are put again;
	// keys from the whole range exercise the probing of far slots.
	small := func() uint64 { return 2 + rng.Uint64N(3000) }
	clustered := func() uint64 { return (1 + rng.Uint64N(400)) << 40 }
	var x Index
	want := map[uint64]int32{}
	var absent []uint64
	for i := range 20000 {
		var k uint64
		switch i % 3 {
		case 0:
			k = small()
		case 1:
			k = rng.Uint64()
		default:
			k = clustered() // same low bits: one long probe run
		}
		v := rng.Int32()
		x.Put(k, v)
		want[k] = v
		absent = append(absent, rng.Uint64(), small(), clustered())
		if i%4000 == 0 {
			checkIndex(t, &x, want, absent)
		}
	}
	checkIndex(t, &x, want, absent)
	if len(x.slots)&(len(x.slots)-1) != 0 || 2*x.Len() > len(x.slots) {
		t.Errorf("table of %d slots holds %d keys: want a power of two at most half full", len(x.slots), x.Len())
	}
}

func TestIndexEmpty(t *testing.T) {
	var x Index
	for _, k := range []uint64{0, 1, 2, 1 << 63, ^uint64(0)} {
		if v, ok := x.Get(k); ok || v != 0 {
			t.Errorf("zero Index: Get(%#x) = %d, %v", k, v, ok)
		}
	}
	if x.Len() != 0 {
		t.Errorf("zero Index: Len() = %d", x.Len())
	}
	x.Reset() // must not panic on an index that never held memory
}

// TestIndexZeroKey documents that key 0, which marks an empty slot, is
// stored as key 1: the two are one key, and whichever was put last gives
// the value of both. The model's keys are 64-bit hashes, for which that
// is one more collision among 2^64 values.
func TestIndexZeroKey(t *testing.T) {
	var x Index
	x.Put(0, 10)
	if v, ok := x.Get(0); !ok || v != 10 {
		t.Errorf("Get(0) = %d, %v; want 10, true", v, ok)
	}
	if v, ok := x.Get(1); !ok || v != 10 {
		t.Errorf("after Put(0, 10): Get(1) = %d, %v; want 10, true (0 is stored as 1)", v, ok)
	}
	x.Put(1, 20)
	if x.Len() != 1 {
		t.Errorf("Put(0) and Put(1) made %d keys, want 1", x.Len())
	}
	if v, _ := x.Get(0); v != 20 {
		t.Errorf("after Put(1, 20): Get(0) = %d, want 20", v)
	}
	if keys := sortedKeys(&x); len(keys) != 1 || keys[0] != 1 {
		t.Errorf("stored keys = %v, want [1]", keys)
	}
}

func TestIndexGrowth(t *testing.T) {
	var x Index
	want := map[uint64]int32{}
	slots := 0
	for i := range 5000 {
		k := uint64(i) * 0x9e3779b97f4a7c15
		x.Put(k, int32(i))
		want[nonZero(k)] = int32(i)
		if len(x.slots) != slots {
			// The table doubles, from 16 slots, once half full.
			if slots == 0 && len(x.slots) != 16 || slots != 0 && len(x.slots) != 2*slots {
				t.Fatalf("after %d keys the table went from %d to %d slots", x.Len(), slots, len(x.slots))
			}
			slots = len(x.slots)
			checkIndex(t, &x, want, nil)
		}
		if 2*x.Len() > len(x.slots) {
			t.Fatalf("%d keys in %d slots", x.Len(), len(x.slots))
		}
	}
	checkIndex(t, &x, want, nil)
}

func TestIndexReserve(t *testing.T) {
	var x Index
	x.Reserve(1000)
	slots := len(x.slots)
	if slots < 2000 {
		t.Fatalf("reserve(1000) made %d slots", slots)
	}
	for i := range 1000 {
		x.Put(uint64(i)+7, int32(i))
	}
	if len(x.slots) != slots {
		t.Errorf("1000 keys after reserve(1000) grew the table from %d to %d slots", slots, len(x.slots))
	}
}

func TestIndexReset(t *testing.T) {
	var x Index
	for i := range 100 {
		x.Put(uint64(i), int32(i))
	}
	slots := len(x.slots)
	x.Reset()
	checkIndex(t, &x, nil, []uint64{0, 1, 5, 99})
	if len(x.slots) != slots {
		t.Errorf("Reset changed the table from %d to %d slots", slots, len(x.slots))
	}
	want := map[uint64]int32{}
	for i := range 30 {
		k := uint64(1000 + i)
		x.Put(k, int32(-i))
		want[k] = int32(-i)
	}
	checkIndex(t, &x, want, []uint64{1, 5, 99})
	if len(x.slots) != slots {
		t.Errorf("refilling after Reset grew the table from %d to %d slots", slots, len(x.slots))
	}
}

func TestIndexOverwrite(t *testing.T) {
	var x Index
	x.Put(42, 1)
	x.Put(42, 2)
	if v, ok := x.Get(42); !ok || v != 2 || x.Len() != 1 {
		t.Errorf("after Put(42, 1), Put(42, 2): Get(42) = %d, %v, Len() = %d; want 2, true, 1", v, ok, x.Len())
	}
}

func TestHash(t *testing.T) {
	for _, in := range []string{"", "a", "foobar", "w=محافظة", "\x00\xff"} {
		h := fnv.New64a()
		h.Write([]byte(in))
		if got, want := Hash([]byte(in)), h.Sum64(); got != want {
			t.Errorf("Hash(%q) = %#x, want FNV-1a %#x", in, got, want)
		}
	}
}

// TestWarm checks that Warm reads an index without changing it: an empty
// one gives 0, and a filled one answers as before.
func TestWarm(t *testing.T) {
	var x Index
	if w := x.Warm([]uint64{1, 2}); w != 0 {
		t.Errorf("Warm on an empty index = %#x, want 0", w)
	}
	want := map[uint64]int32{}
	rng := rand.New(rand.NewPCG(31, 32))
	keys := make([]uint64, 0, 500)
	for i := range 500 {
		k := rng.Uint64()
		x.Put(k, int32(i))
		want[k] = int32(i)
		keys = append(keys, k)
	}
	absent := []uint64{0, 3, rng.Uint64()}
	x.Warm(append(keys, absent...))
	checkIndex(t, &x, want, absent)
}
