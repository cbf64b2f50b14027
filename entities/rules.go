// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package entities

import (
	"strings"

	"github.com/qalam-nlp/qalam/entities/gazetteer"
)

// The rules find entities that the gazetteer does not list, from the cue
// lexicons and the entities around them, in one pass over the items:
//
//   - a title or role, optionally followed by a nationality, a place, an
//     organisation (right after the title) or a qualifier, introduces a
//     person's name: الرئيس الروسي فلاديمير بوتين, المتحدثة باسم البيت الأبيض
//     كارولين ليفيت; so does a masculine singular nationality with the
//     article: الإسباني رافايل نادال (الدول الأوروبية ستواصل describes a
//     noun). The name is a known given name and what follows it, or two
//     unknown words without the article;
//   - a given name followed by name-like words is a person: كارولين ليفيت;
//     a given name that is a common word (خطاب، رمضان) or was read by taking
//     off ب or ل (بعمر) begins a name only before another given name or a
//     connector. A given name (or, after a title, an unknown word) before a
//     listed surname joins that person's mention, linked to the person when
//     it spells the listed given name (فلاديمير زيلينسكي → Volodymyr
//     Zelensky), unlinked otherwise (خورخي ميسي); أبو before a name begins
//     one (أبو مازن، أبو طالب), and a kunya listed as a given name is a name
//     by itself (أبو بكر);
//   - after a verb of saying, one name-like word followed by أن, إن or عن
//     (وقال رمضان إن), or a name of two or three words followed by a role
//     (وقال ريناتو سوليدام رئيس المعهد), is the person speaking;
//   - an organisation head-word without the article, followed by a definite
//     phrase or a proper name, is an organisation: حزب العدالة والتنمية (the
//     head is part of the name for حزب, جامعة, منظمة ...; it only introduces
//     it for شركة, صحيفة, وكالة ...); after a part head-word a common noun
//     takes its definite complement (نقابة أطباء الأسنان) and the name a
//     complement of purpose (معهد ... للتكنولوجيا); after a club head-word
//     (فريق, نادي) a city is the club, and so is a city followed by a
//     masculine nationality (برشلونة الإسباني);
//   - a place head-word without the article introduces a place: محافظة
//     الأنبار → الأنبار; not an adjective (منطقة صناعية) or a verb;
//   - a person is mentioned later (or earlier) by the last word of the name
//     alone: a listed person anywhere in the text, a person found by a rule
//     and a family name with the article (الحسيني) within about an article
//     (ruleNameReach).
//
// A word is name-like when it is an Arabic word that is not a function
// word, a common word of news prose, a verb, a cue other than a given
// name, or part of another entity, and does not look like a verb in the
// imperfect (unless it ends like a Slavic or Germanic name: يانكوفيتش), a
// feminine plural or a word with an attached pronoun. After its first
// word a name stops at words shaped like prose (proseTail). No name goes
// on past a line break.

// Limits on rule-built names, in tokens.
const (
	maxNameTokens = 3 // given name, father's or middle name, family name
	maxOrgTokens  = 4 // words after an organisation head
	maxTitleGap   = 3 // nationality, place or organisation words between a title and a name
)

