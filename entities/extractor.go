// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package entities

import (
	"cmp"
	"iter"
	"runtime"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/qalam-nlp/qalam/entities/gazetteer"
	"github.com/qalam-nlp/qalam/entities/tagger"
	"github.com/qalam-nlp/qalam/tokenize"
)

// Mention is one entity found in a text. Text is text[Start:End] of the
// text that was searched; the span leaves out attached proclitics
// (و ف ب ل ك) but keeps the article ال.
type Mention struct {
	Start, End int            // UTF-8 byte offsets, End exclusive
	WordStart  int            // where the written word begins: Start, or before it when proclitics are attached (و of وبوتين)
	Text       string         // the mention as written
	Type       gazetteer.Type // Person, Location, Organization or Nationality
	ID         string         // id of the linked gazetteer entry, or "" when found by a rule alone
	Canonical  string         // English name of the linked entry, or ""
	Country    string         // country code of the linked entry, or ""
}

// entry is what the extractor keeps of a gazetteer entry.
type entry struct {
	id, canonical, country string
	typ                    gazetteer.Type
	headPart               bool // an ORG_HEAD or LOC_HEAD that is part of the name it begins
	teamHead               bool // an ORG_HEAD whose following city names a club
	country0               bool // a LOCATION.country
	rank                   uint8
	introduced             bool     // an ORGANIZATION.club or .media: its head-word (نادي, قناة) is no part of its name
	firstNames             []string // a person's given names as listed, normalised (فولوديمير)
	names                  []string // the Arabic names as listed, preferred first
}

// Entry is what Lookup tells of a gazetteer entity.
type Entry struct {
	ID        string
	Type      gazetteer.Type
	Canonical string   // English name
	Country   string   // country code, or ""
	Names     []string // the Arabic names as listed, preferred first; do not modify
}

// Extractor finds entity mentions in text. It is built once from a
// gazetteer and is safe for concurrent use by many goroutines.
type Extractor struct {
	entries []entry
	trie    *trie
	lex     map[string]lexeme // every word of a name or a word list
	inLex   filter            // the words of lex
	// introducer holds the words that introduce a place or an
	// organisation (جنوب، قطاع، محافظة، حزب).
	introducer map[string]bool
	// facility holds the head-words of facilities named after people
	// (مستشفى، شارع، معهد).
	facility map[string]bool
	// hamzaWords holds the normalised words that a listed name spells
	// with a hamza on alef inside it (مأرب).
	hamzaWords map[string]bool
	byID       map[string]int32 // entity entries by id
	model      *tagger.Model    // the learned tagger, or nil for the gazetteer alone
	nameRoles  []nameRole       // where each word id stands in the gazetteer's names
	bodyNames  map[string]int32 // listed names of a state's body and a nationality (الجيش الإسرائيلي), normalised
	clubOfCity map[int32]int32  // a city's entry → the club named نادي + the city
	states     statePool
}

// names reports whether the one-word name word (a word id) is listed for
// an entry of type typ, derived forms included.
func (x *Extractor) names(word int32, typ gazetteer.Type) bool {
	n := x.trie.root(word)
	if word == noWord || n < 0 {
		return false
	}
	for _, c := range x.trie.nodes[n].cands {
		if x.entries[c.entry].typ == typ {
			return true
		}
	}
	return false
}

// Lookup returns the entity entry with the given id, as the extractor
// links mentions to it.
func (x *Extractor) Lookup(id string) (Entry, bool) {
	i, ok := x.byID[id]
	if !ok {
		return Entry{}, false
	}
	e := &x.entries[i]
	return Entry{ID: e.id, Type: e.typ, Canonical: e.canonical, Country: e.country, Names: e.names}, true
}

// lexeme is what the extractor knows of a normalised word.
type lexeme struct {
	word  int32    // word id in the trie, or noWord
	flags wordFlag // flags from the word lists
}

