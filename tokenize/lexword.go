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
	s := l.text
	// takes has a bit for each class the word goes on through.
	takes := uint16(1)<<want | 1<<cMark
	if want == cLetter {
		takes |= 1 << cDigit
	}
	for {
		// Runs of ASCII and of the Arabic block, nearly every word of the
		// news, are read without decoding; where they stop on white space
		// or punctuation, so does the word.
		for i < len(s) {
			b, n, c := s[i], 2, class(0)
			if isArabicLead(b) && i+1 < len(s) {
				c = arabicPairClass(b, s[i+1])
			} else if b < utf8.RuneSelf {
				c, n = lowClass[b], 1
			} else {
				break
			}
			if takes>>c&1 != 0 {
				i += n
				continue
			}
			if c != cIgnorable && !(want == cLetter && b == '\'') {
				return i
			}
			break
		}
		r, n := l.decode(i)
		if n == 0 {
			return i
		}
		c := classify(r)
		switch {
		case takes>>c&1 != 0:
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
