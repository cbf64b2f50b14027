// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package entities

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/qalam-nlp/qalam/entities/gazetteer"
	"github.com/qalam-nlp/qalam/entities/tagger"
	"github.com/qalam-nlp/qalam/internal/letters"
	"github.com/qalam-nlp/qalam/tokenize"
	"github.com/qalam-nlp/qalam/tokenize/clitics"
)

// tok is a token of the text being searched.
type tok struct {
	start, end int           // byte offsets in the text
	n0, n1     int32         // normalised form: state.norm[n0:n1]
	word       int32         // word id of the normalised form, or noWord
	v0, nv     int32         // clitic-stripped readings: state.vars[v0:v0+nv]
	seen       int32         // index in state.seen
	flags      wordFlag      // from the word lists
	roles      nameRole      // where the word and its readings stand in the gazetteer's names
	kind       tokenize.Kind // from the tokenizer
	alefMaks   bool          // written with a final ى
	proclitics uint8         // the letters at its start that may be clitics (proclitics)
	lineStart  bool          // the first token of the chunk, or a line break comes before it
	normHash   uint64        // tagger.Hash of the normalised form, the hash of the filters too
	stripped   uint64        // seenWord.strippedHash
}

// variant is a reading of a token with attached clitics removed.
type variant struct {
	skip    int32    // bytes of the token before the reading starts
	word    int32    // word id of the reading
	article bool     // the article ال was removed too
	short   bool     // the reading is too short to be a name by itself
	flags   wordFlag // flags of the reading in the word lists
}

// item is a token, or a run of tokens matched by a gazetteer name.
type item struct {
	i, j     int   // tokens [i, j)
	skip     int32 // bytes of token i left out (clitics)
	entry    int32 // entity entry matched, or -1
	cues     cueSet
	headPart bool     // an ORG_HEAD or LOC_HEAD cue whose head-word is part of the name
	team     bool     // an ORG_HEAD cue that names clubs after cities
	flags    wordFlag // word-list flags of the reading matched (without clitics)
	lead     bool     // the entity's name begins with a word not reported
	taken    bool     // part of a reported mention
}

// found is a mention before it is turned into a Mention.
type found struct {
	i, j  int   // tokens [i, j)
	skip  int32 // bytes of token i left out
	typ   gazetteer.Type
	entry int32 // linked entry, or -1
	// sure is set for a mention that the form of the text proves
	// whatever the name: a place after a place head-word (معتمدية
	// السند), a state's body with a nationality, a later mention of a
	// person by the surname. The tagger does not cut into it, and it is
	// kept where the tagger finds nothing.
	sure bool
}

// surname is a person remembered by the last word of the name.
type surname struct {
	entry int32 // the person's entry, or -1 for a person found by a rule
	at    int   // byte offset of the mention
	near  bool  // linked only within ruleNameReach of at
}

// ruleNameReach is how far, in bytes, a person found by a rule alone is
// linked to mentions by surname: about an article. A listed person is
// linked throughout the text.
const ruleNameReach = 3000

// state is the scratch memory of one Extract call; states are pooled.
type state struct {
	x         *Extractor
	text      string
	toks      []tok
	vars      []variant    // the readings of the tokens in seen
	norm      []byte       // the normalised forms of the tokens in seen
	seenIndex tagger.Index // hash of a token's kind and surface → index in seen
	seen      seenWords    // the distinct tokens met so far (seen.go)
	key       []byte
	items     []item
	itemAt    []int32 // the index in items of each token's item
	surnameAt []int32 // the tokens that may be a surname by their word alone (mayBeSurname), in order
	found     []found
	segs      []clitics.Segment  // scratch for wordWhole
	names     map[string]surname // surnames of the people found so far
	lexed     []tokenize.Token   // the chunk's tokens when the caller lexed the text, or nil
	lexBuf    []tokenize.Token   // the chunk's tokens otherwise
	hashes    []uint64           // the hash of each token's surface (surfaceHash)
	edgeKeys  []uint64           // scratch: trie edges about to be looked up (match)
	seenAt    []int32            // each token's index in seen, or -1 for a token not met before
	warm      uint64             // what tagger.Index.Warm returns, kept
	// sportsKnown is set once sports has looked at the chunk.
	sportsKnown, isSports bool
	known                 filter // the keys of names
	tagging
}

// statePool keeps the states of finished calls for the next ones. Unlike
// a sync.Pool it keeps them across garbage collections: a state holds the
// words it has met and their tagger scores, which are worth keeping.
type statePool chan *state

func (p statePool) get() *state {
	select {
	case s := <-p:
		return s
	default:
		return new(state)
	}
}

func (p statePool) put(s *state) {
	select {
	case p <- s:
	default:
	}
}

func (s *state) reset() {
	s.text = ""
	s.x = nil
	s.toks = s.toks[:0]
	s.surnameAt = s.surnameAt[:0]
	s.items = s.items[:0]
	s.found = s.found[:0]
	clear(s.names)
	clear(s.known.bits)
}

