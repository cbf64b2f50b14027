// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package tokenize

import (
	"io"
	"iter"
	"unicode"
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
	opts     SentenceOptions
	start    int // start of the open sentence; -1 when none is open
	end      int // end of its last token
	count    int // its tokens
	listNum  bool
	pending  bool // a terminator ended it unless the next token goes on with it
	dot      bool // the terminator was a full stop
	era      bool // the terminator was the full stop of a calendar era after a year (2025 م.)
	abbrev   bool // the last token was an abbreviation or initial
	ellipsis bool // the last token was an ellipsis, or a closing quote or bracket right after one
	quote    bool // a straight double quote is open
	year     yearState
}

// yearState follows a number through the era that may follow it: 2025 م.,
// 1446 هـ., 500 ق.م.
type yearState uint8

const (
	yearNone   yearState = iota
	yearNumber           // the last token was a number that may be a year
	yearQaf              // ... then ق (of ق.م)
	yearQafDot           // ... then its full stop
	yearEra              // the last token was م or هـ after a number (or ق.)
)

func newSentencer(opts SentenceOptions) sentencer {
	return sentencer{opts: opts, start: -1}
}

// wordClass marks the few words the sentencer knows.
type wordClass uint8

const (
	wordOther        wordClass = iota
	wordEra                    // م or هـ: of the calendar era after a year
	wordQaf                    // ق, of ق.م (before Christ)
	wordContinuation           // إلى or حتى, going on after a date (من 1990 م. إلى 2000 م.), as a dash does
)

// sentenceToken is what the sentencer needs to know about a token.
type sentenceToken struct {
	Token
	r        rune // the punctuation character of a one-character Punct token, else 0
	abbrev   bool // a word that a full stop may abbreviate
	ellipsis bool // .. ... or …
	upper    bool // a word whose first letter is a capital
	year     bool // a number that may be a year: one to four digits
	word     wordClass
	breaks   int  // line breaks before it
	spaced   bool // white space before it
}

