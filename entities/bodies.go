// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package entities

import (
	"strings"

	"github.com/qalam-nlp/qalam/entities/gazetteer"
)

// A state's body named with a nationality adjective is one organisation
// (الجيش الإسرائيلي), unless a title governs it.

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
