// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package entities

import (
	"strings"
	"unicode/utf8"

	"github.com/qalam-nlp/qalam/entities/gazetteer"
	"github.com/qalam-nlp/qalam/entities/internal/wordform"
	"github.com/qalam-nlp/qalam/entities/tagger"
	"github.com/qalam-nlp/qalam/tokenize"
)

// The gazetteer's names are matched token by token. Every distinct
// normalised token of every name gets a number (its word id); the names
// form a trie whose edges are (node, word id) pairs, kept in one
// tagger.Index keyed by the pair (trieKey), but for the root's, which
// every token looks up and an array indexed by word id holds.

// noWord is the word id of a token that occurs in no name.
const noWord = -1

// candidate is one entry that a trie node completes.
type candidate struct {
	entry   int32 // index into Extractor.entries
	derived bool  // the name was derived (روسية from روسي), not listed
	lead    bool  // the name's first word only introduces it (مدينة مشهد): not reported
}

// node is a trie node: the entries whose names end here, best first,
// and what a match ending here accepts of them, reached without the
// article and with it.
type node struct {
	cands   []candidate
	accepts [2]acceptance
}

// acceptance is what a match accepts of a node's candidates: the best
// entity, the cues, and whether an ORG_HEAD among them is part of the name
// or names clubs after cities.
type acceptance struct {
	entry                int32 // or -1
	cues                 cueSet
	lead, headPart, team bool
}

// acceptance computes what a match that ends at node n accepts, given
// whether the article was stripped to reach it.
func (x *Extractor) acceptance(n int32, art bool) acceptance {
	a := acceptance{entry: -1}
	for _, c := range x.trie.nodes[n].cands {
		e := &x.entries[c.entry]
		if art && !allowsArticle(e.typ) {
			continue
		}
		if e.typ.IsEntity() {
			if a.entry < 0 {
				a.entry, a.lead = c.entry, c.lead
			}
			continue
		}
		a.cues |= 1 << e.typ
		a.headPart = a.headPart || e.headPart
		a.team = a.team || e.teamHead
	}
	return a
}

// cueSet is a set of cue lexicon types, one bit per gazetteer.Type.
type cueSet uint16

func (c cueSet) has(t gazetteer.Type) bool { return c&(1<<t) != 0 }

// trie holds the names of a gazetteer.
type trie struct {
	words map[string]int32 // normalised token → word id, while the trie is built
	strs  []string         // word id → normalised token, while the trie is built
	roots []int32          // word id → child node of the root, or -1
	edges tagger.Index     // trieKey(node, word id) → child node, for nodes other than the root
	nodes []node           // nodes[0] is the root
	hamza map[string]bool  // the words that a name spells with a hamza on alef inside (مأرب)
	// candBlock holds the first candidate of nodes, many to an allocation.
	candBlock []candidate
}

// candBlockSize is the number of candidates in a trie.candBlock.
const candBlockSize = 1024

// built lets go of what only building the trie needs: matching finds
// words through Extractor.lex, which the collector then scans alone.
func (t *trie) built() { t.words, t.strs, t.candBlock = nil, nil, nil }

// newTrie returns an empty trie with room for about n names.
func newTrie(n int) *trie {
	return &trie{
		words: make(map[string]int32, n),
		strs:  make([]string, 0, n),
		nodes: make([]node, 1, 2*n),
		hamza: make(map[string]bool),
	}
}

func (t *trie) word(w string) int32 {
	if id, ok := t.words[w]; ok {
		return id
	}
	id := int32(len(t.words))
	t.words[w] = id
	t.strs = append(t.strs, w)
	return id
}

// root returns the child of the root by word id w, or -1.
func (t *trie) root(w int32) int32 {
	if uint(w) < uint(len(t.roots)) {
		return t.roots[w]
	}
	return -1
}

// child returns the child of node n, not the root, by word id w, or -1.
func (t *trie) child(n int32, w int32) int32 {
	if w < 0 {
		return -1
	}
	c, ok := t.edges.Get(trieKey(n, w))
	if !ok {
		return -1
	}
	return c
}

// trieKey returns the key of the edge from node n by word id w: the pair
// mixed by a bijection (the finaliser of MurmurHash3) so that the index's
// low bits spread, and never 0, which tagger.Index stores as 1.
func trieKey(n, w int32) uint64 {
	return fmix64(uint64(uint32(n))<<32 | uint64(uint32(w)) + 1)
}

