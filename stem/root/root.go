// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package root

import "unicode/utf8"

// maxLetters is the longest word, in letters, that Stem analyses; longer
// ones are no Arabic words and come back unchanged.
const maxLetters = 24

// The letters the analysis names.
const (
	hamza       = 'ء'
	alef        = 'ا'
	waw         = 'و'
	yeh         = 'ي'
	alefMaksura = 'ى'
	tehMarbuta  = 'ة'
	lam         = 'ل'
)

// analysis is a normalised word and its root.
type analysis struct {
	r    [maxLetters]rune
	n    int
	root [4]rune
	len  int // letters in root
}

// Stemmer extracts roots as a value, for code that takes a stem.Stemmer or
// stem.AppendStemmer. The zero value is ready to use and safe for
// concurrent use.
type Stemmer struct{}

// Stem returns the root of word; see the package function Stem.
func (Stemmer) Stem(word string) string { return Stem(word) }

// AppendStem appends the root of word to dst; see the package function
// AppendStem.
func (Stemmer) AppendStem(dst, word []byte) []byte { return AppendStem(dst, word) }

// Stem returns the root of word (see the package documentation), or word
// itself when word is not made of Arabic letters and marks only. Stem is
// safe for concurrent use.
func Stem(word string) string {
	var w analysis
	if !load(&w, word) {
		return word
	}
	var buf [4 * maxLetters]byte
	return string(w.appendResult(buf[:0]))
}

// AppendStem appends the root of word to dst, or word itself when it is not
// made of Arabic letters and marks only, and returns the extended slice. It
// allocates only when dst lacks the capacity, and is safe for concurrent use.
func AppendStem(dst, word []byte) []byte {
	var w analysis
	if !load(&w, word) {
		return append(dst, word...)
	}
	return w.appendResult(dst)
}

// appendResult appends the root of w, or w itself when it is a particle or
// has no root.
func (w *analysis) appendResult(dst []byte) []byte {
	letters := w.r[:w.n]
	switch {
	case w.isParticle(0):
	case w.afterProclitic():
		letters = letters[1:] // ومن، وفي، فإنه
	case w.analyse():
		letters = w.root[:w.len]
	default:
		// No root: the word without its article, if it has one.
		for _, p := range prefixRunes {
			if p.kind == article && len(letters)-len(p.r) >= 2 && hasPrefix(letters, p.r) {
				letters = letters[len(p.r):]
				break
			}
		}
	}
	for _, r := range letters {
		dst = utf8.AppendRune(dst, r)
	}
	return dst
}

// load normalises s into w: harakat, dagger alef, tatweel and the
// combining hamza and madda are dropped; every hamza (أ إ ؤ ئ ء) becomes ء
// and آ becomes ءا; ٱ becomes ا; Persian kaf and yeh become ك ي. It reports
// false when s has anything but Arabic letters and those marks, has no
// letter, or has too many.
func load[S string | []byte](w *analysis, s S) bool {
	w.n = 0
	for i := 0; i < len(s); i += 2 {
		// Every character accepted is in U+0600–U+06FF: two bytes.
		if i+1 >= len(s) || s[i] < 0xD8 || s[i] > 0xDB || s[i+1]&0xC0 != 0x80 {
			return false
		}
		r := rune(s[i]&0x1F)<<6 | rune(s[i+1]&0x3F)
		switch {
		case r >= 0x064B && r <= 0x0655, r == 0x0670, r == 0x0640:
			continue
		case r == 'أ', r == 'إ', r == 'ؤ', r == 'ئ':
			r = hamza
		case r == 'آ':
			if w.n == maxLetters {
				return false
			}
			w.r[w.n] = hamza
			w.n++
			r = alef
		case r == 'ٱ':
			r = alef
		case r == 'ک':
			r = 'ك'
		case r == 'ی':
			r = yeh
		case r >= 0x0621 && r <= 0x063A, r >= 0x0641 && r <= 0x064A:
		default:
			return false
		}
		if w.n == maxLetters {
			return false
		}
		w.r[w.n] = r
		w.n++
	}
	return w.n > 0
}

// isParticle reports whether w.r[from:] is a function word, written with or
// without the hamza of its first letter (ان for إن or أن).
func (w *analysis) isParticle(from int) bool {
	if w.n-from > longestParticle {
		return false
	}
	var buf [2 * maxLetters]byte
	b := buf[:0]
	for _, r := range w.r[from:w.n] {
		b = utf8.AppendRune(b, r)
	}
	if _, ok := particleSet[string(b)]; ok {
		return true
	}
	if w.r[from] != alef {
		return false
	}
	b = utf8.AppendRune(b[:0], hamza)
	for _, r := range w.r[from+1 : w.n] {
		b = utf8.AppendRune(b, r)
	}
	_, ok := particleSet[string(b)]
	return ok
}

// afterProclitic reports whether w is a function word after a one-letter
// conjunction or preposition: و before any (ومن، وفي), ف ب ل ك before one of
// three letters or more (فإن، بأن، لأن), so that فهم and بكل stay words.
func (w *analysis) afterProclitic() bool {
	switch w.r[0] {
	case waw:
		return w.n > 2 && w.isParticle(1)
	case 'ف', 'ب', lam, 'ك':
		return w.n > 3 && w.isParticle(1)
	}
	return false
}

