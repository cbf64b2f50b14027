// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package clitics

// Patterns of Arabic morphology that make a cut likely or unlikely: what
// may follow a preposition, take a pronoun, or look like a verb.

// afterPreposition reports whether stem can follow prep, a preposition or
// the future particle: it is not a particle that none governs (لاذ is no ل
// + إذ), nor و + a particle (كولا is no ك + و + لا: a conjunction comes
// before a preposition, never after it) unless it is a noun of its own
// (بوالي is ب + والي), nor mostly و، ب or ل + a word (بلعيد). ف + a particle
// is left alone: فقد and فلم are words too.
func afterPreposition(prep byte, stem []byte) bool {
	if len(stem) == 0 {
		return true // له، بها: the preposition carries the pronoun
	}
	if len(stem) <= maxParticle {
		if e := lexiconEntry(stem); e.flags&lexParticle != 0 && e.flags&lexGoverned == 0 {
			return false
		}
	}
	switch {
	case stem[0] == 'w' && len(stem) > 2 && len(stem) <= maxParticle+1:
		if lexiconEntry(stem[1:]).flags&lexParticle != 0 && !isWholeWord(stem) && !withArticle(stem) {
			return false
		}
	case len(stem) > 3 && (stem[0] == 'w' || stem[0] == 'b' || stem[0] == 'l' && prep != 'l'):
		// بلعيد and بوسلامة are names, not ب + ل + عيد or ب + و + سلامة:
		// neither a preposition nor و follows a preposition, and a stem
		// (never seen after ال) that the corpus has far less often than
		// itself without its first و، ب or ل is mostly that clitic + a
		// word. ك is left alone: كنية and كنيس are no ك + نية or ك + نيس.
		// The ل of لل is the article's.
		if inner, ok := lookup(stem[1:]); ok {
			if outer, _ := lookup(stem); inner > outer+4 && !isWholeWord(stem) && !withArticle(stem) {
				return false
			}
		}
	}
	return true
}

// takesPronoun reports whether the corpus has stem with a third person
// pronoun after it (ه، ها، هم), or stem is a preposition or particle that
// carries pronouns. A word the corpus has is cut before a second person ك
// only on such a stem: ك is rarer in news than ه on the same word, and a
// name or word ending in ك (مايك، أمسك) is more common than ماي + ك.
func takesPronoun(stem []byte) bool {
	if len(stem) > maxLetters-2 || lexiconEntry(stem).flags&lexHost != 0 {
		return true
	}
	var buf [maxLetters]byte
	n := copy(buf[:], stem)
	buf[n] = 'h'
	if _, ok := lookup(buf[:n+1]); ok {
		return true
	}
	buf[n+1] = 'A'
	if _, ok := lookup(buf[:n+2]); ok {
		return true
	}
	buf[n+1] = 'm'
	_, ok := lookup(buf[:n+2])
	return ok
}

// isLongVowel reports whether c is a letter that spells a long vowel: و،
// ي or a bare alef.
func isLongVowel(c byte) bool { return c == 'w' || c == 'y' || c == 'A' }

// stemClass is the evidence for stem being a word once clitics are cut:
// its corpus class under the spellings it may take standing alone, and
// whether the corpus has it at all. encFirst is the first letter of the
// enclitic after it, 0 when none.
func stemClass(stem []byte, prep byte, encFirst byte) (class int, known bool) {
	hasEnc := encFirst != 0
	// A stem before a pronoun must be seen as it is: توجيه is not توجي + ه
	// for the sake of توج.
	best, found := classOf(stem, !hasEnc)
	var buf [maxLetters + 1]byte
	try := func(v []byte) {
		if c, ok := classOf(v, !hasEnc); ok && (!found || c > best) {
			best, found = c, true
		}
	}
	n := len(stem)
	if prep == 'l' && stem[0] == 'l' {
		// للسلطة: ل + (ا)لسلطة, the alef of the article dropped.
		buf[0] = 'A'
		try(buf[:copy(buf[1:], stem)+1])
	}
	if hasEnc {
		copy(buf[:], stem)
		switch stem[n-1] {
		case 't': // حياته ← حياة
			buf[n-1] = 'p'
			try(buf[:n])
		case 'w': // مسؤولوه ← مسؤولون, ألحقونا ← ألحقوا
			if encFirst != 'n' { // قانونا is no قانو(ن) + نا
				buf[n] = 'n'
				try(buf[:n+1])
			}
			buf[n] = 'A'
			try(buf[:n+1])
		case '&', '}': // ارتداؤه ← ارتداء
			buf[n-1] = '\''
			try(buf[:n])
		case 'y': // عليه ← على
			buf[n-1] = 'Y'
			try(buf[:n])
		case 'A': // شكواها ← شكوى
			buf[n-1] = 'Y'
			try(buf[:n])
		}
	}
	if !found {
		return wt.unknownStem + stemShape(stem), false
	}
	return best, true
}

// imperfectLike reports whether stem can be an imperfect verb: a person
// prefix ي ت ن, at least three letters, and no noun ending (ة، ات) or final
// alef (ليتوانيا، ليما are names).
func imperfectLike(stem []byte) bool {
	n := len(stem)
	if n < 3 || stem[0] != 'y' && stem[0] != 't' && stem[0] != 'n' {
		return false
	}
	switch stem[n-1] {
	case 'p', 'A':
		return false
	}
	if stem[0] == 'n' && personSuffix(stem) {
		return false
	}
	return !(stem[n-2] == 'A' && stem[n-1] == 't')
}

// personSuffix reports whether stem ends like an imperfect of the second or
// third person, dual or plural (ان، وا), which the first person prefixes أ
// and ن never take: سنومان is a name, not س + ن + ومان. ون and ين are left
// out: they end hollow verbs too (سنكون، نستعين).
func personSuffix(stem []byte) bool {
	n := len(stem)
	if n < 4 {
		return false
	}
	switch string(stem[n-2:]) {
	case "An", "wA":
		return true
	}
	return false
}

// stemShape rewards an unknown stem that has the shape of an Arabic word
// that clitics attach to: an imperfect verb (يفعلون), a masdar of the derived
// forms (استكشاف، انطلاق، اقتراض) or a participle (مستخدم).
func stemShape(stem []byte) int {
	n := len(stem)
	switch {
	case n >= 4 && imperfectLike(stem) && stem[1] != 'A' && stem[1] != 'w' && stem[1] != 'y':
		// يبطئ، تحوي: a prefix before a consonant; names have a vowel
		// there (ستيفن، سنومان).
		return wt.stemShape
	case n >= 5 && (stem[0] == 'A' || stem[0] == '<') && stem[n-2] == 'A':
		return wt.stemShape
	case n >= 5 && stem[0] == 'm':
		return wt.stemShape
	}
	return 0
}
