// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package entities

import (
	"strings"

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
		// Most words have no hamza on alef, which the substring search
		// rules out faster than medialHamza.
		if (strings.Contains(surface, "أ") || strings.Contains(surface, "إ")) && medialHamza(surface) {
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

// fnv1a is the 64-bit FNV-1a hash of s.
func fnv1a[S string | []byte](s S) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

func (f filter) add(w string) {
	h := fnv1a(w)
	for _, b := range [2]uint32{uint32(h) & f.mask, uint32(h>>32) & f.mask} {
		f.bits[b/64] |= 1 << (b % 64)
	}
}

// mayHave reports whether w may be in the set; false means it is not.
func mayHave[S string | []byte](f filter, w S) bool { return f.mayHaveHash(fnv1a(w)) }

// mayHaveHash is mayHave for a word whose fnv1a hash is h.
func (f filter) mayHaveHash(h uint64) bool {
	a, b := uint32(h)&f.mask, uint32(h>>32)&f.mask
	return f.bits[a/64]&(1<<(a%64)) != 0 && f.bits[b/64]&(1<<(b%64)) != 0
}