func (s *state) applyRules() {
	for idx := 0; idx < len(s.items); idx++ {
		it := &s.items[idx]
		switch {
		case it.taken:
		case it.entry >= 0:
			typ := s.x.entries[it.entry].typ
			s.add(idx, idx+1, typ, it.entry)
			if it.lead {
				f := &s.found[len(s.found)-1]
				f.i, f.skip = it.i+1, 0
			}
			switch typ {
			case gazetteer.Location:
				if s.readsAsNationality(idx) && s.nationalBody(idx) {
					break // الحكومة السعودية: the adjective, not the country
				}
				if s.clubAfterCity(idx) {
					f := &s.found[len(s.found)-1]
					f.typ, f.sure = gazetteer.Organization, true
					if club, ok := s.x.clubOfCity[s.items[idx].entry]; ok {
						f.entry = club // برشلونة الإسباني: the club listed as نادي برشلونة
					}
				} else if club, ok := s.x.clubOfCity[s.items[idx].entry]; ok && s.items[idx].j-s.items[idx].i == 1 && s.sports() {
					f := &s.found[len(s.found)-1]
					f.typ, f.entry, f.sure = gazetteer.Organization, club, true // فالنسيا in a match report is the club
				} else if p := idx - 1; p >= 0 && s.items[p].cues.has(gazetteer.LocHead) && s.items[p].headPart &&
					!s.items[p].taken && s.adjacent(p, idx) && !s.isDefinite(p) {
					// محافظة حجة, منطقة دونيتسك: the head-word is part of
					// the place's name.
					f := &s.found[len(s.found)-1]
					f.i, f.skip = s.items[p].i, s.items[p].skip
					s.items[p].taken = true
				}
			case gazetteer.Person:
				s.extendFirstName(idx)
			case gazetteer.Nationality:
				if s.nationalBody(idx) {
					break
				}
				if s.isDefinite(idx) && idx+1 < len(s.items) && s.adjacent(idx, idx+1) &&
					(s.masculineSingular(idx) || s.items[idx+1].cues.has(gazetteer.GivenName) || s.substantive(idx)) {
					// الإسباني رافايل نادال; but الدول الأوربية ستواصل
					// describes a noun.
					s.personAt(idx + 1)
				}
			}
		case it.cues.has(gazetteer.Title):
			s.titleRule(idx)
		case it.cues.has(gazetteer.OrgHead):
			s.orgRule(idx)
		case it.cues.has(gazetteer.LocHead):
			s.locRule(idx)
		case it.cues.has(gazetteer.GivenName):
			s.givenNameRule(idx)
		case s.tokFlags(idx)&kunya != 0:
			s.kunyaRule(idx)
		case s.tokFlags(idx)&verb != 0 && s.normOf(&s.toks[s.items[idx].i]) != "ان":
			s.subjectRule(idx)
		}
	}
}

// setOf returns the set of the normalised words of a list.
func setOf(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[string(foldToken(nil, w))] = true
	}
	return m
}

// add records a mention over items [a, b) and marks them taken.
func (s *state) add(a, b int, typ gazetteer.Type, entry int32) {
	for k := a; k < b; k++ {
		s.items[k].taken = true
	}
	s.found = append(s.found, found{i: s.items[a].i, j: s.items[b-1].j, skip: s.items[a].skip, typ: typ, entry: entry})
}

// free reports whether item k is one word, not yet part of a mention, with
// no clitic before it.
func (s *state) free(k int) bool {
	it := &s.items[k]
	return !it.taken && it.entry < 0 && it.skip == 0 && it.j-it.i == 1
}

// adjacent reports whether items a and a+1.. b are separated only by
// white space within a line (no punctuation, no line break between them:
// a title or a heading ends at its line).
func (s *state) adjacent(a, b int) bool {
	if s.items[b].i != s.items[a].j {
		return false
	}
	return !s.toks[s.items[b].i].lineStart
}

// surfaceOf returns the text of item k's first token.
func (s *state) surfaceOf(k int) string {
	t := &s.toks[s.items[k].i]
	return s.text[t.start:t.end]
}

// startsWithAny reports whether s begins with one of the letters of set.
func startsWithAny(s, set string) bool {
	for _, r := range set {
		if strings.HasPrefix(s, string(r)) {
			return true
		}
	}
	return false
}

// isDefinite reports whether item k is a single word with the article.
func (s *state) isDefinite(k int) bool {
	t := &s.toks[s.items[k].i]
	return strings.HasPrefix(string(s.norm[t.n0+s.items[k].skip:t.n1]), article)
}

func (s *state) tokFlags(k int) wordFlag {
	it := &s.items[k]
	if it.j-it.i != 1 {
		return 0
	}
	return s.toks[it.i].flags
}
