// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package tokenize

// Numbers, percentages and dates.

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
