// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package article

import (
	"cmp"
	"slices"
	"strings"

	"github.com/qalam-nlp/qalam/entities"
	"github.com/qalam-nlp/qalam/entities/gazetteer"
	"github.com/qalam-nlp/qalam/internal/cli"
	"github.com/qalam-nlp/qalam/normalize"
	"github.com/qalam-nlp/qalam/tokenize"
)

// Analysis is what the pipeline adds to an article: its title, counts and
// entities grouped by type and entry, with every mention.
type Analysis struct {
	Title     string   `json:"title"`
	Bytes     int      `json:"bytes"`
	Sentences int      `json:"sentences"`
	Words     int      `json:"words"`
	Mentions  int      `json:"mentions"`
	Entities  []Entity `json:"entities"`
}

// Entity is one entity of an article with its mentions.
type Entity struct {
	Type      string    `json:"type"`
	ID        string    `json:"id"`
	Canonical string    `json:"canonical"`
	Country   string    `json:"country,omitempty"`
	Name      string    `json:"name"`
	Count     int       `json:"count"`
	Forms     []Form    `json:"forms"`
	Mentions  []Mention `json:"mentions"`
}

// Form is a written form of an entity and how often it occurs.
type Form struct {
	Text  string `json:"text"`
	Count int    `json:"count"`
}

// Mention is one occurrence: text[Start:End], UTF-8 byte offsets.
type Mention struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// analyse returns the analysis of text.
func Analyse(x *entities.Extractor, text string) Analysis {
	a := Analysis{Title: title(text), Bytes: len(text), Entities: []Entity{}}
	for range tokenize.Sentences(text, 0) {
		a.Sentences++
	}
	for t := range tokenize.Tokens(text) {
		if t.Kind == tokenize.ArabicWord || t.Kind == tokenize.LatinWord {
			a.Words++
		}
	}
	index := map[string]int{}
	for m := range x.Mentions(text) {
		a.Mentions++
		k := EntityKey(m.Type.String(), m.ID, m.Text)
		i, ok := index[k]
		if !ok {
			i = len(a.Entities)
			index[k] = i
			a.Entities = append(a.Entities, Entity{Type: m.Type.String(), ID: m.ID, Canonical: m.Canonical, Country: m.Country})
		}
		e := &a.Entities[i]
		e.Count++
		e.Mentions = append(e.Mentions, Mention{Start: m.Start, End: m.End, Text: m.Text})
		if j := slices.IndexFunc(e.Forms, func(f Form) bool { return f.Text == m.Text }); j >= 0 {
			e.Forms[j].Count++
		} else {
			e.Forms = append(e.Forms, Form{Text: m.Text, Count: 1})
		}
	}
	for i := range a.Entities {
		e := &a.Entities[i]
		slices.SortStableFunc(e.Forms, func(p, q Form) int { return cmp.Compare(q.Count, p.Count) })
		e.Name = e.Forms[0].Text
		if entry, ok := lookup(x, e.ID); ok && len(entry) > 0 {
			e.Name = entry[0]
		}
	}
	return a
}

// lookup returns the Arabic names of the gazetteer entry id.
func lookup(_ *entities.Extractor, id string) ([]string, bool) {
	if id == "" {
		return nil, false
	}
	g, err := gazetteer.Default()
	if err != nil {
		return nil, false
	}
	e, ok := g.Lookup(id)
	if !ok {
		return nil, false
	}
	return e.Names, true
}

// title returns the first line of text holding a word, trimmed and cut to
// 200 runes.
func title(text string) string {
	for line := range strings.Lines(text) {
		line = strings.TrimSpace(strings.TrimPrefix(line, "\uFEFF"))
		for t := range tokenize.Tokens(line) {
			if t.Kind.IsWord() {
				return cli.Shorten(line, 200)
			}
		}
	}
	return ""
}

// EntityKey is the key that identifies an entity across articles: its
// gazetteer id, or for an entity that a rule found with no entry, its type
// and its search-normalised name ("PERSON:خورخي ميسي").
func EntityKey(typ, id, name string) string {
	if id != "" {
		return id
	}
	return typ + ":" + normalize.Search.String(name)
}
