// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

// Package normalize folds the spelling variation of Arabic script: harakat and
// Quranic marks, tatweel, alef, hamza, alef maksura and teh marbuta forms,
// presentation forms and ligatures, Persian and Urdu look-alike letters,
// Arabic-Indic digits, Arabic punctuation and invisible controls. Each
// normalisation is an Option; the presets Search, Lucene and Clean cover the
// usual needs. The presets are constants (of type Form), so no part of a
// program can change them for the rest.
//
// A Normalizer works on strings (String), on byte slices in append style
// (Append, AppendString), on streams (it is a transform.SpanningTransformer,
// so transform.NewReader normalises input of any size in constant memory),
// and with an offset map back to the source (AppendWithOffsets).
//
// Every Normalizer maps each character independently of its neighbours
// (with small exceptions documented at QuranicMarks, Controls and Append), so the
// result is the same whichever way the text is fed; normalising twice gives
// the same result as normalising once; invalid UTF-8 bytes are copied
// unchanged; and valid UTF-8 input gives valid UTF-8 output.
package normalize

//go:generate go run gen_tables.go

import (
	"unsafe"
)

// A Normalizer applies a fixed set of Options. It is immutable and safe for
// concurrent use. Create it once with New, which builds its tables, and
// reuse it (the README gives what building costs).
type Normalizer struct {
	opts Options
	// arabic[i] is what U+0600+i becomes when arabicChanged[i] is set; an
	// empty string deletes it.
	arabicChanged [256]bool
	arabic        [256]string
	// arabicSwap[i] is set when arabic[i] is another two-byte character,
	// which arabicSwapTo[i] holds, so that it can overwrite U+0600+i in
	// place.
	arabicSwap   [256]bool
	arabicSwapTo [256][2]byte
	// plainPair[b<<8|a] is 1 when the bytes a, b may follow each other in
	// text that is ASCII and two-byte characters n leaves unchanged: a is
	// ASCII or a continuation byte and b is not a continuation byte, or a b
	// is a two-byte character n keeps. Checking eight overlapping pairs at
	// once lets the hot loop skip eight bytes without a branch per byte.
	plainPair *[1 << 16]uint8
	// presentation[i] is what the presentation form presentationRune(i)
	// becomes when presentationChanged[i] is set.
	presentationChanged [len(presentationFormsA) + len(presentationFormsB)]bool
	presentation        [len(presentationFormsA) + len(presentationFormsB)]string
}

// The presets.
// New returns a Normalizer applying opts.
func New(opts Options) *Normalizer {
	n := &Normalizer{opts: opts, plainPair: new([1 << 16]uint8)}
	for i := range n.arabic {
		r := rune(0x0600 + i)
		if _, ok := step(opts, r); !ok {
			continue
		}
		if s, changed := fixedPoint(opts, string(r)); changed {
			n.arabicChanged[i], n.arabic[i] = true, s
			if len(s) == 2 {
				n.arabicSwap[i], n.arabicSwapTo[i] = true, [2]byte{s[0], s[1]}
			}
		}
	}
	for b := range 0x100 {
		row := n.plainPair[b<<8 : b<<8+0x100]
		if b&0xC0 != 0x80 {
			// b starts a character: plain after ASCII or a continuation.
			for a := range 0xC0 {
				row[a] = 1
			}
			continue
		}
		// b continues a character: plain after the lead of a kept one.
		for a := 0xC2; a < 0xE0; a++ {
			r := rune(a&0x1F)<<6 | rune(b&0x3F)
			var changed bool
			if r >= 0x0600 && r <= 0x06FF {
				changed = n.arabicChanged[r-0x0600]
			} else {
				_, changed = step(opts, r)
			}
			if !changed {
				row[a] = 1
			}
		}
	}
	for i := range n.presentation {
		r := presentationRune(i)
		if _, ok := step(opts, r); !ok {
			continue
		}
		if s, changed := fixedPoint(opts, string(r)); changed {
			n.presentationChanged[i], n.presentation[i] = true, s
		}
	}
	return n
}

// Options returns the options n applies.
func (n *Normalizer) Options() Options { return n.opts }

// String returns s normalised. When s is already normal it returns s itself
// without allocating.
func (n *Normalizer) String(s string) string {
	i, _ := span(n, bytesOf(s), true)
	if i == len(s) {
		return s
	}
	b := make([]byte, i, len(s))
	copy(b, s[:i])
	b = appendFrom(n, b, bytesOf(s), i)
	// b is not referenced elsewhere, so it can become the string's storage.
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// bytesOf returns the bytes of s without copying. The package only ever
// reads them.
func bytesOf(s string) []byte {
	return unsafe.Slice(unsafe.StringData(s), len(s))
}

// IsNormal reports whether s is unchanged by n.
func (n *Normalizer) IsNormal(s string) bool {
	i, _ := span(n, bytesOf(s), true)
	return i == len(s)
}

// Append appends src, normalised, to dst and returns the extended slice. It
// allocates only when dst lacks the capacity. The spare capacity of dst must
// not overlap src.
//
// Deleting a character never joins the bytes around it into a new
// character: a character that would be deleted is kept when it directly
// follows an invalid UTF-8 byte.
func (n *Normalizer) Append(dst, src []byte) []byte {
	return appendFrom(n, dst, src, 0)
}

// AppendString appends s, normalised, to dst and returns the extended slice.
// With a reused buffer (buf = n.AppendString(buf[:0], word)) it does not
// allocate.
func (n *Normalizer) AppendString(dst []byte, s string) []byte {
	return appendFrom(n, dst, bytesOf(s), 0)
}
