// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package entities

import (
	"strings"
	"unicode/utf8"

	"github.com/qalam-nlp/qalam/entities/gazetteer"
	"github.com/qalam-nlp/qalam/tokenize"
)

// The place rule: a place after a place head-word.

// placeAdjective reports whether an indefinite word after a place
// head-word is more likely an adjective — a feminine nisba (منطقة صناعية،
// مدينة ساحلية; not French names in ـييه or ـيه: مونبيلييه، روبيه), a
// participle (منطقة مجاورة، متكاملة) — or a short verb (تقع، يطلق) than a
// place's name, which may end in ة (قرية خزامة).
func placeAdjective(surface, norm string) bool {
	n := utf8.RuneCountInString(norm)
	return strings.HasSuffix(norm, "يه") && !strings.HasSuffix(norm, "ييه") && !strings.HasSuffix(surface, "يه") ||
		(strings.HasPrefix(norm, "م") || strings.HasPrefix(norm, "ن")) && strings.HasSuffix(surface, "ة") && n >= 5 ||
		(strings.HasPrefix(norm, "ي") || strings.HasPrefix(norm, "ت")) && n <= 4
}

// locRule: a place head-word, then a place name of one word (two when the
// first is a particle of place names such as سان or عين).
func (s *state) locRule(idx int) {
	k := idx + 1
	if k >= len(s.items) || !s.adjacent(idx, k) || s.items[k].entry >= 0 || s.items[k].taken || s.isDefinite(idx) {
		return // المنطقة التجارية: a head-word with the article takes an adjective
	}
	it := &s.items[k]
	if it.cues != 0 || it.j-it.i != 1 || it.skip != 0 {
		return
	}
	t := &s.toks[it.i]
	if t.kind != tokenize.ArabicWord || t.flags&(stop|common|verb|qualifier) != 0 || t.n1-t.n0 < 4 ||
		strings.HasPrefix(s.normOf(t), "و") {
		return
	}
	if w := s.normOf(t); !strings.HasPrefix(w, article) && placeAdjective(s.text[t.start:t.end], w) {
		return // منطقة صناعية, مدينة تجارية: an adjective; منطقة تقع: a verb
	}
	end := k + 1
	if t.flags&placePrefix != 0 && end < len(s.items) && s.adjacent(k, end) && s.nameLike(end) {
		end++
	}
	if s.items[idx].headPart {
		k = idx // منطقة الزوايدة: the head-word is part of the name
	}
	s.add(k, end, gazetteer.Location, -1)
	s.found[len(s.found)-1].sure = true
}