// New builds an Extractor for a gazetteer.
//
// A listed name that begins with a word that only introduces it (مدينة
// مشهد, حركة حماس, قطاع غزة) is matched whole, so that the longest name
// wins, but reported without that word, unless the word belongs to the
// name: the rest names nothing by itself (حركة الشعب, بحر الشمال, نادي
// الأسير) or, as another name of the entry, is a common or ambiguous
// word (تنظيم الدولة الإسلامية, تنظيم القاعدة).
//
// Some listed names are not inserted, because news annotation (and
// readers) take a shorter span as the name:
//   - an organisation's or person's name that is another of its names
//     before a nationality adjective (حزب الله اللبناني is حزب الله +
//     اللبناني; but الخليج العربي is a place's name);
//   - a name that is another of its names before an epithet (مكة المكرمة
//     is مكة + المكرمة, الصين الشعبية is الصين + الشعبية);
//   - a place, other than a country, that is a direction and another place
//     (جنوب لبنان is جنوب + لبنان; جنوب السودان stays);
//   - an organisation named by a generic noun and a nationality (الجيش
//     الإسرائيلي, الحكومة اللبنانية, جيش الاحتلال): a description, whose
//     nationality is reported.
func New(g *gazetteer.Gazetteer, opts ...Option) *Extractor {
	x := &Extractor{bodyNames: map[string]int32{}}
	x.entries = make([]entry, 0, g.Len())
	n, words := 0, 0 // names, and words in them
	for e := range g.Entries() {
		x.entries = append(x.entries, entry{
			id: e.ID, canonical: e.Canonical, country: e.Country, typ: e.Type,
			headPart:   (e.Type == gazetteer.OrgHead || e.Type == gazetteer.LocHead) && e.Subtype == "part",
			teamHead:   e.Type == gazetteer.OrgHead && e.Subtype == "team",
			country0:   e.Type == gazetteer.Location && e.Subtype == "country",
			introduced: e.Type == gazetteer.Organization && (e.Subtype == "club" || e.Subtype == "media"),
			rank:       rank(e),
			names:      e.Names,
		})
		n += len(e.Names)
		for _, name := range e.Names {
			words += strings.Count(name, " ") + 1
		}
	}
	x.trie = newTrie(n)
	// The names' tokens, and the forms of each entry, are slices of one
	// array each, sized for the words (a name's punctuation may add
	// tokens: the arrays then grow, and the slices cut before keep the
	// old ones).
	names := make([][][]string, 0, g.Len())
	toks := make([]string, 0, words+words/16)
	allForms := make([][]string, 0, n)
	// ids holds the word ids of toks, for the trie; form k of allForms
	// begins at toks[formAt[k]], and the forms of entry i at
	// allForms[firstForm[i]].
	ids := make([]int32, 0, cap(toks))
	formAt := make([]int32, 0, n)
	firstForm := make([]int32, 0, g.Len())
	introducers := map[string]bool{}
	for _, w := range strings.Fields(introducerWords) {
		introducers[string(foldToken(nil, w))] = true
	}
	directions, natural := map[string]bool{}, map[string]bool{}
	for _, w := range strings.Fields(directionWords) {
		directions[string(foldToken(nil, w))] = true
	}
	for _, w := range strings.Fields(naturalHeadWords) {
		natural[string(foldToken(nil, w))] = true
	}
	natWords := map[string]bool{}
	var scratch nameScratch
	for idx := range x.entries {
		e := &x.entries[idx]
		firstForm = append(firstForm, int32(len(allForms)))
		for _, name := range e.names {
			start := len(toks)
			toks, ids = x.trie.nameTokens(toks, ids, name, &scratch)
			if len(toks) > start {
				allForms = append(allForms, toks[start:len(toks):len(toks)])
				formAt = append(formAt, int32(start))
			}
		}
		forms := allForms[firstForm[len(firstForm)-1]:len(allForms):len(allForms)]
		names = append(names, forms)
		if e.typ == gazetteer.Person {
			for _, f := range forms {
				if len(f) >= 2 && !slices.Contains(e.firstNames, f[0]) {
					e.firstNames = append(e.firstNames, f[0])
				}
			}
		}
		switch {
		case (e.typ == gazetteer.LocHead || e.typ == gazetteer.OrgHead) && !e.headPart:
			for _, f := range forms {
				if len(f) == 1 {
					introducers[f[0]] = true
				}
			}
		case e.typ == gazetteer.Nationality:
			for _, f := range forms {
				for _, d := range append(derivedForms(f), f) {
					if len(d) == 1 {
						natWords[d[0]] = true
						natWords[article+d[0]] = true
					}
				}
			}
		}
	}
	nLoc, nEntity := 0, 0
	for idx, forms := range names {
		typ := x.entries[idx].typ
		for _, f := range forms {
			if typ == gazetteer.Location {
				nLoc++
			}
			if typ.IsEntity() && len(f) == 1 {
				nEntity++
			}
		}
	}
	// A name of k words adds at most k-1 edges below the root, and every
	// word of the names may begin one.
	x.trie.edges.Reserve(len(toks) - len(allForms))
	x.trie.roots = slices.Repeat([]int32{-1}, len(x.trie.strs))
	locNames := make(map[string]bool, nLoc)
	entityNames := make(map[string]bool, nEntity)
	for idx, forms := range names {
		typ := x.entries[idx].typ
		for _, f := range forms {
			if typ == gazetteer.Location {
				locNames[strings.Join(f, " ")] = true
			}
			if typ.IsEntity() && len(f) == 1 {
				entityNames[f[0]] = true
			}
		}
	}
	for idx := range x.entries {
		e := &x.entries[idx]
		forms := names[idx]
		listed := func(toks []string) bool {
			for _, f := range forms {
				if slices.Equal(f, toks) {
					return true
				}
			}
			return false
		}
		for fi, toks := range forms {
			at := formAt[firstForm[idx]+int32(fi)]
			wordIDs := ids[at : int(at)+len(toks)]
			// A name that begins with a word that only introduces it
			// (مدينة مشهد, صحيفة يديعوت أحرونوت, حركة حماس) is matched
			// whole, so that it wins over a shorter name that begins
			// with the introducer (نادي باريس سان جيرمان, not نادي
			// باريس), but reported without that word. A
			// country's name is reported whole (جنوب أفريقيا, جنوب
			// السودان), and so is a name whose head-word belongs to it
			// (headWhole).
			lead := len(toks) >= 2 && introducers[toks[0]] && !e.country0 &&
				(e.typ == gazetteer.Location || e.typ == gazetteer.Organization) &&
				!headWhole(e, toks, natural, entityNames)
			if e.typ.IsEntity() && e.typ != gazetteer.Nationality && len(toks) >= 2 {
				if introducers[toks[0]] && listed(toks[1:]) && !(natWords[toks[len(toks)-1]] && listed(toks[1:len(toks)-1])) {
					// The rest is a name of the entry too: the head-word
					// belongs to the name only where it makes a common
					// phrase (تنظيم الدولة الإسلامية) or an ambiguous word
					// (تنظيم القاعدة, حركة النهضة) a name.
					whole := !directions[toks[0]] && !e.introduced && (wordFlags[toks[1]]&common != 0 ||
						len(toks) == 2 && wordFlags[toks[1]]&ambiguous != 0)
					x.trie.insertWords(wordIDs, candidate{entry: int32(idx), lead: !whole})
					continue
				}
				last := toks[len(toks)-1]
				if natWords[last] && listed(toks[:len(toks)-1]) && e.typ != gazetteer.Location {
					continue // حزب الله اللبناني; but الخليج العربي is a place's name
				}
				if wordFlags[last]&epithet != 0 && listed(toks[:len(toks)-1]) {
					continue // مكة المكرمة, الصين الشعبية: a name + an epithet
				}
				if e.typ == gazetteer.Organization && len(toks) == 2 && wordFlags[toks[0]]&generic != 0 &&
					(natWords[toks[1]] || toks[1] == occupation) {
					// الجيش الإسرائيلي: found by the national-body rule,
					// which knows when a title governs it.
					x.bodyNames[toks[0]+" "+toks[1]] = int32(idx)
					continue
				}
				if e.typ == gazetteer.Location && !e.country0 &&
					introducers[toks[0]] && locNames[strings.Join(toks[1:], " ")] {
					continue // جنوب لبنان: a direction + a place
				}
			}
			x.trie.insertWords(wordIDs, candidate{entry: int32(idx), lead: lead})
			if e.typ == gazetteer.Nationality {
				for _, form := range derivedForms(toks) {
					x.trie.insert(form, candidate{entry: int32(idx), derived: true})
				}
			}
		}
	}
	for i := range x.trie.nodes {
		slices.SortStableFunc(x.trie.nodes[i].cands, func(a, b candidate) int {
			if a.derived != b.derived {
				if a.derived {
					return 1
				}
				return -1
			}
			return cmp.Compare(x.entries[a.entry].rank, x.entries[b.entry].rank)
		})
		for art := range x.trie.nodes[i].accepts {
			x.trie.nodes[i].accepts[art] = x.acceptance(int32(i), art == 1)
		}
	}
	x.lex = make(map[string]lexeme, len(x.trie.words)+len(wordFlags))
	for id, w := range x.trie.strs {
		x.lex[w] = lexeme{word: int32(id), flags: wordFlags[w]}
	}
	for w, f := range wordFlags {
		if _, ok := x.lex[w]; !ok {
			x.lex[w] = lexeme{word: noWord, flags: f}
		}
	}
	// The words of lex, added from the slice and the table they come
	// from: faster than walking the map.
	x.inLex = newFilter(len(x.lex))
	for _, w := range x.trie.strs {
		x.inLex.add(w)
	}
	for w := range wordFlags {
		x.inLex.add(w)
	}
	x.introducer = introducers
	x.hamzaWords = x.trie.hamza
	x.facility = map[string]bool{}
	for _, w := range strings.Fields(facilityWords) {
		x.facility[string(foldToken(nil, w))] = true
	}
	x.nameRoles = nameRoles(x.trie, x.entries, names)
	x.clubOfCity = clubsOfCities(x.entries, names)
	x.trie.built()
	x.byID = make(map[string]int32, len(x.entries))
	for i, e := range x.entries {
		if e.typ.IsEntity() {
			x.byID[e.id] = int32(i)
		}
	}
	x.states = make(statePool, 2*runtime.GOMAXPROCS(0))
	for _, o := range opts {
		o(x)
	}
	return x
}

