// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package tokenize

import (
	"errors"
	"io"
	"iter"
	"strconv"
	"unicode/utf8"
)

// Kind says what a token is.
//
// The kinds say how a token is to be processed, not which script it is
// in: ArabicWord goes through the Arabic normalisation, clitics and
// stemmers, LatinWord is every other letter-based word (Latin above all,
// and Greek, Cyrillic, Hebrew, CJK ... too: they are rare in Arabic news,
// and what users do with them — lower-case, stem with Snowball or keep — is
// what they do with Latin words; unicode.In on the token's first letter
// tells the script when it matters). The names String gives are part of
// the JSON contract of the tokenize command: kinds may be added, never
// renamed.
type Kind uint8

const (
	ArabicWord Kind = iota // letters of the Arabic script, with their harakat, tatweel and ZWNJ
	LatinWord              // letters of any other script, with digits (G20) and inner apostrophes
	Number                 // 3.5, 1,200, ٢٠٢٥, ٣٫٥, 15%, %15, 10:30, 2:1, 4/3/2025, ½
	Punct                  // punctuation: . ، ؛ ؟ « » “ ” " ( ) ... (a run of full stops is one token)
	Symbol                 // symbols (+ $ © ﷼), stray combining marks, and bytes that are not UTF-8
	URL                    // http://, https://, ftp:// and www. addresses, and host names with a common ending (aljazeera.net)
	Email                  // name@example.com
	Hashtag                // #مصر, #COP28
	Mention                // @UN_News
	Emoji                  // emoji with their modifiers, ZWJ sequences, flags and keycaps
)

var kindNames = [...]string{
	ArabicWord: "arabic",
	LatinWord:  "latin",
	Number:     "number",
	Punct:      "punct",
	Symbol:     "symbol",
	URL:        "url",
	Email:      "email",
	Hashtag:    "hashtag",
	Mention:    "mention",
	Emoji:      "emoji",
}

// String returns the kind's name as written in JSON output: "arabic",
// "latin", "number", "punct", "symbol", "url", "email", "hashtag",
// "mention" or "emoji".
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "Kind(" + strconv.Itoa(int(k)) + ")"
}

// MarshalText returns the kind's name, so that encoding/json writes kinds
// as "arabic", "latin" and so on.
func (k Kind) MarshalText() ([]byte, error) {
	if int(k) >= len(kindNames) {
		return nil, errors.New("tokenize: unknown kind " + strconv.Itoa(int(k)))
	}
	return []byte(kindNames[k]), nil
}

// UnmarshalText sets k to the kind named text, as String writes it.
func (k *Kind) UnmarshalText(text []byte) error {
	for i, name := range kindNames {
		if string(text) == name {
			*k = Kind(i)
			return nil
		}
	}
	return errors.New("tokenize: unknown kind " + strconv.Quote(string(text)))
}

// IsWord reports whether tokens of kind k carry words an indexer keeps:
// Arabic and Latin words, numbers, hashtags and mentions.
func (k Kind) IsWord() bool {
	switch k {
	case ArabicWord, LatinWord, Number, Hashtag, Mention:
		return true
	}
	return false
}

// Token is one token of a text: text[Start:End] is exactly the token, in
// UTF-8 byte offsets.
//
// Every visible character of the text is inside exactly one token. White
// space and invisible controls (ZWNJ, ZWJ, bidi marks, U+061C, soft hyphen,
// variation selectors) are in none, except inside a word, hashtag or emoji
// that goes on after them. A combining mark stays with the character
// before it. A byte that is not part of valid UTF-8 is a Symbol token of
// that one byte.
type Token struct {
	Start, End int
	Kind       Kind
}

// Tokens returns the tokens of text in order. It allocates nothing per
// token.
func Tokens(text string) iter.Seq[Token] {
	return func(yield func(Token) bool) {
		l := lexer[string]{text: text, eof: true}
		for {
			t, ok := l.next()
			if !ok || !yield(t) {
				return
			}
		}
	}
}

// TokensBytes is Tokens for a byte slice.
func TokensBytes(text []byte) iter.Seq[Token] {
	return func(yield func(Token) bool) {
		l := lexer[[]byte]{text: text, eof: true}
		for {
			t, ok := l.next()
			if !ok || !yield(t) {
				return
			}
		}
	}
}

// AppendTokens appends the tokens of text to dst and returns it.
func AppendTokens(dst []Token, text string) []Token {
	l := lexer[string]{text: text, eof: true}
	for {
		t, ok := l.next()
		if !ok {
			return dst
		}
		dst = append(dst, t)
	}
}

