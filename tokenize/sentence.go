// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package tokenize

import (
	"io"
	"iter"
	"unicode/utf8"
)

// Span is a stretch text[Start:End] of a text, in UTF-8 byte offsets.
type Span struct {
	Start, End int
}

// SentenceOptions change where sentences end.
type SentenceOptions uint8

const (
	// SplitAtSemicolon ends sentences at ؛ and ; too.
	SplitAtSemicolon SentenceOptions = 1 << iota
	// JoinLines lets a sentence go on across a single line break, for
	// hard-wrapped text; only a blank line (or a paragraph separator) ends
	// it then. By default every line break ends a sentence, because news
	// text puts titles, datelines and paragraphs on lines of their own,
	// often with no full stop.
	JoinLines
)

// MaxSentenceSize is the longest sentence, in bytes, that a
// SentenceScanner keeps whole; a longer one is cut between two tokens.
const MaxSentenceSize = 1 << 20

// sentencer finds sentence ends in a stream of tokens (see Sentences).
type sentencer struct {
	opts    SentenceOptions
	start   int // start of the open sentence; -1 when none is open
	end     int // end of its last token
	count   int // its tokens
	listNum bool
	pending bool // a terminator ended it unless the next token goes on with it
	dot     bool // the terminator was a full stop
	abbrev  bool // the last token was an abbreviation or initial
}

func newSentencer(opts SentenceOptions) sentencer {
	return sentencer{opts: opts, start: -1}
}

// sentenceToken is what the sentencer needs to know about a token.
type sentenceToken struct {
	Token
	r      rune // the punctuation character of a one-character Punct token, else 0
	abbrev bool // a word that a full stop may abbreviate
	breaks int  // line breaks before it
	spaced bool // white space before it
}

// push adds t and returns the sentence that t's arrival ends, if any.
func (x *sentencer) push(t sentenceToken) (Span, bool) {
	var out Span
	ended := false
	if x.start >= 0 {
		switch {
		case t.breaks >= 2 || t.breaks == 1 && x.opts&JoinLines == 0:
			ended = true
		case x.pending:
			switch {
			case isClosing(t.r) && (!t.spaced || t.r != '"' && t.r != '\''):
				x.end = t.End
				return out, false
			case !t.spaced && x.isTerminator(t.r):
				x.end = t.End
				x.dot = x.dot && t.r == '.'
				return out, false
			case x.dot && !t.spaced && t.Kind.IsWord():
				x.pending = false
			default:
				ended = true
			}
		}
		if ended {
			out = Span{x.start, x.end}
			x.start, x.pending = -1, false
		}
	}
	if x.start < 0 {
		x.start, x.count = t.Start, 0
		x.listNum = t.Kind == Number
	}
	x.end = t.End
	x.count++
	switch {
	case t.r == '.':
		if !(x.abbrev && !t.spaced) && !(x.listNum && x.count == 2) {
			x.pending, x.dot = true, true
		}
	case x.isTerminator(t.r):
		x.pending, x.dot = true, false
	}
	x.abbrev = t.abbrev
	return out, ended
}

// flush returns the sentence still open at the end of the text.
func (x *sentencer) flush() (Span, bool) {
	if x.start < 0 {
		return Span{}, false
	}
	out := Span{x.start, x.end}
	x.start, x.pending = -1, false
	return out, true
}

func (x *sentencer) isTerminator(r rune) bool {
	switch r {
	case '.', '!', '?', '؟', '‼', '⁇', '⁈', '⁉':
		return true
	case '؛', ';':
		return x.opts&SplitAtSemicolon != 0
	}
	return false
}

func isClosing(r rune) bool {
	switch r {
	case ')', ']', '}', '»', '”', '’', '›', '"', '\'':
		return true
	}
	return false
}

// latinAbbreviations are the Latin-script words most often written with a
// full stop inside a sentence.
var latinAbbreviations = [...]string{
	"Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Sr", "Jr", "No", "vs", "Gen", "Col",
	"Lt", "Capt", "Sgt", "Rep", "Sen", "Gov", "Inc", "Ltd", "Co", "Corp", "Mt", "cf",
}

// isAbbreviation reports whether word, a word token, may be shortened with
// a full stop: one letter (with its marks and tatweel: د، م، هـ، J) or a
// common Latin abbreviation.
func isAbbreviation(word string) bool {
	if len(word) > 16 {
		return false
	}
	letters := 0
	for _, r := range word {
		if c := classify(r); (c == cArabic || c == cLetter) && r != 0x640 {
			if letters++; letters > 1 && r >= utf8.RuneSelf {
				return false
			}
		}
	}
	if letters == 1 {
		return true
	}
	for _, a := range latinAbbreviations {
		if word == a {
			return true
		}
	}
	return false
}