var particleSet = func() map[string]struct{} {
	m := make(map[string]struct{}, len(particles))
	var w analysis
	for _, p := range particles {
		if !load(&w, p) {
			panic("root: particle " + p + " is not Arabic")
		}
		m[string(w.r[:w.n])] = struct{}{}
	}
	return m
}()

// affixRunes and patternRunes are the tables as runes.
type runeAffix struct {
	s    string
	r    []rune
	cost int
	kind affixKind
}

type runePattern struct {
	shape, root []rune
	cost        int
	faal        bool // the shape is فعال
}

var (
	prefixRunes = toRunes(prefixes)
	suffixRunes = toRunes(suffixes)
	// The affixes by the letter that starts (prefixes) or ends (suffixes)
	// them, the empty one in every list, so that a word tries only those
	// that can fit it.
	prefixesBy = byLetter(prefixRunes, func(a []rune) rune { return a[0] })
	suffixesBy = byLetter(suffixRunes, func(a []rune) rune { return a[len(a)-1] })
	// longestParticle is the length of the longest particle, in letters.
	longestParticle = func() int {
		n := 0
		for p := range particleSet {
			n = max(n, len([]rune(p)))
		}
		return n
	}()
	patternRunes = func() [][]runePattern {
		ps := make([][]runePattern, len(patternSource))
		for n, list := range patternSource {
			for _, p := range list {
				if len([]rune(p.shape)) != n {
					panic("root: pattern " + p.shape + " is in the wrong list")
				}
				ps[n] = append(ps[n], runePattern{[]rune(p.shape), []rune(p.root), int(p.cost), p.shape == "12ا3"})
			}
		}
		return ps
	}()
)

// letterIndex returns the index of an Arabic letter U+0621–U+064A in the
// tables made by byLetter, or -1.
func letterIndex(r rune) int {
	if r < 0x0621 || r > 0x064A {
		return -1
	}
	return int(r - 0x0621)
}

func byLetter(affixes []runeAffix, letter func([]rune) rune) [0x064A - 0x0621 + 1][]*runeAffix {
	var by [0x064A - 0x0621 + 1][]*runeAffix
	for i := range affixes {
		a := &affixes[i]
		if len(a.r) == 0 {
			for j := range by {
				by[j] = append(by[j], a)
			}
			continue
		}
		j := letterIndex(letter(a.r))
		by[j] = append(by[j], a)
	}
	return by
}

func toRunes(affixes []affix) []runeAffix {
	rs := make([]runeAffix, len(affixes))
	for i, a := range affixes {
		rs[i] = runeAffix{a.s, []rune(a.s), int(a.cost), a.kind}
	}
	return rs
}

// analyse finds the root of w: of every way to split w into prefix, stem
// and suffix, it takes the one whose affixes and stem shape cost least (the
// one that strips fewer letters on a tie, then the first in table order),
// and reports whether there was one.
func (w *analysis) analyse() bool {
	found, best, bestStripped := false, 0, 0
	letters := w.r[:w.n]
	var root [4]rune
	// The suffixes that end the word, whatever the prefix: a handful.
	var ending [16]*runeAffix
	endings := ending[:0]
	for _, s := range suffixesBy[letterIndex(letters[len(letters)-1])] {
		if hasSuffix(letters, s.r) && len(endings) < cap(endings) {
			endings = append(endings, s)
		}
	}
	for _, p := range prefixesBy[letterIndex(letters[0])] {
		if !hasPrefix(letters, p.r) {
			continue
		}
		rest := letters[len(p.r):]
		switch p.kind {
		case article:
			if len(rest) < 2 {
				continue
			}
		case future:
			if len(rest) < 3 || !isImperfectPrefix(rest[0]) {
				continue
			}
		}
		for _, s := range endings {
			if len(rest)-len(s.r) < 2 || p.kind == article && s.kind == pronoun {
				continue
			}
			stem := rest[:len(rest)-len(s.r)]
			if s.kind == pronoun && stem[0] == alef && stem[1] == lam {
				continue // the article and a pronoun never go together: المتهم
			}
			stripped := len(p.r) + len(s.r)
			if least := p.cost + s.cost; found && (least > best || least == best && stripped >= bestStripped) {
				continue // cannot win: the stem's shape costs nothing or more
			}
			n, shape, cost, ok := stemRoot(&root, stem)
			if !ok {
				continue
			}
			cost += p.cost + s.cost
			if len(stem) == 3 && (s.s == "ون" || s.s == "ين" || s.s == "ان" || s.s == "تم") {
				// A plural or dual ending is seldom on a bare three-letter
				// stem: سيكون is سـ + يكون, not سيك + ون.
				cost += 12
			}
			if len(p.r) == 0 && shape == shapeFaal &&
				(stem[0] == waw && s.kind != nominal || stem[0] == 'ف' && s.kind == verbal) {
				// وقال، وقالت، فقالوا: a conjunction before a hollow verb is far
				// more common than a noun of the shape فعال whose root begins
				// with و (unless a noun ending follows: وزارة) or, before a
				// verb ending, with ف (فساد is a word).
				cost += 20
			}
			if len(stem) == 2 && p.kind == article {
				cost -= 12 // the article is good evidence: المرة، الحج
			}
			if !found || cost < best || cost == best && stripped < bestStripped {
				found, best, bestStripped = true, cost, stripped
				w.root, w.len = root, n
			}
		}
	}
	if !found {
		return false
	}
	if w.len == 3 {
		fixWeakLetters(&w.root)
	}
	for i := range w.len {
		if w.root[i] == alefMaksura {
			w.root[i] = yeh
		}
	}
	return true
}

