// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

// Package report describes an Arabic news article: its headline, its size,
// the named entities grouped by type and gazetteer entry with their written
// forms and mentions, its key terms, and notes on spellings and clitics.
// It is what the analyze command prints and what a server or a pipeline
// emits for each article, so all of them give the same answer.
//
//	x, err := entities.Default()
//	...
//	r := report.New(x, "article.txt", text)
//	json.NewEncoder(os.Stdout).Encode(r)
//
// New lexes the text once (tokenize.SentenceTokens) and hands the tokens
// to the extractor (Extractor.ExtractTokens), which does not lex it again;
// one pass over the same tokens counts sentences and words and gathers the
// distinct words outside the mentions; each distinct word is analysed for
// key terms once. Where a mention's word begins and what an
// entry is called come from the extractor (Mention.WordStart,
// Extractor.Lookup), so the report holds for any gazetteer the extractor
// was built from. See Report for what each field holds. The JSON form of
// Report (its field tags) is a contract: field names are stable and fields
// may be added.
//
// Key terms are the words outside entity mentions, stopwords left out,
// grouped by a lemma-like key: the stem that package tokenize/clitics
// leaves once conjunctions, prepositions and pronouns are cut off,
// search-normalised, without the article and one inflection ending
// (المفاوضات and مفاوضات, الأمريكية and الأمريكي group together). Unlike a
// stemmer it takes no letter off the front of a word the segmenter kept
// whole, so وزير (minister) does not join زير (pot) as Snowball has it.
//
// Title picks the headline out of the lines before the body (see Title),
// on its own for callers that need no more.
package report

import (
	"github.com/qalam-nlp/qalam/entities"
)

// Report is the analysis of one article.
type Report struct {
	File      string   `json:"file"`      // the name the caller gave the text
	Title     string   `json:"title"`     // the headline, as Title finds it
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
	// Name is how a reader is shown the form: Text, or Text with the
	// article's alef restored when a preposition ل elided it (لأمم المتحدة
	// of للأمم المتحدة is shown as الأمم المتحدة). It is not part of the
	// JSON form, which keeps the text as written.
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

// Term is a key term: the words that share a stem, how many there are,
// and the form (without proclitics) they are most often written in.
type Term struct {
	// Stem is the stem spelt as in Form (رئيس for الرئيس, قمة for القمة),
	// or Key when Form does not hold it.
	Stem  string `json:"stem"`
	Form  string `json:"form"`
	Count int    `json:"count"`
	// Key is the stem of the search-normalised words (رءيس, قمه), which is
	// what groups the words: spelling variants share it.
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
	// Shown is how a reader is shown the name: Name, or Name with the
	// article's alef restored (see Form.Name). Not part of the JSON form.
	Shown string `json:"-"`
}

// DefaultTerms is the number of key terms New keeps unless told otherwise.
const DefaultTerms = 12

// Option changes what New keeps.
type Option func(*options)

type options struct {
	terms int
}

// MaxTerms keeps at most n key terms (n < 0 counts as 0).
func MaxTerms(n int) Option {
	return func(o *options) { o.terms = max(n, 0) }
}

// New returns the report on text, an article named file, with the entities
// that x finds in it and at most DefaultTerms key terms (see MaxTerms).
// Text that is not valid UTF-8 is analysed as it is: offsets stay exact and
// invalid bytes are neither words nor names. Every list of the report is
// empty rather than nil, so that its JSON form holds [] and never null.
func New(x *entities.Extractor, file, text string, opts ...Option) Report {
	o := options{terms: DefaultTerms}
	for _, opt := range opts {
		opt(&o)
	}
	r := Report{File: file, Title: Title(text), Bytes: len(text)}
	sc := scratchPool.Get().(*scratch)
	defer sc.release()
	sc.lex(text)
	ms := x.ExtractTokens(text, sc.toks)
	r.Mentions = len(ms)
	names := func(id string) []string {
		e, _ := x.Lookup(id)
		return e.Names
	}
	r.Entities, r.Notes.Clitics = group(ms, text, names)
	r.Notes.Variants, r.Notes.Folded = spellings(r.Entities)
	r.Sentences, r.Words = countWords(sc, text, ms)
	r.Terms = keyTerms(sc, o.terms)
	if r.Entities == nil {
		r.Entities = []Entity{}
	}
	if r.Notes.Variants == nil {
		r.Notes.Variants = []Spellings{}
	}
	if r.Notes.Folded == nil {
		r.Notes.Folded = []Spellings{}
	}
	if r.Notes.Clitics == nil {
		r.Notes.Clitics = []CliticNote{}
	}
	return r
}