// clubsOfCities maps the entry of each city to the club listed as نادي
// or فريق and the city's one-word name (نادي فالنسيا and فالنسيا).
func clubsOfCities(entries []entry, names [][][]string) map[int32]int32 {
	cities := map[string]int32{}
	for i, forms := range names {
		if entries[i].typ == gazetteer.Location && !entries[i].country0 {
			for _, f := range forms {
				if len(f) == 1 {
					cities[f[0]] = int32(i)
				}
			}
		}
	}
	clubs := map[int32]int32{}
	for i, forms := range names {
		if entries[i].typ != gazetteer.Organization || !entries[i].introduced {
			continue
		}
		for _, f := range forms {
			if len(f) == 2 && (f[0] == "نادي" || f[0] == "فريق") {
				if c, ok := cities[f[1]]; ok {
					clubs[c] = int32(i)
				}
			}
		}
	}
	return clubs
}

// headWhole reports whether the head-word that begins toks, a name of e
// whose rest is one definite word that names nothing by itself, belongs to
// the name: a natural feature's (بحر الشمال, وادي الليل, نهر السين), or an
// organisation's other than a club's or a channel's (حركة الشعب, نادي
// الأسير; but قناة التاسعة is التاسعة). A town after مدينة is reported
// without it (مدينة الرديف is الرديف).
func headWhole(e *entry, toks []string, natural, entityNames map[string]bool) bool {
	if len(toks) != 2 || !strings.HasPrefix(toks[1], article) || entityNames[toks[1]] {
		return false
	}
	return natural[toks[0]] || e.typ == gazetteer.Organization && !e.introduced
}

