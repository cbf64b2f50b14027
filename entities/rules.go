// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package entities

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"github.com/qalam-nlp/qalam/entities/gazetteer"
	"github.com/qalam-nlp/qalam/internal/editdistance"
	"github.com/qalam-nlp/qalam/tokenize"
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
					s.found[len(s.found)-1].typ = gazetteer.Organization
				} else if club, ok := s.x.clubOfCity[s.items[idx].entry]; ok && s.items[idx].j-s.items[idx].i == 1 && s.sports() {
					f := &s.found[len(s.found)-1]
					f.typ, f.entry = gazetteer.Organization, club // فالنسيا in a match report is the club
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

// nationalBodyWords name the bodies of a state that news annotation
// takes as one organisation with the nationality adjective after them:
// الجيش الإسرائيلي, الحكومة الأردنية, الداخلية اليمنية.
var nationalBodyWords = setOf("الجيش الحكومة الشرطة البرلمان الداخلية الخارجية الدفاع البحرية المخابرات الاستخبارات")

// nationalBody turns the nationality adjective just found at item idx
// into an organisation when it follows, on the same line, the name of a
// state's body (الجيش الإسرائيلي is one organisation), unless a title
// governs that body (رئيس الحكومة العراقية, قائد الجيش الأوكراني: the
// adjective stays a nationality).
func (s *state) nationalBody(idx int) bool {
	b := idx - 1
	if b < 0 || s.items[b].taken || s.items[b].j-s.items[b].i != 1 || !s.adjacent(b, idx) || !s.isDefinite(idx) ||
		s.underTitle(b) {
		return false
	}
	clitics, body, ok := s.bodyWord(s.items[b].i)
	if !ok {
		return false
	}
	f := &s.found[len(s.found)-1]
	tk := &s.toks[s.items[b].i]
	f.i, f.typ, f.sure = s.items[b].i, gazetteer.Organization, true
	f.skip = int32(skipLetters(s.text[tk.start:tk.end], clitics))
	nt := &s.toks[s.items[idx].i]
	f.entry = -1
	if e, ok := s.x.bodyNames[body+" "+string(s.norm[nt.n0:nt.n1])]; ok && s.items[idx].skip == 0 {
		f.entry = e
	}
	s.items[b].taken = true
	return true
}

// readsAsNationality reports whether the name of item idx is also a form
// of a nationality adjective (السعودية, the country and "Saudi").
func (s *state) readsAsNationality(idx int) bool {
	it := &s.items[idx]
	return it.j-it.i == 1 && s.nationalityForm(it.i, it.skip)
}

// underTitle reports whether item b follows a title on the same line.
func (s *state) underTitle(b int) bool {
	return b > 0 && s.adjacent(b-1, b) && s.items[b-1].cues.has(gazetteer.Title)
}

// bodyWord reports whether token k names a state's body (nationalBodyWords),
// after how many letters of clitics, and the body word without them.
func (s *state) bodyWord(k int) (clitics int, body string, ok bool) {
	w := s.normOf(&s.toks[k])
	for _, c := range [...]string{"", "و", "ف", "ب", "وب", "فب"} {
		r, ok := strings.CutPrefix(w, c)
		if !ok {
			continue
		}
		clitics := len(c) / len(lam)
		if l, ok := strings.CutPrefix(r, "لل"); ok {
			r = article + l // للجيش is ل + الجيش, reported as لجيش
			clitics++
		}
		if nationalBodyWords[r] {
			return clitics, r, true
		}
	}
	return 0, "", false
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

// extendFirstName joins a given name written before a listed person's
// surname to the mention. The mention stays linked to the person when the
// first name is a spelling of the listed one and the surname is no given
// name or common word (فلاديمير زيلينسكي is Volodymyr Zelensky); otherwise
// it names someone else of that family (خورخي ميسي, Messi's father; كوثر
// بن هنية) and is reported unlinked, even when the listed person is
// mentioned too.
func (s *state) extendFirstName(idx int) {
	if s.items[idx].j-s.items[idx].i != 1 {
		return
	}
	k := s.nameStart(idx)
	if k == idx {
		return
	}
	f := &s.found[len(s.found)-1] // the person just added
	if !s.sameFirstName(k, idx, f.entry) {
		if s.commonFirst(k) {
			return // خطاب نتنياهو, عهد بورقيبة: a noun and the person
		}
		f.entry = -1
	}
	f.i, f.skip = s.items[k].i, s.items[k].skip
	for ; k < idx; k++ {
		s.items[k].taken = true
	}
}

// sameFirstName reports whether the given name at item k spells one of
// the listed given names of person entry (فلاديمير for فولوديمير;
// المنصف for منصف), and the surname at item idx is distinctive: not a
// given name or a common word.
func (s *state) sameFirstName(k, idx int, entry int32) bool {
	sur := &s.toks[s.items[idx].i]
	if s.isGivenName(sur.word) || sur.flags&(common|ambiguous) != 0 {
		return false
	}
	w := strings.TrimPrefix(s.normOf(&s.toks[s.items[k].i]), article)
	for _, fn := range s.x.entries[entry].firstNames {
		if spellingVariant(w, strings.TrimPrefix(fn, article)) {
			return true
		}
	}
	return false
}

// commonFirst reports whether item k, read as the given name before a
// surname, is as likely a common word (خطاب "speech", عهد "era") or was
// read by taking off a clitic: the word and the person rather than a name.
func (s *state) commonFirst(k int) bool {
	return s.items[k].skip != 0 || s.tokFlags(k)&(ambiguous|common) != 0 || s.items[k].flags&(ambiguous|common) != 0
}

// isGivenName reports whether word (a word id) is by itself a listed given
// name.
func (s *state) isGivenName(word int32) bool {
	n := s.x.trie.child(0, word)
	if n < 0 {
		return false
	}
	for _, c := range s.x.trie.nodes[n].cands {
		if s.x.entries[c.entry].typ == gazetteer.GivenName {
			return true
		}
	}
	return false
}

// spellingVariant reports whether a and b (normalised) are spellings of
// one name: the same first letter, five letters at least, and at most two
// letters added, dropped or changed, one for every four letters
// (فلاديمير، فولوديمير; not محمد، أحمد).
func spellingVariant(a, b string) bool {
	if a == b {
		return true
	}
	var bufA, bufB [maxNameRunes]rune
	ra, rb := appendRunes(bufA[:0], a), appendRunes(bufB[:0], b)
	n := max(len(ra), len(rb))
	if len(ra) == 0 || len(rb) == 0 || ra[0] != rb[0] || n < 5 || n > maxNameRunes {
		return false
	}
	d := editdistance.Runes(ra, rb)
	return d <= 2 && 4*d <= n
}

// maxNameRunes is the longest given name, in letters, that spellingVariant
// compares.
const maxNameRunes = 24

// appendRunes appends the runes of s to dst, up to maxNameRunes+1 of them.
func appendRunes(dst []rune, s string) []rune {
	for _, r := range s {
		if len(dst) > maxNameRunes {
			break
		}
		dst = append(dst, r)
	}
	return dst
}

// nameStart returns the first item of a person's name whose last word is
// at item idx: it takes in the connectors before it (فان باستن، أبي وقاص)
// and a given name before those — or, after a title or nationality, an
// unknown word (الرئيس الفنزويلي هوغو شافيز).
func (s *state) nameStart(idx int) int {
	k := idx
	for k > 0 && s.free(k-1) && s.adjacent(k-1, k) && s.tokFlags(k-1)&connector != 0 &&
		s.tokFlags(k-1)&stop == 0 && s.normOf(&s.toks[s.items[k-1].i]) != "عبد" {
		k--
	}
	if k == 0 || !s.free(k-1) || !s.adjacent(k-1, k) {
		return k
	}
	prev := &s.items[k-1]
	if prev.cues.has(gazetteer.GivenName) && prev.flags&particleName == 0 {
		return k - 1
	}
	if k >= 2 && s.nameLike(k-1) && !s.isDefinite(k-1) && s.introducesPerson(k-2) {
		return k - 1
	}
	return k
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
	end, start := s.toks[s.items[a].j-1].end, s.toks[s.items[b].i].start
	return strings.IndexByte(s.text[end:start], '\n') < 0
}

// titleRule: a title, then up to maxTitleGap nationality, place,
// organisation, title or qualifier items, then a name.
func (s *state) titleRule(idx int) {
	k := idx + 1
	for gap := 0; k < len(s.items) && gap < maxTitleGap; gap++ {
		it := &s.items[k]
		if it.entry >= 0 {
			// A nationality or a place may follow the title; an
			// organisation only right after it (المتحدثة باسم البيت
			// الأبيض ...), not after a nationality (السفير الأميركي بمجلس
			// الأمن is where he spoke).
			typ := s.x.entries[it.entry].typ
			if typ == gazetteer.Person || typ == gazetteer.Organization && gap > 0 {
				return
			}
			k++
			continue
		}
		if it.cues.has(gazetteer.Title) || s.tokFlags(k)&qualifier != 0 {
			k++
			continue
		}
		break
	}
	if k < len(s.items) {
		s.personAt(k)
	}
}

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
		if t := &s.toks[k]; t.kind == tokenize.ArabicWord {
			w := s.normOf(t)
			if sportsWords[w] || sportsWords[withoutClitics(w)] {
				n++
			}
		}
	}
	s.sportsKnown, s.isSports = true, n >= 5
	return s.isSports
}

