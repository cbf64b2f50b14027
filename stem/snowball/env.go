// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package snowball

import (
	"cmp"
	"slices"
)

// This file holds the small part of the Snowball runtime that the Arabic
// algorithm needs: a cursor over a byte string, slice marks, "among" lookups
// and slice replacement. The semantics are those of the Snowball C runtime
// in UTF-8 mode, so that the port gives the reference stem for every input,
// invalid UTF-8 included:
//
//   - positions are byte offsets; `next` and `len` count "characters" the way
//     the C runtime does (a lead byte with the continuation bytes after it, a
//     stray continuation byte on its own when stepping, but not when counting);
//   - `among` compares bytes and takes the longest listed string that matches
//     at the cursor; its action then runs, and if the action's condition fails
//     the among fails (no shorter string is tried);
//   - replacing the slice [bra, ket) moves a cursor that was at or after ket
//     by the change in length, and a cursor inside the slice to bra;
//   - in backward mode a saved cursor is kept as a distance from the end of
//     the string, so it stays valid when a suffix is deleted.

// word is the state of one run of the stemmer.
type word struct {
	p        []byte // the current string; its end is Snowball's limit
	spare    []byte // a second buffer, for steps that rewrite the whole string
	c        int    // the cursor
	lb       int    // the backward limit, set when entering backward mode
	bra, ket int    // the slice marked by [ and ]
	chars    int    // len(p) in characters, counted as Snowball's `len` counts

	// The integer and booleans of the algorithm.
	wordLen   int
	isNoun    bool
	isVerb    bool
	isDefined bool
}

// amongEntry is one string of an among with the number of the action that
// follows it in the algorithm.
type amongEntry struct {
	s      string
	action int
}

// among is the list of strings of one among, indexed for the lookups of the
// direction it is used in. Every string of the Arabic algorithm's amongs
// starts and ends with a letter from U+0600–U+067F, written in UTF-8 as two
// bytes D8 xx or D9 xx; the key of a string is that letter at the end where
// matching starts (its first letter forward, its last letter backward).
type among struct {
	entries []amongEntry          // grouped by key, longest first within a key
	start   [letterKeys + 1]uint8 // entries[start[k]:start[k+1]] have key k
}

// letterKeys is the number of letters U+0600–U+067F.
const letterKeys = 0x80

// letterKey returns the key of the two-byte UTF-8 letter b0 b1 when it is in
// U+0600–U+067F.
func letterKey(b0, b1 byte) (int, bool) {
	if b0&^1 != 0xD8 || b1&0xC0 != 0x80 {
		return 0, false
	}
	return int(b0&1)<<6 | int(b1&0x3F), true
}

// newAmong builds an among for forward lookups (findAmong), or for backward
// ones (findAmongB) when backward is true.
func newAmong(backward bool, entries []amongEntry) *among {
	key := func(s string) int {
		i := 0
		if backward {
			i = len(s) - 2
		}
		k, ok := letterKey(s[i], s[i+1])
		if len(s)%2 != 0 || !ok {
			panic("snowball: among string " + s + " is not made of letters U+0600–U+067F")
		}
		return k
	}
	a := &among{entries: slices.Clone(entries)}
	slices.SortStableFunc(a.entries, func(x, y amongEntry) int {
		return cmp.Or(cmp.Compare(key(x.s), key(y.s)), cmp.Compare(len(y.s), len(x.s)))
	})
	for k := range letterKeys + 1 {
		a.start[k] = uint8(len(a.entries))
	}
	for i := len(a.entries) - 1; i >= 0; i-- {
		for k := key(a.entries[i].s); k >= 0 && int(a.start[k]) > i; k-- {
			a.start[k] = uint8(i)
		}
	}
	return a
}

// isCharStart reports whether b starts a character for Snowball's `len`:
// an ASCII byte or a UTF-8 lead byte, not a continuation byte.
func isCharStart(b byte) bool { return b < 0x80 || b >= 0xC0 }

// countChars counts characters of b the way Snowball's `len` does.
func countChars[T string | []byte](b T) int {
	n := 0
	for i := 0; i < len(b); i++ {
		if isCharStart(b[i]) {
			n++
		}
	}
	return n
}

