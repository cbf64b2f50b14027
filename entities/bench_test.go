// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package entities

import (
	"runtime"
	"testing"

	"github.com/qalam-nlp/qalam/entities/gazetteer"
	"github.com/qalam-nlp/qalam/entities/tagger"
	"github.com/qalam-nlp/qalam/internal/shared"
)

// BenchmarkNew measures building the default Extractor from the embedded
// gazetteer files: parsing them and building the matcher.
func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		g, err := gazetteer.ParseDefault()
		if err != nil {
			b.Fatal(err)
		}
		New(g)
	}
}

// loadDefault does afresh what Default does on its first call.
func loadDefault(tb testing.TB) *Extractor {
	x, err := buildDefault(func() (*tagger.Model, error) { return ReadModel(defaultModelFile) }, gazetteer.ParseDefault)
	if err != nil {
		tb.Fatal(err)
	}
	return x
}

// BenchmarkLoad measures what Default does on its first call.
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		loadDefault(b)
	}
}

// TestLoadBudget checks that what Default loads and builds, the model
// included, stays within 64 MB of heap.
func TestLoadBudget(t *testing.T) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	x := loadDefault(t)
	runtime.GC()
	runtime.ReadMemStats(&after)
	live := int64(after.HeapAlloc) - int64(before.HeapAlloc)
	total := after.TotalAlloc - before.TotalAlloc
	t.Logf("default gazetteer: %d entries, %d words, %d trie nodes; model: %d hashed features, %d words; live heap %.1f MB, allocated %.1f MB",
		len(x.entries), len(x.nameRoles), len(x.trie.nodes), x.model.Hashed(), x.model.Words(), float64(live)/(1<<20), float64(total)/(1<<20))
	if live > 64<<20 {
		t.Errorf("live heap %d bytes, want < 64 MB", live)
	}
	runtime.KeepAlive(x)
}

func benchText(b *testing.B) string {
	data := shared.ReadFile(b, "corpus/ant-v1.1.txt")
	if len(data) > 4<<20 {
		data = data[:4<<20]
	}
	return string(data)
}

// BenchmarkExtract measures extraction with the default gazetteer on the
// first 4 MB of the ANT news corpus.
func BenchmarkExtract(b *testing.B) {
	text := benchText(b)
	x, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	var buf []Mention
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		buf = x.AppendMentions(buf[:0], text)
	}
}

// BenchmarkExtractArticle measures one news article at a time, the usual
// call, on the seed article.
func BenchmarkExtractArticle(b *testing.B) {
	text := string(shared.ReadFile(b, "corpus/seed-article.txt"))
	x, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	var buf []Mention
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		buf = x.AppendMentions(buf[:0], text)
	}
}