// occupation is الاحتلال normalised: جيش الاحتلال, قوات الاحتلال describe
// an army as الجيش الإسرائيلي does.
const occupation = "الاحتلال"

// rank orders entries that share a name: the lower, the more likely the
// reading. A country is the usual reading of a name it shares with a city
// (عمان) or a nationality (تشيلي).
func rank(e *gazetteer.Entry) uint8 {
	switch e.Type {
	case gazetteer.Location:
		if e.Subtype == "country" {
			return 0
		}
		return 2
	case gazetteer.Organization:
		return 1
	case gazetteer.Person:
		return 3
	case gazetteer.Nationality:
		return 4
	}
	return 5
}

var defaultExtractor = sync.OnceValues(func() (*Extractor, error) {
	return buildDefault(DefaultModel, gazetteer.Default)
})

// buildDefault builds the default Extractor from the model and the
// gazetteer that model and gaz give. The model comes first: its
// large tables, which hold no pointers, raise the heap early, so that the
// collector runs once less over the many small objects the gazetteer and
// New make.
func buildDefault(model func() (*tagger.Model, error), gaz func() (*gazetteer.Gazetteer, error)) (*Extractor, error) {
	m, err := model()
	if err != nil {
		return nil, err
	}
	g, err := gaz()
	if err != nil {
		return nil, err
	}
	return New(g, WithModel(m)), nil
}

// Default returns an Extractor for the embedded default gazetteer and
// tagger model, built on the first call and shared afterwards.
func Default() (*Extractor, error) { return defaultExtractor() }

// Extract returns the mentions in text, in order of position; they do
// not overlap. Later mentions of a person by part of the name (ليفيت after
// كارولين ليفيت) are linked to the same entity.
func (x *Extractor) Extract(text string) []Mention {
	return x.AppendMentions(nil, text)
}

