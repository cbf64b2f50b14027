// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

// Package entities finds named entities in Arabic text — people, places,
// organisations and nationality adjectives — and links them to the
// entries of a gazetteer (package gazetteer).
//
// Matching works on tokens (package tokenize) in search-normalised form
// (package normalize), so spelling variants match: أ إ آ and ا, ى and ي,
// ة and ه, harakat, tatweel. A token may carry attached proclitics — a
// conjunction و ف, then a preposition ب ل ك — which are stripped for
// matching and left out of the reported span (بالعراق → العراق,
// للأمم المتحدة → لأمم المتحدة, keeping the ل that stands for the article's
// lam). The article ال is kept in the span; it is also stripped for
// matching nationality adjectives and cue words, which are listed without
// it (الروسي matches روسي). The longest name wins.
//
// Nationality adjectives are listed in their masculine singular form and
// broken plurals; the feminine, the sound plurals and the duals are derived
// (روسي → روسية، روسيون، روسيين، روسيات، روسيان، روسيتان، روسيتين).
//
// Beyond the gazetteer, rules find people introduced by a title (الرئيس
// الروسي فلاديمير بوتين), names that begin with a known given name, the
// person speaking after a verb of saying (وقال رمضان إن), organisations
// that begin with a head-word (حزب العدالة والتنمية) and places after a
// place head-word (محافظة الأنبار → الأنبار). A person
// mentioned later by the last word of the name alone (ليفيت after كارولين
// ليفيت) is linked to the same entity. A given name before a listed
// surname joins that person's mention; it stays linked when it spells the
// listed given name (فلاديمير زيلينسكي is Volodymyr Zelensky) and is
// otherwise another person of that family, reported without an id
// (خورخي ميسي). A head-word belongs to a listed name when the rest names
// nothing by itself (حركة الشعب, بحر الشمال) but not when it only
// introduces it (مدينة الرديف → الرديف, قناة الجزيرة → الجزيرة).
//
// Some words are names only in context: a name that is also an adjective
// (مالي, Mali or "financial") is the name after a preposition, a cue, a
// noun that governs a place (عاصمة مالي) or another place, not after a
// noun it describes (مبلغ مالي); a short word after a clitic letter is
// read as clitic + name only where the clitic segmenter (package
// tokenize/clitics) splits it (ورود is a word, not و + رود); a hamza on
// alef inside a word matches only a name spelt with one (فأس is not
// فاس); and a person's name right after a facility head-word (مستشفى
// فرحات حشاد, شارع محمد الخامس) names the facility, not the person.
//
// An Extractor is immutable once built and safe for concurrent use; each
// call to Extract treats its text as one document for the linking of
// partial mentions. It works through a text in pieces of about 32 KB cut
// at line breaks, so its memory does not grow with the text, and it
// allocates nothing per token.
//
// # Performance
//
// Figures on a shared 2-core machine (noisy; medians of -count 3):
// building the default Extractor (parsing the embedded gazetteer of about
// 10,000 entries and building the matcher) takes about 21–29 ms and leaves
// 7 MB of live heap (go test ./entities -bench New; TestLoadBudget);
// extraction runs at 35–58 MB/s with 9 allocations per article (go test
// ./entities -bench Extract -count 5). On 25 MB of news (the ANT corpus twice), the
// whole examples/entities process takes 0.75 s (0.7 s user), against 1.9 s
// for bleve's Arabic analyzer merely analysing the same text; inside one
// process, cd bench && go test -bench Entities gives 0.59 s against 1.84 s.
package entities
