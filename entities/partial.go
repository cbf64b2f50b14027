// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package entities

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"github.com/qalam-nlp/qalam/entities/gazetteer"
	"github.com/qalam-nlp/qalam/internal/letters"
	"github.com/qalam-nlp/qalam/tokenize"
)

// Later mentions of a person by part of the name: the surname, or the
// family name written first (كيم after كيم جونغ أون).

// resolvePartial links later (or earlier) mentions of a person by the last
// word of the name: ليفيت after كارولين ليفيت.
func (s *state) resolvePartial() {
	for _, f := range s.found {
		// The word after a connector (عبد المجيد) is no family name.
		if f.typ == gazetteer.Person && f.entry >= 0 && f.j-f.i >= 2 {
			last := f.j - 1
			if s.toks[last-1].flags&connector == 0 {
				s.rememberSurname(last, f.entry)
			}
			if familyNameFirst[s.x.entries[f.entry].country] && f.skip == 0 {
				s.rememberSurname(f.i, f.entry) // كيم after كيم جونغ أون
			}
		}
	}
	if len(s.names) == 0 {
		return
	}
	for _, k := range s.surnameAt {
		idx := int(s.itemAt[k])
		it := &s.items[idx]
		if it.taken || it.entry >= 0 || it.j-it.i != 1 {
			continue
		}
		t := &s.toks[k]
		w := s.norm[t.n0:t.n1]
		for n := range int(t.proclitics) + 1 {
			p := 2 * n // bytes: the clitics' letters are two bytes each
			if len(w)-p < 6 {
				break // surnames have three letters at least (rememberSurname)
			}
			switch n {
			case 0:
				if !s.known.mayHaveHash(t.normHash) {
					continue
				}
			case 1:
				if !s.known.mayHaveHash(t.stripped) {
					continue
				}
			default:
				if !mayHave(s.known, w[p:]) {
					continue
				}
			}
			if sn, ok := s.names[string(w[p:])]; ok {
				if sn.near && (t.start-sn.at > ruleNameReach || sn.at-t.start > ruleNameReach) {
					break
				}
				entry := sn.entry
				it.skip = int32(skipLetters(s.text[t.start:t.end], n))
				start := idx
				if n == 0 {
					start = s.nameStart(idx)
				}
				if start < idx && entry >= 0 && !s.sameFirstName(start, idx, entry) {
					// بن حسين after صدام حسين, وسيلة بورقيبة after الحبيب
					// بورقيبة: another person of the name.
					if s.commonFirst(start) {
						start = idx
					} else {
						entry = -1
					}
				}
				s.add(start, idx+1, gazetteer.Person, entry)
				s.found[len(s.found)-1].sure = true
				break
			}
		}
	}
}

// mayBeSurname reports whether token t may be a later mention of a
// person by the surname, by its word alone: an Arabic word of three
// letters at least, no function word, common word or verb, not spelt
// with a final ى.
func mayBeSurname(t *tok) bool {
	return t.kind == tokenize.ArabicWord && !t.alefMaks && t.flags&(stop|common|verb) == 0 && t.n1-t.n0 >= 6
}

// A mention by the surname may carry a conjunction و ف, a preposition ب
// ل ك, or a conjunction and then ب or ل (وب ول فب فل); the readings are
// tried bare first, then without one letter, then without two.

// proclitics returns how many letters at the start of the normalised
// word w may be those clitics: 0, 1 or 2.
func proclitics(w []byte) uint8 {
	first, size := utf8.DecodeRune(w)
	switch {
	case strings.ContainsRune(letters.Conjunctions, first):
		if second, _ := utf8.DecodeRune(w[size:]); second == 'ب' || second == 'ل' {
			return 2
		}
		return 1
	case strings.ContainsRune(letters.Prepositions, first):
		return 1
	}
	return 0
}

// familyNameFirst holds the countries whose people's names are written
// family name first in Arabic news as at home, so that a later mention by
// the first word is the same person: كيم جونغ أون, مون جاي إن, شي جين بينغ.
var familyNameFirst = map[string]bool{"KP": true, "KR": true, "CN": true, "TW": true, "HK": true, "VN": true}

// rememberRuleName remembers the surname of a person found by a rule over
// items [a, b), when the name begins with a known given name and ends with
// a word that is not a given name (in محمد علي, علي is a first name too).
func (s *state) rememberRuleName(a, b int) {
	if b-a < 2 || !s.items[a].cues.has(gazetteer.GivenName) || s.items[b-1].cues.has(gazetteer.GivenName) {
		return
	}
	s.rememberSurname(s.items[b-1].j-1, -1)
}

// rememberSurname records token k, the last word of a person's name, so
// that a mention by that word alone is linked to the person (entry, or -1
// for a person found by a rule). The surname of a person found by a rule,
// and one with the article (الحكيم, البرادعي: as often a common word), is
// linked only within ruleNameReach. The first person with a surname keeps
// it, unless a listed person comes later.
func (s *state) rememberSurname(k int, entry int32) {
	t := &s.toks[k]
	if t.kind != tokenize.ArabicWord || t.alefMaks || t.flags&(stop|common|verb|ambiguous) != 0 || t.n1-t.n0 < 6 {
		return // not رمضان of طه ياسين رمضان: the month
	}
	key := s.norm[t.n0:t.n1]
	near := entry < 0
	if bytes.HasPrefix(key, []byte(article)) {
		if len(key) < len(article)+8 {
			return // the article and three letters at least
		}
		if entry < 0 && !bytes.HasSuffix(key, []byte("ي")) || bytes.HasSuffix(key, []byte("ه")) || bytes.HasSuffix(key, []byte("ين")) {
			return // a rule-found name's definite word is a family name if a nisba (الحسيني), not a noun (الأطفال، المرأة)
		}
		near = true
	}
	if s.names == nil {
		s.names = make(map[string]surname)
		s.known = newFilter(1 << 10)
	}
	if old, ok := s.names[string(key)]; !ok || old.entry < 0 {
		s.names[string(key)] = surname{entry: entry, at: t.start, near: near}
		s.known.add(string(key))
	}
}
