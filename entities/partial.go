// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package entities

import (
	"bytes"
	"slices"

	"github.com/qalam-nlp/qalam/entities/gazetteer"
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
	for idx := range s.items {
		it := &s.items[idx]
		if it.taken || it.entry >= 0 || it.j-it.i != 1 {
			continue
		}
		t := &s.toks[it.i]
		if t.kind != tokenize.ArabicWord || t.alefMaks || t.flags&(stop|common|verb) != 0 {
			continue
		}
		if t.n1-t.n0 < 6 {
			continue // surnames have three letters at least
		}
		w := s.norm[t.n0:t.n1]
		prefixes := surnamePrefixes[:1]
		if t.cliticLead {
			prefixes = surnamePrefixes[:]
		}
		for _, p := range prefixes {
			if !hasPrefix(w, p) {
				continue
			}
			if p == "" && !s.known.mayHaveHash(t.normHash) || p != "" && !mayHave(s.known, w[len(p):]) {
				continue
			}
			if sn, ok := s.names[string(w[len(p):])]; ok {
				if sn.near && (t.start-sn.at > ruleNameReach || sn.at-t.start > ruleNameReach) {
					break
				}
				entry := sn.entry
				it.skip = int32(skipLetters(s.text[t.start:t.end], len(p)/2))
				start := idx
				if p == "" {
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

// surnamePrefixes are the clitics that a mention by the surname may
// carry, tried in this order: none first.
var surnamePrefixes = [...]string{"", "و", "ب", "ل", "ك", "ف", "وب", "ول", "فب", "فل"}

// cliticLetters holds the two bytes of each letter that begins one of
// surnamePrefixes: a word that begins with none of them is tried bare.
var cliticLetters = func() (c [5]uint16) {
	for i, l := range [...]string{"و", "ب", "ل", "ك", "ف"} {
		c[i] = uint16(l[0])<<8 | uint16(l[1])
	}
	return c
}()

// beginsWithClitic reports whether the normalised word w begins with one
// of cliticLetters.
func beginsWithClitic(w []byte) bool {
	return len(w) >= 2 && slices.Contains(cliticLetters[:], uint16(w[0])<<8|uint16(w[1]))
}

// hasPrefix is bytes.HasPrefix for the few bytes of a clitic, compared
// in place rather than by a call to the runtime's memory comparison.
func hasPrefix(w []byte, p string) bool {
	if len(w) < len(p) {
		return false
	}
	for i := 0; i < len(p); i++ {
		if w[i] != p[i] {
			return false
		}
	}
	return true
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
