// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package entities

import (
	"strings"
	"unicode/utf8"

	"github.com/qalam-nlp/qalam/entities/gazetteer"
	"github.com/qalam-nlp/qalam/internal/editdistance"
	"github.com/qalam-nlp/qalam/tokenize"
)

// The person rules: a name after a title, a nationality or a verb of
// saying, names that begin with a given name or a kunya, and what makes a
// word name-like (see the overview in rules.go).

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
func (s *state) isGivenName(word int32) bool { return s.x.names(word, gazetteer.GivenName) }

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
