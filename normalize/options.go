// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package normalize

import "fmt"

// Options is a set of normalisations, one bit each. Combine them with |.
// Each option changes only the characters its comment lists; every other
// character, and every invalid UTF-8 byte, is passed through unchanged.
type Options uint32

const (
	// Harakat deletes the harakat U+064B–U+0652: fathatan, dammatan,
	// kasratan, fatha, damma, kasra, shadda and sukun (exactly Lucene's set).
	Harakat Options = 1 << iota

	// KeepShadda, together with Harakat, keeps shadda (U+0651), so that
	// doubled consonants stay marked while the vowels go.
	KeepShadda

	// DaggerAlef deletes the superscript (dagger) alef U+0670, so that
	// هٰذا، ذٰلك، لٰكن، الرحمٰن read as their modern spellings هذا، ذلك،
	// لكن، الرحمن. See DaggerAlefToAlef for the other choice.
	DaggerAlef

	// DaggerAlefToAlef replaces the dagger alef U+0670 with a full alef ا,
	// so that Quranic السمٰوٰت reads السماوات (CAMeL Tools issue #114). It
	// takes precedence over DaggerAlef.
	DaggerAlefToAlef

	// QuranicMarks deletes the other Quranic and annotation marks:
	// U+0610–U+061A (honorifics, small high letters), U+0653–U+065F (madda,
	// hamza above and below as combining marks, subscript alef, inverted
	// damma and the rest) and U+06D6–U+06ED (small high ligatures, end of
	// ayah, rub el hizb, sajdah, small waw and yeh, and the rest).
	//
	// A combining madda or hamza directly after a letter it composes with
	// under NFC (ا+U+0653 → آ; ا و ي ە ہ ے + U+0654 → أ ؤ ئ ۀ ۂ ۓ;
	// ا+U+0655 → إ) is composed with it rather than deleted, so decomposed
	// text normalises like precomposed text (و+U+0654 like ؤ).
	QuranicMarks

	// Tatweel deletes the kashida U+0640.
	Tatweel

	// AlefForms replaces alef with madda آ, with hamza above أ and with
	// hamza below إ by bare alef ا (Lucene's alef folding).
	AlefForms

	// AlefWasla replaces alef wasla ٱ (U+0671) by bare alef ا.
	AlefWasla

	// HamzaToHamza replaces the hamza carriers ؤ (U+0624) and ئ (U+0626) by
	// the bare hamza ء, so that the common variant spellings مسؤول and
	// مسئول, شؤون and شئون become one. It takes precedence over
	// HamzaToLetters.
	HamzaToHamza

	// HamzaToLetters replaces ؤ by its carrier و and ئ by its carrier ي.
	HamzaToLetters

	// AlefMaksura replaces alef maksura ى (U+0649) by yeh ي.
	AlefMaksura

	// TehMarbuta replaces teh marbuta ة (U+0629) by heh ه.
	TehMarbuta

	// PresentationForms replaces each character of the Arabic Presentation
	// Forms-A and -B blocks (U+FB50–U+FDFF, U+FE70–U+FEFF) by its NFKC form:
	// contextual letter forms by the letter, the lam-alef ligatures ﻻ ﻷ ﻹ ﻵ
	// by two letters, ﷲ by الله, ﷺ by صلى الله عليه وسلم; the isolated
	// harakat forms U+FE70–U+FE7E become a space and the haraka, as in NFKC.
	// The result is then normalised by the other options.
	PresentationForms

	// PersianLetters replaces letters of Persian, Urdu, Kurdish, Pashto,
	// Sindhi and the Maghreb that are look-alikes of Arabic letters by the
	// Arabic letter with the same skeleton (rasm), dropping the extra dots,
	// bars and rings: keheh ک and gaf گ → ك; Farsi yeh ی and yeh barree ے
	// → ي; heh doachashmee ھ, heh goal ہ, ae ە and heh with yeh above ۀ → ه;
	// پ → ب; چ → ج; ژ → ز; ڤ → ف; ڨ → ق; ٹ → ت; ڈ → د; ڑ → ر; ں → ن;
	// ۆ ۇ ۋ → و; and the hamza-bearing forms to the Arabic hamza letters.
	// The full table is persianLetter in normalize.go.
	//
	// Gaf goes to kaf rather than to ghain or jeem: ghain, jeem and qaf are
	// each one regional way of spelling a foreign g (غوغل، جوجل، قوقل),
	// whereas kaf is the letter gaf is drawn from, and the one Arabic writing
	// has long used for Persian names (گرگان → كركان).
	PersianLetters

	// Digits replaces Arabic-Indic digits ٠–٩ (U+0660–U+0669) and Persian
	// digits ۰–۹ (U+06F0–U+06F9) by ASCII 0–9, the Arabic decimal separator
	// ٫ by '.' and the Arabic thousands separator ٬ by ','.
	Digits

	// Punctuation replaces Arabic punctuation by its ASCII counterpart:
	// ، → ',' ؛ → ';' ؟ → '?' ٪ → '%' ٭ → '*' ۔ → '.' and the reversed
	// comma ⹁ → ','.
	Punctuation

	// Controls deletes invisible format characters: soft hyphen U+00AD,
	// Arabic letter mark U+061C, zero-width space, non-joiner and joiner
	// U+200B–U+200D, LRM and RLM U+200E–U+200F, bidi embeddings and
	// overrides U+202A–U+202E, word joiner and invisible operators
	// U+2060–U+2064, bidi isolates and the deprecated format characters
	// U+2066–U+206F, and the byte order mark U+FEFF. A zero-width joiner
	// directly followed by a pictographic character (the Unicode property
	// Extended_Pictographic: emoji and the symbols emoji sequences build
	// on) is kept, so emoji sequences survive.
	Controls
)

