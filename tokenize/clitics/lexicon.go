// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package clitics

import (
	"strings"
	"sync"

	"github.com/qalam-nlp/qalam/internal/letters"
)

type lexFlag uint8

const (
	lexWhole       lexFlag = 1 << iota // never cut: its first and last letters belong to it
	lexFixed                           // always cut as the entry's parse says
	lexHost                            // a preposition or particle that takes pronoun enclitics
	lexParticle                        // a function word standing alone (لا، إذ، إلى)
	lexGoverned                        // a function word a preposition may take (بما، لمن، بلا)
	lexPersonWhole                     // an imperfect person prefix أ ي ت ن before a lexWhole word (أشارك)
)

type lexEntry struct {
	flags lexFlag
	parse parse
}

// wholeWords are common words and given names that begin with و ف ب ل ك س
// or end like a pronoun although those letters are their own, and whose
// remainder is itself a frequent word (واحد is not و + أحد, فكرة not ف +
// كرة, جنيه not جني + ه), so corpus counts alone would cut them. Written
// from knowledge of Arabic; inflected forms are listed where they are common.
// A word listed here also keeps its first letter before a pronoun (وحده is
// وحد + ه).
const wholeWords = `
واحد واحدة وحد وحدة وجيز وجيزة وشك وحش وقتما وحدات وعد وعود وفر وفرت وجهة وجهات ولي وصف وصفت ورد وردت
والي وزير وزيرة وزراء وزارة وزارات وافق وافقت وافقوا واصل واصلت واصلوا وفق وفقا ولاية ولايات والد والدة والدي وسع
بين بعد بعدا بعدما بعض بكين بل بلد بلاد بحر بحري بحرية بحار بحث بحثا بحوث بدأ بدا بدت بدل بدلا
بات باتت بالغ بالغة بالغا بالغين بالغون بقي بقيت بعيد بعيدا بعيدة بشر بشري بشرية
بحيرة بقاء باب بطاقة بطاقات بنت بنات بنو بني بطل بنك بنوك
لكن لكنّ لدى لدي لقد لذا لعل ليس ليست لست لسنا لستم لو لولا لما لماذا لجنة لجان لقاء
لبنان لسان لمس لقي لقيت لقوا لاحق لاحقا لاحقة لعب لعبة لون
كان كانت كانوا كانا كانتا كنت كنا كما كلما كل كلا كيف كيفية كي كذلك كذا كبير كبيرة كبيرا كبار
كامل كاملة كاملا كراس كافة كريم كرة كلية كأس
في فيما فقط فحسب فوق فكرة فكرت فهم فرد فردا فرق فريق فرنسا فرص فرصة فرصا فعل فعلا
سوى سوف ستة سنة سنوات سيارة سيارات سياسة سيطرة سيدة
جنيه شبه أشبه يشبه تشبه توجه يتوجه تتوجه اتجه يتجه تتجه واجه يواجه تواجه نواجه أواجه
تشابه يتشابه تشويه تنويه ترفيه تنبيه انتبه ينتبه نبه كره يكره تكره فقه نزيه اشتبه يشتبه تشتبه مشتبه وجه وجها اتهم يتهم تتهم
وليد وسام وفاء كمال بسام بدر بكر بلال
هناك أولئك سمك يدرك تدرك ترك يترك تترك شارك يشارك تشارك مبارك معارك
`

// hosts are the prepositions and particles that carry pronoun enclitics
// (منه، عليها، أنهم، لديهم، نفسه), written as they stand alone.
const hosts = `
على إلى لدى عن من في مع بين عند حول دون نحو ضد خلال أمام وراء فوق تحت قبل بعد مثل
غير كل بعض نفس أنفس وحد يد دم حق ذات أن إن لكن لعل ليت كأن عبر حيال إيا
`

// fixedSplits are frequent fused forms written with their cut after the first
// letter: prepositions merged with the word after them (ممن is من + من with
// one م written) and fixed phrases whose whole form is as frequent as their
// parts. They are also cut after a conjunction and before a pronoun
// (وبسبب، بموجبه).
const fixedSplits = `
م+من ع+ما ع+من
ب+سبب ب+موجب ب+شأن ب+شكل ب+خصوص ب+مثابة ب+فضل ب+واسطة ب+اسم ب+مجرد ب+حسب ب+صفة ب+صورة ب+دون
ب+ذلك ل+ذلك ب+هذا ل+هذا ب+هذه ل+هذه ك+هذا ك+هذه ل+أجل ل+أن ب+أن ل+كي ك+كل
ف+إن ف+إذا ف+هو ف+هي ف+لا
`

