// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package entities

import (
	"slices"
	"strings"

	"github.com/qalam-nlp/qalam/entities/gazetteer"
	"github.com/qalam-nlp/qalam/tokenize"
)

// Some listed names are also common words: حماس is Hamas and "zeal",
// مسقط is Muscat and "place of falling" (مسقط رأسه, birthplace), كابل is
// Kabul and "cable". A sense says, for such a name written alone, which
// neighbouring words make it the common word, or, for a name that is
// seldom the name alone (الأسد, "the lion"), which words must come before
// it for it to be the name. Both the gazetteer's matches and the tagger's
// spans are held to it; the tagger reads most contexts, these are the
// ones it has not seen in its training news.
type sense struct {
	before   []string // a word right before the name makes it the common word
	after    []string // a word right after it does
	clitics  string   // clitic letters attached to it that make it the common word (بحماس)
	needs    []string // when set, the name stands only after one of these words, a title, a given name or a head-word
	switchTo string   // when a word of near names the other entry of the same letters: its id
	near     []string // words that, within nearReach tokens before, name switchTo
}

// nearReach is how many tokens before a name are searched for a word that
// switches it to another entry.
const nearReach = 4

// senses are keyed by the name in search-normalised spelling.
var senses = func() map[string]sense {
	m := map[string]sense{}
	add := func(name string, s sense) {
		fold := func(ws []string) []string {
			for i, w := range ws {
				ws[i] = string(foldToken(nil, w))
			}
			return ws
		}
		s.before, s.after, s.needs, s.near = fold(s.before), fold(s.after), fold(s.needs), fold(s.near)
		m[string(foldToken(nil, name))] = s
	}
	add("حماس", sense{clitics: "ب", after: []string{"كبير", "كبيرا", "شديد", "شديدا", "بالغ", "منقطع", "واضح", "زائد", "متزايد"}})
	add("الأسد", sense{needs: []string{"نظام", "النظام", "عائلة", "آل", "حكم", "عهد", "قوات", "جيش", "أنصار", "حكومة", "رئيس", "الرئيس", "حافظ", "بشار", "ماهر", "أسماء", "باسل", "رفعت"}})
	add("ميتا", sense{needs: []string{"شركة", "مجموعة", "منصات", "منصة", "عملاق", "تطبيقات"}})
	add("مسقط", sense{after: []string{"رأس", "رأسه", "رأسها", "رأسي", "رأسهم"}})
	add("كابل", sense{after: []string{"الكهرباء", "كهرباء", "كهربائي", "الإنترنت", "إنترنت", "الانترنت", "بحري", "البحري", "ألياف", "الألياف", "الاتصالات", "نحاسي", "شحن", "الشحن", "التلفزيون"},
		before: []string{"مد", "قطع", "انقطاع", "انقطع", "تمديد", "إصلاح"}})
	add("سرت", sense{after: []string{"شائعات", "شائعة", "أنباء", "أخبار", "إشاعات", "حالة", "موجة", "مخاوف", "قشعريرة", "الشائعات", "الأنباء", "في"}})
	add("الرباط", sense{after: []string{"الصليبي", "الداخلي", "الخارجي"}})
	add("النيل", sense{after: []string{"من", "منه", "منها", "منهم", "منا"}})
	add("قم", sense{after: []string{"من", "بـ", "ب", "إلى", "الى", "يا"}, before: []string{"له", "لها", "لهم", "لي", "قال", "يقول", "يا"}})
	add("بالي", sense{before: []string{"على", "عن", "خطر", "يخطر", "راحة", "مرتاح", "شغل"}})
	add("أبيك", sense{needs: []string{"قمة", "منتدى", "مجموعة", "دول", "اجتماع", "اجتماعات", "تكتل", "منظمة"}})
	add("عمان", sense{switchTo: "amman-jo", near: []string{"الأردنية", "الأردني", "الأردن", "الأردنيين"}})
	return m
}()

