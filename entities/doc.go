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
// that begin with a head-word (حزب العدالة والتنمية), places after a
// place head-word (مدينة الرديف → الرديف; محافظة، منطقة، مديرية and إقليم
// are part of the name: محافظة الأنبار), and a state's body named with a
// nationality as one organisation (الجيش الإسرائيلي), unless a title
// governs it (رئيس الحكومة العراقية: العراقية is a nationality). A person
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
// # The learned tagger
//
// Beside the gazetteer and its rules, the extractor runs a statistical
// sequence tagger (package tagger: an averaged structured perceptron over
// BIO tags, Viterbi decoding) that reads each sentence and finds the
// people, places and organisations no list holds. Its features are the
// word and its clitic segmentation, prefixes and suffixes, light stem,
// shape and script, the words two to each side, word clusters learned
// without labels from a news corpus, and what the gazetteer and the rules
// found at and around the token. The model is trained by
// entities/cmd/train-tagger on annotated news and embedded (model/); see
// model/README.md for its data, licences and scores. Default uses it;
// New uses it with WithModel(m), and without that option runs the
// gazetteer and its rules alone.
//
// The two are combined so that the tagger adds what the lists lack while
// the lists keep what they know: a span of the tagger stands unless it
// cuts into a listed name without containing it, or reads a listed name
// as a type it is not listed as; it takes the id of the listed name it
// covers or contains; a listed name the tagger passes over stays; a
// person, place or organisation found by a rule alone stays only where
// the tagger finds it too. A person the tagger finds is remembered by the
// last word of the name, as a listed person is, so later mentions by the
// surname are found. Names that are also common words are held to their
// context (حماس "zeal", مسقط رأسه, كابل الكهرباء, عمان after الأردنية is
// Amman).
//
// # Use
//
// An Extractor is immutable once built and safe for concurrent use; each
// call to Extract treats its text as one document for the linking of
// partial mentions. It works through a text in pieces of about 32 KB cut
// at line breaks, so its memory does not grow with the text. Measured
// speed and scores are in the README.
package entities
