// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package entities

import (
	"strings"
	"unicode/utf8"

	"github.com/qalam-nlp/qalam/entities/gazetteer"
	"github.com/qalam-nlp/qalam/tokenize"
)

// The organisation rules: names after an organisation head-word, clubs
// named after their city, and match reports.

// clubAfterCity reports whether the place at item idx, a city, is
// followed by a masculine nationality adjective with the article, which
// makes it a club or a newspaper: a city is feminine (برشلونة الإسبانية),
// the club masculine (برشلونة الإسباني، القدس العربي).
func (s *state) clubAfterCity(idx int) bool {
	e := &s.x.entries[s.items[idx].entry]
	next := idx + 1
	if e.country0 || next >= len(s.items) || !s.adjacent(idx, next) {
		return false
	}
	n := &s.items[next]
	if n.entry < 0 || s.x.entries[n.entry].typ != gazetteer.Nationality || !s.isDefinite(next) || n.j-n.i != 1 {
		return false
	}
	t := &s.toks[n.i]
	return strings.HasSuffix(s.text[t.start:t.end], "ي")
}

// sportsWords are words of match reports: a chunk with several of them
// is sports news, where a city that names a club is the club.
var sportsWords = setOf(`الدوري مباراة المباراة مباريات هدف الهدف أهداف هدفين فوز الفوز فاز تعادل التعادل

الملعب المدرب مدرب اللاعب لاعب لاعبي الليغا البطولة نقطة نقاط ركلة الشوط المنتخب المهاجم الحارس الجولة الترتيب`)

// sports reports whether the chunk reads as sports news: five words of
// sportsWords at least.
func (s *state) sports() bool {
	if s.sportsKnown {
		return s.isSports
	}
	n := 0
	for k := range s.toks {
		if s.seen.at(s.toks[k].seen).sportsWord {
			n++
		}
	}
	s.sportsKnown, s.isSports = true, n >= 5
	return s.isSports
}

// orgRule: an organisation head-word, then the words of the name.
func (s *state) orgRule(idx int) {
	k := idx + 1
	if k >= len(s.items) || !s.adjacent(idx, k) || s.isDefinite(idx) {
		// A head-word with the article is followed by an adjective (الحزب
		// الديموقراطي, الجامعة السورية), not by a name.
		return
	}
	if next := &s.items[k]; next.entry >= 0 {
		e := &s.x.entries[next.entry]
		if s.items[idx].team && e.typ == gazetteer.Location && !e.country0 && !next.taken {
			s.add(k, k+1, gazetteer.Organization, -1) // فريق برشلونة: the club
			return
		}
		if e.typ == gazetteer.Organization {
			return
		}
	}
	end := k
	hasPlace := false
	for end < len(s.items) && end-k < maxOrgTokens && s.adjacent(end-1, end) {
		it := &s.items[end]
		if it.entry >= 0 {
			// A place or nationality inside the name: حزب العمال
			// البريطاني, نقابة الصحفيين العراقيين; but after a city, a
			// nationality describes the club (فيردر بريمن الألماني).
			typ := s.x.entries[it.entry].typ
			if typ == gazetteer.Person || typ == gazetteer.Organization || end == k && !s.items[idx].headPart ||
				typ == gazetteer.Nationality && hasPlace {
				break
			}
			hasPlace = hasPlace || typ == gazetteer.Location
			end++
			continue
		}
		if it.taken {
			break
		}
		if it.cues.has(gazetteer.Title) && s.items[idx].headPart && end+1 < len(s.items) && s.adjacent(end, end+1) &&
			!s.items[end+1].taken && (s.items[end+1].cues.has(gazetteer.GivenName) ||
			s.items[end+1].entry >= 0 && s.x.entries[s.items[end+1].entry].typ == gazetteer.Person) {
			end += 2 // named after a person: جامعة الملك فهد
			break
		}
		if it.cues != 0 && !it.cues.has(gazetteer.GivenName) || it.j-it.i != 1 {
			break
		}
		t := &s.toks[it.i]
		if t.kind != tokenize.ArabicWord || t.flags&(stop|common|verb|qualifier) != 0 {
			break
		}
		w := string(s.norm[t.n0:t.n1])
		definite := strings.HasPrefix(w, article) || end > k && strings.HasPrefix(w, "وال")
		if !definite && (end > k || !s.nameLike(end) || adjectiveOrVerb(s.text[t.start:t.end], w)) {
			break
		}
		end++
		if !definite && end-k == 1 && s.items[idx].headPart && !it.cues.has(gazetteer.GivenName) && !prepositionalNoun(w) &&
			s.complementAt(end) {
			continue // a noun and its complement: منظمة حقوق الإنسان, نقابة أطباء الأسنان
		}
		if !definite {
			// A proper name: جامعة هارفارد, شركة أرامكو, and after a
			// word that only introduces it, a second word (نادي مانشستر
			// يونايتد).
			if !s.items[idx].headPart && end-k == 1 && end < len(s.items) && s.adjacent(end-1, end) &&
				s.nameLike(end) && !s.isDefinite(end) {
				end++
			}
			break
		}
	}
	if end == k {
		return
	}
	start := k
	if s.items[idx].headPart {
		start = idx
	}
	s.add(start, end, gazetteer.Organization, -1)
	if s.items[idx].headPart {
		s.extendComplement(end)
	}
}

// prepositionalNoun reports whether w (normalised) begins with ب or ل
// before the م, ت or ا of a verbal noun or participle (بتأخير، باستغلال،
// لمواجهة): a phrase, not the first word of a name.
func prepositionalNoun(w string) bool {
	for _, p := range [...]string{"بت", "با", "بم", "لت", "لا", "لم"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// complementAt reports whether item k, after the first word of an
// organisation's name, is a definite noun that completes it (حقوق الإنسان,
// أطباء الأسنان) rather than an adjective describing a proper name: a nisba
// in ي (بنك روتشيلد العالي) or a participle in الم (معهد باستور المشهور).
func (s *state) complementAt(k int) bool {
	if k >= len(s.items) || !s.adjacent(k-1, k) || !s.free(k) || !s.isDefinite(k) ||
		s.tokFlags(k)&(stop|common|verb|qualifier) != 0 {
		return false
	}
	t := &s.toks[s.items[k].i]
	w := s.normOf(t)
	return !strings.HasSuffix(w, "ي") && !(strings.HasPrefix(w, "الم") && utf8.RuneCountInString(w) >= 6)
}

// extendComplement extends the organisation just found, which ends
// before item k, over a complement of purpose: ل with the article and a
// noun (البنك الأفريقي للتنمية, معهد ماساتشوستس للتكنولوجيا), and an
// adjective of that noun (للملكية الفكرية).
func (s *state) extendComplement(k int) {
	if k >= len(s.items) || !s.adjacent(k-1, k) || !s.free(k) {
		return
	}
	t := &s.toks[s.items[k].i]
	w := s.normOf(t)
	if t.kind != tokenize.ArabicWord || !strings.HasPrefix(w, "لل") || utf8.RuneCountInString(w) < 5 ||
		t.flags&(stop|common|verb) != 0 {
		return
	}
	end := k + 1
	if end < len(s.items) && s.adjacent(k, end) && s.free(end) && s.isDefinite(end) &&
		s.toks[s.items[end].i].flags&(stop|common|verb) == 0 {
		end++
	}
	f := &s.found[len(s.found)-1]
	f.j = s.items[end-1].j
	for ; k < end; k++ {
		s.items[k].taken = true
	}
}