// fmix64 is the finaliser of MurmurHash3: a bijection of 64-bit values
// that spreads every bit into all the others (fmix64(0) is 0).
func fmix64(h uint64) uint64 {
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	return h ^ h>>33
}

// insert adds a name, given as its normalised tokens, for an entry.
func (t *trie) insert(tokens []string, c candidate) {
	var words [8]int32
	dst := words[:0]
	for _, tok := range tokens {
		dst = append(dst, t.word(tok))
	}
	t.insertWords(dst, c)
}

// insertWords adds a name, given as the word ids of its normalised
// tokens, for an entry.
func (t *trie) insertWords(words []int32, c candidate) {
	n := int32(0)
	for _, w := range words {
		next := t.root(w)
		if n > 0 {
			next = t.child(n, w)
		}
		if next < 0 {
			next = int32(len(t.nodes))
			t.nodes = append(t.nodes, node{})
			if n == 0 {
				for int(w) >= len(t.roots) {
					t.roots = append(t.roots, -1)
				}
				t.roots[w] = next
			} else {
				t.edges.Put(trieKey(n, w), next)
			}
		}
		n = next
	}
	nd := &t.nodes[n]
	for _, old := range nd.cands {
		if old.entry == c.entry {
			return
		}
	}
	if nd.cands == nil {
		// Most nodes end one name: their one candidate is kept in a
		// block shared by many, a slice that a second one moves out of.
		if len(t.candBlock) == cap(t.candBlock) {
			t.candBlock = make([]candidate, 0, candBlockSize)
		}
		t.candBlock = append(t.candBlock, c)
		k := len(t.candBlock)
		nd.cands = t.candBlock[k-1 : k : k]
		return
	}
	nd.cands = append(nd.cands, c)
}

// nameTokens normalises a name and splits it into the tokens the
// tokenizer would give, appending them to dst and their word ids to ids,
// and notes the words spelt with a hamza inside (t.hamza). Punctuation
// inside a name (the '.' of "د.") is kept as its own token. Each token is
// added to the trie's words, so that repeated words share one string.
// scratch holds buffers reused from call to call.
func (t *trie) nameTokens(dst []string, ids []int32, name string, scratch *nameScratch) ([]string, []int32) {
	scratch.toks = tokenize.AppendTokens(scratch.toks[:0], name)
	for _, tok := range scratch.toks {
		surface := name[tok.Start:tok.End]
		scratch.buf = foldToken(scratch.buf[:0], surface)
		if len(scratch.buf) == 0 {
			continue
		}
		if medialHamza(surface) {
			t.hamza[string(scratch.buf)] = true
		}
		id, ok := t.words[string(scratch.buf)]
		if !ok {
			id = t.word(string(scratch.buf))
		}
		dst, ids = append(dst, t.strs[id]), append(ids, id)
	}
	return dst, ids
}

// nameScratch is the memory nameTokens reuses.
type nameScratch struct {
	toks []tokenize.Token
	buf  []byte
}

// foldToken appends the matching form of a token.
func foldToken(dst []byte, tok string) []byte { return wordform.AppendFold(dst, tok) }

// nisbaSuffixes are the endings added to a nationality adjective ending in
// ي (روسي) to give its other forms, in search-normalised spelling:
// feminine روسية, sound plurals روسيون/روسيين/روسيات, duals
// روسيان/روسيتان/روسيتين.
var nisbaSuffixes = []string{"ه", "ون", "ين", "ات", "ان", "تان", "تين"}

// derivedForms returns the forms derived from a normalised nationality
// name: each suffix added to every token that ends in ي.
func derivedForms(tokens []string) [][]string {
	var out [][]string
	for _, suf := range nisbaSuffixes {
		form := make([]string, len(tokens))
		changed := false
		for i, tok := range tokens {
			if strings.HasSuffix(tok, "ي") {
				form[i] = tok + suf
				changed = true
			} else {
				form[i] = tok
			}
		}
		if changed {
			out = append(out, form)
		}
	}
	return out
}

// filter is a Bloom filter over the lexicon's words: most tokens of a text
// are in no name and no word list, and the filter, small enough to stay in
// the processor's cache, turns them away before the map lookup, which
// would miss the cache.
type filter struct {
	bits []uint64
	mask uint32
}

func newFilter(n int) filter {
	size := 1 << 12 // bits
	for size < 10*n {
		size <<= 1
	}
	return filter{bits: make([]uint64, size/64), mask: uint32(size - 1)}
}

