// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package main

import (
	"bytes"
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/qalam-nlp/qalam/entities"
	"github.com/qalam-nlp/qalam/entities/gazetteer"
	"github.com/qalam-nlp/qalam/internal/cli"
	"github.com/qalam-nlp/qalam/internal/editdistance"
	"github.com/qalam-nlp/qalam/normalize"
	"github.com/qalam-nlp/qalam/stem/snowball"
	"github.com/qalam-nlp/qalam/tokenize"
	"github.com/qalam-nlp/qalam/tokenize/clitics"
)

// Report is the analysis of one article. Its JSON form is the contract of
// -format json: field names are stable, new fields may be added.
type Report struct {
	File      string   `json:"file"`      // the file name, "-" for standard input, "sample.txt" for the embedded sample
	Title     string   `json:"title"`     // the first line that holds a word, trimmed, cut to maxTitle runes
	Bytes     int      `json:"bytes"`     // length of the text in bytes
	Sentences int      `json:"sentences"` // sentences, as tokenize.Sentences finds them
	Words     int      `json:"words"`     // Arabic and Latin word tokens
	Mentions  int      `json:"mentions"`  // entity mentions of all types
	Entities  []Entity `json:"entities"`  // grouped by type (PERSON, ORGANIZATION, LOCATION, NATIONALITY), then by count
	Terms     []Term   `json:"terms"`     // the key terms, most frequent first
	Notes     Notes    `json:"notes"`
}

// Entity is one entity of an article with all its mentions. Mentions
// linked to a gazetteer entry are grouped by its id; those found by a rule
// alone (ID empty) by their search-normalised text.
type Entity struct {
	Type      string    `json:"type"`      // PERSON, ORGANIZATION, LOCATION or NATIONALITY
	ID        string    `json:"id"`        // gazetteer id, "" when found by a rule alone
	Canonical string    `json:"canonical"` // English name, "" when found by a rule alone
	Country   string    `json:"country,omitempty"`
	Name      string    `json:"name"`     // the Arabic name to show: the gazetteer's preferred name, else the commonest form
	Count     int       `json:"count"`    // number of mentions
	Forms     []Form    `json:"forms"`    // the distinct written forms, most frequent first
	Mentions  []Mention `json:"mentions"` // in order of position
}

// Form is one written form of an entity and how often it occurs.
type Form struct {
	Text  string `json:"text"`
	Count int    `json:"count"`
	// Name is how the text report shows the form: Text, or Text with the
	// article's alef restored when a preposition ل elided it (لأمم المتحدة
	// of للأمم المتحدة is shown as الأمم المتحدة).
	Name string `json:"-"`
}

// Mention is one occurrence of an entity: text[Start:End] in UTF-8 byte
// offsets, end exclusive, without attached clitics; Clitics holds those,
// the part of the word before the name (و of وبوتين), when there are any.
type Mention struct {
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Text    string `json:"text"`
	Clitics string `json:"clitics,omitempty"`
}

// Term is a key term: the words that share a Snowball stem, how many
// there are, and the form (without proclitics) they are most often
// written in.
type Term struct {
	// Stem is the stem spelt as in Form (رئيس for الرئيس, قمة for القمة),
	// or Key when Form does not hold it.
	Stem  string `json:"stem"`
	Form  string `json:"form"`
	Count int    `json:"count"`
	// Key is the Snowball stem of the search-normalised words (رءيس,
	// قمه), which is what groups the words: spelling variants share it.
	Key string `json:"key"`
}

// Notes are the findings about spelling and clitics worth a reader's eye.
type Notes struct {
	// Variants lists entities written in spellings that normalisation does
	// not fold (ترامب and ترمب, أميركي and أمريكي).
	Variants []Spellings `json:"variants"`
	// Folded lists entities written in forms that differ only in what
	// search normalisation folds (أ/ا, ى/ي, ة/ه, diacritics, tatweel).
	Folded []Spellings `json:"folded"`
	// Clitics lists the words that carried an entity behind attached
	// clitics (وبوتين: و + بوتين).
	Clitics []CliticNote `json:"clitics"`
}

// Spellings is a set of written forms of one entity.
type Spellings struct {
	Type      string   `json:"type"`
	ID        string   `json:"id"`
	Canonical string   `json:"canonical"`
	Forms     []string `json:"forms"`
}

