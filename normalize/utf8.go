// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package normalize

// A UTF-8 decoder that tells a truncated character (more bytes may come)
// from an invalid one, which utf8.DecodeRune does not.

// decode decodes the UTF-8 character at s[i]. size is its length, 0 when
// s[i] does not start a valid character, and -1 when s ends within what may
// become a valid character with more bytes.
func decode(s []byte, i int) (r rune, size int) {
	c := s[i]
	switch {
	case c < 0x80:
		return rune(c), 1
	case c < 0xC2:
		return 0, 0
	case c < 0xE0:
		if i+1 == len(s) {
			return 0, -1
		}
		if c1 := s[i+1]; c1&0xC0 == 0x80 {
			return rune(c&0x1F)<<6 | rune(c1&0x3F), 2
		}
		return 0, 0
	case c < 0xF0:
		lo, hi := byte(0x80), byte(0xBF)
		switch c {
		case 0xE0:
			lo = 0xA0
		case 0xED:
			hi = 0x9F
		}
		return decodeRest(s, i, 3, rune(c&0x0F), lo, hi)
	case c < 0xF5:
		lo, hi := byte(0x80), byte(0xBF)
		switch c {
		case 0xF0:
			lo = 0x90
		case 0xF4:
			hi = 0x8F
		}
		return decodeRest(s, i, 4, rune(c&0x07), lo, hi)
	}
	return 0, 0
}

// decodeRest finishes decode for an n-byte sequence whose second byte must
// lie in [lo, hi].
func decodeRest(s []byte, i, n int, r rune, lo, hi byte) (rune, int) {
	for k := 1; k < n; k++ {
		if i+k == len(s) {
			return 0, -1
		}
		c := s[i+k]
		if k == 1 && (c < lo || c > hi) || c&0xC0 != 0x80 {
			return 0, 0
		}
		r = r<<6 | rune(c&0x3F)
	}
	return r, n
}