// particles are function words that stand alone. A preposition takes only
// the governed ones among them (بما، لمن، بلا، لأي), so a word read as ب ل
// ك س + any other (لاذ as ل + إذ, بالي as ب + إلى, لاين as ل + أين) is
// misread, and so is one read as a preposition + و + a particle (كولا as
// ك + و + لا): in the ATB order a conjunction comes before a preposition,
// never after it. إلى is also listed as written without its hamza and with
// ي for ى.
const particles = `
إذ إذا إلى الى الي إلي على عن في من منذ مع بين لدى حتى لا لن لم ما أن إن كي أي
قد هل ثم أو بل لكن ليس سوف أين كيف متى أيضا
`

// maxParticle is the length in letters of the longest of the particles.
const maxParticle = 4

// governed are the particles that a preposition takes.
const governed = `ما من أن إن لا كي أي`

// lexicon holds the entries of the lists above in a formTable, each
// packed into a byte (packLex).
var lexicon = sync.OnceValue(func() *formTable {
	m := map[string]lexEntry{}
	// mark sets flag on the folded form of every word of list.
	mark := func(list string, flag lexFlag) {
		for _, w := range strings.Fields(list) {
			k := string(fold(nil, w))
			e := m[k]
			e.flags |= flag
			m[k] = e
		}
	}
	mark(wholeWords, lexWhole)
	for _, w := range strings.Fields(wholeWords) {
		// أشارك، نشارك: a person prefix before a listed word; no imperfect
		// begins with one before ي or an alef (نيتهم، بناتهم).
		k := fold(nil, w)
		if len(k) < 3 || k[0] == 'y' || isAlef(k[0]) {
			continue
		}
		for _, p := range [...]byte{'>', 'y', 't', 'n'} {
			v := string(append([]byte{p}, k...))
			e := m[v]
			e.flags |= lexPersonWhole
			m[v] = e
		}
	}
	mark(hosts, lexHost)
	mark(particles, lexParticle)
	mark(governed, lexGoverned)
	for _, w := range strings.Fields(fixedSplits) {
		parts := strings.Split(w, "+")
		var p parse
		if len(parts) > 1 {
			p.prep = 1
		}
		k := string(fold(nil, strings.Join(parts, "")))
		e := m[k]
		e.flags |= lexFixed
		e.parse = p
		m[k] = e
	}
	t := newFormTable(len(m))
	for k, e := range m {
		if !t.put(formHash([]byte(k)), packLex(e)) {
			panic("clitics: two lexicon forms share a hash: " + k)
		}
	}
	return t
})

// packLex packs an entry of the lexicon into a byte: its flags, and the
// preposition of a fixed split, the only part of a parse the lists give.
func packLex(e lexEntry) int8 {
	if e.flags >= 1<<6 || e.parse.conj != 0 || e.parse.enc != 0 || e.parse.prep > 1 {
		panic("clitics: a lexicon entry does not fit a byte")
	}
	return int8(e.flags) | int8(e.parse.prep)<<6
}

func unpackLex(v int8) lexEntry {
	return lexEntry{flags: lexFlag(v) & (1<<6 - 1), parse: parse{prep: int(v >> 6)}}
}

// lexiconEntry returns the entry of w, trying the other spellings of an
// initial alef as lookup does.
func lexiconEntry(w []byte) lexEntry {
	if len(w) == 0 {
		return lexEntry{}
	}
	m := lexicon()
	rest := formHash(w[1:])
	if v, ok := m.get(prependHash(rest, w[0])); ok || !isAlef(w[0]) {
		return unpackLex(v)
	}
	for _, a := range alefSpellings {
		if a != w[0] {
			if v, ok := m.get(prependHash(rest, a)); ok {
				return unpackLex(v)
			}
		}
	}
	return lexEntry{}
}

// isWholeWord reports whether w is one of the wholeWords.
func isWholeWord(w []byte) bool { return lexiconEntry(w).flags&lexWhole != 0 }

// keepsEnding reports whether the last letters of w belong to a listed
// word and are no pronoun: w, or w after a conjunction, a preposition or
// both in the ATB order, is one of the wholeWords or an imperfect person
// prefix أ ي ت ن before one (أشارك and نشارك keep the ك of شارك as يشارك
// does; ويكره, ليتوجه and ستتوجه keep their ه). The listed word after a
// person prefix begins with neither ي nor alef, as no imperfect does:
// نيتهم is نية + هم and بناتهم بنات + هم, not ن + يتهم or ن + اتهم.
func keepsEnding(w []byte) bool {
	for k := 0; k <= 2 && len(w)-k >= 3; k++ {
		switch k {
		case 1:
			if !isProclitic(w[0]) {
				return false
			}
		case 2:
			if !isConj(w[0]) || !isPrep(w[1]) {
				return false
			}
		}
		if lexiconEntry(w[k:]).flags&(lexWhole|lexPersonWhole) != 0 {
			return true
		}
	}
	return false
}

// fold appends the folded letters of word (see letters.Code) to dst.
func fold(dst []byte, word string) []byte {
	for _, r := range word {
		if c := letters.Code(r); c != 0 {
			dst = append(dst, c)
		}
	}
	return dst
}
