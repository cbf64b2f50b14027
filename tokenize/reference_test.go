// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package tokenize

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

// refLexer is the lexer's reference: white space, the choice of a token's
// kind, words and marks lexed one rune at a time, each rune decoded by
// utf8.DecodeRuneInString and classified by classifySlow, with none of
// the lexer's byte tables and fast paths. URLs, numbers, hashtags and the
// other special tokens come from the lexer's own methods.
type refLexer struct {
	lexer[string]
}

// rune returns the rune at i, its size (0 past the end) and its class.
func (l *refLexer) rune(i int) (rune, int, class) {
	if i >= len(l.text) {
		return eot, 0, cSpace
	}
	r, n := utf8.DecodeRuneInString(l.text[i:])
	return r, n, classifySlow(r)
}

// refGap is what the lexer's gap records of the white space before a
// token: its line breaks (two for a paragraph or page break, one for CRLF)
// and whether there was any.
type refGap struct {
	breaks int
	spaced bool
}

// refTokens returns the tokens of text and the gap before each.
func refTokens(text string) ([]Token, []refGap) {
	l := refLexer{lexer[string]{text: text, eof: true}}
	var toks []Token
	var gaps []refGap
	for {
		var g refGap
		r, n, c := l.rune(l.pos)
		for n > 0 && (c == cSpace || c == cIgnorable) && !(r == utf8.RuneError && n == 1) {
			if c == cSpace {
				g.spaced = true
				switch r {
				case '\n', 0x85, 0x2028, '\v':
					g.breaks++
				case '\r':
					if !strings.HasPrefix(text[l.pos+n:], "\n") {
						g.breaks++
					}
				case 0x2029, '\f':
					g.breaks += 2
				}
			}
			l.pos += n
			r, n, c = l.rune(l.pos)
		}
		if n == 0 {
			return toks, gaps
		}
		start := l.pos
		end, kind := start+1, Symbol
		if !(r == utf8.RuneError && n == 1) {
			end, kind = l.scan(start, r, n, c)
		}
		l.pos, l.prevEnd = end, end
		l.prevWord = kind != Punct && kind != Symbol && kind != Emoji
		toks = append(toks, Token{Start: start, End: end, Kind: kind})
		gaps = append(gaps, g)
	}
}

// scan restates lexer.scan rather than sharing it: lexer.scan would lex
// words and marks with the lexer's own word and marks and classify with
// its tables, the fast paths this reference is there to check.
func (l *refLexer) scan(start int, r rune, n int, c class) (int, Kind) {
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
		switch {
		case r == '#':
			if end, ok := l.keycap(i); ok {
				return end, Emoji
			}
			if !afterWord {
				if end, ok := l.hashtag(i); ok {
					return end, Hashtag
				}
			}
		case r == '*':
			if end, ok := l.keycap(i); ok {
				return end, Emoji
			}
		case r == '@':
			if !afterWord {
				if end, ok := l.mention(i); ok {
					return end, Mention
				}
			}
		case r == '.':
			for strings.HasPrefix(l.text[i:], ".") {
				i++
			}
		case r == '%' || r == '٪' || r == '‰':
			if _, n2, c2 := l.rune(i); c2 == cDigit && !afterWord {
				return l.number(i, i+n2, true)
			}
		}
		return l.marks(i), Punct
	case cTextPict:
		if r2, n2, _ := l.rune(i); r2 == 0xFE0F {
			return l.emoji(i + n2), Emoji
		}
		return l.marks(i), Symbol
	case cEmoji, cModifier:
		return l.emoji(i), Emoji
	case cRegional:
		if _, n2, c2 := l.rune(i); c2 == cRegional {
			i += n2
		}
		return l.emoji(i), Emoji
	}
	return l.marks(i), Symbol
}

func (l *refLexer) marks(i int) int {
	for {
		_, n, c := l.rune(i)
		if n == 0 || c != cMark {
			return i
		}
		i += n
	}
}