// masculineSingular reports whether the nationality adjective at item k
// is in the masculine singular (الإسباني, not الإسبانية or الأوروبيين).
func (s *state) masculineSingular(k int) bool {
	it := &s.items[k]
	t := &s.toks[it.j-1]
	return strings.HasSuffix(s.text[t.start:t.end], "ي")
}

// substantive reports whether the nationality adjective at item k, in the
// feminine singular, stands for a woman (حلت الروسية ...) rather than
// agreeing with a noun before it (الدول الأوروبية): no definite word
// comes right before it.
func (s *state) substantive(k int) bool {
	t := &s.toks[s.items[k].j-1]
	if !strings.HasSuffix(s.text[t.start:t.end], "ية") {
		return false
	}
	return k == 0 || !s.adjacent(k-1, k) || !s.isDefinite(k-1) && s.items[k-1].entry < 0
}

// introducesPerson reports whether item k is a title or a nationality
// adjective with the article, which may stand before a person's name.
func (s *state) introducesPerson(k int) bool {
	it := &s.items[k]
	if it.cues.has(gazetteer.Title) {
		return true
	}
	return it.entry >= 0 && s.x.entries[it.entry].typ == gazetteer.Nationality && s.isDefinite(k)
}

// personAt reports a person whose name starts at item k, after a title or
// a nationality: a known given name and what follows it, or two or more
// unknown words without the article (شون ماكورماك).
func (s *state) personAt(k int) {
	it := &s.items[k]
	if it.taken || it.entry >= 0 || !s.nameLike(k) {
		return
	}
	if it.flags&particleName != 0 && !s.joinsName(k) {
		return
	}
	if !it.cues.has(gazetteer.GivenName) {
		// Not a known first name: a word with the article, or one that
		// begins with ل or ب (الأمين العام لمركز ...), or like a verb in
		// the imperfect (ي، ت، ن), is more likely prose than a name.
		w := s.normOf(&s.toks[it.i])
		if s.isDefinite(k) || startsWithAny(w, "لبيتن") {
			return
		}
	}
	end := s.nameEnd(k)
	if !it.cues.has(gazetteer.GivenName) {
		if end-k < 2 {
			return // ملك أراجون: one unknown word after a title is as often a place
		}
		// A family name may end in ا (ألفريد ديمورا) when the first name
		// does not: two words in ا agree as a noun and its adjective in
		// the accusative (خبرا عاجلا).
		alefName := !strings.HasSuffix(s.surfaceOf(k), "ا") && foreignAlef(s.surfaceOf(end-1))
		for i := k; i < end; i++ {
			if s.proseShape(i, i == end-1 && !alefName) {
				return // حاول عبثا، اعترف بمقتل
			}
		}
	}
	if end < len(s.items) && s.adjacent(end-1, end) && s.items[end].entry >= 0 &&
		s.x.entries[s.items[end].entry].typ == gazetteer.Person && s.items[end].j-s.items[end].i == 1 {
		return // the listed surname that follows takes the first name
	}
	s.add(k, end, gazetteer.Person, -1)
	s.rememberRuleName(k, end)
}

