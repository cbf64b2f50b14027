// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package report

import (
	"cmp"
	"slices"
	"strings"

	"github.com/qalam-nlp/qalam/entities"
	"github.com/qalam-nlp/qalam/entities/gazetteer"
	"github.com/qalam-nlp/qalam/normalize"
)

// typeOrder is the order of entity types in a report.
var typeOrder = []gazetteer.Type{gazetteer.Person, gazetteer.Organization, gazetteer.Location, gazetteer.Nationality}

func typeRank(t gazetteer.Type) int {
	if i := slices.Index(typeOrder, t); i >= 0 {
		return i
	}
	return len(typeOrder) + int(t)
}

// group gathers the mentions into entities, sorted by type, then by count
// (most first), then by first position; and lists the words in which a
// name carried clitics. names gives the Arabic names of an entry id,
// preferred first.
func group(ms []entities.Mention, text string, names func(id string) []string) ([]Entity, []CliticNote) {
	type key struct {
		typ gazetteer.Type
		id  string
	}
	index := make(map[key]int)
	var es []Entity
	var types []gazetteer.Type
	var notes []CliticNote
	noteIndex := make(map[string]int)
	for _, m := range ms {
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
		if start := m.WordStart; start < m.Start {
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