func (f filter) add(w string) {
	h := tagger.Hash(w)
	for _, b := range [2]uint32{uint32(h) & f.mask, uint32(h>>32) & f.mask} {
		f.bits[b/64] |= 1 << (b % 64)
	}
}

// mayHave reports whether w may be in the set; false means it is not.
func mayHave[S string | []byte](f filter, w S) bool { return f.mayHaveHash(tagger.Hash(w)) }

// mayHaveHash is mayHave for a word whose tagger.Hash is h.
func (f filter) mayHaveHash(h uint64) bool {
	a, b := uint32(h)&f.mask, uint32(h>>32)&f.mask
	return f.bits[a/64]&(1<<(a%64)) != 0 && f.bits[b/64]&(1<<(b%64)) != 0
}

// match finds, left to right, the longest gazetteer name at each token
// and groups the tokens into items.
func (s *state) match() {
	tr := s.x.trie
	s.itemAt = s.itemAt[:0]
	// The first step into the names from each token (and its readings
	// without clitics) is read all at once first, so that the cache
	// misses of those lookups overlap (see tagger.Index.Warm).
	s.edgeKeys = s.edgeKeys[:0]
	for k := 1; k < len(s.toks); k++ {
		next := &s.toks[k]
		if next.word < 0 || next.lineStart {
			continue
		}
		t := &s.toks[k-1]
		if n := tr.root(t.word); n >= 0 {
			s.edgeKeys = append(s.edgeKeys, trieKey(n, next.word))
		}
		for _, v := range s.vars[t.v0 : t.v0+t.nv] {
			if n := tr.root(v.word); n >= 0 {
				s.edgeKeys = append(s.edgeKeys, trieKey(n, next.word))
			}
		}
	}
	s.warm ^= tr.edges.Warm(s.edgeKeys)
	for i := 0; i < len(s.toks); {
		best := item{i: i, j: i + 1, entry: -1}
		bestLen := 0
		var bestFlags wordFlag
		t := &s.toks[i]
		try := func(word int32, skip int32, art, short bool, flags wordFlag) {
			n := tr.root(word)
			for k := i + 1; n >= 0; k++ {
				if k-i > bestLen && (!short || k-i > 1) {
					e, lead, cues, part, team := s.accept(n, art)
					if skip > 0 && t.flags != 0 {
						// وجود is a word, not و + the given name جود.
						cues &^= 1 << gazetteer.GivenName
					}
					if e >= 0 || cues != 0 {
						best = item{i: i, j: k, skip: skip, entry: e, cues: cues, headPart: part, team: team, lead: lead}
						bestLen, bestFlags = k-i, flags
					}
				}
				if k >= len(s.toks) || s.toks[k].lineStart {
					break // a name does not go on past a line break
				}
				n = tr.child(n, s.toks[k].word)
			}
		}
		if t.word >= 0 {
			// A function word or a verb may begin a longer name (بان كي
			// مون, where بان is بأن normalised) but is no name alone.
			try(t.word, 0, false, t.flags&(stop|verb) != 0, t.flags)
		}
		for _, v := range s.vars[t.v0 : t.v0+t.nv] {
			try(v.word, v.skip, v.article, v.short, v.flags)
		}
		if best.entry >= 0 && bestLen == 1 && bestFlags&(ambiguous|common) != 0 && !s.afterCue() {
			// A common word that is also a name (العربية, فتح) is the
			// name only after a head-word or title: قناة العربية, حركة فتح.
			best.entry = -1
			if best.cues == 0 {
				best.skip = 0
			}
		}
		if best.entry >= 0 && bestLen == 1 && s.hamzaMismatch(t, best.skip) {
			// فأس (an axe) is not فاس (Fès): a hamza inside a word is
			// a letter of its own, not a spelling variant.
			best.entry = -1
			if best.cues == 0 {
				best.skip = 0
			}
		}
		if best.entry >= 0 && bestLen == 1 {
			if s.commonSense(i, best.skip, len(s.items)-1, best.entry) {
				// بحماس كبير, مسقط رأسه: the common word.
				best.entry = -1
				best.skip = 0
			} else {
				best.entry = s.senseEntry(i, best.skip, best.entry)
			}
		}
		if best.entry >= 0 && bestLen == 1 && bestFlags&adjectival != 0 && !s.nameContext(i, best.skip) {
			// مبلغ مالي, فساد مالي: an adjective after its noun, not Mali.
			best.entry = -1
			best.skip = 0
		}
		best.flags = bestFlags
		if bestLen == 0 {
			best.flags = t.flags
		}
		for range best.j - best.i {
			s.itemAt = append(s.itemAt, int32(len(s.items)))
		}
		s.items = append(s.items, best)
		i = best.j
	}
}