// The presets' options.
const (
	// SearchOptions folds everything a search index should: all options
	// except Punctuation, KeepShadda and DaggerAlefToAlef.
	//
	// The dagger alef is deleted rather than made a full alef because the
	// words that carry it most often — الله، هذا، هذه، ذلك، لكن، هؤلاء،
	// أولئك، الرحمن، إله — are spelt without alef in modern text, and news
	// queries use modern spelling; a full alef would turn them into
	// اللاه، هاذا، ذالك. Quranic-text indexes should add DaggerAlefToAlef.
	//
	// The hamza carriers ؤ ئ become the bare hamza ء (HamzaToHamza) rather
	// than و ي, because that is what makes the two accepted spellings of
	// the same word meet: مسؤول and مسئول, شؤون and شئون, both مسءول, شءون.
	SearchOptions = Harakat | DaggerAlef | QuranicMarks | Tatweel | AlefForms |
		AlefWasla | HamzaToHamza | AlefMaksura | TehMarbuta | PresentationForms |
		PersianLetters | Digits | Controls

	// LuceneOptions is exactly Lucene's ArabicNormalizer (and bleve's
	// normalize_ar): أ إ آ → ا, ى → ي, ة → ه, tatweel and U+064B–U+0652
	// deleted; nothing else.
	LuceneOptions = Harakat | Tatweel | AlefForms | AlefMaksura | TehMarbuta

	// CleanOptions is for display and storage: invisible controls, tatweel
	// and presentation forms only; letters and diacritics are kept.
	CleanOptions = Controls | Tatweel | PresentationForms
)

// optionNames names each option, in bit order, for Options.String.
var optionNames = [...]string{
	"Harakat", "KeepShadda", "DaggerAlef", "DaggerAlefToAlef", "QuranicMarks",
	"Tatweel", "AlefForms", "AlefWasla", "HamzaToHamza", "HamzaToLetters",
	"AlefMaksura", "TehMarbuta", "PresentationForms", "PersianLetters",
	"Digits", "Punctuation", "Controls",
}

// String returns the options' names joined by "|", such as
// "Harakat|Tatweel", "0" for none; unknown bits are shown in hex.
func (o Options) String() string {
	var b []byte
	for i, name := range optionNames {
		if o&(1<<i) != 0 {
			if len(b) > 0 {
				b = append(b, '|')
			}
			b = append(b, name...)
		}
	}
	if rest := o &^ (1<<len(optionNames) - 1); rest != 0 {
		if len(b) > 0 {
			b = append(b, '|')
		}
		b = fmt.Appendf(b, "%#x", uint32(rest))
	}
	if len(b) == 0 {
		return "0"
	}
	return string(b)
}
