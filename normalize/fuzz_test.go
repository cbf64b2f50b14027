// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package normalize

import (
	"bytes"
	"sync"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/transform"
)

var (
	fuzzMu    sync.Mutex
	fuzzCache = map[Options]*Normalizer{}
)

// fuzzNormalizer returns a Normalizer for the options in bits (unknown bits
// dropped), cached because New builds tables.
func fuzzNormalizer(bits uint32) *Normalizer {
	opts := Options(bits) & everyOption()
	fuzzMu.Lock()
	defer fuzzMu.Unlock()
	n := fuzzCache[opts]
	if n == nil {
		if len(fuzzCache) > 256 {
			clear(fuzzCache)
		}
		n = New(opts)
		fuzzCache[opts] = n
	}
	return n
}

func addSeeds(f *testing.F) {
	for i, s := range interesting {
		f.Add(s, uint32(SearchOptions))
		f.Add(s, uint32(i)*0x2F3A9)
	}
	f.Add("ا\u0654\u0654 ﻷ\u064E \u200D\u200D", uint32(everyOption()))
}

// invalidBytes returns the bytes of s that are not part of valid UTF-8.
func invalidBytes(s string) []byte {
	var b []byte
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[i])
		}
		i += size
	}
	return b
}

// FuzzNormalize checks String and Append for any text and options: no
// panic, idempotence, valid UTF-8 stays valid, invalid bytes pass through,
// and already-normal text is returned as is.
func FuzzNormalize(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, in string, bits uint32) {
		for _, n := range []*Normalizer{fuzzNormalizer(bits), Search.Normalizer(), Lucene.Normalizer(), Clean.Normalizer()} {
			out := n.String(in)
			if again := n.String(out); again != out {
				t.Fatalf("%v: not idempotent: %q → %q → %q", n.Options(), in, out, again)
			}
			if utf8.ValidString(in) && !utf8.ValidString(out) {
				t.Fatalf("%v: %q gives invalid UTF-8 %q", n.Options(), in, out)
			}
			if a, b := invalidBytes(in), invalidBytes(out); !bytes.Equal(a, b) {
				t.Fatalf("%v: invalid bytes %q became %q (%q → %q)", n.Options(), a, b, in, out)
			}
			if got := n.Append([]byte("x"), []byte(in)); string(got[1:]) != out {
				t.Fatalf("%v: Append %q, String %q", n.Options(), got[1:], out)
			}
			if n.IsNormal(in) != (out == in) {
				t.Fatalf("%v: IsNormal(%q) = %v, output %q", n.Options(), in, n.IsNormal(in), out)
			}
		}
	})
}

// FuzzTransform checks that the Transformer gives String's result however
// the input and output are cut up.
func FuzzTransform(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, in string, bits uint32) {
		n := fuzzNormalizer(bits)
		want := n.String(in)
		if got, _, err := transform.String(n, in); err != nil || got != want {
			t.Fatalf("transform.String(%q) = %q, %v; want %q", in, got, err, want)
		}
		srcStep, dstSize := int(bits>>20&7)+1, int(bits>>23&7)+1
		if got := transformSmall(t, n, in, srcStep, dstSize); got != want {
			t.Fatalf("Transform(src %d, dst %d) on %q = %q, want %q", srcStep, dstSize, in, got, want)
		}
	})
}

// FuzzOffsets checks the offset map: one entry per output byte plus one,
// non-decreasing, within the source, ending at len(src); kept bytes map to
// equal source bytes; every span lies within the source.
func FuzzOffsets(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, in string, bits uint32) {
		n := fuzzNormalizer(bits)
		out, offs := n.AppendWithOffsets(nil, nil, in)
		if string(out) != n.String(in) {
			t.Fatalf("AppendWithOffsets %q, String %q", out, n.String(in))
		}
		if len(offs) != len(out)+1 || int(offs[len(out)]) != len(in) {
			t.Fatalf("%d offsets for %d bytes, last %d for a source of %d", len(offs), len(out), offs[len(offs)-1], len(in))
		}
		for k := range out {
			if offs[k] < 0 || offs[k] > offs[k+1] {
				t.Fatalf("offsets not non-decreasing at %d: %v", k, offs)
			}
		}
		for i := 0; i <= len(out); i += 1 + i%3 {
			for j := i; j <= len(out); j += 1 + j%5 {
				a, b := offs.Span(i, j)
				if a < 0 || a > b || b > len(in) || (i < j) != (a < b) {
					t.Fatalf("Span(%d, %d) = %d, %d for %q → %q", i, j, a, b, in, out)
				}
			}
		}
	})
}