// proseShape reports whether the word at item k has a shape that names
// of unknown people seldom have: a final ا, as in the accusative (عبثا،
// بيانا) and verbs in the plural (اختاروا) — though a first name may end
// in ا when the word is not the last of the name (ميخا, أنجيلا) — a final ة, or the bare alef
// that begins derived verbs and their nouns (اعترف، انسحب، استقبل; names
// are written with أ or إ).
func (s *state) proseShape(k int, last bool) bool {
	t := &s.toks[s.items[k].i]
	surface := s.text[t.start:t.end]
	if strings.HasSuffix(surface, "اً") || strings.HasSuffix(surface, "ًا") || strings.HasSuffix(surface, "وا") ||
		strings.HasSuffix(surface, "ة") {
		return true
	}
	if strings.HasSuffix(surface, "ا") && last {
		return true
	}
	return strings.HasPrefix(surface, "ا") && utf8.RuneCountInString(surface) >= 5
}

// proseTail reports whether the word at item k, after the first word of a
// name, has a shape of prose rather than of a family name: the accusative
// ending ـاً (اجتماعاً، قراراً), a verb in the past with ت at both ends
// (تناولت) or of four letters at most (تعهد; a family name in ت is longer:
// توريس), a participle in م with the accusative ا (موظفا، مؤتمرا; foreign
// family names end in ا too, أوباما, but seldom begin with م), or a
// preposition ب ل before a word ending in ة (بمشاركة، لمدة).
func (s *state) proseTail(k int) bool {
	t := &s.toks[s.items[k].i]
	surface := s.text[t.start:t.end]
	if strings.HasSuffix(surface, "اً") || strings.HasSuffix(surface, "ًا") {
		return true
	}
	if strings.HasPrefix(surface, "ت") && strings.HasSuffix(surface, "ت") && utf8.RuneCountInString(surface) >= 4 {
		return true
	}
	if (strings.HasPrefix(surface, "ب") || strings.HasPrefix(surface, "ل")) && strings.HasSuffix(surface, "ة") {
		return true
	}
	n := utf8.RuneCountInString(surface)
	if strings.HasPrefix(surface, "ت") && n <= 4 {
		return true // صالح تعهد: a verb
	}
	if strings.HasPrefix(surface, "م") && strings.HasSuffix(surface, "ا") && n >= 5 {
		return true // محفوظ موظفا: a participle in the accusative
	}
	return false
}

