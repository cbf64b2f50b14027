// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package main

import (
	"runtime"
	"strings"
	"unsafe"

	"github.com/qalam-nlp/qalam/entities"
	"github.com/qalam-nlp/qalam/entities/gazetteer"
)

// extractEntities loads the default extractor, gazetteer and tagger model
// (timed apart, with the heap the built extractor holds), then extracts
// the mentions of each article, each article one document. Count is the
// number of mentions.
func extractEntities(in input) result { return extract(in, entities.Default) }

// extractGazetteerAlone is extractEntities with the gazetteer and its
// rules alone, without the tagger.
func extractGazetteerAlone(in input) result {
	return extract(in, func() (*entities.Extractor, error) {
		g, err := gazetteer.Default()
		if err != nil {
			return nil, err
		}
		return entities.New(g), nil
	})
}

func extract(in input, build func() (*entities.Extractor, error)) result {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	before := m.HeapAlloc
	var x *entities.Extractor
	var err error
	r := result{Bytes: int64(len(in.text))}
	r.LoadSeconds = timed(func() { x, err = build() })
	if err != nil {
		panic("default gazetteer: " + err.Error())
	}
	runtime.GC()
	runtime.ReadMemStats(&m)
	r.LoadHeap = m.HeapAlloc - min(before, m.HeapAlloc)
	// The text is never written again, so a string can share its memory
	// rather than double the process's footprint with a copy.
	text := unsafe.String(unsafe.SliceData(in.text), len(in.text))
	docs := strings.Split(text, "\n\n")
	var ms []entities.Mention
	r.Seconds = timed(func() {
		for _, doc := range docs {
			ms = x.AppendMentions(ms[:0], doc)
			r.Count += int64(len(ms))
		}
	})
	return r
}
