// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package entities

import (
	"bytes"
	"math"
	"slices"
	"strings"

	"github.com/qalam-nlp/qalam/entities/gazetteer"
	"github.com/qalam-nlp/qalam/entities/tagger"
	"github.com/qalam-nlp/qalam/internal/letters"
	"github.com/qalam-nlp/qalam/tokenize"
	"github.com/qalam-nlp/qalam/tokenize/clitics"
)

// tagging is the tagger's scratch memory in a state.
type tagging struct {
	edge         *wordVec     // the word vector of the sequence edges
	vecOwner     tagger.Index // word key → the entry of seen whose vector was computed for it
	denseIndex   tagger.Index // hash of an atom set → index in denseVecs
	denseSets    []atomSet    // the atom set of each of denseVecs
	denseVecs    [][denseRoles]tagger.Scores
	bits         []atomSet                    // dense atoms of each token
	foundWords   tagger.Index                 // hashes of the words of the mentions found in the chunk → their types, a bit each
	tokVec       []*wordVec                   // word vector of each token, nil until tag computes it (addTokens)
	tokDense     []int32                      // denseVecs index of each token
	wordKeys     []uint64                     // scratch: keys looked up in the model's words
	rows         []int32                      // scratch: the model's rows of a word's hashed features (vec)
	window       []*wordVec                   // a sequence's word vectors, padded with the edge
	denseWindow  []*[denseRoles]tagger.Scores // a sequence's dense vectors, padded with none
	scores       []tagger.Scores
	tags         []tagger.Tag
	spans        []tagger.Span
	tagged       []found
	run          []found // scratch for mergeRuns
	taggedPeople bool    // the tagger found a person of two words or more in the chunk
	dropped      []bool
	covered      []bool
	key          []byte
	h            hasher
	vit          tagger.Viterbi
	collect      func(a, b int, feats [][]uint64, dense [][]int32) // training: receives each sequence's features
}

// noDense is the dense vector beyond a sequence's ends.
var noDense [denseRoles]tagger.Scores

// vec computes the word vector of key from the model's hashed features.
func (s *state) vec(key []byte) *wordVec {
	m := s.x.model
	v := new(wordVec)
	s.h.keys = s.h.keys[:0]
	var ends [numRoles]int
	for r := range numRoles {
		s.h.wordFeatures(key, r)
		ends[r] = len(s.h.keys)
	}
	s.warm ^= m.WarmHashed(s.h.keys)
	var warm uint32
	s.rows, warm = m.AppendRows(s.rows[:0], s.h.keys)
	s.warm ^= uint64(warm)
	start := 0
	for r, end := range ends {
		for _, row := range s.rows[start:end] {
			m.AddRow(&v[r], row)
		}
		start = end
	}
	return v
}

// denseVec returns the index in s.denseVecs of the weights of atom set
// a in each dense role.
func (s *state) denseVec(a atomSet) int32 {
	h := a.hash()
	i, ok := s.denseIndex.Get(h)
	if ok && s.denseSets[i] == a {
		return i
	}
	var v [denseRoles]tagger.Scores
	for r := range denseRoles {
		base := r * numAtoms
		a.each(func(atom int) { s.x.model.AddDense(&v[r], base+atom) })
	}
	i = int32(len(s.denseVecs))
	s.denseVecs = append(s.denseVecs, v)
	s.denseSets = append(s.denseSets, a)
	if !ok {
		s.denseIndex.Put(h, i) // a set whose hash another set holds is computed each time
	}
	return i
}

// roleOffsets are the token offsets of the roles.
var roleOffsets = [numRoles]int{roleSelf: 0, rolePrev: -1, roleNext: 1, rolePrev2: -2, roleNext2: 2}

// denseOffsets are the token offsets of the dense roles.
var denseOffsets = [denseRoles]int{0, -1, 1, -2, 2}

