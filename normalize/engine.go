// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package normalize

// The engine: applying a Normalizer's tables to text, in place where the
// length stays, with the context rules for marks, controls and invalid
// bytes.

import (
	"encoding/binary"
	"math/bits"
	"slices"
	"unicode/utf8"

	"golang.org/x/text/transform"

	"github.com/qalam-nlp/qalam/internal/letters"
)

// appendFrom appends the normalised src[i:] to dst, in the capacity dst
// has, growing it only when that runs out.
func appendFrom(n *Normalizer, dst []byte, src []byte, i int) []byte {
	for i < len(src) {
		nDst, nSrc, err := transformInto(n, dst[len(dst):cap(dst)], src[i:], true)
		dst = dst[:len(dst)+nDst]
		i += nSrc
		if err == transform.ErrShortDst {
			// Output is rarely longer than input; the margin holds the
			// longest replacement, ﷺ (33 bytes).
			dst = slices.Grow(dst, len(src)-i+64)
		}
	}
	return dst
}

// window bounds how much transformInto copies ahead of its scan: after a
// change of length the copied rest is redone, so a small window wastes
// little, while a large one costs few rounds.
const window = 512

// transformInto writes the normalised src to dst, as Transform does. It
// copies a window of src to dst and then scans it, overwriting in place the
// changes that keep the length (أ → ا, ة → ه, ى → ي ...), which are most
// changes; anything else ends the window and goes through unit.
func transformInto(n *Normalizer, dst []byte, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	for nSrc < len(src) {
		end := nSrc + min(len(src)-nSrc, len(dst)-nDst, window)
		copy(dst[nDst:], src[nSrc:end])
		i := scan(n, src[:end], nSrc, dst, nDst-nSrc)
		nDst += i - nSrc
		nSrc = i
		if nSrc == len(src) {
			break
		}
		if to, ok := n.composeMark(src, nSrc); ok && nDst >= 2 {
			// The base's output, two bytes, is the last thing written.
			dst[nDst-2], dst[nDst-1] = to[0], to[1]
			nSrc += 2
			continue
		}
		size, rep, kept := unit(n, src, nSrc, atEOF)
		if size == 0 {
			return n.shortSrc(src, nDst, nSrc)
		}
		if kept {
			if len(dst)-nDst < size {
				return nDst, nSrc, transform.ErrShortDst
			}
			nDst += copy(dst[nDst:], src[nSrc:nSrc+size])
		} else {
			if len(dst)-nDst < len(rep) {
				return nDst, nSrc, transform.ErrShortDst
			}
			nDst += copy(dst[nDst:], rep)
		}
		nSrc += size
	}
	if !atEOF && n.endsWithComposableBase(src) {
		return n.shortSrc(src, nDst, nSrc)
	}
	return nDst, nSrc, nil
}

// shortSrc returns transformInto's result when it needs more input: it
// leaves a letter just before src[nSrc] that a combining mark could compose
// with for the next call, which will then see both.
func (n *Normalizer) shortSrc(src []byte, nDst, nSrc int) (int, int, error) {
	if n.endsWithComposableBase(src[:nSrc]) {
		return nDst - 2, nSrc - 2, transform.ErrShortSrc
	}
	return nDst, nSrc, transform.ErrShortSrc
}

// composeMark reports whether src[k:] starts with a combining madda or
// hamza (U+0653–U+0655) that QuranicMarks composes with the letter at
// src[k-2:k], and returns the normalised composed letter.
func (n *Normalizer) composeMark(src []byte, k int) (to [2]byte, ok bool) {
	if n.opts&QuranicMarks == 0 || k < 2 || k+1 >= len(src) || src[k] != 0xD9 || src[k+1] < 0x93 || src[k+1] > 0x95 {
		return to, false
	}
	base, size := decode(src, k-2)
	if size != 2 {
		return to, false
	}
	var r rune
	switch mark := 0x0600 + rune(src[k+1]&0x3F) + 0x40; {
	case base == 0x0627 && mark == 0x0653:
		r = 0x0622 // آ
	case base == 0x0627 && mark == 0x0655:
		r = 0x0625 // إ
	case mark == 0x0654:
		r = hamzaAbove(base)
	}
	if r == 0 {
		return to, false
	}
	rep := string(r)
	if n.arabicChanged[r-0x0600] {
		rep = n.arabic[r-0x0600]
	}
	if len(rep) != 2 {
		return to, false
	}
	return [2]byte{rep[0], rep[1]}, true
}

