// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package clitics

import (
	"unicode/utf8"

	"github.com/qalam-nlp/qalam/internal/letters"
)

// skeleton is a word seen as its folded letters (see letters.Code) together
// with the byte offset where each letter starts, so that a cut decided on
// letters falls on the right byte of the original spelling. Marks and
// tatweel ride on the letter before them.
type skeleton struct {
	n       int
	tanween bool // the word carries a tanween mark, so it takes no enclitic
	code    [maxLetters]byte
	pos     [maxLetters + 1]int // pos[i] is where letter i starts; pos[n] is len(word)
}

// load fills l from word and reports whether word is an Arabic word that can
// be analysed: only letters and marks, at most maxLetters letters.
func (l *skeleton) load(word string) bool {
	l.n = 0
	l.tanween = false
	for i := 0; i < len(word); {
		r, size := utf8.DecodeRuneInString(word[i:])
		if c := letters.Code(r); c != 0 {
			if l.n == maxLetters {
				return false
			}
			l.code[l.n] = c
			l.pos[l.n] = i
			l.n++
		} else if !letters.IsInWord(r) || l.n == 0 {
			return false
		} else if r >= 0x064B && r <= 0x064D {
			l.tanween = true
		}
		i += size
	}
	l.pos[0] = 0
	l.pos[l.n] = len(word)
	return l.n > 0
}

// A parse is one way to cut a word: an optional conjunction (و ف), an
// optional preposition or future particle (ب ل ك س), the stem, and an
// optional pronoun enclitic, counted in letters.
type parse struct {
	conj, prep int // 0 or 1 letter each
	enc        int // letters of the enclitic, 0 when none
}

// enclitics are the pronoun suffixes, folded, longest first within each
// family so that هما is tried before ها and ه.
var enclitics = [...]string{"hmA", "hm", "hn", "hA", "h", "kmA", "km", "kn", "k", "nA", "ny", "y"}

// weights score parses in frequency classes (2·log2 of a corpus count): a
// parse scores the class of its stem plus the weight of each clitic it cuts
// off and of each pattern it shows, and the word stays whole unless some
// parse beats the class of the whole word. The values were fitted on half of
// the UD Arabic-PUD development sentences and checked on the other half
// (see TestTuneWeights).
type weights struct {
	conjW, conjF, prepB, prepL, prepK, prepS int // per proclitic
	stacked                                  int // both a conjunction and a preposition
	article                                  int // a proclitic before ال, or ل before the ل of لل
	futureVerb                               int // س before an imperfect verb prefix ي ت ن
	purposeVerb                              int // ل before an imperfect verb prefix ي ت ن
	encH, encHA, encHM, encDual, encK        int // per enclitic family
	encNA, encNY, encY                       int
	host                                     int // an enclitic on a preposition or particle (منه، عليها، أنهم)
	prepPronoun                              int // ل or ب carrying a pronoun with no stem between (له، بها)
	afterPlural                              int // an enclitic after the plural ات
	naAfterVerb                              int // نا as an object after an imperfect verb or after a proclitic
	unknownStem                              int // a stem not in the corpus
	stemShape                                int // an unknown stem shaped like a verb, masdar or participle
	unknownWord                              int // a whole word not in the corpus
	backoff                                  int // a form found only once an inflection ending is removed
	definite                                 int // a form found only with ال before it
	nominal                                  int // a stem seen with ال where the whole word never is
	bareWhole                                int // the whole word never seen after ال، ب، ل or ك
	nominalNA                                int // نا after a stem seen with ال (بلادنا), not a verb (طلبنا)
	tanweenAlef                              int // a word ending in نا read as ن + the alef of tanween
	vowelOnset                               int // a stem after ب ل ك beginning with two long vowels, never seen with ال (بيونغ); set from the ANT word lists, not fitted
}