// tag runs the tagger over the chunk and merges what it finds with the
// gazetteer's and the rules' mentions.
func (s *state) tag() {
	atoms := s.atoms()
	s.tagged = s.tagged[:0]
	if s.collect != nil {
		s.sequences(s.collectSequence)
		return
	}
	m := s.x.model
	if s.edge == nil {
		s.edge = s.vec(edgeKey)
	}
	edge := s.edge
	// The words met for the first time are looked up in the model's
	// words, their slots read all at once first (see tagger.Index.Warm);
	// the vectors of those it does not hold are computed.
	s.wordKeys = s.wordKeys[:0]
	for k, v := range s.tokVec {
		if w := s.seen.at(s.toks[k].seen); v == nil && !w.looked {
			s.wordKeys = append(s.wordKeys, w.key)
		}
	}
	s.warm ^= m.WarmWords(s.wordKeys)
	s.tokDense = s.tokDense[:0]
	for k, v := range s.tokVec {
		if v == nil {
			t := &s.toks[k]
			w := s.seen.at(t.seen)
			if !w.looked {
				w.looked = true
				if rows := m.Word(w.key); rows != nil {
					w.vec = (*wordVec)(rows)
				}
			}
			if w.vec == nil {
				// Surfaces of one word key (spelt with and without a
				// diacritic, a tatweel) share its vector.
				if j, ok := s.vecOwner.Get(w.key); ok {
					w.vec = s.seen.at(j).vec
				} else {
					w.vec = s.vec(s.wordKey(s.key[:0], t))
					s.vecOwner.Put(w.key, t.seen)
				}
			}
			s.tokVec[k] = w.vec
		}
		if k > 0 && atoms[k] == atoms[k-1] {
			s.tokDense = append(s.tokDense, s.tokDense[k-1]) // as often as not
		} else {
			s.tokDense = append(s.tokDense, s.denseVec(atoms[k]))
		}
	}
	// Read every cache line of the word vectors, all at once, before the
	// scores sum them (see tagger.Index.Warm): a vector's 140 bytes span
	// three lines at most, read at offsets at most 56 bytes apart.
	var warm uint32
	for _, v := range s.tokVec {
		warm ^= math.Float32bits(v[0][0]) ^ math.Float32bits(v[2][0]) ^ math.Float32bits(v[4][0]) ^ math.Float32bits(v[4][tagger.NumTags-1])
	}
	s.warm ^= uint64(warm)
	s.sequences(func(a, b int) {
		// The sequence's word and dense vectors, with the edge (and no
		// dense features) two places beyond each end, so that a token's
		// score is the sum of five of each without a test.
		const pad = 2
		s.window = append(s.window[:0], edge, edge)
		s.denseWindow = append(s.denseWindow[:0], &noDense, &noDense)
		for n := a; n < b; n++ {
			s.window = append(s.window, s.tokVec[n])
			s.denseWindow = append(s.denseWindow, &s.denseVecs[s.tokDense[n]])
		}
		s.window = append(s.window, edge, edge)
		s.denseWindow = append(s.denseWindow, &noDense, &noDense)
		s.scores = slices.Grow(s.scores[:0], b-a)[:b-a] // each is set below
		for k := range s.scores {
			// roleOffsets and denseOffsets, in their order.
			w, dw := s.window[k:k+2*pad+1], s.denseWindow[k:k+2*pad+1]
			w0, w1, w2, w3, w4 := &w[pad][roleSelf], &w[pad-1][rolePrev], &w[pad+1][roleNext], &w[pad-2][rolePrev2], &w[pad+2][roleNext2]
			d0, d1, d2, d3, d4 := &dw[pad][0], &dw[pad-1][1], &dw[pad+1][2], &dw[pad-2][3], &dw[pad+2][4]
			sc := &s.scores[k]
			for t := range sc {
				sc[t] = w0[t] + w1[t] + w2[t] + w3[t] + w4[t] + d0[t] + d1[t] + d2[t] + d3[t] + d4[t]
			}
		}
		s.tags = s.vit.Decode(s.tags[:0], m, s.scores)
		s.spans = tagger.AppendSpans(s.spans[:0], s.tags)
		for _, sp := range s.spans {
			if i, j, ok := s.nameSpan(a+sp.Start, a+sp.End); ok {
				s.tagged = append(s.tagged, found{i: i, j: j, typ: spanTypes[sp.Type], entry: -1})
			}
		}
	})
	s.merge()
}