// hamzaAbove returns the letter that base and U+0654 compose to under NFC,
// or 0.
func hamzaAbove(base rune) rune {
	switch base {
	case 0x0627:
		return 0x0623 // ا → أ
	case 0x0648:
		return 0x0624 // و → ؤ
	case 0x064A:
		return 0x0626 // ي → ئ
	case 0x06D5:
		return 0x06C0 // ە → ۀ
	case 0x06C1:
		return 0x06C2 // ہ → ۂ
	case 0x06D2:
		return 0x06D3 // ے → ۓ
	}
	return 0
}

// endsWithComposableBase reports whether src ends with a letter that a
// combining mark in the next input could compose with (see composeMark).
func (n *Normalizer) endsWithComposableBase(src []byte) bool {
	if n.opts&QuranicMarks == 0 || len(src) < 2 {
		return false
	}
	base, size := decode(src, len(src)-2)
	return size == 2 && hamzaAbove(base) != 0
}

// arabicIndex reports whether s[i:] starts with a character of U+0600–U+06FF,
// and returns its index in the Normalizer's Arabic table.
func arabicIndex(s []byte, i int) (int, bool) {
	if c := s[i]; c-0xD8 < 4 && i+1 < len(s) {
		if c1 := s[i+1]; c1&0xC0 == 0x80 {
			return int(c&3)<<6 | int(c1&0x3F), true
		}
	}
	return 0, false
}

// span returns the length of the longest prefix of src that n leaves
// unchanged; short reports that it stopped at an incomplete character at
// the end of src (only when atEOF is false).
//
// A letter that a combining mark after it composes with (see composeMark)
// is not part of the span, so that transforming from the end of the span
// sees both.
func span(n *Normalizer, src []byte, atEOF bool) (i int, short bool) {
	for {
		i = scanKept(n, src, i)
		if i == len(src) {
			if !atEOF && n.endsWithComposableBase(src) {
				return i - 2, true
			}
			return i, false
		}
		size, _, kept := unit(n, src, i, atEOF)
		switch {
		case size == 0:
			if n.endsWithComposableBase(src[:i]) {
				i -= 2
			}
			return i, true
		case !kept:
			if _, ok := n.composeMark(src, i); ok {
				i -= 2
			}
			return i, false
		}
		i += size
	}
}

// scanKept returns the index of the first byte at or after i that does not
// start an ASCII character or a two-byte character (U+0080–U+07FF) that n
// leaves unchanged. src[i] must start a character or be an invalid byte.
func scanKept(n *Normalizer, src []byte, i int) int {
	return scan(n, src, i, nil, 0)
}