// surfaceOf returns the text of item k's first token.
func (s *state) surfaceOf(k int) string {
	t := &s.toks[s.items[k].i]
	return s.text[t.start:t.end]
}

// foreignAlef reports whether surface ends in ا like a foreign family name
// (ديمورا، فافرينكا) rather than like an accusative: five letters at
// least, not a participle in م (مستشارا), not an adverb in يا (رسميا).
func foreignAlef(surface string) bool {
	return strings.HasSuffix(surface, "ا") && utf8.RuneCountInString(surface) >= 5 &&
		!strings.HasPrefix(surface, "م") && !strings.HasSuffix(surface, "يا")
}

// adjectiveOrVerb reports whether an indefinite word after a head-word is
// more likely an adjective (شركة حكومية, قناة إذاعية) or a verb (ائتلاف
// يضم) than a name: it ends in ة, or begins like an imperfect verb.
func adjectiveOrVerb(surface, norm string) bool {
	return strings.HasSuffix(surface, "ة") || strings.HasPrefix(norm, "ي") ||
		strings.HasPrefix(norm, "ت") && utf8.RuneCountInString(norm) <= 4
}

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

// startsWithAny reports whether s begins with one of the letters of set.
func startsWithAny(s, set string) bool {
	for _, r := range set {
		if strings.HasPrefix(s, string(r)) {
			return true
		}
	}
	return false
}

// givenNameRule: a given name followed by at least one more name-like
// word.
func (s *state) givenNameRule(idx int) {
	if (s.items[idx].flags&(particleName|ambiguous|common|stop|verb) != 0 || s.afterPreposition(idx)) && !s.joinsName(idx) {
		// A given name that is also a common word (علي for على, رمضان,
		// خلف, الآن for آلان) begins a name only before another given
		// name or a connector; so does one read by taking off ب or ل,
		// as in بعمر النبي, بانتصار الإسلاميين.
		return
	}
	end := s.nameEnd(idx)
	if end-idx < 2 && !(s.items[idx].j-s.items[idx].i >= 2 && s.toks[s.items[idx].i].flags&kunya != 0) {
		return // but a kunya is a name by itself: أبو بكر
	}
	s.add(idx, end, gazetteer.Person, -1)
	s.rememberRuleName(idx, end)
}