var spanTypes = [...]gazetteer.Type{tagger.Person: gazetteer.Person, tagger.Location: gazetteer.Location, tagger.Organization: gazetteer.Organization}

// collectSequence hands the features of tokens [a, b) to s.collect.
func (s *state) collectSequence(a, b int) {
	feats := make([][]uint64, b-a)
	dense := make([][]int32, b-a)
	for k := a; k < b; k++ {
		s.h.keys = s.h.keys[:0]
		for r, d := range roleOffsets {
			key := edgeKey
			if n := k + d; n >= a && n < b {
				s.key = s.wordKey(s.key[:0], &s.toks[n])
				key = s.key
			}
			s.h.wordFeatures(key, r)
		}
		feats[k-a] = append([]uint64(nil), s.h.keys...)
		for r, d := range denseOffsets {
			n := k + d
			if n < a || n >= b {
				continue
			}
			base := r * numAtoms
			s.bits[n].each(func(atom int) { dense[k-a] = append(dense[k-a], int32(base+atom)) })
		}
	}
	s.collect(a, b, feats, dense)
}

// merge combines the tagger's spans (s.tagged) with the mentions found
// by the gazetteer and the rules (s.found).
//
// The tagger reads the context and was trained with what the gazetteer
// found as features, so where it finds a span, its span stands, except
// where it cuts into a linked mention it does not contain: the gazetteer
// is the evidence for the names it lists. A span keeps the id of a
// linked mention of its type inside it (الصين الشعبية is China), or of a
// listed name of its type that it covers exactly (حماس that the context
// rules read as "zeal", برشلونة the club rather than the city). Where the
// tagger finds nothing, linked mentions and nationality adjectives stay
// and the rules' unlinked people, places and organisations go.
func (s *state) merge() {
	s.taggedPeople = false
	slices.SortFunc(s.found, func(a, b found) int { return a.i - b.i })
	n := len(s.found)
	drop := s.dropped[:0]
	for range n {
		drop = append(drop, false)
	}
	covered := s.covered[:0]
	for range n {
		covered = append(covered, false)
	}
	fi := 0
	for _, t := range s.tagged {
		for fi < n && s.found[fi].j <= t.i {
			fi++
		}
		blocked := false
		t.entry = -1
		for k := fi; k < n && s.found[k].i < t.j; k++ {
			f := &s.found[k]
			covered[k] = true
			inside := f.i >= t.i && f.j <= t.j
			same := f.i == t.i && f.j == t.j
			if (f.entry >= 0 || f.sure) && (!inside || same && f.typ != t.typ && (f.sure && t.j-t.i == 1 || !s.listed(t.i, t.j, t.typ)) || s.introduces(t.i, f.i)) {
				// The tagger cuts into a listed name, reads a listed name
				// as another type that it is not listed as («دونالد
				// ترامب» in quotes is still a person) or a word the rules
				// read for sure (تورينو in a match report is the club,
				// though listed as the city too), or adds to it a
				// head-word that only introduces it (قناة المسيرة).
				blocked = true
			}
			if f.entry >= 0 && inside && f.typ == t.typ && t.entry < 0 {
				t.entry = f.entry
				if f.i == t.i {
					t.skip = f.skip
				}
			}
		}
		if blocked {
			continue
		}
		if it := s.itemOf(t.i); s.items[it].i < t.i && s.items[it].cues.has(gazetteer.Title) {
			continue // a span that begins inside a title (رئيس الحكومة): titles are no names
		} else if t.typ == gazetteer.Organization && s.underTitle(it) {
			if _, _, body := s.bodyWord(t.i); body {
				continue // رئيس الحكومة العراقية: the adjective is a nationality
			}
		}
		for k := fi; k < n && s.found[k].i < t.j; k++ {
			drop[k] = true
		}
		if t.j-t.i == 1 {
			entry, skip := t.entry, t.skip
			if entry < 0 {
				entry, skip = s.listedAs(t.i, t.j, t.typ)
			}
			if s.commonSense(t.i, skip, s.itemOf(t.i)-1, entry) || entry < 0 && s.articleOnName(t.i, t.typ) {
				continue
			}
		} else if s.sensesVeto(t.i, t.j) {
			continue // الرباط الصليبي: a ligament, whatever the tagger reads
		}
		if t.entry < 0 {
			t.entry, t.skip = s.listedAs(t.i, t.j, t.typ)
			if t.entry >= 0 && t.j-t.i == 1 && s.hamzaMismatch(&s.toks[t.i], t.skip) {
				continue // فأس (an axe) is not فاس (Fès): a spelling, not a context
			}
			if t.entry >= 0 && t.j-t.i == 1 {
				t.entry = s.senseEntry(t.i, t.skip, t.entry)
			}
		}
		if t.entry < 0 {
			t.skip = s.cliticSkip(t.i)
			if t.typ == gazetteer.Person && t.j-t.i == 1 {
				// مون after مون جاي إن: the person the word names here.
				if sn, ok := s.names[string(s.normAfter(&s.toks[t.i], t.skip))]; ok && sn.entry >= 0 {
					t.entry = sn.entry
				}
			}
		}
		s.found = append(s.found, t)
		if t.typ == gazetteer.Person && t.j-t.i >= 2 && t.entry < 0 {
			s.rememberSurname(t.j-1, -1)
			s.taggedPeople = true
		}
	}
	out := s.found[:0]
	kept := 0 // of the mentions found before the tagger
	for k, f := range s.found {
		if k < n && (drop[k] || !covered[k] && f.entry < 0 && f.typ != gazetteer.Nationality && !f.sure) {
			continue
		}
		if k < n {
			kept++
		}
		out = append(out, f)
	}
	s.found = s.mergeRuns(out, kept)
	s.dropped, s.covered = drop, covered
	s.markTaken()
}

