// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package tokenize

import "unicode/utf8"

// eot is what the lexer sees past the end of its text.
const eot rune = -1

// lexer finds tokens in text, one at a time, with no allocation. It is
// generic so that strings and byte slices share one implementation.
//
// A lexer over a stream sees only a window of it: eof says whether text
// ends the input. When a token or the look-ahead that decides it runs past
// the end of a window that is not the last, short is set and the caller
// must retry from a copy of the state taken before, with more text.
type lexer[T string | []byte] struct {
	text     T
	pos      int
	eof      bool
	short    bool
	prevEnd  int  // end of the previous token
	prevWord bool // the previous token was a word, number or the like
	noEmail  int  // no e-mail address starts before this offset
	noDomain int  // no bare host name starts before this offset
	breaks   int  // line breaks before the last token; a paragraph separator counts two
	spaced   bool // white space came before the last token
}

// decode returns the rune at i and its size; size 0 past the end, and
// (utf8.RuneError, 1) for a byte that does not start a valid encoding.
func (l *lexer[T]) decode(i int) (rune, int) {
	if i >= len(l.text) {
		if !l.eof {
			l.short = true
		}
		return eot, 0
	}
	if c := l.text[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return l.decodeMulti(i)
}

func (l *lexer[T]) decodeMulti(i int) (rune, int) {
	s := l.text
	c0 := s[i]
	var need int
	var lo, hi byte = 0x80, 0xBF
	var r rune
	switch {
	case c0 < 0xC2:
		return utf8.RuneError, 1
	case c0 < 0xE0:
		need, r = 2, rune(c0&0x1F)
	case c0 < 0xF0:
		need, r = 3, rune(c0&0x0F)
		if c0 == 0xE0 {
			lo = 0xA0
		} else if c0 == 0xED {
			hi = 0x9F
		}
	case c0 < 0xF5:
		need, r = 4, rune(c0&0x07)
		if c0 == 0xF0 {
			lo = 0x90
		} else if c0 == 0xF4 {
			hi = 0x8F
		}
	default:
		return utf8.RuneError, 1
	}
	for k := 1; k < need; k++ {
		if i+k >= len(s) {
			if !l.eof {
				l.short = true
			}
			return utf8.RuneError, 1
		}
		b := s[i+k]
		if k == 1 && (b < lo || b > hi) || b < 0x80 || b > 0xBF {
			return utf8.RuneError, 1
		}
		r = r<<6 | rune(b&0x3F)
	}
	return r, need
}

// byteAt returns the byte at i, or -1 past the end.
func (l *lexer[T]) byteAt(i int) int {
	if i >= len(l.text) {
		if !l.eof {
			l.short = true
		}
		return -1
	}
	return int(l.text[i])
}

// next returns the next token, or false at the end of text.
func (l *lexer[T]) next() (Token, bool) {
	l.breaks, l.spaced = 0, false
	if !l.gap() {
		return Token{}, false
	}
	return l.token(), true
}

// gap skips white space and invisible controls from pos, adding up
// breaks and spaced. It returns false when it reaches the end of text
// (then short says whether more text may follow); what it skipped stays
// skipped, so a caller can add text and call it again.
func (l *lexer[T]) gap() bool {
	s := l.text
	for {
		i := l.pos
		// The common cases, without decoding: a space, or the start of a
		// token in ASCII or in the Arabic block (where the only rune that
		// is not is U+061C, and a byte that does not continue the lead is
		// a token too).
		if i < len(s) {
			if b := s[i]; b == ' ' {
				l.spaced = true
				l.pos++
				continue
			} else if b < utf8.RuneSelf {
				if c := lowClass[b]; c != cSpace && c != cIgnorable {
					return true
				}
			} else if isArabicLead(b) && i+1 < len(s) && arabicPairClass(b, s[i+1]) != cIgnorable {
				return true
			}
		}
		r, n := l.decode(i)
		if n == 0 || l.short {
			return false
		}
		if r == utf8.RuneError && n == 1 {
			return true
		}
		switch classify(r) {
		case cSpace:
			switch r {
			case '\n', 0x85, 0x2028, '\v':
				l.breaks++
			case '\r':
				b := l.byteAt(i + 1)
				if l.short {
					return false
				}
				if b != '\n' {
					l.breaks++
				}
			case 0x2029, '\f':
				l.breaks += 2
			}
			l.spaced = true
		case cIgnorable:
		default:
			return true
		}
		l.pos = i + n
	}
}

// token lexes the token at pos, which gap has left on a visible character
// or an invalid byte.
func (l *lexer[T]) token() Token {
	start := l.pos
	var end int
	var kind Kind
	if s := l.text; isArabicLead(s[start]) && start+1 < len(s) && arabicPairClass(s[start], s[start+1]) == cArabic {
		// An Arabic word, most tokens of the news.
		end, kind = l.word(start+2, cArabic), ArabicWord
	} else if r, n := l.decode(start); r == utf8.RuneError && n == 1 {
		end, kind = start+1, Symbol
	} else {
		end, kind = l.scan(start, r, n, classify(r))
	}
	l.pos = end
	l.prevEnd = end
	l.prevWord = kind != Punct && kind != Symbol && kind != Emoji
	return Token{Start: start, End: end, Kind: kind}
}

// scan returns the end and kind of the token that starts at start with
// rune r of size n and class c.
func (l *lexer[T]) scan(start int, r rune, n int, c class) (int, Kind) {
	i := start + n
	switch c {
	case cArabic:
		return l.word(i, cArabic), ArabicWord
	case cLetter:
		if r < utf8.RuneSelf {
			if end, ok := l.url(start); ok {
				return end, URL
			}
			if end, ok := l.email(start); ok {
				return end, Email
			}
			if end, ok := l.domain(start); ok {
				return end, URL
			}
		}
		return l.word(i, cLetter), LatinWord
	case cDigit:
		if r < utf8.RuneSelf {
			if end, ok := l.keycap(i); ok {
				return end, Emoji
			}
			if end, ok := l.email(start); ok {
				return end, Email
			}
		}
		return l.number(start, i, false)
	case cNumeric:
		return l.marks(i), Number
	case cPunct:
		afterWord := l.prevWord && l.prevEnd == start
		switch r {
		case '#':
			if end, ok := l.keycap(i); ok {
				return end, Emoji
			}
			if !afterWord {
				if end, ok := l.hashtag(i); ok {
					return end, Hashtag
				}
			}
		case '*':
			if end, ok := l.keycap(i); ok {
				return end, Emoji
			}
		case '@':
			if !afterWord {
				if end, ok := l.mention(i); ok {
					return end, Mention
				}
			}
		case '.':
			for l.byteAt(i) == '.' {
				i++
			}
		case '%', '٪', '‰':
			// %15: the percent sign typed before the number, as Arabic
			// keyboards often give it; 15 % stays two tokens.
			if !afterWord {
				if r2, n2 := l.decode(i); n2 > 0 && classify(r2) == cDigit {
					return l.number(i, i+n2, true)
				}
			}
		}
		return l.marks(i), Punct
	case cTextPict:
		if r2, n2 := l.decode(i); r2 == 0xFE0F {
			return l.emoji(i + n2), Emoji
		}
		return l.marks(i), Symbol
	case cEmoji, cModifier:
		return l.emoji(i), Emoji
	case cRegional:
		if r2, n2 := l.decode(i); n2 > 0 && classify(r2) == cRegional {
			i += n2
		}
		return l.emoji(i), Emoji
	}
	return l.marks(i), Symbol
}