// CliticNote is a word made of clitics and an entity's name.
type CliticNote struct {
	Word      string `json:"word"`    // the clitics and the name as written: وبوتين
	Clitics   string `json:"clitics"` // the clitics: و
	Name      string `json:"name"`    // the name: بوتين
	Type      string `json:"type"`
	ID        string `json:"id"`
	Canonical string `json:"canonical"`
	Count     int    `json:"count"`
	// Shown is how the text report shows the name: Name, or Name with
	// the article's alef restored (see Form.Name).
	Shown string `json:"-"`
}

// typeOrder is the order of entity types in a report.
var typeOrder = []gazetteer.Type{gazetteer.Person, gazetteer.Organization, gazetteer.Location, gazetteer.Nationality}

func typeRank(t gazetteer.Type) int {
	if i := slices.Index(typeOrder, t); i >= 0 {
		return i
	}
	return len(typeOrder) + int(t)
}

// termAnalyzer makes the key terms: search normalisation, the project's
// stopwords, clitics cut off (so وبالمفاوضات counts with المفاوضات), then
// Snowball Arabic.
var termAnalyzer = &tokenize.Analyzer{
	Stopwords:  tokenize.ArabicStopwords,
	Clitics:    clitics.Default,
	AppendStem: snowball.AppendStem,
}

// analyze builds the report of text, which must be valid UTF-8, keeping at
// most maxTerms key terms.
func analyze(x *entities.Extractor, file, text string, maxTerms int) *Report {
	r := &Report{File: file, Title: title(text), Bytes: len(text)}
	for range tokenize.Sentences(text, 0) {
		r.Sentences++
	}
	ms := x.Extract(text)
	r.Mentions = len(ms)
	// One pass over the tokens, in step with the mentions (both are in
	// order of position), counts the words and finds the start of the word
	// that holds each mention, without keeping the tokens.
	wordStarts := make([]int, len(ms))
	j := 0
	for t := range tokenize.Tokens(text) {
		if t.Kind == tokenize.ArabicWord || t.Kind == tokenize.LatinWord {
			r.Words++
		}
		for ; j < len(ms) && ms[j].Start < t.End; j++ {
			wordStarts[j] = ms[j].Start
			if t.Start < ms[j].Start {
				wordStarts[j] = t.Start
			}
		}
	}
	for ; j < len(ms); j++ {
		wordStarts[j] = ms[j].Start
	}
	r.Entities, r.Notes.Clitics = group(ms, wordStarts, text, gazetteerNames)
	r.Notes.Variants, r.Notes.Folded = spellings(r.Entities)
	r.Terms = keyTerms(text, ms, maxTerms)
	// Empty lists are written as [] in JSON, never null.
	for _, l := range []*[]Spellings{&r.Notes.Variants, &r.Notes.Folded} {
		if *l == nil {
			*l = []Spellings{}
		}
	}
	if r.Entities == nil {
		r.Entities = []Entity{}
	}
	if r.Notes.Clitics == nil {
		r.Notes.Clitics = []CliticNote{}
	}
	return r
}

// maxTitle is the most runes a title keeps: a text with no line break
// would otherwise be its own title.
const maxTitle = 200

// title returns the first line of text that holds a letter or digit,
// trimmed; a line longer than maxTitle runes is cut at the last space
// before that, and "…" marks the cut.
func title(text string) string {
	for line := range strings.Lines(text) {
		line = strings.TrimSpace(strings.TrimPrefix(line, "\uFEFF"))
		for t := range tokenize.Tokens(line) {
			if t.Kind.IsWord() {
				return cli.Shorten(line, maxTitle)
			}
		}
	}
	return ""
}

// gazetteerNames returns the Arabic names of the default gazetteer's entry
// id, preferred name first; the extractor of the command is built from
// that gazetteer.
func gazetteerNames(id string) []string {
	g, err := gazetteer.Default()
	if err != nil {
		return nil
	}
	if e, ok := g.Lookup(id); ok {
		return e.Names
	}
	return nil
}