// AppendMentions appends the mentions in text to dst (see Extract).
func (x *Extractor) AppendMentions(dst []Mention, text string) []Mention {
	for m := range x.Mentions(text) {
		dst = append(dst, m)
	}
	return dst
}

// Mentions iterates over the mentions in text, in order (see Extract).
// It works through the text a paragraph at a time, so its memory does not
// grow with the length of the text.
func (x *Extractor) Mentions(text string) iter.Seq[Mention] { return x.mentions(text, nil) }

// ExtractTokens is Extract for a caller that has lexed the text already:
// toks are its tokens as tokenize.Tokens (or tokenize.SentenceTokens)
// gives them, and the extractor reads them rather than lexing the text
// again. The mentions are those Extract finds.
func (x *Extractor) ExtractTokens(text string, toks []tokenize.Token) []Mention {
	if toks == nil {
		toks = []tokenize.Token{}
	}
	var ms []Mention
	for m := range x.mentions(text, toks) {
		ms = append(ms, m)
	}
	return ms
}

// mentions works through text a chunk at a time, lexing each, or taking
// its tokens from toks when toks is not nil.
func (x *Extractor) mentions(text string, toks []tokenize.Token) iter.Seq[Mention] {
	return func(yield func(Mention) bool) {
		s := x.states.get()
		defer func() {
			s.lexed = nil
			s.reset()
			x.states.put(s)
		}()
		s.x, s.text = x, text
		next := 0 // the first token of the chunk, when toks is given
		for off := 0; off < len(text); {
			end := chunkEnd(text, off)
			if toks != nil {
				k := next
				for k < len(toks) && toks[k].Start < end {
					k++
				}
				s.lexed, next = toks[next:k:k], k
			}
			s.chunk(off, end)
			for _, f := range s.found {
				if !yield(x.mention(text, s, f)) {
					return
				}
			}
			off = end
		}
	}
}

// chunkSize is the length of text the extractor works on at once; see
// chunkEnd.
const chunkSize = 32 << 10

// chunkEnd returns where the chunk that starts at off ends: at the end of
// the text when less than chunkSize bytes are left; else, looking in the
// chunkSize bytes after the first chunkSize, after the first line break
// (so that no name is cut), else after the first rune the tokenizer takes
// for white space (U+00A0 and U+200B included), else between the first
// two tokens that begin there, else, when a single token fills all of it
// (a "word" of over 32 KB with no separator), inside that token at a rune
// boundary: the one cut that splits a word. A chunk is therefore never
// longer than 2*chunkSize bytes, whatever the text.
func chunkEnd(text string, off int) int {
	if len(text)-off <= chunkSize {
		return len(text)
	}
	from := runeStart(text, off+chunkSize)
	window := text[from:min(len(text), from+chunkSize)]
	if i := strings.IndexByte(window, '\n'); i >= 0 {
		return from + i + 1
	}
	for i := 0; i < len(window); {
		r, n := utf8.DecodeRuneInString(window[i:])
		i += n
		if tokenize.IsSpace(r) {
			return from + i
		}
	}
	second := 0
	for t := range tokenize.Tokens(window) {
		if second++; second == 2 {
			return from + t.Start
		}
	}
	return runeStart(text, from+len(window))
}

// runeStart returns i, or the start of the UTF-8 sequence that i falls
// inside of.
func runeStart(text string, i int) int {
	for k := 1; k < utf8.UTFMax && i < len(text) && !utf8.RuneStart(text[i]); k++ {
		i--
	}
	return i
}

func (x *Extractor) mention(text string, s *state, f found) Mention {
	word := s.toks[f.i].start
	start := word + int(f.skip)
	end := s.toks[f.j-1].end
	m := Mention{Start: start, End: end, WordStart: word, Text: text[start:end], Type: f.typ}
	if f.entry >= 0 {
		e := &x.entries[f.entry]
		m.ID, m.Canonical, m.Country = e.id, e.canonical, e.country
	}
	return m
}

// allowsArticle reports whether names of type t are matched when the text
// adds the article ال they lack: an adjective or a common noun takes it
// (الروسي، الرئيس، الحزب), a proper name does not (روسيا is never الروسيا;
// المالي is "financial", not Mali).
func allowsArticle(t gazetteer.Type) bool {
	switch t {
	case gazetteer.Nationality, gazetteer.Title, gazetteer.OrgHead, gazetteer.LocHead:
		return true
	}
	return false
}
