// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package tokenize

// URLs, bare host names and e-mail addresses.

import (
	"unicode/utf8"
)

// lowerASCII returns b, a byte or -1, with an ASCII capital lower-cased.
func lowerASCII(b int) int {
	if b >= 'A' && b <= 'Z' {
		return b + 'a' - 'A'
	}
	return b
}

// hasPrefixFold reports whether text at i starts with the lower-case ASCII
// string p, ignoring ASCII case.
func (l *lexer[T]) hasPrefixFold(i int, p string) bool {
	for k := 0; k < len(p); k++ {
		if lowerASCII(l.byteAt(i+k)) != int(p[k]) {
			return false
		}
	}
	return true
}

// isASCIIAlnum reports whether b is an ASCII letter or digit.
func isASCIIAlnum(b int) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

// url matches a URL starting at start with http://, https://, ftp:// or
// www. It runs to white space or to a character that cannot be in a URL
// written in running text (quotes, guillemets, Arabic comma and question
// mark), then gives back trailing punctuation and unbalanced closing
// brackets, which belong to the sentence.
func (l *lexer[T]) url(start int) (int, bool) {
	var i int
	switch lowerASCII(int(l.text[start])) {
	case 'h':
		switch {
		case l.hasPrefixFold(start, "http://"):
			i = start + 7
		case l.hasPrefixFold(start, "https://"):
			i = start + 8
		default:
			return 0, false
		}
	case 'f':
		if !l.hasPrefixFold(start, "ftp://") {
			return 0, false
		}
		i = start + 6
	case 'w':
		if !l.hasPrefixFold(start, "www.") || !isASCIIAlnum(l.byteAt(start+4)) {
			return 0, false
		}
		i = start + 4
	default:
		return 0, false
	}
	end := l.urlBody(i)
	if end == i {
		return 0, false
	}
	return end, true
}

// urlBody returns the end of the rest of a URL from i: it runs to white
// space or to a character that cannot be in a URL written in running text,
// then gives back trailing punctuation and unbalanced closing brackets. It
// returns i when nothing is left.
func (l *lexer[T]) urlBody(i int) int {
	body := i
	open := 0
body:
	for {
		r, n := l.decode(i)
		if n == 0 || r == utf8.RuneError && n == 1 {
			break
		}
		if c := classify(r); c == cSpace || c == cIgnorable {
			break
		}
		switch r {
		case '<', '>', '"', '`', '{', '}', '|', '\\', '^', '«', '»', '“', '”', '‘', '’', '،', '؛', '؟':
			break body
		case '(', '[':
			open++
		case ')', ']':
			open--
		}
		i += n
	}
	for i > body {
		switch l.text[i-1] {
		case '.', ',', ':', ';', '!', '?', '\'', '*':
			i--
			continue
		case ')', ']':
			if open < 0 {
				open++
				i--
				continue
			}
		}
		break
	}
	return i
}

// topLevelDomains are the endings that make a bare host name (aljazeera.net)
// a URL: the generic ones news cites most and the country codes of the Arab
// world and of the countries most in its news.
var topLevelDomains = [...]string{
	"com", "net", "org", "edu", "gov", "int", "info", "biz", "io", "co", "tv", "fm", "news",
	"tn", "eg", "sa", "ae", "ma", "dz", "qa", "kw", "bh", "om", "jo", "lb", "sy", "iq", "ps",
	"ye", "sd", "ly", "mr", "uk", "fr", "de", "ru", "cn", "tr", "ir", "ch", "be", "nl", "es", "ca",
}

// isTopLevelDomain reports whether text[i:j] is one of topLevelDomains,
// ignoring ASCII case.
func (l *lexer[T]) isTopLevelDomain(i, j int) bool {
next:
	for _, d := range topLevelDomains {
		if len(d) != j-i {
			continue
		}
		for k := range len(d) {
			if lowerASCII(int(l.text[i+k])) != int(d[k]) {
				continue next
			}
		}
		return true
	}
	return false
}

// domain matches a bare host name starting at start, such as
// aljazeera.net or www-less mosaiquefm.net/ar/..., as a URL: ASCII labels
// joined by dots, the last one of topLevelDomains, ending the word, and
// then an optional path.
func (l *lexer[T]) domain(start int) (int, bool) {
	if start < l.noDomain {
		return 0, false
	}
	i, labels, last := start, 0, start
	for {
		j := i
		for b := l.byteAt(j); isASCIIAlnum(b) || b == '-'; b = l.byteAt(j) {
			j++
		}
		if j == i {
			break
		}
		labels++
		last, i = i, j
		if l.byteAt(i) != '.' || !isASCIIAlnum(l.byteAt(i+1)) {
			break
		}
		i++
	}
	r, n := l.decode(i)
	c := cSpace
	if n > 0 {
		c = classify(r)
	}
	if labels < 2 || !l.isTopLevelDomain(last, i) || r == '@' ||
		n > 0 && (c == cArabic || c == cLetter || c == cDigit || c == cMark) {
		// Every start on a later label of the same run reaches the same end.
		l.noDomain = i
		return 0, false
	}
	if r == '/' {
		return l.urlBody(i), true
	}
	return i, true
}

// isEmailLocal reports whether b may be in the local part of an e-mail
// address.
func isEmailLocal(b int) bool {
	return isASCIIAlnum(b) || b == '.' || b == '_' || b == '%' || b == '+' || b == '-'
}

// email matches an e-mail address starting at start: an ASCII local part,
// '@', and a domain of two or more labels whose last is letters only.
func (l *lexer[T]) email(start int) (int, bool) {
	if start < l.noEmail {
		return 0, false
	}
	at := start
	for isEmailLocal(l.byteAt(at)) {
		at++
	}
	// Every start inside the same local part reaches the same '@' and
	// domain, so one failed try answers them all.
	l.noEmail = at
	if l.byteAt(at) != '@' {
		return 0, false
	}
	i := at + 1
	labels, lastLetters, lastLen := 0, true, 0
	for {
		lastLetters, lastLen = true, 0
		for {
			b := l.byteAt(i)
			if !isASCIIAlnum(b) && b != '-' {
				break
			}
			if b < 'A' {
				lastLetters = false
			}
			lastLen++
			i++
		}
		if lastLen == 0 {
			return 0, false
		}
		labels++
		if l.byteAt(i) != '.' || !isASCIIAlnum(l.byteAt(i+1)) {
			break
		}
		i++
	}
	if labels < 2 || !lastLetters || lastLen < 2 {
		return 0, false
	}
	return i, true
}