// group gathers the mentions into entities, sorted by type, then by count
// (most first), then by first position; and lists the words in which a
// name carried clitics. wordStarts[i] is the start of the word that holds
// ms[i] (before ms[i].Start when clitics are attached); names gives the
// gazetteer names of an id.
func group(ms []entities.Mention, wordStarts []int, text string, names func(id string) []string) ([]Entity, []CliticNote) {
	type key struct {
		typ gazetteer.Type
		id  string
	}
	index := make(map[key]int)
	var es []Entity
	var types []gazetteer.Type
	var notes []CliticNote
	noteIndex := make(map[string]int)
	for mi, m := range ms {
		k := key{m.Type, m.ID}
		if m.ID == "" {
			k.id = "\x00" + normalize.Search.String(m.Text)
		}
		i, ok := index[k]
		if !ok {
			i = len(es)
			index[k] = i
			es = append(es, Entity{Type: m.Type.String(), ID: m.ID, Canonical: m.Canonical, Country: m.Country})
			types = append(types, m.Type)
		}
		e := &es[i]
		men := Mention{Start: m.Start, End: m.End, Text: m.Text}
		shown := m.Text
		if start := wordStarts[mi]; start < m.Start {
			shown = restoreArticle(text[start:m.Start], m.Text, m.ID, names)
			men.Clitics = text[start:m.Start]
			w := text[start:m.End]
			nk := w + "\x00" + m.ID
			if j, ok := noteIndex[nk]; ok {
				notes[j].Count++
			} else {
				noteIndex[nk] = len(notes)
				notes = append(notes, CliticNote{Word: w, Clitics: men.Clitics, Name: m.Text,
					Type: m.Type.String(), ID: m.ID, Canonical: m.Canonical, Count: 1, Shown: shown})
			}
		}
		e.Mentions = append(e.Mentions, men)
		e.Count++
		if j := slices.IndexFunc(e.Forms, func(f Form) bool { return f.Text == m.Text }); j >= 0 {
			e.Forms[j].Count++
		} else {
			e.Forms = append(e.Forms, Form{Text: m.Text, Count: 1, Name: shown})
		}
	}
	for i := range es {
		e := &es[i]
		slices.SortStableFunc(e.Forms, func(a, b Form) int { return b.Count - a.Count })
		e.Name = e.Forms[0].Name
		if ns := names(e.ID); e.ID != "" && len(ns) > 0 {
			e.Name = ns[0]
		}
	}
	order := make([]int, len(es))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		return cmp.Or(typeRank(types[a])-typeRank(types[b]), es[b].Count-es[a].Count)
	})
	sorted := make([]Entity, len(es))
	for i, j := range order {
		sorted[i] = es[j]
	}
	slices.SortStableFunc(notes, func(a, b CliticNote) int { return b.Count - a.Count })
	return sorted, notes
}

// restoreArticle returns name, found after the proclitics clitics in a
// word, with the alef of its article restored when the preposition ل
// elided it: ل + الأمم is written للأمم, and the extractor reports لأمم
// (the span leaves the ل out but keeps the article's lam). It does so only
// for a linked name whose restored form, and not the name as found, is
// one of the gazetteer's names of id (للبنان is ل + لبنان); otherwise, and
// for a name found by a rule alone, it returns name.
func restoreArticle(clitics, name, id string, names func(id string) []string) string {
	if id == "" || !strings.HasSuffix(clitics, "ل") || !strings.HasPrefix(name, "ل") || strings.HasPrefix(name, "ال") {
		return name
	}
	restored := "ا" + name
	found, foundRestored := false, false
	key, restoredKey := normalize.Search.String(name), normalize.Search.String(restored)
	for _, n := range names(id) {
		switch normalize.Search.String(n) {
		case key:
			found = true
		case restoredKey:
			foundRestored = true
		}
	}
	if foundRestored && !found {
		return restored
	}
	return name
}