var wt = weights{
	conjW: 7, conjF: -9, prepB: 3, prepL: 4, prepK: -6, prepS: 0,
	stacked: -9, article: 20, futureVerb: 6, purposeVerb: 3,
	encH: 12, encHA: 10, encHM: 9, encDual: 2, encK: -10,
	encNA: -6, encNY: -16, encY: -18,
	host: 15, prepPronoun: 20, afterPlural: 11, naAfterVerb: 16,
	unknownStem: -6, stemShape: 2, unknownWord: 0, backoff: -4, definite: -4, nominal: 4, bareWhole: 8, nominalNA: 6, tanweenAlef: 0, vowelOnset: -6,
}

func (wt *weights) proclitic(c byte) int {
	switch c {
	case 'w':
		return wt.conjW
	case 'f':
		return wt.conjF
	case 'b':
		return wt.prepB
	case 'l':
		return wt.prepL
	case 'k':
		return wt.prepK
	}
	return wt.prepS
}

func (wt *weights) enclitic(e []byte) int {
	switch string(e) {
	case "h":
		return wt.encH
	case "hA":
		return wt.encHA
	case "hm":
		return wt.encHM
	case "hmA", "hn":
		return wt.encDual
	case "nA":
		return wt.encNA
	case "ny":
		return wt.encNY
	case "y":
		return wt.encY
	}
	return wt.encK
}

// encliticEnds appends to dst the lengths, in letters, of the enclitics
// that w ends with.
func encliticEnds(dst []int, w []byte) []int {
	for _, e := range enclitics {
		if len(w) > len(e) && w[len(w)-1] == e[len(e)-1] && string(w[len(w)-len(e):]) == e {
			dst = append(dst, len(e))
		}
	}
	return dst
}

// The codes (letters.Code) of the proclitic letters: conjunctions, then
// prepositions and the future particle, which come after a conjunction.
var conjCodes, prepCodes = codeSet(letters.Conjunctions), codeSet(letters.Prepositions + string(letters.FutureParticle))

// codeSet returns the set of the codes of the letters of s.
func codeSet(s string) (set [128]bool) {
	for _, r := range s {
		set[letters.Code(r)] = true
	}
	return set
}

// isProclitic reports whether c is the code of a proclitic letter
// (letters.IsProclitic).
func isProclitic(c byte) bool { return c < 128 && (conjCodes[c] || prepCodes[c]) }

// isConj reports whether c is the code of a conjunction (و ف).
func isConj(c byte) bool { return c < 128 && conjCodes[c] }

// isPrep reports whether c is the code of a preposition or the future
// particle (ب ل ك س).
func isPrep(c byte) bool { return c < 128 && prepCodes[c] }

// analyse returns the best parse of l.
func analyse(l *skeleton) parse {
	w := l.code[:l.n]
	var encBuf [4]int
	var encs []int
	if !l.tanween {
		encs = encliticEnds(encBuf[:0], w)
	}
	if len(encs) == 0 && !isProclitic(w[0]) && w[0] != 'm' && w[0] != 'E' {
		return parse{} // nothing to cut: no look-up needed
	}
	e := lexiconEntry(w)
	if e.flags&lexFixed != 0 {
		return e.parse
	}
	if l.n > 3 && isConj(w[0]) {
		// وبسبب، فممن: a fixed split after a conjunction.
		if e := lexiconEntry(w[1:]); e.flags&lexFixed != 0 && e.parse.conj == 0 {
			p := e.parse
			p.conj = 1
			return p
		}
	}
	if e.flags&lexWhole != 0 || l.tanween && w[l.n-1] == 'A' && isWholeWord(w[:l.n-1]) {
		return parse{} // وحشاً: a listed word with the alef of its tanween
	}
	for _, n := range encs {
		// بموجبه، بصفته: a fixed split before a pronoun.
		if p, ok := fixedBefore(w[:l.n-n]); ok {
			p.enc = n
			return p
		}
	}
	// Collect the parses the letters allow before looking anything up.
	var cands [2 * 2 * (len(encBuf) + 1)]parse
	nc := 0
	for conj := 0; conj <= 1; conj++ {
		if conj == 1 && (l.n < 3 || !isConj(w[0])) {
			break
		}
		for prep := 0; prep <= 1; prep++ {
			if prep == 1 {
				if l.n < conj+2 {
					break
				}
				c := w[conj]
				if !isPrep(c) {
					break
				}
			}
			start := conj + prep
			if start > 0 {
				cands[nc] = parse{conj: conj, prep: prep}
				nc++
			}
			for _, n := range encs {
				if l.n-start >= n {
					cands[nc] = parse{conj: conj, prep: prep, enc: n}
					nc++
				}
			}
		}
	}
	best := parse{}
	if nc == 0 {
		return best
	}
	f := wordFacts{w: w}
	f.raw, f.known = lookup(w)
	f.def, f.definite = articleClass(w)
	bestScore := f.wholeClass()
	for _, p := range cands[:nc] {
		if score, ok := parseScore(l, &f, p); ok && score > bestScore {
			best, bestScore = p, score
		}
	}
	return best
}