// word takes, from i, letters of class want and marks; digits and an
// apostrophe before a letter too in a Latin word; and invisible controls
// followed by more of the word.
func (l *refLexer) word(i int, want class) int {
	for {
		r, n, c := l.rune(i)
		switch {
		case n == 0:
			return i
		case c == want || c == cMark:
		case want == cLetter && c == cDigit:
		case want == cLetter && (r == '\'' || r == '’'):
			if _, n2, c2 := l.rune(i + n); n2 == 0 || c2 != cLetter {
				return i
			}
		case c == cIgnorable:
			j := i + n
			for {
				_, n2, c2 := l.rune(j)
				if n2 == 0 || c2 != cIgnorable && c2 != want && c2 != cMark {
					return i
				}
				if c2 != cIgnorable {
					break
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

// lexerPieces are the parts random texts are made of: letters, marks,
// digits and separators of the scripts and blocks the lexer treats apart,
// the starts of URLs, addresses and emoji sequences, white space of every
// kind, and bytes that are not UTF-8 (stray, truncated, overlong,
// surrogate).
var lexerPieces = []string{
	"قال", "الرئيس", "ب", "ـ", "\u064e", "\u0651", "\u0670", "\u06e1", "ﷲ", "ﻻ", "ﷺ", "\u0600", "\u06dd", "ܐ",
	"\u200c", "\u200d", "\u061c", "\u200f", "\u00ad", "\ufe0f", "\ufe0e",
	"a", "Z", "don", "'", "’", "é", "e\u0301", "\u0300", "Москва", "日本", "א",
	"0", "7", "12", "٣", "۱", "\u06f5", "٫", "٬", "½",
	".", "..", ",", ":", "/", "-", "%", "٪", "‰", "‱", "#", "@", "_", "*", "(", ")", "[", "]",
	"«", "»", "“", "”", "،", "؟", "؛", "!", "?", ";", "\"", "$", "+", "<", "|", "\\", "^", "`", "~",
	"http://", "https://", "ftp://", "www.", "WWW.", ".com", ".net", ".eg", "x.org", "user@", "mail.com",
	"😀", "👍", "🏽", "🇪", "🇬", "\u20e3", "©", "™", "↔", "\U000e0067", "\U0001f3f4",
	" ", "  ", "\t", "\n", "\r", "\r\n", "\v", "\f", "\u0085", "\u2028", "\u2029", "\u00a0", "\u200b", "\u3000",
	"\xff", "\x80", "\xd8", "\xd9 ", "\xdb\xbf", "\xe2\x80", "\xf0\x9f", "\xed\xa0\x80", "\xc0\xaf", "\ufffd", "\x00", "\x7f",
}

// referenceTexts returns the texts the lexer is compared on: the test
// tables' inputs and random texts made of lexerPieces.
func referenceTexts() []string {
	texts := []string{
		"قال الرئيس «نعم» في 3.5% من الحالات.",
		"وَقالَ المُتَحَدِّثُ: إنّ جمـــيل می\u200cخواهم كتاب\u200c \u200fالعراق\u061c",
		"iPhoneالجديد كوفيد19 G20 MP3 5G don't l’État café Москва 日本語",
		"٣٫٥ ١٬٢٠٠ ۱۴۰۳ ٥٠٪ 2025/03/04 10:30 %15 ‰3 15 % a%20",
		"https://x.org/a_(b)) www.aljazeera.net/ar a@b.cd #وسم_جديد @user.name",
		"😀👍🏽 🇪🇬🇹 1\ufe0f\u20e3 #\ufe0f\u20e3 ©\ufe0f 👨\u200d👩\u200d👧 🏴\U000e0067\U000e0062\U000e007f",
		"\xff\xfe ب\u200c\u200d x\u0301 \xd8 \xd8\x80\xd8 \xed\xa0\x80 \ufffd",
		"سطر\nسطر\r\nسطر\r\u2029\u2028\f\v\u0085 \u00a0\u200b\u3000 نهاية",
	}
	rnd := rand.New(rand.NewPCG(9, 12))
	for range 20000 {
		var b strings.Builder
		for range 1 + rnd.IntN(16) {
			b.WriteString(lexerPieces[rnd.IntN(len(lexerPieces))])
		}
		texts = append(texts, b.String())
	}
	return texts
}

func checkReference(t *testing.T, text string) {
	t.Helper()
	want, wantGaps := refTokens(text)
	got := AppendTokens(nil, text)
	for i := range max(len(got), len(want)) {
		if i >= len(got) || i >= len(want) || got[i] != want[i] {
			lo, hi := max(0, i-3), min(max(len(got), len(want)), i+3)
			at := 0
			if i < len(want) {
				at = want[i].Start
			}
			t.Fatalf("%q at %d: tokens %d.. are\n%v, want\n%v", text[max(0, at-40):min(len(text), at+40)], at,
				lo, got[min(lo, len(got)):min(hi, len(got))], want[min(lo, len(want)):min(hi, len(want))])
		}
	}
	// The tokens agree, so the lexer gives as many gaps as wantGaps.
	l := lexer[string]{text: text, eof: true}
	for i := 0; ; i++ {
		tk, ok := l.next()
		if !ok {
			break
		}
		if g := (refGap{l.breaks, l.spaced}); g != wantGaps[i] {
			t.Fatalf("%q: the gap before token %d (%v) is %+v, want %+v", text[max(0, tk.Start-40):min(len(text), tk.End+40)], i, tk, g, wantGaps[i])
		}
	}
}

// TestTokensMatchReference compares the lexer with refLexer on
// referenceTexts and cuts of them.
func TestTokensMatchReference(t *testing.T) {
	for _, text := range referenceTexts() {
		checkReference(t, text)
		for i := 1; i < len(text); i += 1 + i/8 {
			checkReference(t, text[:i])
			checkReference(t, text[i:])
		}
	}
}

// TestTokensMatchReferenceOnNews compares the lexer with refLexer on the
// news corpus.
func TestTokensMatchReferenceOnNews(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	checkReference(t, string(corpus(t)))
}
