// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package main

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/qalam-nlp/qalam/internal/shared"
)

// corpusOf builds a corpus from lines of "token/TAG" words, a sentence a
// line.
func corpusOf(lines ...string) *corpus {
	c := &corpus{}
	for _, l := range lines {
		for _, w := range strings.Fields(l) {
			tok, tag, _ := strings.Cut(w, "/")
			if tag == "" {
				tag = "O"
			}
			c.tokens, c.tags, c.brk = append(c.tokens, tok), append(c.tags, tag), append(c.brk, false)
		}
		c.brk[len(c.brk)-1] = true
	}
	return c
}

func TestSeenIn(t *testing.T) {
	x := corpusOf(
		"أعلن الرئيس جورج/B-PERS بوش/I-PERS اليوم في واشنطن/B-LOC",
		"وصل الوفد إلى القاهرة/B-LOC صباحا",
		"قصير",
	)
	// y holds the first sentence with other clitic splits and spellings
	// (و split off, إعلان written without hamza), and "قصير" inside a word.
	y := corpusOf(
		"و اعلن الرئيس جورج بوش اليوم في واشنطن",
		"القصيرة جدا",
	)
	assert.Equal(t, []bool{true, false, true}, x.seenIn(y))
}

func TestProxyParts(t *testing.T) {
	x := corpusOf(
		"قال بوش/B-PERS",
		"زار باريس/B-LOC",
		"ثم عاد",
		"التقى ساركوزي/B-PERS",
	)
	fold := x.proxyFolds([]bool{true, false, true, true}, 2)
	require.Equal(t, []int{0, -1, 0, 1}, fold)
	test, train := x.proxyParts(fold, 0)
	assert.Equal(t, "قال بوش\nثم عاد\n", test.text)
	assert.Equal(t, []goldSpan{{i: 1, j: 2, typ: folded["PERS"]}}, test.gold)
	require.Len(t, train, 2)
	assert.Equal(t, "زار باريس\n", train[0].text)
	assert.Equal(t, "التقى ساركوزي\n", train[1].text)
	assert.Equal(t, []goldSpan{{i: 1, j: 2, typ: folded["PERS"]}}, train[1].gold)
}

func TestAgreement(t *testing.T) {
	x := corpusOf(
		"قال جورج/B-PERS بوش/I-PERS في واشنطن/B-LOC",
		"زار ساركوزي/B-PERS باريس/B-LOC",
		"جملة لا تشترك",
	)
	y := corpusOf(
		"قال جورج/B-PERS بوش/I-PERS في واشنطن/B-ORG",
		"زار ساركوزي/B-PERS باريس/B-LOC",
		"جملة أخرى",
	)
	got, n := x.agreement(y)
	assert.Equal(t, 8, n)
	person, place, org := folded["PERS"], folded["LOC"], folded["ORG"]
	assert.Equal(t, counts{gold: 2, pred: 2, correct: 2}, got[person])
	assert.Equal(t, counts{gold: 2, pred: 1, correct: 1}, got[place])
	assert.Equal(t, counts{gold: 0, pred: 1, correct: 0}, got[org])
}

// BenchmarkSeenIn measures finding the sentences of one development file
// that the other holds, as the held-back proxy does for each file.
func BenchmarkSeenIn(b *testing.B) {
	x, err := readCoNLL(shared.Path(b, "ner/anercorp-dev.tsv"))
	require.NoError(b, err)
	y, err := readCoNLL(shared.Path(b, "ner/newsfane-dev.tsv"))
	require.NoError(b, err)
	b.ReportAllocs()
	for b.Loop() {
		x.seenIn(y)
	}
}