// fixedBefore looks stem up among the fixed splits, also with ة for the ت
// that stands before a pronoun.
func fixedBefore(stem []byte) (parse, bool) {
	if e := lexiconEntry(stem); e.flags&lexFixed != 0 {
		return e.parse, true
	}
	if n := len(stem); n > 1 && n <= maxLetters && stem[n-1] == 't' {
		var buf [maxLetters]byte
		copy(buf[:], stem)
		buf[n-1] = 'p'
		if e := lexiconEntry(buf[:n]); e.flags&lexFixed != 0 {
			return e.parse, true
		}
	}
	return parse{}, false
}

// parseScore scores p on the word of l, whose corpus facts are f, and
// reports whether p is a possible parse.
func parseScore(l *skeleton, f *wordFacts, p parse) (int, bool) {
	w := l.code[:l.n]
	start, end := p.conj+p.prep, len(w)-p.enc
	stem := w[start:end]
	if (p.conj == 1 || p.prep == 1) && isWholeWord(w[:end]) {
		return 0, false // وحده is وحد + ه, not و + حد + ه
	}
	if p.conj == 1 && p.prep == 1 && isWholeWord(w[1:end]) {
		return 0, false // وكان is و + كان
	}
	score := 0
	if p.conj == 1 {
		score += wt.proclitic(w[0])
	}
	var prep byte
	if p.prep == 1 {
		prep = w[p.conj]
		score += wt.proclitic(prep)
		if p.conj == 1 && prep != 's' {
			score += wt.stacked
		}
		if !afterPreposition(prep, stem) {
			return 0, false
		}
	}
	if p.enc > 0 {
		score += wt.enclitic(w[end:])
	}
	switch {
	case len(stem) == 0:
		// له، بها، لهم: a preposition carrying the pronoun.
		if p.enc == 0 || p.prep == 0 || prep != 'l' && prep != 'b' || w[end] == 'y' {
			return 0, false
		}
		return score + wt.prepPronoun, true
	case len(stem) == 1, len(stem) == 2 && prep == 'k':
		return 0, false // no one-letter stem; ك + two letters is كم، كل، كي
	case len(stem) == 2 && prep != 0 && (stem[0] == 'w' || stem[0] == 'y' || isAlef(stem[0])) &&
		lexiconEntry(stem).flags&(lexHost|lexGoverned) == 0 && !withArticle(stem):
		// بيد، بود، بأب: two letters after a preposition that begin with a
		// long vowel are a noun seen with ال or a particle; بيو، بوب، ليو،
		// لاس and بأس are words or names of their own.
		return 0, false
	}
	if prep == 's' {
		// سيكون، ستكون، سنرى، سأدخل: the future particle before an imperfect
		// verb. The first person أ keeps its hamza there: ساعدت، سابقاتها،
		// سامين are words of their own.
		switch {
		case stem[0] == 'y' || stem[0] == 't' || stem[0] == 'n':
			if !imperfectLike(stem) || len(stem) == 3 && isLongVowel(stem[1]) {
				// ستين، سيول، ستار: a three-letter imperfect with a long
				// vowel is a jussive (يكن), which never follows س.
				return 0, false
			}
			score += wt.futureVerb
		case stem[0] == '>':
			if len(stem) < 4 || personSuffix(stem) {
				return 0, false
			}
		default:
			return 0, false
		}
		if stem[len(stem)-1] == 'p' || hasArticle(stem) {
			return 0, false // no verb ends in ة: سنة
		}
	}
	if len(stem) == 2 && stem[0] == 'A' && stem[1] == 'l' {
		return 0, false // بال، وال: the article alone is no stem
	}
	if prep != 0 && prep != 's' && isLongVowel(stem[0]) && isLongVowel(stem[1]) && !withArticle(stem) {
		// بيونغ، بيوكاسل، لويس: يو، وي، يا، وا at the start spell a
		// foreign name more often than a word after a preposition.
		score += wt.vowelOnset
	}
	if prep == 'l' && imperfectLike(stem) {
		score += wt.purposeVerb // ليكون، لنواصل
	}
	article := hasArticle(stem) || prep == 'l' && stem[0] == 'l' && len(stem) > 2
	if p.enc > 0 {
		if article || stem[len(stem)-1] == 'p' {
			return 0, false
		}
		if f.definite && p.conj+p.prep == 0 {
			// عبري، عددي: the corpus has the whole word after ال, and ال
			// never stands before a noun that carries a pronoun.
			return 0, false
		}
		if f.keepsEnding() && lexiconEntry(stem).flags&lexHost == 0 {
			return 0, false // ويكره is و + يكره; ليتهم may still be ليت + هم
		}
		if len(stem) == 2 && lexiconEntry(stem).flags&lexHost == 0 {
			return 0, false // إيه، ماها: two letters carry a pronoun only as a particle
		}
		if len(stem) > 2 && stem[len(stem)-2] == 'A' && stem[len(stem)-1] == 't' {
			score += wt.afterPlural
		}
		if string(w[end:]) == "nA" && (p.conj+p.prep > 0 || (stem[0] == 'y' || stem[0] == 't' || stem[0] == 'n') && !withArticle(stem)) {
			score += wt.naAfterVerb
		}
		if w[end] == 'k' && f.known && !takesPronoun(stem) {
			return 0, false
		}
		if w[end] != 'y' && lexiconEntry(stem).flags&lexHost != 0 {
			// Not for ي: قبلي، ذاتي، نفسي are as often adjectives.
			score += wt.host
		}
	}
	if article && len(stem) > 3 && (p.conj == 1 || p.prep == 1) {
		score += wt.article
	}
	if f.known && f.raw >= 12 && p.conj+p.prep > 0 && !f.takesPrefix() {
		// وأضاف، بصدد: a frequent word never seen as الـ، بـ، لـ or كـ +
		// the whole word.
		score += wt.bareWhole
	}
	if p.enc == 2 && w[end] == 'n' && w[end+1] == 'A' && withArticle(stem) {
		score += wt.nominalNA
	}
	if !article && p.enc == 0 && !f.definite && withArticle(stem) {
		// بشدة: الشدة is a word and البشدة is not, so ب is a preposition.
		score += wt.nominal
	}
	var encFirst byte
	if p.enc > 0 {
		encFirst = w[end]
	}
	c, known := stemClass(stem, prep, encFirst)
	if !known && p.conj == 1 && p.prep == 0 && stem[0] == 'w' {
		return 0, false // وودز، وولمار: وو spells a foreign W
	}
	return score + c, true
}
