// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

// Package gazetteer reads, checks and merges the gazetteers that the entity
// extractor matches against, and embeds the project's default ones.
//
// # File format
//
// A gazetteer file is UTF-8 text, one entry a line. Blank lines and lines
// whose first non-space character is '#' are ignored. An entry has five or
// six fields separated by '|'; spaces around each field are trimmed:
//
//	id | type | canonical | names | country | notes
//
//	putin   | PERSON            | Vladimir Putin | فلاديمير بوتين; بوتين         | RU | President of Russia 2000–2008, 2012–
//	ru      | LOCATION.country  | Russia         | روسيا; روسيا الاتحادية        | RU |
//	mosul   | LOCATION.city     | Mosul          | الموصل                        | IQ | Nineveh Governorate
//	nato    | ORGANIZATION.alliance | NATO       | حلف شمال الأطلسي; الناتو; حلف الناتو |  |
//	nat-ru  | NATIONALITY       | Russia         | روسي; روس                     | RU | Russian
//
// id: a stable lowercase slug, [a-z0-9-]+, unique across the whole
// gazetteer. By convention: countries are their ISO 3166-1 alpha-2 code in
// lowercase (ru); other places end in their country code (mosul-iq,
// georgia-us) unless they belong to no single country (europe, red-sea);
// people are the slug of their canonical name (vladimir-putin); organisations
// the slug of their usual English short name (nato, un, hamas); lexicon
// entries are prefixed by kind: nat-ru, title-president, name-mohammed,
// orghead-party, lochead-governorate. Within one file an id appears once; a
// later file that repeats an id replaces that entry, which is how users
// override the defaults.
//
// type: PERSON, LOCATION, ORGANIZATION or NATIONALITY for entities that are
// reported, or one of the cue lexicons that are never reported by themselves:
// TITLE (roles that introduce a person: الرئيس, وزير الخارجية), GIVEN_NAME
// (first names, Arabic and transliterated foreign), ORG_HEAD (head-words
// that begin an organisation name: حزب, وزارة) and LOC_HEAD (head-words that
// begin a place name: مدينة, محافظة). An optional lowercase subtype follows
// a dot: LOCATION.city, LOCATION.country, LOCATION.province, LOCATION.region,
// LOCATION.continent, LOCATION.sea, LOCATION.river, LOCATION.mountain,
// LOCATION.island, ORGANIZATION.party, ORGANIZATION.ministry, ... .
//
// canonical: the English name, as English-language media write it. For a
// NATIONALITY entry it is the name of the country or region the adjective
// refers to (الروسي → Russia), so that a nationality and its country group
// together; the English adjective goes in notes.
//
// names: the Arabic names and spelling variants, separated by ';', the
// preferred form first. Write them as Arabic media spell them, with
// their common variants (أمريكا; أميركا). Matching is done after search
// normalisation (harakat removed; أ إ آ ٱ → ا; ى → ي; ة → ه; ...), so variants
// that differ only in those need not be listed. Attached clitics (و ف ب ل ك)
// and the article ال are stripped when matching, so list a name with ال only
// when the article is part of it (الموصل, القاهرة, الأمم المتحدة). The
// article is stripped only for nationality adjectives and the cue lexicons;
// a proper name never takes it (روسيا is never الروسيا).
//
// A name must keep a letter once normalised (one of tatweel alone has
// none), and more than one unless something else stands with it (د. for
// doctor); it must not be the article ال alone, nor a stop word of
// tokenize.ArabicStopwords as written (في, لي; آنا, Anna, is no أنا): each
// would be found all over any text.
//
// For NATIONALITY entries list the masculine singular (روسي) and any broken
// plural (روس، أتراك); the feminine, sound plurals and duals of a name
// ending in ي are derived (روسية، روسيون، روسيين، روسيات، روسيان، روسيتان،
// روسيتين).
//
// ORG_HEAD entries take a subtype: part when the head-word is part of the
// name it begins (حزب العمال, جامعة القاهرة), before when it only
// introduces the name (صحيفة الأهرام: the organisation is الأهرام), team
// like before, and a city that follows it names a club (فريق برشلونة).
// LOC_HEAD entries take part, when the head-word is part of the place's
// name as news annotation writes it (محافظة الأنبار, منطقة دونيتسك,
// مديرية سحار), or before, when it only introduces the place (مدينة
// مشهد: the place is مشهد). A listed name that begins with an introducing
// word (مدينة مشهد, صحيفة يديعوت أحرونوت) is matched whole and reported
// without that word.
//
// country: ISO 3166-1 alpha-2 code in uppercase, or empty for entries that
// belong to no single country (the UN, the Nile, Europe). For NATIONALITY
// entries it is the country (or region code such as EU is allowed for
// "European") the adjective refers to.
//
// notes: free text (role, dates, disambiguation); optional.
//
// A file with any malformed line is rejected whole, with an error of the
// form "file:line: what is wrong" for each of the first 20 problems, and
// "file: N more errors left out" after them when there are more.
package gazetteer