// articleOnName reports whether token k is the article ال on a listed
// name of type typ that never takes it (الحمص is chickpeas; the city is
// حمص).
func (s *state) articleOnName(k int, typ gazetteer.Type) bool {
	t := &s.toks[k]
	w := s.norm[t.n0:t.n1]
	if !bytes.HasPrefix(w, []byte(article)) || allowsArticle(typ) {
		return false
	}
	return s.x.names(s.lexemeOf(w[len(article):]).word, typ)
}

// nationalityForm reports whether token k, read from byte skip on, is a
// form of a nationality adjective, listed or derived.
func (s *state) nationalityForm(k int, skip int32) bool {
	w := s.normAfter(&s.toks[k], skip)
	return s.x.names(s.lexemeOf(w).word, gazetteer.Nationality) ||
		s.x.names(s.lexemeOf(bytes.TrimPrefix(w, []byte(article))).word, gazetteer.Nationality)
}

// itemOf returns the index of the item that holds token k.
func (s *state) itemOf(k int) int { return int(s.itemAt[k]) }

// introduces reports whether tokens [i, j) are one head-word that only
// introduces the name after it (قناة، صحيفة، مدينة; not حزب or محافظة).
func (s *state) introduces(i, j int) bool {
	if j <= i {
		return false
	}
	it := &s.items[s.itemOf(i)]
	if it.lead && it.i == i && j == i+1 {
		return true // a listed name whose first word is reported apart (قناة المسيرة)
	}
	return it.i == i && it.j == j && (it.cues.has(gazetteer.OrgHead) || it.cues.has(gazetteer.LocHead)) && !it.headPart
}

// listed reports whether tokens [i, j) are listed as a name of type typ.
func (s *state) listed(i, j int, typ gazetteer.Type) bool {
	e, _ := s.listedAs(i, j, typ)
	return e >= 0
}

