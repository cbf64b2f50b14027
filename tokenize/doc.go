// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

// Package tokenize splits Arabic text, news above all, into tokens with
// exact byte offsets, finds its sentences, knows its stopwords, and chains
// these with normalisation and stemming into an analyzer for search
// indexers.
//
// # Tokens
//
// Tokens and TokensBytes iterate over a text in memory, Scanner over a
// stream in constant memory; none allocates per token. Each Token is a
// span text[Start:End] of the input in UTF-8 byte offsets, with a Kind:
//
//   - ArabicWord: letters of the Arabic script, keeping their harakat,
//     Quranic marks, tatweel and inner ZWNJ or other invisible controls
//     (مُحَمَّد، جمـــيل، می‌خواهم are one token each). An Arabic run and a
//     Latin run next to each other are two tokens (iPhoneالجديد).
//   - LatinWord: letters of any other script (Latin, Greek, Cyrillic, CJK
//     ...; see Kind for why they share one kind), with digits (G20, 5G,
//     MP3) and apostrophes between letters (don't, l’État).
//   - Number: digits of any script with inner . , ٫ ٬ : followed by a
//     digit and a trailing % ٪ ‰ (3.5, 1,200, ٢٠٢٥, ٣٫٥, 15%; times and
//     ratios 10:30, 10:30:15, 2:1), a percent sign typed before the digits
//     (%15, ٪٥٠; but 15 % is two tokens, as a space separates them), dates
//     of three groups joined by / or - (2025/03/04, 04-03-2025, 4/3/2025,
//     ٢٠٢٥/٣/٤; 04.03.2025 by the . rule) with a month 1-12 and a day 1-31
//     — two groups (2015/2016, 1990-2000) stay three tokens, as ranges and
//     fractions do — and ½ ² and kin.
//   - Punct: one punctuation character (، ؛ ؟ « » “ ” " ( ) ...); a run of
//     full stops is one token (...).
//   - Symbol: one symbol (+ $ © ﷼ °), a combining mark with no base, or one
//     byte that is not valid UTF-8.
//   - URL (http://, https://, ftp://, www. and host names ending in a common
//     top-level domain, less trailing punctuation), Email, Hashtag (#مصر،
//     #COP28; letters of any script, digits and _), Mention (@UN_News), and
//     Emoji (with skin tones, ZWJ sequences, flags, keycaps and tags).
//
// Every visible character is inside exactly one token. White space and
// invisible controls are in none, except inside a word. A combining mark
// stays with the character before it.
//
// # Sentences
//
// Sentences and SentenceScanner find sentence spans; see Sentences
// for the rules (. ! ? ؟, line breaks, abbreviations such as د. and ص.ب,
// closing and paired quotes, ellipses, years with their era: 2025 م.).
// SentenceTokens gives the tokens with the sentence of each in the same
// pass, for a caller that wants both.
//
// # Stopwords and the analyzer
//
// ArabicStopwords is the project's list, matched after normalize.Search.
// An Analyzer yields index Terms (normalised, lower-cased, stopwords
// dropped, stemmed) with positions and byte offsets, from a string, a
// byte slice or a stream (TermScanner) in constant memory, or from tokens
// the caller has lexed already (TermFilter), so that a program makes one
// pass over its text: package report counts words, sentences and key
// terms from one SentenceTokens pass through a TermFilter.
package tokenize