// spellings finds, for each entity, its written forms that are spelling
// variants of each other (close but different after normalisation, such
// as ترامب and ترمب) and those that differ only in what normalisation
// folds (أمريكا and امريكا).
func spellings(es []Entity) (variants, folded []Spellings) {
	for _, e := range es {
		if len(e.Forms) < 2 {
			continue
		}
		// Forms that normalise alike.
		byNorm := make(map[string][]string)
		var norms []string
		for _, f := range e.Forms {
			n := normalize.Search.String(f.Text)
			if _, ok := byNorm[n]; !ok {
				norms = append(norms, n)
			}
			byNorm[n] = append(byNorm[n], f.Text)
		}
		for _, n := range norms {
			if len(byNorm[n]) > 1 {
				folded = append(folded, Spellings{Type: e.Type, ID: e.ID, Canonical: e.Canonical, Forms: byNorm[n]})
			}
		}
		// Forms whose words (article and inflection endings off) are a
		// letter or two apart, the shorter form compared with the last
		// words of the longer (ترمب with دونالد ترامب): each cluster of
		// such forms is shown by the words that differ, as written.
		var keys [][]string
		var written [][]string
		for _, f := range e.Forms {
			k := spellingKey(f.Text)
			if !slices.ContainsFunc(keys, func(o []string) bool { return slices.Equal(o, k) }) {
				keys = append(keys, k)
				written = append(written, strings.Fields(f.Text))
			}
		}
		cluster := make([]int, len(keys))
		for i := range cluster {
			cluster[i] = i
		}
		pieces := make([][]string, len(keys)) // by cluster
		for i := range keys {
			for j := i + 1; j < len(keys); j++ {
				short, long := i, j
				if len(keys[short]) > len(keys[long]) {
					short, long = long, short
				}
				n := len(keys[short])
				if !nearSpelling(keys[short], keys[long][len(keys[long])-n:]) {
					continue
				}
				from, to := cluster[j], cluster[i]
				for k := range cluster {
					if cluster[k] == from {
						cluster[k] = to
					}
				}
				pieces[to] = append(pieces[to], pieces[from]...)
				pieces[from] = nil
				// The more frequent form's piece first (i < j).
				pi := strings.Join(written[i][len(written[i])-n:], " ")
				pj := strings.Join(written[j][len(written[j])-n:], " ")
				for _, p := range []string{pi, pj} {
					if !slices.Contains(pieces[to], p) {
						pieces[to] = append(pieces[to], p)
					}
				}
			}
		}
		for _, forms := range pieces {
			if len(forms) > 1 {
				variants = append(variants, Spellings{Type: e.Type, ID: e.ID, Canonical: e.Canonical, Forms: forms})
			}
		}
	}
	return variants, folded
}

// spellingKey is a form reduced for comparing spellings: search-normalised,
// without the article on each word and without the feminine and plural
// endings of nationality adjectives (الأمريكية → امريكي).
func spellingKey(form string) []string {
	words := strings.Fields(normalize.Search.String(form))
	for i, w := range words {
		if strings.HasPrefix(w, "ال") && utf8.RuneCountInString(w) > 4 {
			w = w[len("ال"):]
		}
		for _, end := range []string{"يون", "يين", "يات", "يتين", "يتان", "يان", "يه"} {
			if strings.HasSuffix(w, end) && utf8.RuneCountInString(w) > utf8.RuneCountInString(end)+2 {
				w = w[:len(w)-len(end)] + "ي"
				break
			}
		}
		words[i] = w
	}
	return words
}

// nearSpelling reports whether two spelling keys of as many words differ,
// by at most two letters and at most a third of the shorter one.
func nearSpelling(a, b []string) bool {
	ra, rb := []rune(strings.Join(a, " ")), []rune(strings.Join(b, " "))
	d := editdistance.Runes(ra, rb)
	return d > 0 && d <= 2 && 3*d <= min(len(ra), len(rb))
}

// termStat is what keyTerms gathers on the words of one stem.
type termStat struct {
	count int
	first int            // offset of the first word
	forms map[string]int // written word (with clitics) → count
	// definite is whether a word of the group has the article.
	definite bool
}