// chunk finds the mentions in s.text[off:end], leaving them in s.found in
// order. The surnames remembered from earlier chunks stay.
func (s *state) chunk(off, end int) {
	s.toks = s.toks[:0]
	s.surnameAt = s.surnameAt[:0]
	s.items = s.items[:0]
	s.found = s.found[:0]
	if len(s.names) > 0 {
		clear(s.known.bits)
		for k, sn := range s.names {
			if sn.near && sn.at < off-ruleNameReach {
				delete(s.names, k) // out of reach from now on
			} else {
				s.known.add(k)
			}
		}
	}
	s.sportsKnown = false
	if s.cacheFull() {
		s.forget()
	}
	s.tokenize(off, end)
	s.match()
	s.applyRules()
	s.dropFacilityNames()
	s.resolvePartial()
	if s.x.model != nil || s.collect != nil {
		s.tag()
		s.dropFacilityNames()
		if s.taggedPeople {
			s.resolvePartial() // the surnames of the people the tagger found
		}
	}
	slices.SortFunc(s.found, func(a, b found) int { return a.i - b.i })
}

// dropFacilityNames removes the people found right after a facility
// head-word: مستشفى فرحات حشاد, شارع محمد الخامس and معهد الطاهر الحداد
// are named after a person but are no mention of one.
func (s *state) dropFacilityNames() {
	out := s.found[:0]
	for _, f := range s.found {
		if f.typ == gazetteer.Person && f.skip == 0 && f.i > 0 && s.facilityBefore(f.i) {
			continue
		}
		out = append(out, f)
	}
	s.found = out
}

// facilityBefore reports whether token i follows a facility head-word
// (with any clitics: بمستشفى, وشارع) on the same line, separated by
// white space only.
func (s *state) facilityBefore(i int) bool {
	p := &s.toks[i-1]
	if p.kind != tokenize.ArabicWord || s.toks[i].lineStart || strings.TrimSpace(s.text[p.end:s.toks[i].start]) != "" {
		return false
	}
	w := s.normOf(p)
	for _, c := range [...]string{"", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل"} {
		if strings.HasPrefix(w, c) && s.x.facility[w[len(c):]] {
			return true
		}
	}
	return false
}

func (s *state) normOf(t *tok) string {
	return string(s.norm[t.n0:t.n1])
}

// tokenize splits the text into tokens, normalised, with their readings
// without clitics.
func (s *state) tokenize(off, end int) {
	toks := s.lexed
	if toks == nil {
		s.lexBuf = tokenize.AppendTokens(s.lexBuf[:0], s.text[off:end])
		for i := range s.lexBuf {
			s.lexBuf[i].Start += off
			s.lexBuf[i].End += off
		}
		toks = s.lexBuf
	}
	s.addTokens(toks)
}

// addTokens appends toks (offsets into s.text) to s.toks. The surfaces
// are hashed and their slots in the cache read first, all at once, so that
// the cache misses of the lookups overlap (see tagger.Index.Warm).
func (s *state) addTokens(toks []tokenize.Token) {
	s.hashes = s.hashes[:0]
	for _, t := range toks {
		s.hashes = append(s.hashes, s.surfaceHash(t))
	}
	s.warm ^= s.seenIndex.Warm(s.hashes)
	// The tokens met before, and their entries read likewise.
	s.seenAt = s.seenAt[:0]
	var warm int32
	for _, h := range s.hashes {
		i, ok := s.seenIndex.Get(h)
		if !ok {
			i = -1
		} else {
			w := s.seen.at(i)
			warm ^= w.n0 ^ w.procSkip
		}
		s.seenAt = append(s.seenAt, i)
	}
	s.warm ^= uint64(warm)
	s.tokVec = s.tokVec[:0]
	prevEnd := -1
	if len(s.toks) > 0 {
		prevEnd = s.toks[len(s.toks)-1].end
	}
	// Each field is written in place: a tok built apart and then copied
	// costs as much as the rest of the loop.
	first := len(s.toks)
	s.toks = slices.Grow(s.toks, len(toks))[:first+len(toks)]
	for k, t := range toks {
		i := s.seenAt[k]
		if i < 0 {
			i = s.intern(t, s.hashes[k])
		}
		w := s.seen.at(i)
		s.tokVec = append(s.tokVec, w.vec)
		p := &s.toks[first+k]
		p.start, p.end, p.kind = t.Start, t.End, t.Kind
		p.n0, p.n1, p.word, p.v0, p.nv = w.n0, w.n1, w.word, w.v0, w.nv
		p.flags, p.roles, p.alefMaks, p.proclitics = w.flags, w.roles, w.alefMaks, w.proclitics
		p.seen, p.normHash, p.stripped = i, w.normHash, w.strippedHash
		p.lineStart = prevEnd < 0 || containsNewline(s.text[prevEnd:t.Start])
		prevEnd = t.End
		if mayBeSurname(p) {
			s.surnameAt = append(s.surnameAt, int32(first+k))
		}
	}
}

// containsNewline is strings.IndexByte(s, '\n') >= 0 for the gap between
// two tokens, a byte or two as a rule, without the call.
func containsNewline(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			return true
		}
	}
	return false
}

