// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package tokenize

// Hashtags and mentions.

// hashtagBody reports the classes allowed in a hashtag or mention body.
func hashtagBody(r rune, c class) bool {
	return c == cArabic || c == cLetter || c == cDigit || c == cMark || r == '_'
}

// hashtag matches the body of a hashtag after '#' at i: letters of any
// script, digits, marks and '_', with at least one letter (#مصر, #COP28;
// not #1).
func (l *lexer[T]) hashtag(i int) (int, bool) {
	letter := false
	start := i
	for {
		r, n := l.decode(i)
		if n == 0 {
			break
		}
		c := classify(r)
		if c == cIgnorable {
			// ZWNJ inside a Persian or Arabic hashtag.
			r2, n2 := l.decode(i + n)
			if n2 > 0 && i > start && hashtagBody(r2, classify(r2)) {
				i += n
				continue
			}
			break
		}
		if !hashtagBody(r, c) {
			break
		}
		letter = letter || c == cArabic || c == cLetter
		i += n
	}
	return i, letter
}

// mention matches the body of a mention after '@' at i: letters, digits,
// marks and '_', and '.' between them (@UN_News, @ahmed.ali).
func (l *lexer[T]) mention(i int) (int, bool) {
	start := i
	for {
		r, n := l.decode(i)
		if n == 0 {
			break
		}
		if r == '.' && i > start {
			r2, n2 := l.decode(i + 1)
			if n2 > 0 && hashtagBody(r2, classify(r2)) {
				i++
				continue
			}
			break
		}
		if !hashtagBody(r, classify(r)) {
			break
		}
		i += n
	}
	return i, i > start
}
