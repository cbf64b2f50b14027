// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package tokenize

// Words: Arabic and Latin letters with their marks.

import (
	"unicode/utf8"
)

// marks skips combining marks, which belong to the character before them.
func (l *lexer[T]) marks(i int) int {
	for {
		r, n := l.decode(i)
		if n == 0 || classify(r) != cMark {
			return i
		}
		i += n
	}
}

// word extends a word of letters of class want (cArabic or cLetter) from
// i. Combining marks stay in the word; invisible controls such as ZWNJ
// stay when the word goes on after them. Latin words also take digits
// (G20, MP3) and an apostrophe between letters (don't, l’État).
func (l *lexer[T]) word(i int, want class) int {
	for {
		i = l.wordFast(i, want)
		r, n := l.decode(i)
		if n == 0 {
			return i
		}
		c := classify(r)
		switch {
		case c == want || c == cMark:
		case want == cLetter && c == cDigit:
		case want == cLetter && (r == '\'' || r == '’'):
			r2, n2 := l.decode(i + n)
			if n2 == 0 || classify(r2) != cLetter {
				return i
			}
		case c == cIgnorable:
			j := i + n
			for {
				r2, n2 := l.decode(j)
				if n2 == 0 {
					return i
				}
				c2 := classify(r2)
				if c2 == want || c2 == cMark {
					break
				}
				if c2 != cIgnorable {
					return i
				}
				j += n2
			}
			n = j - i
		default:
			return i
		}
		i += n
	}
}

// wordFast skips, from i, the letters and marks of class want that are
// encoded in one byte (ASCII) or two bytes of the Arabic block, without
// full decoding; word handles everything else.
func (l *lexer[T]) wordFast(i int, want class) int {
	s := l.text
	for i < len(s) {
		c0 := s[i]
		if c0 < utf8.RuneSelf {
			if c := asciiClass[c0]; c == want || want == cLetter && c == cDigit {
				i++
				continue
			}
			return i
		}
		if c0 < 0xD8 || c0 > 0xDB || i+1 >= len(s) {
			return i
		}
		c1 := s[i+1]
		if c1 < 0x80 || c1 > 0xBF {
			return i
		}
		if c := arabicClass[(rune(c0&0x1F)<<6|rune(c1&0x3F))-0x600]; c != want && c != cMark {
			return i
		}
		i += 2
	}
	return i
}