// nameContext reports whether token i, a name that is also an adjective
// (مالي), stands where a name does rather than after a noun it
// describes: after a preposition (في مالي، بمالي), a function word, a cue
// (title, head-word), another entity (النيجر ومالي), a generic body, an
// introducing word or a noun that governs a place (حكومة مالي، شمال مالي،
// عاصمة مالي), punctuation or the start of a
// line; or before another place (مالي والنيجر). skip is the bytes of
// clitics before the reading.
func (s *state) nameContext(i int, skip int32) bool {
	t := &s.toks[i]
	if skip > 0 && strings.ContainsAny(s.text[t.start:t.start+int(skip)], "بل") {
		return true
	}
	if next := i + 1; next < len(s.toks) && !strings.Contains(s.text[t.end:s.toks[next].start], "\n") {
		nt := &s.toks[next]
		if s.namesPlace(nt.word) {
			return true
		}
		for _, v := range s.vars[nt.v0 : nt.v0+nt.nv] {
			if !v.article && s.namesPlace(v.word) {
				return true
			}
		}
	}
	if len(s.items) == 0 {
		return true
	}
	prev := &s.items[len(s.items)-1]
	pt := &s.toks[prev.j-1]
	if pt.kind != tokenize.ArabicWord || strings.Contains(s.text[pt.end:t.start], "\n") {
		return true
	}
	if prev.entry >= 0 || prev.cues != 0 {
		return true
	}
	if (prev.flags|pt.flags)&(stop|generic|governsPlace) != 0 {
		return true
	}
	w := s.normOf(pt)
	for _, c := range [...]string{"", "و", "ف", "ب", "ل", "وب", "ول"} { // وشمال مالي
		if strings.HasPrefix(w, c) {
			r := w[len(c):]
			if s.x.introducer[r] || s.x.lex[r].flags&(generic|governsPlace) != 0 {
				return true
			}
		}
	}
	return false
}

// hamzaMismatch reports whether token t, read from byte skip on, has a
// hamza on alef (أ إ) after its first letter and the article, while no
// listed name spells that word with one: فأس is not فاس.
func (s *state) hamzaMismatch(t *tok, skip int32) bool {
	w := s.text[t.start+int(skip) : t.end]
	if !medialHamza(w) {
		return false
	}
	rest := s.norm[t.n0:t.n1]
	if skip > 0 {
		// The readings strip whole letters; find the normalised rest by
		// the letters skipped.
		n := utf8.RuneCountInString(s.text[t.start : t.start+int(skip)])
		for ; n > 0 && len(rest) > 0; n-- {
			_, size := utf8.DecodeRune(rest)
			rest = rest[size:]
		}
	}
	return !s.x.hamzaWords[string(rest)]
}

// medialHamza reports whether w, a word as written, has أ or إ after its
// first letter, not counting the article (الأردن) or the lam left of it
// after ل (للأردن is reported as لأردن).
func medialHamza(w string) bool {
	if strings.HasPrefix(w, "ال") {
		w = w[len("ال"):]
	} else if strings.HasPrefix(w, "لأ") || strings.HasPrefix(w, "لإ") {
		w = w[len("ل"):]
	}
	_, size := utf8.DecodeRuneInString(w)
	// Two searches for a two-byte string each: ContainsAny decodes every
	// rune of w against the set.
	return strings.Contains(w[size:], "أ") || strings.Contains(w[size:], "إ")
}

// namesPlace reports whether a word by itself is the name of a place.
func (s *state) namesPlace(word int32) bool { return s.x.names(word, gazetteer.Location) }

// afterCue reports whether the last item is an organisation or place
// head-word or a title.
func (s *state) afterCue() bool {
	if len(s.items) == 0 {
		return false
	}
	c := s.items[len(s.items)-1].cues
	return c.has(gazetteer.OrgHead) || c.has(gazetteer.LocHead) || c.has(gazetteer.Title)
}

// accept returns the best entity of a node, its cues and whether an
// ORG_HEAD among them is part of the name, given whether the article was
// stripped to reach it (see Extractor.acceptance).
func (s *state) accept(n int32, art bool) (entry int32, lead bool, cues cueSet, headPart, team bool) {
	a := &s.x.trie.nodes[n].accepts[0]
	if art {
		a = &s.x.trie.nodes[n].accepts[1]
	}
	return a.entry, a.lead, a.cues, a.headPart, a.team
}