// subjectRule: after a verb of saying (not the particle أن, listed with
// them), a person speaking is one name-like word without the article
// followed by أن, إن or عن (وقال رمضان إن, وأوضح فارس أنه, وأعرب عنان عن),
// or a name of two or three words followed by the speaker's role (وقال
// ريناتو سوليدام رئيس المعهد). The last word is remembered as the person's
// surname.
func (s *state) subjectRule(idx int) {
	k := idx + 1
	if k+1 >= len(s.items) || !s.adjacent(idx, k) || !s.adjacent(k, k+1) || !s.free(k) || !s.nameLike(k) ||
		s.isDefinite(k) || !s.items[k].cues.has(gazetteer.GivenName) && s.proseShape(k, true) {
		return
	}
	if end := s.nameEnd(k); end-k >= 2 && s.roleFollows(end) {
		for i := k; i < end; i++ {
			if !s.items[i].cues.has(gazetteer.GivenName) && s.proseShape(i, i == end-1) {
				return
			}
		}
		s.add(k, end, gazetteer.Person, -1)
		s.rememberSurname(s.items[end-1].j-1, -1)
		return
	}
	if s.tokFlags(idx)&auxiliary != 0 {
		return // كان غاب عن: the verb that follows an auxiliary is no name
	}
	next := &s.items[k+1]
	if next.j-next.i != 1 || next.skip != 0 {
		return
	}
	switch s.normOf(&s.toks[next.i]) {
	case "ان", "انه", "انها", "عن":
	default:
		return
	}
	surface := s.text[s.toks[s.items[k].i].start:s.toks[s.items[k].i].end]
	if strings.HasSuffix(surface, "ون") || (strings.HasSuffix(surface, "ين") || strings.HasSuffix(surface, "اء")) && !s.items[k].cues.has(gazetteer.GivenName) {
		return // a plural: وقال دبلوماسيون إن, وأعرب خبراء عن
	}
	s.add(k, k+1, gazetteer.Person, -1)
	if !s.items[k].cues.has(gazetteer.GivenName) {
		s.rememberSurname(s.items[k].i, -1)
	}
}

// roleFollows reports whether item k, after a name, is a title or a
// comma and a title: the role of the person named (وقال ريناتو سوليدام
// رئيس المعهد).
func (s *state) roleFollows(k int) bool {
	if k < len(s.items) && s.isComma(k) {
		k++
	}
	return k < len(s.items) && s.items[k].cues.has(gazetteer.Title)
}

// isComma reports whether item k is a comma (، or ,).
func (s *state) isComma(k int) bool {
	t := &s.toks[s.items[k].i]
	if s.items[k].j-s.items[k].i != 1 || t.kind != tokenize.Punct {
		return false
	}
	p := s.text[t.start:t.end]
	return p == "،" || p == ","
}

// afterPreposition reports whether item k was read by taking off a
// preposition ب or ل.
func (s *state) afterPreposition(k int) bool {
	it := &s.items[k]
	t := &s.toks[it.i]
	p := s.text[t.start : t.start+int(it.skip)]
	return strings.Contains(p, "ب") || strings.Contains(p, "ل")
}

// kunyaRule: أبو followed by a given name or an unknown word without the
// article is a person's name: أبو مازن، أبو هريرة; after أبو a common word
// or a verb is a name too (أبو طالب).
func (s *state) kunyaRule(idx int) {
	k := idx + 1
	if k >= len(s.items) || !s.adjacent(idx, k) || !s.nameWord(k, true) {
		return
	}
	if !s.items[k].cues.has(gazetteer.GivenName) && s.isDefinite(k) {
		return
	}
	end := s.nameEnd(k)
	s.add(idx, end, gazetteer.Person, -1)
}

// joinsName reports whether item k is followed by a given name or a
// connector (علي عبد الله صالح، علي بن أبي طالب).
func (s *state) joinsName(k int) bool {
	next := k + 1
	return next < len(s.items) && s.adjacent(k, next) &&
		(s.items[next].cues.has(gazetteer.GivenName) || s.tokFlags(next)&connector != 0)
}

// nameEnd returns the end of a name that starts at item k: two
// name-like words, a third when the second is a given name too (محمد علي
// العظمي, يوسف بطرس غالي), and connectors (بن، أبو، عبد) with the word they
// join. When the first word is not a known given name, every word must be
// without the article: a foreign name (شون ماكورماك) rather than a phrase
// (لجنة التحقيق).
func (s *state) nameEnd(k int) int {
	given := s.items[k].cues.has(gazetteer.GivenName)
	end := k + 1
	words := 1
	for end < len(s.items) && words < maxNameTokens {
		it := &s.items[end]
		if it.entry >= 0 && !it.taken && it.skip == 0 && it.j-it.i == 1 && s.adjacent(end-1, end) &&
			s.items[end-1].cues.has(gazetteer.GivenName) && s.x.entries[it.entry].typ == gazetteer.Nationality {
			// A nisba after a given name is a family name: محمد المصري,
			// بيتر كينيون.
			end++
			break
		}
		if it.taken || it.entry >= 0 || !s.adjacent(end-1, end) || it.skip != 0 {
			break
		}
		if words == 2 && !s.items[end-1].cues.has(gazetteer.GivenName) {
			break
		}
		if s.tokFlags(end)&connector != 0 {
			// بن، أبي، فان ... and the word they join; they chain (سعد بن
			// أبي وقاص) and do not count as words of the name.
			c := end
			for c < len(s.items) && s.tokFlags(c)&connector != 0 && s.items[c].skip == 0 && s.adjacent(c-1, c) {
				c++
			}
			if c < len(s.items) && s.adjacent(c-1, c) && s.nameWord(c, true) {
				end = c + 1
				continue
			}
			break
		}
		if !s.nameLike(end) || !given && s.isDefinite(end) || s.proseTail(end) {
			break
		}
		end++
		words++
	}
	return end
}