// toSentenceToken describes token t whose text is s.
func toSentenceToken(t Token, s string, breaks int, spaced bool) sentenceToken {
	st := sentenceToken{Token: t, breaks: breaks, spaced: spaced}
	switch t.Kind {
	case Punct:
		if r, n := utf8.DecodeRuneInString(s); n == len(s) {
			st.r = r
		}
	case ArabicWord, LatinWord:
		st.abbrev = s != "" && isAbbreviation(s)
	}
	return st
}

// Sentences returns the sentences of text in order, each from the start
// of its first token to the end of its last, so without surrounding white
// space.
//
// A sentence ends:
//   - after . ! ? ؟ (and ؛ ; with SplitAtSemicolon), taking along the
//     terminators and closing quotes and brackets that follow it (؟! or ».
//     or ") — a closing » ” ) ] } › even after a space, " and ' only when
//     they touch it);
//   - at a line break (see JoinLines) or a blank line.
//
// A full stop does not end a sentence when a word or number follows it
// with no space (ص.ب، U.S.A), when it comes after a one-letter word (the
// initials and abbreviations د. م. أ.د. ق.م. J. K.) or after a common Latin
// abbreviation (Mr. Dr. Prof. St. No. vs.), or when it follows a list
// number at the start of a line (1. ). Numbers (3.5), URLs and e-mail
// addresses are single tokens, so their inner full stops never count. An
// ellipsis (... or …) does not end a sentence.
func Sentences(text string, opts SentenceOptions) iter.Seq[Span] {
	return func(yield func(Span) bool) {
		l := lexer[string]{text: text, eof: true}
		x := newSentencer(opts)
		for {
			t, ok := l.next()
			if !ok {
				break
			}
			if s, ended := x.push(toSentenceToken(t, text[t.Start:t.End], l.breaks, l.spaced)); ended && !yield(s) {
				return
			}
		}
		if s, ok := x.flush(); ok {
			yield(s)
		}
	}
}

// SentenceScanner reads sentences from a stream in constant memory.
// Offsets are relative to the start of the stream. The sentences are those
// Sentences gives for the whole text, except that a sentence is cut before
// a token that would make it longer than MaxSentenceSize, and may be cut
// where more than 4 KiB of white space separate two of its tokens.
type SentenceScanner struct {
	s    *Scanner
	x    sentencer
	text []byte // the open sentence
	cur  []byte // the sentence last returned
	span Span
	done bool
}

// NewSentenceScanner returns a SentenceScanner reading from r.
func NewSentenceScanner(r io.Reader, opts SentenceOptions) *SentenceScanner {
	return &SentenceScanner{s: NewScanner(r), x: newSentencer(opts)}
}

// Scan advances to the next sentence, which Span and Bytes then return.
// It returns false at the end of the stream or on a read error (see Err).
func (ss *SentenceScanner) Scan() bool {
	for !ss.done {
		if !ss.s.Scan() {
			ss.done = true
			if sp, ok := ss.x.flush(); ok {
				ss.emit(sp)
				return true
			}
			return false
		}
		t := ss.s.Token()
		word := ss.s.Bytes()
		gap, kept := ss.s.gap()
		short := word
		if len(short) > 16 {
			short = nil // too long to matter; converting it would allocate
		}
		st := toSentenceToken(t, string(short), ss.s.lex.breaks, ss.s.lex.spaced)
		if ss.x.start >= 0 && (!kept || t.End-ss.x.start > MaxSentenceSize) {
			// Cut here: the sentence's text could not be kept whole.
			st.breaks = 2
		}
		sp, ended := ss.x.push(st)
		if ended {
			ss.emit(sp)
			ss.text = append(ss.text[:0], word...)
			return true
		}
		if ss.x.start != t.Start {
			ss.text = append(ss.text, gap...)
		}
		ss.text = append(ss.text, word...)
	}
	return false
}

// emit makes sp, whose text begins ss.text, the current sentence.
func (ss *SentenceScanner) emit(sp Span) {
	ss.span = sp
	ss.cur = append(ss.cur[:0], ss.text[:sp.End-sp.Start]...)
}

// Span returns the current sentence's offsets in the stream.
func (ss *SentenceScanner) Span() Span { return ss.span }

// Bytes returns the current sentence's text. It is valid until the next
// call to Scan.
func (ss *SentenceScanner) Bytes() []byte { return ss.cur }

// Err returns the first error other than io.EOF met while reading.
func (ss *SentenceScanner) Err() error { return ss.s.Err() }