// length is Snowball's `len`: the length of the whole current string in
// characters.
func (w *word) length() int { return w.chars }

// limit is the end of the current string (Snowball's l).
func (w *word) limit() int { return len(w.p) }

// next moves the cursor forward over one character, failing at the limit.
func (w *word) next() bool {
	if w.c >= len(w.p) {
		return false
	}
	b := w.p[w.c]
	w.c++
	if b >= 0xC0 {
		for w.c < len(w.p) {
			if b = w.p[w.c]; b >= 0xC0 || b < 0x80 {
				break
			}
			w.c++
		}
	}
	return true
}

// prev is `next` in backward mode: it moves the cursor back over one
// character, failing at the backward limit.
func (w *word) prev() bool {
	if w.c <= w.lb {
		return false
	}
	w.c--
	if w.p[w.c] >= 0x80 {
		for w.c > w.lb && w.p[w.c] < 0xC0 {
			w.c--
		}
	}
	return true
}

// followedBy reports whether s comes next at the cursor. It is the test of
// Snowball's `not 's'`, which never moves the cursor.
func (w *word) followedBy(s string) bool {
	return len(w.p)-w.c >= len(s) && string(w.p[w.c:w.c+len(s)]) == s
}

// findAmong looks, in forward mode, for the longest string of a that starts at
// the cursor. It moves the cursor past that string and returns its action, or
// returns 0 leaving the cursor alone.
func (w *word) findAmong(a *among) int {
	p, c := w.p, w.c
	if c+2 > len(p) {
		return 0
	}
	k, ok := letterKey(p[c], p[c+1])
	if !ok {
		return 0
	}
	// The key letter matches; compare the bytes after it.
	for _, e := range a.entries[a.start[k]:a.start[k+1]] {
		if n := len(e.s); c+n <= len(p) && (n == 2 || equalBytes(p[c+2:c+n], e.s[2:])) {
			w.c = c + n
			return e.action
		}
	}
	return 0
}

// findAmongB is findAmong in backward mode: it looks for the longest string
// of a that ends at the cursor and does not cross the backward limit, and
// moves the cursor to its start.
func (w *word) findAmongB(a *among) int {
	p, c := w.p, w.c
	if c-2 < w.lb || c > len(p) {
		return 0
	}
	k, ok := letterKey(p[c-2], p[c-1])
	if !ok {
		return 0
	}
	// The key letter matches; compare the bytes before it.
	for _, e := range a.entries[a.start[k]:a.start[k+1]] {
		if n := len(e.s); c-n >= w.lb && (n == 2 || equalBytes(p[c-n:c-2], e.s[:n-2])) {
			w.c = c - n
			return e.action
		}
	}
	return 0
}

// equalBytes reports whether b and s hold the same bytes. The strings of an
// among are a few bytes long, too short for a call to memequal to pay.
func equalBytes(b []byte, s string) bool {
	if len(b) != len(s) {
		return false
	}
	for i := range len(b) {
		if b[i] != s[i] {
			return false
		}
	}
	return true
}

// replace puts s in place of w.p[bra:ket], adjusting the cursor as the
// Snowball runtime does.
func (w *word) replace(bra, ket int, s string) {
	w.chars += countChars(s) - countChars(w.p[bra:ket])
	adjustment := len(s) - (ket - bra)
	if adjustment != 0 {
		tail := len(w.p) - ket
		if adjustment > 0 {
			w.p = append(w.p, s[:adjustment]...) // grow; overwritten below
		}
		copy(w.p[ket+adjustment:], w.p[ket:ket+tail])
		w.p = w.p[:ket+adjustment+tail]
		if w.c >= ket {
			w.c += adjustment
		} else if w.c > bra {
			w.c = bra
		}
	}
	copy(w.p[bra:], s)
}

// sliceFrom is Snowball's `<- s`: it replaces the marked slice with s.
func (w *word) sliceFrom(s string) {
	w.replace(w.bra, w.ket, s)
	w.ket = w.bra + len(s)
}

// sliceDel is Snowball's `delete`: it removes the marked slice.
func (w *word) sliceDel() {
	w.replace(w.bra, w.ket, "")
	w.ket = w.bra
}
