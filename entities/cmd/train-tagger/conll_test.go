// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/qalam-nlp/qalam/entities"
	"github.com/qalam-nlp/qalam/entities/gazetteer"
)

func TestLearnFine(t *testing.T) {
	c := corpusOf("قال وزير الدفاع دونالد/B-ORG رامسفيلد/I-ORG في بغداد/B-LOC امس")
	fine := corpusOf("قال وزير الدفاع دونالد/B-Police رامسفيلد/I-Police في بغداد/B-Population-Center امس")
	require.NoError(t, c.learnFine(fine))
	p := c.part(0, len(c.tokens))
	// Scored as the file tags it, learnt as NewsFANE's class says.
	assert.Equal(t, []goldSpan{{i: 3, j: 5, typ: gazetteer.Organization}, {i: 6, j: 7, typ: gazetteer.Location}}, p.gold)
	assert.Equal(t, []goldSpan{{i: 3, j: 5, typ: gazetteer.Person}, {i: 6, j: 7, typ: gazetteer.Location}}, p.learn)
	l := p.labeled()
	require.Len(t, l.Spans, 2)
	assert.Equal(t, entities.Span{Start: len("قال وزير الدفاع "), End: len("قال وزير الدفاع دونالد رامسفيلد"), Type: gazetteer.Person}, l.Spans[0])

	other := corpusOf("قال وزير الدفاع")
	assert.Error(t, c.learnFine(other), "different tokens")

	plain := corpusOf("زار باريس/B-LOC")
	q := plain.part(0, 2)
	assert.Equal(t, q.gold, q.learn, "a corpus without fine tags learns its own")
}