// MaxTokenSize is the longest token a Scanner returns whole: a longer one
// (a megabyte of letters with no space) is cut into pieces of at most this
// many bytes, so that a Scanner runs in bounded memory.
const MaxTokenSize = 256 << 10

// Scanner reads tokens from a stream in constant memory. Offsets are
// relative to the start of the stream. The tokens are the same as Tokens
// gives for the whole text, except for tokens longer than MaxTokenSize.
type Scanner struct {
	r     io.Reader
	buf   []byte
	n     int // bytes of buf holding data
	base  int // stream offset of buf[0]
	eof   bool
	full  bool // buf is at its largest and holds only one unfinished token
	err   error
	lex   lexer[[]byte]
	tok   Token // offsets into buf
	empty int   // successive reads that returned nothing

	gapStart int // offset in buf of the end of the previous token; below 0 once dropped
}

// NewScanner returns a Scanner reading from r.
func NewScanner(r io.Reader) *Scanner {
	return &Scanner{r: r, buf: make([]byte, 16<<10)}
}

// Reset makes s read r from its start, as a new Scanner would, keeping
// its buffer.
func (s *Scanner) Reset(r io.Reader) {
	*s = Scanner{r: r, buf: s.buf}
}

// Scan advances to the next token, which Token and Bytes then return. It
// returns false at the end of the stream or on a read error (see Err).
func (s *Scanner) Scan() bool {
	s.lex.breaks, s.lex.spaced = 0, false
	s.gapStart = s.lex.prevEnd
	for {
		s.lex.text = s.buf[:s.n]
		if s.full {
			s.lex.text = s.buf[:completeRunes(s.buf[:s.n])]
		}
		s.lex.eof = s.eof || s.full
		s.lex.short = false
		if !s.lex.gap() {
			if s.eof {
				return false
			}
			// The window ended in white space, which gap has consumed.
			s.full = false
			s.fill()
			continue
		}
		saved := s.lex
		tok := s.lex.token()
		if !s.lex.short {
			s.full = false
			s.tok = tok
			return true
		}
		s.lex = saved
		s.fill()
	}
}

// maxKeptGap is the longest run of white space between two tokens that a
// Scanner keeps in its buffer, for SentenceScanner to copy.
const maxKeptGap = 4 << 10

// fill drops the bytes before the current position and reads more.
func (s *Scanner) fill() {
	k := s.lex.pos
	if g := s.gapStart; g >= 0 && g < k && k-g <= maxKeptGap {
		k = g
	}
	if k > 0 {
		copy(s.buf, s.buf[k:s.n])
		s.n -= k
		s.base += k
		s.lex.pos -= k
		s.lex.prevEnd -= k
		s.gapStart -= k
		s.lex.noEmail = max(0, s.lex.noEmail-k)
		s.lex.noDomain = max(0, s.lex.noDomain-k)
	}
	if s.n == len(s.buf) {
		if len(s.buf) >= MaxTokenSize {
			s.full = true
			return
		}
		s.buf = append(s.buf, make([]byte, len(s.buf))...)
	}
	m, err := s.r.Read(s.buf[s.n:])
	s.n += m
	switch {
	case err == io.EOF:
		s.eof = true
	case err != nil:
		s.err, s.eof = err, true
	case m == 0:
		if s.empty++; s.empty > 100 {
			s.err, s.eof = io.ErrNoProgress, true
		}
		return
	}
	s.empty = 0
}

// gap returns the bytes between the previous token and the current one,
// or false when they were too many to keep.
func (s *Scanner) gap() ([]byte, bool) {
	if s.gapStart < 0 {
		return nil, false
	}
	return s.buf[s.gapStart:s.tok.Start], true
}

// Token returns the current token, with offsets into the stream.
func (s *Scanner) Token() Token {
	return Token{Start: s.tok.Start + s.base, End: s.tok.End + s.base, Kind: s.tok.Kind}
}

// Bytes returns the text of the current token. It is valid until the next
// call to Scan.
func (s *Scanner) Bytes() []byte { return s.buf[s.tok.Start:s.tok.End] }

// Err returns the first error other than io.EOF met while reading.
func (s *Scanner) Err() error { return s.err }

// completeRunes returns the length of the longest prefix of b that does
// not end inside a UTF-8 sequence.
func completeRunes(b []byte) int {
	for k := 1; k <= utf8.UTFMax && k <= len(b); k++ {
		c := b[len(b)-k]
		if c < utf8.RuneSelf {
			return len(b)
		}
		if utf8.RuneStart(c) {
			if !utf8.FullRune(b[len(b)-k:]) {
				return len(b) - k
			}
			return len(b)
		}
	}
	return len(b)
}