// mergeIndefinite moves each Arabic word without the article into the
// group of its form with the article, when the text has that form and
// Snowball stems the two apart: Snowball stems دراسة to دراس but الدراسة
// to دراسه, قانون to قانون but القانون to قان. A word moves only to a
// group that holds a word with the article, which never moves, so the
// result does not depend on the order of the map.
func mergeIndefinite(stats map[string]*termStat) {
	type move struct {
		word     string
		from, to *termStat
	}
	var (
		moves     []move
		segs      []clitics.Segment
		norm, alt []byte
	)
	for key, s := range stats {
		for w := range s.forms {
			segs = clitics.Default.AppendSegments(segs[:0], w)
			seg := w
			for _, sg := range segs {
				if sg.Kind == clitics.Stem {
					seg = w[sg.Start:sg.End]
				}
			}
			norm = append(norm[:0], "ال"...)
			norm = normalize.Search.AppendString(norm, seg)
			bare := norm[len("ال"):]
			if bytes.HasPrefix(bare, norm[:len("ال")]) {
				s.definite = true
				continue
			}
			if r, _ := utf8.DecodeRune(bare); !unicode.Is(unicode.Arabic, r) {
				continue
			}
			alt = snowball.AppendStem(alt[:0], norm)
			if d := stats[string(alt)]; d != nil && string(alt) != key {
				moves = append(moves, move{w, s, d})
			}
		}
	}
	for _, m := range moves {
		if !m.to.definite {
			continue
		}
		n := m.from.forms[m.word]
		m.to.count += n
		m.to.forms[m.word] += n
		m.to.first = min(m.to.first, m.from.first)
		m.from.count -= n
		delete(m.from.forms, m.word)
	}
	for key, s := range stats {
		if s.count == 0 {
			delete(stats, key)
		}
	}
}

// keyTerms counts the Snowball stems of the words outside entity mentions
// (names are reported as entities, and Snowball mangles them) and returns
// the most frequent, at most max, each with its commonest written form.
// Numbers, one-letter stems and stems met once are left out.
func keyTerms(text string, ms []entities.Mention, max int) []Term {
	stats := make(map[string]*termStat)
	next := 0 // first mention that may overlap the current term
	for t := range termAnalyzer.Terms(text) {
		for next < len(ms) && ms[next].End <= t.Start {
			next++
		}
		if next < len(ms) && ms[next].Start < t.End {
			continue
		}
		if t.Kind != tokenize.ArabicWord && t.Kind != tokenize.LatinWord || utf8.RuneCount(t.Term) < 2 {
			continue
		}
		s, ok := stats[string(t.Term)]
		if !ok {
			s = &termStat{first: t.Start, forms: make(map[string]int)}
			stats[string(t.Term)] = s
		}
		s.count++
		s.forms[text[t.Start:t.End]]++
	}
	mergeIndefinite(stats)
	terms := make([]Term, 0, len(stats))
	firsts := make(map[string]int, len(stats))
	for stem, s := range stats {
		if s.count < 2 {
			continue
		}
		terms = append(terms, Term{Key: stem, Count: s.count})
		firsts[stem] = s.first
	}
	slices.SortFunc(terms, func(a, b Term) int {
		return cmp.Or(b.Count-a.Count, firsts[a.Key]-firsts[b.Key])
	})
	if len(terms) > max {
		terms = terms[:max]
	}
	for i := range terms {
		t := &terms[i]
		t.Form = commonForm(stats[t.Key].forms)
		t.Stem = writtenStem(t.Form, t.Key)
	}
	return terms
}

// writtenStem returns key, the Snowball stem of form after search
// normalisation, spelt as it is in form: the part of form that normalises
// to key (رئيس of الرئيس for رءيس, قمة of القمة for قمه). When no part
// does (the stemmer changed a letter), it returns key.
func writtenStem(form, key string) string {
	norm, offs := normalize.Search.AppendWithOffsets(nil, nil, form)
	i := strings.Index(string(norm), key)
	if i < 0 {
		return key
	}
	start, end := offs.Span(i, i+len(key))
	return form[start:end]
}

// commonForm returns the most frequent of the written words once their
// proclitics are cut off (وبالمفاوضات and المفاوضات both count for
// المفاوضات); ties go to the form that sorts first. Pronoun suffixes
// stay, so that the form is a word as written (انتمائه, not انتمائ).
func commonForm(words map[string]int) string {
	forms := make(map[string]int)
	var segs []clitics.Segment
	for w, n := range words {
		segs = clitics.Default.AppendSegments(segs[:0], w)
		start, end := 0, len(w)
		for _, s := range segs {
			switch s.Kind {
			case clitics.Stem:
				start, end = s.Start, s.End
			case clitics.Enclitic:
				end = s.End
			}
		}
		forms[w[start:end]] += n
	}
	best, bestN := "", 0
	for f, n := range forms {
		if n > bestN || n == bestN && f < best {
			best, bestN = f, n
		}
	}
	return best
}