// scan is scanKept that, when dst is not nil, also goes past each
// U+0600–U+06FF character that n replaces by another two-byte character,
// writing the replacement at dst[k+shift] for the character at src[k]. It
// is the hot loop: Arabic news is almost entirely such characters.
func scan(n *Normalizer, src []byte, i int, dst []byte, shift int) int {
	pp := n.plainPair
	// Eight bytes at a time: bit k of plain is set when the pair
	// src[i+k], src[i+k+1] is plain. All set means src[i:i+8] is ASCII and
	// kept two-byte characters, and src[i+8] starts a character or ends
	// one begun at src[i+7].
	for i+8 < len(src) && src[i]&0xC0 != 0x80 {
		w := binary.LittleEndian.Uint64(src[i:])
		plain := pp[uint16(w)] | pp[uint16(w>>8)]<<1 | pp[uint16(w>>16)]<<2 |
			pp[uint16(w>>24)]<<3 | pp[uint16(w>>32)]<<4 | pp[uint16(w>>40)]<<5 |
			pp[uint16(w>>48)]<<6 | pp[uint16(w>>56)|uint16(src[i+8])<<8]<<7
		if plain == 0xFF {
			i += 8
			if src[i]&0xC0 == 0x80 {
				i++
			}
			continue
		}
		// The pairs before k are plain, so src[i:k] is done and src[k]
		// starts a character, unless it is the continuation byte of a kept
		// character followed by a stray continuation byte.
		k := i + bits.TrailingZeros8(^plain)
		c := src[k]
		if c&0xC0 == 0x80 {
			return k + 1
		}
		c1 := src[k+1] // k+1 <= i+8 is within src
		if dst == nil || c-0xD8 >= 4 || c1&0xC0 != 0x80 {
			return k
		}
		idx := int(c&3)<<6 | int(c1&0x3F)
		if !n.arabicSwap[idx] {
			return k
		}
		to := &n.arabicSwapTo[idx]
		dst[k+shift], dst[k+shift+1] = to[0], to[1]
		i = k + 2
	}
	for i+1 < len(src) {
		c := src[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		if c >= 0xC2 && pp[int(src[i+1])<<8|int(c)] != 0 || dst != nil && swap(n, src, i, dst, shift) {
			i += 2
			continue
		}
		return i
	}
	if i < len(src) && src[i] < utf8.RuneSelf {
		i++
	}
	return i
}

// swap reports whether src[k:] starts with a U+0600–U+06FF character that n
// replaces by another two-byte character, and if so writes that at
// dst[k+shift].
func swap(n *Normalizer, src []byte, k int, dst []byte, shift int) bool {
	idx, ok := arabicIndex(src, k)
	if !ok || !n.arabicSwap[idx] {
		return false
	}
	to := &n.arabicSwapTo[idx]
	dst[k+shift], dst[k+shift+1] = to[0], to[1]
	return true
}

// unit examines the character, or invalid byte, at src[i] and reports how
// many bytes it spans and whether it is kept or replaced by rep (deleted
// when rep is empty). size == 0 means src ends in the middle of what may be
// a character and more input is needed (never when atEOF).
//
// An invalid byte followed by a character that would be deleted forms one
// kept unit with it, so that a deletion never splices invalid bytes into a
// valid character; and a zero-width joiner needs to see the next character.
func unit(n *Normalizer, src []byte, i int, atEOF bool) (size int, rep string, kept bool) {
	r, size := decode(src, i)
	switch {
	case size > 0:
		return charUnit(n, src, i, r, size, atEOF)
	case size < 0 && !atEOF:
		return 0, "", true
	}
	// An invalid byte: kept, together with a directly following deletion.
	if i+1 == len(src) {
		if !atEOF {
			return 0, "", true
		}
		return 1, "", true
	}
	r, size = decode(src, i+1)
	switch {
	case size > 0:
		nsize, rep, kept := charUnit(n, src, i+1, r, size, atEOF)
		switch {
		case nsize == 0:
			return 0, "", true
		case !kept && rep == "":
			return 1 + nsize, "", true
		}
	case size < 0 && !atEOF:
		return 0, "", true
	}
	return 1, "", true
}

// charUnit is unit for the valid character r of size bytes at src[i].
func charUnit(n *Normalizer, src []byte, i int, r rune, size int, atEOF bool) (int, string, bool) {
	switch {
	case r >= 0x0600 && r <= 0x06FF:
		if n.arabicChanged[r-0x0600] {
			return size, n.arabic[r-0x0600], false
		}
	case r >= 0xFB50 && r <= 0xFDFF:
		if k := int(r - 0xFB50); n.presentationChanged[k] {
			return size, n.presentation[k], false
		}
	case r >= 0xFE70 && r <= 0xFEFE:
		if k := len(presentationFormsA) + int(r-0xFE70); n.presentationChanged[k] {
			return size, n.presentation[k], false
		}
	case r == 0x200D:
		if n.opts&Controls == 0 {
			break
		}
		// A joiner before a pictograph is part of an emoji sequence.
		if i+size == len(src) {
			if !atEOF {
				return 0, "", true
			}
			return size, "", false
		}
		next, nsize := decode(src, i+size)
		switch {
		case nsize < 0 && !atEOF:
			return 0, "", true
		case nsize > 0 && letters.IsPictographic(next):
			return size, "", true
		}
		return size, "", false
	case r < 0x0600 || r >= 0x2000 && r < 0x2E80 || r == 0xFEFF:
		if s, ok := step(n.opts, r); ok {
			return size, s, false
		}
	}
	return size, "", true
}