// nameLike reports whether item k can be a word of a person's name.
func (s *state) nameLike(k int) bool { return s.nameWord(k, false) }

// nameWord is nameLike; afterConnector allows a word that begins with و,
// which after بن or أبي is a letter of the name (سعد بن أبي وقاص), not
// "and", and common words and verbs.
func (s *state) nameWord(k int, afterConnector bool) bool {
	// After a connector a common word or a verb is a name too (علي بن أبي
	// طالب); only a function word is not.
	notName := stop | common | verb
	if afterConnector {
		notName = stop
	}
	it := &s.items[k]
	if it.entry >= 0 || it.taken || it.flags&notName != 0 {
		return false
	}
	if it.cues.has(gazetteer.GivenName) {
		return true
	}
	if it.cues != 0 || it.j-it.i != 1 {
		return false
	}
	t := &s.toks[it.i]
	if t.kind != tokenize.ArabicWord || t.flags&(notName|connector) != 0 || t.alefMaks {
		return false
	}
	n := s.norm[t.n0:t.n1]
	if len(n) < 4 { // two letters at least
		return false
	}
	w := string(n)
	surface := s.text[t.start:t.end]
	if !afterConnector && strings.HasPrefix(w, "و") || hasCliticArticle(w) || hasPronounSuffix(surface) {
		return false
	}
	// A word like an imperfect verb (يزيد، تزايد) is prose, except that
	// after a known given name a ت begins foreign family names as often
	// (فرناندو توريس), and a Slavic or Germanic ending makes any word a
	// name (يلينا يانكوفيتش); a feminine plural (هيئات) is prose.
	afterGiven := k > 0 && s.items[k-1].cues.has(gazetteer.GivenName) && s.adjacent(k-1, k)
	if (strings.HasPrefix(w, "ي") || !afterGiven && strings.HasPrefix(w, "ت")) && !(foreignShape(w)) {
		return false
	}
	return !strings.HasSuffix(surface, "ات")
}

// foreignShape reports whether w (normalised) ends like a transliterated
// Slavic, Germanic or Scandinavian family name: ـوفيتش، ـيتش، ـسكي، ـوف،
// ـيف، ـسون، ـشتاين، ـبرغ. Such a word is a name even where its first
// letter makes it look like a verb (يانكوفيتش، يلتسين).
func foreignShape(w string) bool {
	if utf8.RuneCountInString(w) < 5 {
		return false
	}
	for _, suf := range [...]string{"يتش", "فيتش", "سكي", "وف", "يف", "سون", "شتاين", "برغ", "يتسين"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// hasPronounSuffix reports whether a word ends in an attached pronoun
// (نظيره، توجهها، قادتهم), as names do not. A final ة is not ه: it ends
// names (حمزة).
func hasPronounSuffix(surface string) bool {
	return strings.HasSuffix(surface, "ه") || strings.HasSuffix(surface, "ها") ||
		strings.HasSuffix(surface, "هم") || strings.HasSuffix(surface, "هما")
}

// hasCliticArticle reports whether w starts with a proclitic and the
// article (بال، وال، لل، فال، كال), which family names do not.
func hasCliticArticle(w string) bool {
	for _, p := range [...]string{"بال", "وال", "فال", "كال", "لل"} {
		if strings.HasPrefix(w, p) {
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
		w := string(s.norm[t.n0:t.n1])
		for _, p := range [...]string{"", "و", "ب", "ل", "ك", "ف", "وب", "ول", "فب", "فل"} {
			if !strings.HasPrefix(w, p) {
				continue
			}
			if !mayHave(s.known, w[len(p):]) {
				continue
			}
			if sn, ok := s.names[w[len(p):]]; ok {
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