// lexemeOf returns what the extractor knows of the normalised word w.
func (s *state) lexemeOf(w []byte) lexeme {
	if mayHave(s.x.inLex, w) {
		if l, ok := s.x.lex[string(w)]; ok {
			return l
		}
	}
	return lexeme{word: noWord}
}

// Proclitics, in search-normalised spelling.
const (
	alef    = "ا"
	lam     = "ل"
	article = "ال"
)

// The proclitics stripped before names. ك ("like") is left out: it
// rarely comes before a name, and ك + a short name is more often a word
// (كامل is not ك + أمل).
var (
	conjunctions = [...]string{"", "و", "ف"}
	prepositions = [...]string{"", "ب", "ل"}
)

// maksuraParticles are particles that, spelt with a final ى, normalise to
// a name or a place (على → علي).
var maksuraParticles = map[string]bool{"علي": true, "الي": true, "حتي": true, "لدي": true, "متي": true, "سوي": true}

// addVariants records the readings of w (the normalised form of surface)
// without its proclitics — a conjunction و ف, then a preposition ب ل ك,
// then the article ال — that occur in the gazetteer. The span of a
// reading starts after the conjunction and preposition; the article stays
// in it. لل is ل followed by ال with its alef dropped (للعراق = ل + العراق).
func (s *state) addVariants(surface, w string) {
	for _, c := range conjunctions {
		if !strings.HasPrefix(w, c) {
			continue
		}
		r1 := w[len(c):]
		for _, p := range prepositions {
			if !strings.HasPrefix(r1, p) {
				continue
			}
			r := r1[len(p):]
			n := (len(c) + len(p)) / 2 // letters removed; each is 2 bytes
			// The more letters are taken for clitics, the longer the rest
			// must be to stand alone: فلكيا is not ف + ل + كيا. A shorter
			// rest may begin a longer name (وتل أبيب).
			if n > 0 {
				if rn := utf8.RuneCountInString(r); rn >= 2 {
					s.addVariant(surface, n, "", r, false, rn < 2+n)
				}
			}
			if strings.HasPrefix(r, article) && utf8.RuneCountInString(r) >= 4 {
				s.addVariant(surface, n, "", r[len(article):], true, false)
			}
			if p == lam && strings.HasPrefix(r, lam) && utf8.RuneCountInString(r) >= 3 {
				s.addVariant(surface, n, alef, r, false, false)
				s.addVariant(surface, n, "", r[len(lam):], true, false)
			}
		}
	}
}

func (s *state) addVariant(surface string, letters int, prefix, rest string, art, short bool) {
	s.key = append(append(s.key[:0], prefix...), rest...)
	if !mayHave(s.x.inLex, s.key) {
		return
	}
	lx, ok := s.x.lex[string(s.key)]
	if !ok || lx.word == noWord || lx.flags&(stop|verb) != 0 {
		return // وأفاد is و + a verb, not و + the agency AFAD
	}
	if letters > 0 && prefix == "" && !art && s.wordWhole(surface, rest) {
		if !strings.HasPrefix(surface, "ب") || !strings.HasPrefix(rest, lam) || !s.isGivenName(lx.word) {
			return // ورود is a word, not و + رود; بلاتيني is Platini, not ب + لاتيني
		}
		letters = 0 // بلحسن is the name Belhassen, not ب + لحسن: the ب is the name's
	}
	s.vars = append(s.vars, variant{skip: int32(skipLetters(surface, letters)), word: lx.word, article: art, short: short, flags: lx.flags})
}

// wordWhole reports whether the clitic segmenter, which knows the words of
// news prose, keeps surface whole where rest, what is left after taking
// off clitics, is short (ورود، لغات، فعلا، فيون: a word, not و + رود) or
// a name in ل after ب (بلحسن, بلقاسم: the Maghrebi بل of family names).
// A longer rest is a name as often as the segmenter, which has not seen
// it, keeps the word whole (ببريتوريا، بفوشانة).
func (s *state) wordWhole(surface, rest string) bool {
	if utf8.RuneCountInString(rest) > 3 && !(strings.HasPrefix(surface, "ب") && strings.HasPrefix(rest, lam)) {
		return false
	}
	s.segs = clitics.Default.AppendSegments(s.segs[:0], surface)
	return len(s.segs) == 0 || s.segs[0].Kind != clitics.Proclitic
}

// skipLetters returns the byte offset in s after its first n letters and
// the marks (harakat, tatweel, controls) that follow them.
func skipLetters(s string, n int) int {
	i := 0
	for n > 0 && i < len(s) {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
		n--
		for i < len(s) {
			r, size := utf8.DecodeRuneInString(s[i:])
			if !isMark(r) {
				break
			}
			i += size
		}
	}
	return i
}

// isMark reports whether r rides on the letter before it in a word as
// written: harakat and the other marks, tatweel, and the invisible format
// characters (package internal/letters has the one definition of each).
func isMark(r rune) bool {
	return letters.IsMark(r) || r == letters.Tatweel || letters.IsInvisible(r)
}
