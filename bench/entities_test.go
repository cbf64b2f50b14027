// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package bench

import (
	"bytes"
	"testing"

	"github.com/qalam-nlp/qalam/entities"
	"github.com/qalam-nlp/qalam/entities/gazetteer"
)

// BenchmarkEntities compares, on 25 MB of news (the ANT corpus twice,
// article by article), qalam's entity extraction — with the default
// gazetteer loaded and the extractor built inside each iteration, as a
// process would — against bleve's Arabic analyzer merely analysing the
// same text (its analyzer also built inside each iteration).
//
//	cd bench && go test -run '^$' -bench Entities -benchmem -count 5
func BenchmarkEntities(b *testing.B) {
	data := corpus(b)
	data = append(append(make([]byte, 0, 2*len(data)+2), data...), append([]byte("\n\n"), data...)...)
	docs := articles(data)
	b.Run("bleve-ar-analyze", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		b.ReportAllocs()
		for b.Loop() {
			a := bleveArabic(b)
			for _, d := range docs {
				a.Analyze(d)
			}
		}
	})
	b.Run("qalam-entities", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		b.ReportAllocs()
		var ms []entities.Mention
		for b.Loop() {
			x := newExtractor(b)
			for _, d := range docs {
				ms = x.AppendMentions(ms[:0], string(d))
			}
		}
	})
	b.Run("qalam-entities-whole-text", func(b *testing.B) {
		text := string(bytes.Clone(data))
		b.SetBytes(int64(len(data)))
		b.ReportAllocs()
		var ms []entities.Mention
		for b.Loop() {
			ms = newExtractor(b).AppendMentions(ms[:0], text)
		}
	})
}

// newExtractor loads the default gazetteer and builds an extractor on it,
// the start-up work of a process.
func newExtractor(b *testing.B) *entities.Extractor {
	g, err := gazetteer.ParseDefault()
	if err != nil {
		b.Fatal(err)
	}
	return entities.New(g)
}