// commonSense reports whether the name matched on token k alone, skip
// bytes of clitics left out, is the common word here. prev is the index
// of the item before token k, or -1.
func (s *state) commonSense(k int, skip int32, prev int, entry int32) bool {
	t := &s.toks[k]
	name := s.normAfter(t, skip)
	sn, ok := senses[string(name)]
	if !ok {
		return false
	}
	if sn.clitics != "" && skip > 0 && strings.ContainsAny(s.text[t.start:t.start+int(skip)], sn.clitics) {
		return true
	}
	if w, ok := s.neighbour(k, 1); ok && slices.Contains(sn.after, w) {
		return true
	}
	before, hasBefore := s.neighbour(k, -1)
	if hasBefore && slices.Contains(sn.before, before) {
		return true
	}
	if sn.needs == nil || s.namedFully(entry) {
		return false
	}
	if hasBefore && (slices.Contains(sn.needs, before) || slices.Contains(sn.needs, withoutClitics(before))) {
		return false
	}
	if prev >= 0 && s.items[prev].j == k && !s.toks[k].lineStart {
		c := s.items[prev].cues
		if c.has(gazetteer.Title) || c.has(gazetteer.GivenName) || c.has(gazetteer.OrgHead) || c.has(gazetteer.LocHead) {
			return false
		}
	}
	return true
}

// namedFully reports whether entry was matched by a name of two words or
// more in the items so far (all of the chunk's once matching is done):
// الأسد near بشار الأسد is the same man.
func (s *state) namedFully(entry int32) bool {
	if entry < 0 {
		return false
	}
	for _, it := range s.items {
		if it.entry == entry && it.j-it.i >= 2 {
			return true
		}
	}
	return false
}

// sensesVeto reports whether a word of tokens [i, j) is a name that its
// neighbours make a common word (الرباط before الصليبي).
func (s *state) sensesVeto(i, j int) bool {
	for k := i; k < j; k++ {
		t := &s.toks[k]
		sn, ok := senses[string(s.norm[t.n0:t.n1])]
		if !ok {
			continue
		}
		if w, ok := s.neighbour(k, 1); ok && slices.Contains(sn.after, w) {
			return true
		}
		if w, ok := s.neighbour(k, -1); ok && slices.Contains(sn.before, w) {
			return true
		}
	}
	return false
}

// senseEntry returns the entry the name matched on token k stands for:
// entry, or the other entry of the same letters that the words before it
// name (عمان after الأردنية is Amman, not Oman).
func (s *state) senseEntry(k int, skip int32, entry int32) int32 {
	sn, ok := senses[string(s.normAfter(&s.toks[k], skip))]
	if !ok || sn.switchTo == "" {
		return entry
	}
	other, ok := s.x.byID[sn.switchTo]
	if !ok {
		return entry
	}
	for d := 1; d <= nearReach; d++ {
		w, ok := s.neighbour(k, -d)
		if !ok {
			break
		}
		if slices.Contains(sn.near, w) || slices.Contains(sn.near, withoutClitics(w)) {
			return other
		}
	}
	if w, ok := s.neighbour(k, 1); ok && slices.Contains(sn.near, w) {
		return other
	}
	return entry
}

// neighbour returns the matching form of the token d tokens from k, on
// the same line, when it is a word.
func (s *state) neighbour(k, d int) (string, bool) {
	n := k + d
	if n < 0 || n >= len(s.toks) {
		return "", false
	}
	for m := min(k, n) + 1; m <= max(k, n); m++ {
		if s.toks[m].lineStart {
			return "", false
		}
	}
	t := &s.toks[n]
	if t.kind != tokenize.ArabicWord && t.kind != tokenize.LatinWord {
		return "", false
	}
	return s.normOf(t), true
}

// withoutClitics returns w without a leading conjunction and preposition.
func withoutClitics(w string) string {
	for _, c := range [...]string{"وب", "ول", "فب", "فل", "و", "ف", "ب", "ل"} {
		if r, ok := strings.CutPrefix(w, c); ok && len(r) >= 4 {
			return r
		}
	}
	return w
}