// shapeFaal marks a root found with the shape فعال.
const shapeFaal = 1

// stemRoot puts the root of stem into root, and returns its length, how it
// was found (shapeFaal or 0), the cost of the stem's shape, and whether it
// has one: a two-letter stem is a doubled root (مد → مدد); three letters are
// the root; longer stems must fit a pattern, except that four letters that
// fit none are taken for a quadriliteral root.
func stemRoot(root *[4]rune, stem []rune) (n, shape, cost int, ok bool) {
	for i, r := range stem {
		if r == tehMarbuta && (i != len(stem)-1 || len(stem) < 4) || r == alefMaksura && i != len(stem)-1 {
			return 0, 0, 0, false // ة only ends a pattern that has it
		}
	}
	switch len(stem) {
	case 4:
		if stem[0] == stem[2] && stem[1] == stem[3] {
			copy(root[:], stem) // a doubled pair: زلزل وسوس
			return 4, 0, 0, true
		}
	case 2:
		root[0], root[1], root[2] = stem[0], stem[1], stem[1]
		return 3, 0, 20, true
	case 3:
		copy(root[:], stem)
		return 3, 0, 0, true
	}
	if len(stem) >= len(patternRunes) {
		return 0, 0, 0, false
	}
	definite := stem[0] == alef && stem[1] == lam
	for _, p := range patternRunes[len(stem)] {
		if definite && p.shape[0] == alef {
			continue // ال is the article, not the ا of أفعل, افتعل ...
		}
		if !fits(p.shape, stem) {
			continue
		}
		n = 0
		for _, c := range p.root {
			if c >= '1' && c <= '4' {
				c = stem[indexRune(p.shape, c)]
			}
			root[n] = c
			n++
		}
		if p.faal {
			shape = shapeFaal
		}
		return n, shape, p.cost, true
	}
	if len(stem) == 4 && !definite && stem[3] != tehMarbuta {
		copy(root[:], stem)
		return 4, 0, 12, true
	}
	return 0, 0, 0, false
}

// fits reports whether stem has the pattern's shape.
func fits(shape, stem []rune) bool {
	for i, c := range shape {
		switch {
		case c >= '1' && c <= '4':
			if stem[i] == alef || stem[i] == tehMarbuta {
				return false // a long vowel, never a root letter in a pattern
			}
			if stem[i] == alefMaksura && (c != '3' || shape[i-1] != '2') {
				return false // ى is only ever the last of three root letters, right after the second
			}
		case c == stem[i]:
		case i == 0 && c == alef && stem[i] == hamza:
		default:
			return false
		}
	}
	return true
}

func indexRune(s []rune, r rune) int {
	for i, c := range s {
		if c == r {
			return i
		}
	}
	return -1
}

// fixWeakLetters writes the weak letters of a triliteral root as the
// dictionaries do: ا in the middle is the long vowel of a hollow root (قال
// → قول, باع → بيع; ي for the roots in hollowWithYeh, و for the rest); ا at
// the end is the و of a defective root (دعا → دعو), as ى at the end is its ي
// (رمى → رمي); ا first is a hamza written without its sign (اكد → ءكد).
func fixWeakLetters(root *[4]rune) {
	if root[0] == alef {
		root[0] = hamza
	}
	if root[2] == alef {
		root[2] = waw
	}
	if root[1] == alef {
		root[1] = waw
		for _, y := range hollowWithYehRunes {
			if y[0] == root[0] && y[2] == root[2] {
				root[1] = yeh
				break
			}
		}
	}
}

var hollowWithYehRunes = func() [][3]rune {
	rs := make([][3]rune, len(hollowWithYeh))
	for i, s := range hollowWithYeh {
		copy(rs[i][:], []rune(s))
	}
	return rs
}()

func isImperfectPrefix(r rune) bool {
	return r == yeh || r == 'ت' || r == 'ن' || r == hamza
}

func hasPrefix(s, p []rune) bool {
	if len(s) < len(p) {
		return false
	}
	for i, r := range p {
		if s[i] != r {
			return false
		}
	}
	return true
}

func hasSuffix(s, p []rune) bool {
	if len(s) < len(p) {
		return false
	}
	s = s[len(s)-len(p):]
	for i, r := range p {
		if s[i] != r {
			return false
		}
	}
	return true
}
