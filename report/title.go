// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package report

import (
	"strings"

	"github.com/qalam-nlp/qalam/normalize"
	"github.com/qalam-nlp/qalam/tokenize"
)

// maxTitle is the most runes a title keeps: a text with no line break
// would otherwise be its own title.
const maxTitle = 200

// A headline has at least minHeadlineWords and at most maxHeadlineWords
// Arabic or Latin words. The 198 ANT articles' headlines have 3 to 17;
// page furniture (نشر, a name under a photo) has one, a body paragraph
// dozens.
const (
	minHeadlineWords = 2
	maxHeadlineWords = 25
)

// Credit lines credit a text rather than head it: by-lines, sources,
// publication stamps. Words are compared after search normalisation and
// lower-casing. A line is a credit line when its first word is one of
// creditWords, its first two words one of creditPairs, or its first word,
// followed by a colon, one of labelWords (words that may also begin a
// headline: تحرير الموصل, نشر قوات).
var (
	creditWords = wordSet(`كتب كتبت كتبه بقلم المحرر مراسلنا وكالات by`)
	creditPairs = wordSet(`مجلس_التحرير هيئة_التحرير رئيس_التحرير تاريخ_النشر آخر_تحديث نشر_في نشر_بتاريخ`)
	labelWords  = wordSet(`إعداد تحرير ترجمة متابعة المصدر مصدر نشر تحديث تصوير source posted published updated editor`)
)

// wordSet returns the set of the search-normalised, lower-cased words of
// list, separated by spaces; "_" stands for a space inside an item.
func wordSet(list string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(list) {
		m[foldWord(strings.ReplaceAll(w, "_", " "))] = true
	}
	return m
}

// foldWord is w search-normalised and lower-cased.
func foldWord(w string) string { return strings.ToLower(normalize.Search.String(w)) }

// Title returns the headline of an article: the first line that stands
// as a paragraph of its own (blank lines around it) before the body
// begins and is shaped like a headline — two to 25 words, no full stop,
// comma or colon at its end (an ellipsis may end it), not a credit line
// (كتب، بقلم، مجلس التحرير، المصدر: ...). Failing that, the first such
// line that opens a paragraph; failing that, the first sentence of the
// first line that holds a word or a number. The body begins at the first
// paragraph that has a line ending with a full stop or a line longer
// than a headline. So the by-line and syndication note that open some
// pages are passed over for the headline below them, and a text made of
// paragraphs alone is titled by its first sentence.
//
// The title is trimmed, without a byte order mark, and cut at the last
// space before 200 runes, "…" marking the cut.
func Title(text string) string {
	text = strings.TrimPrefix(text, "\uFEFF")
	opening := "" // the first headline-shaped line that opens a paragraph
	para := 0     // lines in the current paragraph so far
	var single string
	for line := range strings.Lines(text) {
		line = strings.TrimSpace(line)
		if line == "" {
			if para == 1 && single != "" {
				return shorten(single, maxTitle)
			}
			para, single = 0, ""
			continue
		}
		para++
		shape := headlineShape(line)
		if shape == body {
			break
		}
		single = ""
		if shape == headline {
			single = line
			if para == 1 && opening == "" {
				opening = line
			}
		}
	}
	if para == 1 && single != "" {
		return shorten(single, maxTitle)
	}
	if opening != "" {
		return shorten(opening, maxTitle)
	}
	for line := range strings.Lines(text) {
		line = strings.TrimSpace(line)
		for t := range tokenize.Tokens(line) {
			if t.Kind.IsWord() {
				for s := range tokenize.Sentences(line, 0) {
					return shorten(strings.TrimSpace(line[s.Start:s.End]), maxTitle)
				}
			}
		}
	}
	return ""
}

// lineShape is what a line of an article's top can be.
type lineShape int

const (
	other    lineShape = iota // a credit, a stamp, furniture
	headline                  // shaped like a headline
	body                      // a line of body text
)

// headlineShape says what line, trimmed and not empty, looks like.
func headlineShape(line string) lineShape {
	words := 0
	var first, second string
	labelled := false // a colon follows the first word
	for t := range tokenize.Tokens(line) {
		if t.Kind != tokenize.ArabicWord && t.Kind != tokenize.LatinWord {
			continue
		}
		switch words {
		case 0:
			first = foldWord(line[t.Start:t.End])
			labelled = strings.HasPrefix(strings.TrimLeft(line[t.End:], " \t"), ":")
		case 1:
			second = foldWord(line[t.Start:t.End])
		}
		words++
	}
	stop := endsWithStop(line)
	switch {
	case words > maxHeadlineWords || stop && words > minHeadlineWords && strings.HasSuffix(line, "."):
		return body
	case words < minHeadlineWords || stop:
		return other
	case creditWords[first] || creditPairs[first+" "+second] || labelled && labelWords[first]:
		return other
	}
	return headline
}

// endsWithStop reports whether line ends with a full stop, a comma, a
// semicolon or a colon, an ellipsis (.. ... …) excepted.
func endsWithStop(line string) bool {
	switch {
	case strings.HasSuffix(line, ".."):
		return false
	case strings.HasSuffix(line, "."), strings.HasSuffix(line, ":"), strings.HasSuffix(line, "،"),
		strings.HasSuffix(line, ","), strings.HasSuffix(line, "؛"), strings.HasSuffix(line, ";"):
		return true
	}
	return false
}

// shorten returns s cut at the last space before max runes, with " …"
// marking the cut; s itself when it has at most max runes.
func shorten(s string, max int) string {
	n := 0
	for i := range s {
		if n == max {
			cut := s[:i]
			if j := strings.LastIndexByte(cut, ' '); j > 0 {
				cut = cut[:j]
			}
			return strings.TrimRight(cut, " ") + " …"
		}
		n++
	}
	return s
}
