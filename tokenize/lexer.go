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
	for {
		i := l.pos
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
	r, n := l.decode(start)
	end, kind := start+1, Symbol
	if !(r == utf8.RuneError && n == 1) {
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

// isNumberSeparator reports the characters that may stand between digits
// inside one number: 3.5, 1,200, ٣٫٥, ١٬٢٠٠, and the colon of times and
// ratios (10:30, 10:30:15, 2:1).
func isNumberSeparator(r rune) bool {
	return r == '.' || r == ',' || r == '٫' || r == '٬' || r == ':'
}

func isPercent(r rune) bool {
	return r == '%' || r == '٪' || r == '‰' || r == '‱'
}

// number extends a number from i, just after its first digit at start.
// A number written after its percent sign (%15, ٪٥٠) is prefixed: it
// takes no letters, no date and no second percent sign.
func (l *lexer[T]) number(start, i int, prefixed bool) (int, Kind) {
	separated := false
	for {
		r, n := l.decode(i)
		if n == 0 {
			return i, Number
		}
		c := classify(r)
		if c == cDigit {
			i += n
			continue
		}
		if isNumberSeparator(r) {
			if r2, n2 := l.decode(i + n); n2 > 0 && classify(r2) == cDigit {
				i += n + n2
				separated = true
				continue
			}
		}
		if prefixed {
			return l.marks(i), Number
		}
		if (r == '/' || r == '-') && !separated {
			if end, ok := l.date(start, i, r); ok {
				return l.marks(end), Number
			}
		}
		if c == cLetter && !separated {
			// 5G, 3D, 15km: one alphanumeric word, as in UAX #29.
			return l.word(i, cLetter), LatinWord
		}
		if isPercent(r) {
			i += n
		}
		return l.marks(i), Number
	}
}

// digitGroup reads the digits from i and returns their count, their value
// (-1 when one of them is of a script whose digit values are not known),
// and the end of the group.
func (l *lexer[T]) digitGroup(i int) (count, value, end int) {
	for {
		r, n := l.decode(i)
		if n == 0 || classify(r) != cDigit {
			return count, value, i
		}
		d := digitValue(r)
		if d < 0 || value < 0 {
			value = -1
		} else if count < 4 {
			value = value*10 + d
		}
		count++
		i += n
	}
}

// digitValue returns the value of a decimal digit of the ASCII, Arabic-Indic
// or Extended Arabic-Indic (Persian, Urdu) set, and -1 for any other rune.
func digitValue(r rune) int {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0')
	case r >= 0x660 && r <= 0x669:
		return int(r - 0x660)
	case r >= 0x6F0 && r <= 0x6F9:
		return int(r - 0x6F0)
	}
	return -1
}

// date matches a date whose first group of digits runs from start to sep,
// where the separator sep ('/' or '-') stands: year first (2025/03/04,
// 2025-3-4) or last (04-03-2025, 4/3/2025, 4/3/25), three groups with the
// same separator, months 1 to 12 and days 1 to 31 (day and month in either
// order when the year is last). Two groups (2015/2016, 1990-2000) are a
// range or a fraction, not a date, and so are four (a telephone number).
func (l *lexer[T]) date(start, sep int, sepRune rune) (int, bool) {
	c1, v1, _ := l.digitGroup(start)
	c2, v2, end2 := l.digitGroup(sep + 1)
	if c2 == 0 || l.byteAt(end2) != int(sepRune) {
		return 0, false
	}
	c3, v3, end := l.digitGroup(end2 + 1)
	if c3 == 0 {
		return 0, false
	}
	if b := l.byteAt(end); b == '/' || b == '-' || b == '.' || b == ',' || b == ':' {
		if r, n := l.decode(end + 1); n > 0 && classify(r) == cDigit {
			return 0, false
		}
	}
	day := func(v int) bool { return v < 0 || v >= 1 && v <= 31 }
	month := func(v int) bool { return v < 0 || v >= 1 && v <= 12 }
	switch {
	case c1 == 4 && c2 <= 2 && c3 <= 2:
		return end, month(v2) && day(v3)
	case c1 <= 2 && c2 <= 2 && (c3 == 2 || c3 == 4):
		return end, day(v1) && day(v2) && (month(v1) || month(v2))
	}
	return 0, false
}

// keycap matches the rest of a keycap emoji (1️⃣, #️⃣) whose base is just
// before i.
func (l *lexer[T]) keycap(i int) (int, bool) {
	r, n := l.decode(i)
	if r == 0xFE0F {
		i += n
		r, n = l.decode(i)
	}
	if r != 0x20E3 {
		return 0, false
	}
	return l.emoji(i + n), true
}

// emoji extends an emoji sequence from i, just after its base: variation
// selectors, skin tones, keycap and tag characters, and further
// pictographs joined by ZWJ.
func (l *lexer[T]) emoji(i int) int {
	for {
		r, n := l.decode(i)
		if n == 0 {
			return i
		}
		switch {
		case r == 0xFE0F || r == 0xFE0E || r == 0x20E3 || r >= 0xE0020 && r <= 0xE007F:
		case r == 0x200D:
			r2, n2 := l.decode(i + n)
			if n2 == 0 {
				return i
			}
			switch classify(r2) {
			case cEmoji, cTextPict, cModifier, cRegional:
				n += n2
			default:
				return i
			}
		default:
			switch classify(r) {
			case cModifier, cMark:
			default:
				return i
			}
		}
		i += n
	}
}

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