// push adds t and returns the sentence that t's arrival ends, if any.
func (x *sentencer) push(t *sentenceToken) (Span, bool) {
	var out Span
	ended := false
	if x.start >= 0 {
		switch {
		case t.breaks >= 2 || t.breaks == 1 && x.opts&JoinLines == 0:
			ended = true
		case x.pending:
			switch {
			case x.closes(t), !t.spaced && (x.isTerminator(t.r) || t.ellipsis):
				// The sentence takes along the closing quotes and brackets
				// and the further terminators that follow its terminator.
				x.dot = x.dot && t.r == '.'
				x.end = t.End
				x.see(t)
				return out, false
			case x.dot && !t.spaced && t.Kind.IsWord(),
				x.era && (t.word == wordContinuation || isDash(t.r)),
				isInnerPunct(t.r) && !x.isTerminator(t.r):
				x.pending = false
			default:
				ended = true
			}
		case x.ellipsis && (t.breaks > 0 || t.spaced && x.opens(t)):
			ended = true
		}
		if ended {
			out = Span{x.start, x.end}
			x.start, x.pending = -1, false
			if t.breaks >= 2 || t.breaks == 1 && x.opts&JoinLines == 0 {
				x.quote = false
			}
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
		switch {
		case x.year == yearEra && !t.spaced:
			x.pending, x.dot, x.era = true, true, true
		case !(x.abbrev && !t.spaced) && !(x.listNum && x.count == 2):
			x.pending, x.dot, x.era = true, true, false
		}
	case x.isTerminator(t.r):
		x.pending, x.dot, x.era = true, false, false
	}
	x.see(t)
	return out, ended
}

// see updates the state that looks back past t: abbreviations, quotes,
// ellipses and years.
func (x *sentencer) see(t *sentenceToken) {
	x.abbrev = t.abbrev
	if t.r == '"' {
		x.quote = !x.quote
	}
	x.ellipsis = t.ellipsis || x.ellipsis && !t.spaced && isClosing(t.r)
	switch {
	case t.year:
		x.year = yearNumber
	case t.word == wordQaf && x.year == yearNumber:
		x.year = yearQaf
	case t.r == '.' && !t.spaced && x.year == yearQaf:
		x.year = yearQafDot
	case t.word == wordEra && (x.year == yearNumber || x.year == yearQafDot && !t.spaced):
		x.year = yearEra
	default:
		x.year = yearNone
	}
}

// closes reports whether t, coming after a terminator, is a closing quote
// or bracket that belongs to the sentence: » ” ’ ) ] } › even after a
// space; ' only touching it; " when it touches it or closes an open quote.
func (x *sentencer) closes(t *sentenceToken) bool {
	switch t.r {
	case '"':
		return !t.spaced || x.quote
	case '\'':
		return !t.spaced
	}
	return isClosing(t.r)
}

// opens reports whether t, after an ellipsis and white space, begins a new
// sentence: an opening quote (« “ „ ‹, or " when none is open), a dash, or
// a word whose first letter is a capital.
func (x *sentencer) opens(t *sentenceToken) bool {
	switch t.r {
	case '«', '“', '„', '‹':
		return true
	case '"':
		return !x.quote
	}
	return isDash(t.r) || t.upper
}

func isDash(r rune) bool {
	return r == '-' || r == '–' || r == '—' || r == '―'
}

// isInnerPunct reports the punctuation that goes on with a sentence and
// cannot begin one: commas, colons and semicolons («انتهى؟»، قال).
func isInnerPunct(r rune) bool {
	switch r {
	case '،', ',', ':', '؛', ';':
		return true
	}
	return false
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

// sentencePrefix is how much of a token's text the sentencer looks at.
const sentencePrefix = 16

// toSentenceToken describes token t whose text begins with s: the whole
// text, or at least its first sentencePrefix bytes.
func toSentenceToken(t Token, s string, breaks int, spaced bool) sentenceToken {
	st := sentenceToken{Token: t, breaks: breaks, spaced: spaced}
	whole := len(s) == t.End-t.Start
	switch t.Kind {
	case Punct:
		r, n := utf8.DecodeRuneInString(s)
		if n == t.End-t.Start {
			st.r = r
		}
		st.ellipsis = r == '…' || r == '.' && t.End-t.Start > 1
	case ArabicWord:
		if whole {
			st.abbrev, st.word = arabicWordInfo(s)
		}
	case Number:
		st.year = whole && isYear(s)
	case LatinWord:
		if whole {
			st.abbrev = isAbbreviation(s)
		}
		r, _ := utf8.DecodeRuneInString(s)
		st.upper = unicode.IsUpper(r)
	}
	return st
}

const (
	alef, alefHamzaBelow, ta, ha, lam, waw, alefMaksura, ya = 'ا', 'إ', 'ت', 'ح', 'ل', 'و', 'ى', 'ي'
)

// isYear reports whether s is one to four digits (ASCII, Arabic-Indic or
// Persian): 2025, ١٤٤٦, not 2.5 or 15%.
func isYear(s string) bool {
	n := 0
	for _, r := range s {
		if digitValue(r) < 0 {
			return false
		}
		n++
	}
	return n >= 1 && n <= 4
}

// arabicWordInfo reads the Arabic word s without its harakat, tatweel and
// invisible controls, and reports whether it is one letter (an initial or
// abbreviation: د. م.) and which of the words the sentencer knows it is.
// A word of more than sentencePrefix bytes is none of them.
func arabicWordInfo(s string) (abbrev bool, known wordClass) {
	if len(s) > sentencePrefix {
		return false, wordOther
	}
	var letters [4]rune
	n := 0
	for i := 0; i < len(s); {
		var r rune
		var c class
		if c0 := s[i]; isArabicLead(c0) && i+1 < len(s) {
			// U+0600..U+06FF, valid in a word token: decode it inline.
			r = rune(c0&0x1F)<<6 | rune(s[i+1]&0x3F)
			c = lowClass[r]
			i += 2
		} else {
			var size int
			r, size = utf8.DecodeRuneInString(s[i:])
			c = classify(r)
			i += size
		}
		if c != cArabic || r == 0x640 {
			continue
		}
		if n == len(letters) {
			return false, wordOther
		}
		letters[n] = r
		n++
	}
	switch n {
	case 1:
		switch letters[0] {
		case 'م', 'ه':
			return true, wordEra
		case 'ق':
			return true, wordQaf
		}
		return true, wordOther
	case 3: // إلى الى إلي الي حتى حتي
		if (letters[0] == alef || letters[0] == alefHamzaBelow) && letters[1] == lam ||
			letters[0] == ha && letters[1] == ta {
			if letters[2] == alefMaksura || letters[2] == ya {
				return false, wordContinuation
			}
		}
	case 4: // وحتى وحتي
		if letters[0] == waw && letters[1] == ha && letters[2] == ta && (letters[3] == alefMaksura || letters[3] == ya) {
			return false, wordContinuation
		}
	}
	return false, wordOther
}

// Sentences returns the sentences of text in order, each from the start
// of its first token to the end of its last, so without surrounding white
// space.
//
// A sentence ends:
//   - after . ! ? ؟ (and ؛ ; with SplitAtSemicolon), taking along the
//     terminators, ellipses and closing quotes and brackets that follow it
//     (؟! ؟... ». ") — a closing » ” ’ ) ] } › even after a space, '
//     only when it touches it, and a straight " when it touches it or
//     closes a quote left open (straight double quotes are paired, from
//     the start of each paragraph, or of each line without JoinLines);
//   - after an ellipsis (.. ... …, with the closing quotes and brackets
//     that touch it) followed by a line break (even with JoinLines), or by
//     white space and then an opening quote (« “ „ ‹, or a " that opens),
//     a dash, or a word whose first letter is a capital (Latin, Greek,
//     Cyrillic ...). Before an Arabic word or a number an ellipsis is
//     taken as a pause inside the sentence: Arabic has no capitals to
//     tell a new sentence, and news writing uses the ellipsis mid-sentence
//     far more often than at its end;
//   - at a line break (see JoinLines) or a blank line.
//
// A terminator does not end the sentence when a comma, a colon or (without
// SplitAtSemicolon) a semicolon follows it, even after a closing quote
// («هل انتهى؟»، تساءل). A closing quote or bracket with no terminator
// before or after it never ends a sentence by itself: قال «سنواصل» وأضاف
// is one sentence, قال «انتهى». ثم and قال «انتهى.» ثم are two.
//
// A full stop does not end a sentence when a word or number follows it
// right away, with no space or quote between (ص.ب، U.S.A), when it comes after a one-letter word (the
// initials and abbreviations د. م. أ.د. ق.م. J. K.) or after a common Latin
// abbreviation (Mr. Dr. Prof. St. No. vs.), or when it follows a list
// number at the start of a line (1. ). The exception is a calendar era
// after a year (one to four digits: not 2.5 م., 2.5 million): the full
// stop of 2025 م. or 2025م. or 1446 هـ. or 500 ق.م.
// ends the sentence, unless إلى, حتى or a dash follows (من 1990 م. إلى
// 2000 م.). Numbers (3.5, 10:30, 4/3/2025), URLs and e-mail addresses are
// single tokens, so their inner full stops never count.
func Sentences(text string, opts SentenceOptions) iter.Seq[Span] {
	return func(yield func(Span) bool) {
		l := lexer[string]{text: text, eof: true}
		x := newSentencer(opts)
		for {
			t, ok := l.next()
			if !ok {
				break
			}
			st := toSentenceToken(t, text[t.Start:t.End], l.breaks, l.spaced)
			if s, ended := x.push(&st); ended && !yield(s) {
				return
			}
		}
		if s, ok := x.flush(); ok {
			yield(s)
		}
	}
}

// SentenceTokens returns the tokens of text in order, as Tokens does, each
// with the number of the sentence that holds it (0 for the first), the
// sentences being those of Sentences: one pass over the text gives both,
// for a caller that wants the tokens and the sentence count or the
// sentence of each token. The sentences of a text with tokens number one
// more than the last token's.
func SentenceTokens(text string, opts SentenceOptions) iter.Seq2[int, Token] {
	return func(yield func(int, Token) bool) {
		l := lexer[string]{text: text, eof: true}
		x := newSentencer(opts)
		n := 0
		for {
			t, ok := l.next()
			if !ok {
				return
			}
			st := toSentenceToken(t, text[t.Start:t.End], l.breaks, l.spaced)
			if _, ended := x.push(&st); ended {
				n++
			}
			if !yield(n, t) {
				return
			}
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
		short := word[:min(len(word), sentencePrefix)] // converting more would allocate
		st := toSentenceToken(t, string(short), ss.s.lex.breaks, ss.s.lex.spaced)
		if ss.x.start >= 0 && (!kept || t.End-ss.x.start > MaxSentenceSize) {
			// Cut here: the sentence's text could not be kept whole.
			st.breaks = 2
		}
		sp, ended := ss.x.push(&st)
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