// listedAs returns the entry of type typ whose name is tokens [i, j),
// read with or without the first token's clitics, and the clitics'
// bytes; -1 when there is none.
func (s *state) listedAs(i, j int, typ gazetteer.Type) (int32, int32) {
	t := &s.toks[i]
	try := func(word int32) int32 {
		n := s.x.trie.root(word)
		for k := i + 1; k < j && n >= 0; k++ {
			n = s.x.trie.child(n, s.toks[k].word)
		}
		if n < 0 {
			return -1
		}
		for _, c := range s.x.trie.nodes[n].cands {
			if e := &s.x.entries[c.entry]; e.typ == typ && !c.derived {
				return c.entry
			}
		}
		return -1
	}
	if t.word >= 0 {
		if e := try(t.word); e >= 0 {
			return e, 0
		}
	}
	for _, v := range s.vars[t.v0 : t.v0+t.nv] {
		if v.article && !allowsArticle(typ) {
			continue
		}
		if e := try(v.word); e >= 0 {
			return e, v.skip
		}
	}
	return -1, 0
}

// markTaken marks the items under the mentions found as taken, so that
// resolvePartial leaves them.
func (s *state) markTaken() {
	it := 0
	for _, f := range s.found {
		for it < len(s.items) && s.items[it].j <= f.i {
			it++
		}
		for k := it; k < len(s.items) && s.items[k].i < f.j; k++ {
			s.items[k].taken = true
		}
	}
}

// nameSpan trims a span of the tagger to the words at its ends; a span
// holding a symbol, a stray byte, an emoji or an address is no name.
func (s *state) nameSpan(i, j int) (int, int, bool) {
	word := func(k int) bool {
		kind := s.toks[k].kind
		return kind == tokenize.ArabicWord || kind == tokenize.LatinWord
	}
	for i < j && !word(i) {
		i++
	}
	for j > i && !word(j-1) {
		j--
	}
	for k := i; k < j; k++ {
		switch s.toks[k].kind {
		case tokenize.ArabicWord, tokenize.LatinWord, tokenize.Number, tokenize.Punct:
		default:
			return 0, 0, false
		}
	}
	return i, j, i < j
}

// knownWord reports whether the normalised Arabic word w is known as a
// word by itself: in the news vocabulary of the model, in the gazetteer's
// names, or as a token of its own in the chunk.
func (s *state) knownWord(w []byte) bool {
	s.key = appendWordKey(s.key[:0], tokenize.ArabicWord, "", w)
	if s.x.model != nil && s.x.model.Word(tagger.Hash(s.key)) != nil || s.lexemeOf(w).word != noWord {
		return true
	}
	for k := range s.toks {
		if t := &s.toks[k]; t.kind == tokenize.ArabicWord && bytes.Equal(s.norm[t.n0:t.n1], w) {
			return true
		}
	}
	return false
}

// cliticSkip returns the bytes of proclitics (و ف ب ل ك) that begin token
// k, as the clitic segmenter splits them; they are left out of a span.
func (s *state) cliticSkip(k int) int32 {
	t := &s.toks[k]
	w := s.seen.at(t.seen)
	if w.procSkip < 0 {
		// The segmentation depends on the surface alone: cached.
		s.segs = clitics.Default.AppendSegments(s.segs[:0], s.text[t.start:t.end])
		skip := 0
		for _, sg := range s.segs {
			if sg.Kind != clitics.Proclitic || sg.End == t.end-t.start || !strings.ContainsAny(s.text[t.start+sg.Start:t.start+sg.End], letters.Conjunctions+letters.Prepositions) {
				break // the future particle س comes before verbs, not names (سيلتيكس)
			}
			skip = sg.End
		}
		w.procSkip = int32(skip)
	}
	skip := w.procSkip
	if skip > 0 && !s.knownWord(s.normAfter(t, skip)) {
		// A name the segmenter has not seen may begin with a clitic's
		// letter (ليفانتي, وريورز): the letters are the name's unless
		// what follows them is a word of its own.
		return 0
	}
	return skip
}

// mergeRuns merges the two runs of found, [0, m) and [m, len), each in
// order of first token and none overlapping the other, into one in order.
func (s *state) mergeRuns(found []found, m int) []found {
	s.run = append(s.run[:0], found[m:]...)
	i, j := m-1, len(s.run)-1
	for k := len(found) - 1; j >= 0; k-- {
		if i >= 0 && found[i].i > s.run[j].i {
			found[k] = found[i]
			i--
		} else {
			found[k] = s.run[j]
			j--
		}
	}
	return found
}
