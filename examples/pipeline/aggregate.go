// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package pipeline

import (
	"bufio"
	"cmp"
	"context"
	"hash/fnv"
	"slices"
	"strconv"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/qalam-nlp/qalam/entities/gazetteer"
	"github.com/qalam-nlp/qalam/internal/cli"
	"github.com/qalam-nlp/qalam/normalize"
	"github.com/qalam-nlp/qalam/report"
)

func init() {
	register.Combiner1[entityStats](&mergeStatsFn{})
	register.Combiner3[pairCounts, string, []pairCount](&countPairsFn{})
	register.DoFn3x1[context.Context, []byte, func(*string, *entityStats) bool, error](&writeEntitiesFn{})
	register.DoFn4x1[context.Context, []byte, func(*[]pairCount) bool, func(*string, *entityStats) bool, error](&writePairsFn{})
	register.Iter2[string, entityStats]()
	register.Iter1[[]pairCount]()
}

// entityStats is what the corpus holds of one entity: how many articles
// name it, how many mentions, and its written forms with their counts.
type entityStats struct {
	Type      string
	ID        string // "" for an entity found by a rule alone
	Canonical string
	Country   string
	Name      string // the gazetteer's preferred Arabic name; "" for an entity found by a rule alone
	Articles  int
	Mentions  int
	Forms     map[string]int
}

// entityKey is the key that identifies an entity across articles: its
// gazetteer id, or for an entity that a rule found with no entry, its type
// and its search-normalised name ("PERSON:خورخي ميسي"), which all its
// forms share (the report groups them so).
func entityKey(e *report.Entity) string {
	if e.ID != "" {
		return e.ID
	}
	return e.Type + ":" + normalize.Search.String(e.Forms[0].Text)
}

// maxPairEntities bounds the entities of one article that make pairs, so
// that an article that is really a long list (results, a directory) does
// not emit a quadratic number of pairs: its most mentioned ones are kept.
const maxPairEntities = 100

// emitAggregates emits, for the entities of one article, their statistics
// keyed by entityKey, and each unordered pair of the people, organisations
// and places among them (nationality adjectives go with the countries
// they name in nearly every article, so they make no pairs).
func emitAggregates(es []report.Entity, ents func(string, entityStats), pairs func(int, string)) {
	type named struct {
		key   string
		count int
	}
	var keys []named
	for _, e := range es {
		key := entityKey(&e)
		st := entityStats{Type: e.Type, ID: e.ID, Canonical: e.Canonical, Country: e.Country,
			Articles: 1, Mentions: e.Count, Forms: make(map[string]int, len(e.Forms))}
		if e.ID != "" {
			st.Name = e.Name
		}
		for _, f := range e.Forms {
			st.Forms[f.Text] += f.Count
		}
		ents(key, st)
		if e.Type != gazetteer.Nationality.String() {
			keys = append(keys, named{key, e.Count})
		}
	}
	if len(keys) > maxPairEntities {
		slices.SortStableFunc(keys, func(a, b named) int { return cmp.Compare(b.count, a.count) })
		keys = keys[:maxPairEntities]
	}
	slices.SortFunc(keys, func(a, b named) int { return strings.Compare(a.key, b.key) })
	for i := range keys {
		for j := i + 1; j < len(keys); j++ {
			pair := keys[i].key + "\t" + keys[j].key
			pairs(pairShard(pair), pair)
		}
	}
}

// mergeStatsFn adds up the statistics of one entity.
type mergeStatsFn struct{}

func (*mergeStatsFn) MergeAccumulators(a, b entityStats) entityStats {
	a.Articles += b.Articles
	a.Mentions += b.Mentions
	if a.Forms == nil {
		a.Forms = make(map[string]int, len(b.Forms))
	}
	for f, n := range b.Forms {
		a.Forms[f] += n
	}
	if a.Name == "" {
		a.Name = b.Name
	}
	return a
}

// pairCount is a pair of entity keys (A < B) and the number of articles
// that name both.
type pairCount struct {
	A, B     string
	Articles int
}

// pairShards is the number of keys the pairs are counted under. A pair
// always falls under the same key, so each key's count of a pair is its
// total, and each key keeps only its own most frequent pairs; the runner
// holds pairShards keys rather than one a distinct pair, and on a cluster
// the counting is spread over that many workers.
const pairShards = 64

func pairShard(pair string) int {
	h := fnv.New32a()
	h.Write([]byte(pair))
	return int(h.Sum32() % pairShards)
}

// comparePairs orders pairs by count, most first, then by their keys.
func comparePairs(a, b pairCount) int {
	return cmp.Or(cmp.Compare(b.Articles, a.Articles), strings.Compare(a.A, b.A), strings.Compare(a.B, b.B))
}

// countPairsFn counts the pairs of one shard, each pair "A\tB" once an
// article, and keeps the N most frequent.
type countPairsFn struct {
	N int
}

// pairCounts is countPairsFn's accumulator: articles by pair.
type pairCounts struct {
	Counts map[string]int
}

func (fn *countPairsFn) CreateAccumulator() pairCounts { return pairCounts{map[string]int{}} }

func (fn *countPairsFn) AddInput(acc pairCounts, pair string) pairCounts {
	if acc.Counts == nil {
		acc.Counts = map[string]int{}
	}
	acc.Counts[pair]++
	return acc
}

func (fn *countPairsFn) MergeAccumulators(a, b pairCounts) pairCounts {
	if len(a.Counts) < len(b.Counts) {
		a, b = b, a
	}
	if a.Counts == nil {
		a.Counts = map[string]int{}
	}
	for p, n := range b.Counts {
		a.Counts[p] += n
	}
	return a
}

func (fn *countPairsFn) ExtractOutput(acc pairCounts) []pairCount {
	ps := make([]pairCount, 0, len(acc.Counts))
	for p, n := range acc.Counts {
		a, b, _ := strings.Cut(p, "\t")
		ps = append(ps, pairCount{A: a, B: b, Articles: n})
	}
	slices.SortFunc(ps, comparePairs)
	return ps[:min(fn.N, len(ps))]
}

// form is a written form and its count, for output.
type form struct {
	text  string
	count int
}

// sortedForms returns the forms of st, most frequent first, ties by text.
func sortedForms(st *entityStats) []form {
	fs := make([]form, 0, len(st.Forms))
	for t, n := range st.Forms {
		fs = append(fs, form{t, n})
	}
	slices.SortFunc(fs, func(a, b form) int { return cmp.Or(cmp.Compare(b.count, a.count), strings.Compare(a.text, b.text)) })
	return fs
}

// displayName is the Arabic name of an entity: the gazetteer's
// preferred name, or its commonest form.
func displayName(st *entityStats) string {
	if st.Name != "" {
		return st.Name
	}
	if fs := sortedForms(st); len(fs) > 0 {
		return fs[0].text
	}
	return ""
}

// writeEntitiesFn writes the per-entity statistics, most widely named
// first (articles, then mentions, then key), as JSON Lines or TSV.
type writeEntitiesFn struct {
	Path, Format string
}

type keyedStats struct {
	key string
	st  entityStats
}

func collectStats(iter func(*string, *entityStats) bool) []keyedStats {
	var all []keyedStats
	var k string
	var st entityStats
	for iter(&k, &st) {
		all = append(all, keyedStats{k, st})
		st = entityStats{}
	}
	return all
}

func (fn *writeEntitiesFn) ProcessElement(ctx context.Context, _ []byte, iter func(*string, *entityStats) bool) error {
	all := collectStats(iter)
	slices.SortFunc(all, func(a, b keyedStats) int {
		return cmp.Or(cmp.Compare(b.st.Articles, a.st.Articles), cmp.Compare(b.st.Mentions, a.st.Mentions), strings.Compare(a.key, b.key))
	})
	return writeFile(ctx, fn.Path, func(w *bufio.Writer) {
		tsv := fn.Format == "tsv"
		if tsv {
			w.WriteString("key\ttype\tid\tcanonical\tcountry\tname\tarticles\tmentions\tforms\n")
		}
		var line []byte
		for _, e := range all {
			if tsv {
				line = appendEntityTSV(line[:0], e.key, &e.st)
			} else {
				line = appendEntityJSON(line[:0], e.key, &e.st)
			}
			w.Write(line)
		}
	})
}

func appendEntityJSON(dst []byte, key string, st *entityStats) []byte {
	dst = cli.AppendJSONString(append(dst, `{"key":`...), key)
	dst = cli.AppendJSONString(append(dst, `,"type":`...), st.Type)
	dst = cli.AppendJSONString(append(dst, `,"id":`...), st.ID)
	dst = cli.AppendJSONString(append(dst, `,"canonical":`...), st.Canonical)
	if st.Country != "" {
		dst = cli.AppendJSONString(append(dst, `,"country":`...), st.Country)
	}
	dst = cli.AppendJSONString(append(dst, `,"name":`...), displayName(st))
	dst = strconv.AppendInt(append(dst, `,"articles":`...), int64(st.Articles), 10)
	dst = strconv.AppendInt(append(dst, `,"mentions":`...), int64(st.Mentions), 10)
	dst = append(dst, `,"forms":[`...)
	for i, f := range sortedForms(st) {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = cli.AppendJSONString(append(dst, `{"text":`...), f.text)
		dst = strconv.AppendInt(append(dst, `,"count":`...), int64(f.count), 10)
		dst = append(dst, '}')
	}
	return append(dst, "]}\n"...)
}

// appendEntityTSV appends a TSV line; the forms field is "text:count"
// items joined by "|".
func appendEntityTSV(dst []byte, key string, st *entityStats) []byte {
	for _, f := range []string{key, st.Type, st.ID, st.Canonical, st.Country, displayName(st)} {
		dst = append(appendTSVField(dst, f), '\t')
	}
	dst = strconv.AppendInt(dst, int64(st.Articles), 10)
	dst = strconv.AppendInt(append(dst, '\t'), int64(st.Mentions), 10)
	dst = append(dst, '\t')
	for i, f := range sortedForms(st) {
		if i > 0 {
			dst = append(dst, '|')
		}
		dst = strconv.AppendInt(append(appendTSVField(dst, f.text), ':'), int64(f.count), 10)
	}
	return append(dst, '\n')
}

// appendTSVField appends s with the characters that would break a TSV
// line or the forms field (tab, line breaks, "|") replaced by a space.
func appendTSVField(dst []byte, s string) []byte {
	for _, r := range s {
		switch r {
		case '\t', '\n', '\r', '|', 0x2028, 0x2029:
			r = ' '
		}
		dst = append(dst, string(r)...)
	}
	return dst
}

// writePairsFn writes the most frequent co-occurring pairs, most
// frequent first, each with the entities' names (the canonical English
// name, or the Arabic name when there is none).
type writePairsFn struct {
	Path, Format string
	N            int
}

func (fn *writePairsFn) ProcessElement(ctx context.Context, _ []byte, tops func(*[]pairCount) bool,
	iter func(*string, *entityStats) bool) error {
	var ps []pairCount
	var top []pairCount
	for tops(&top) {
		ps = append(ps, top...)
	}
	names := map[string]string{}
	for _, e := range collectStats(iter) {
		names[e.key] = cmp.Or(e.st.Canonical, displayName(&e.st))
	}
	slices.SortFunc(ps, comparePairs)
	ps = ps[:min(len(ps), fn.N)]
	return writeFile(ctx, fn.Path, func(w *bufio.Writer) {
		tsv := fn.Format == "tsv"
		if tsv {
			w.WriteString("a\ta_name\tb\tb_name\tarticles\n")
		}
		var line []byte
		for _, p := range ps {
			line = line[:0]
			if tsv {
				for _, f := range []string{p.A, names[p.A], p.B, names[p.B]} {
					line = append(appendTSVField(line, f), '\t')
				}
				line = strconv.AppendInt(line, int64(p.Articles), 10)
			} else {
				line = cli.AppendJSONString(append(line, `{"a":`...), p.A)
				line = cli.AppendJSONString(append(line, `,"a_name":`...), names[p.A])
				line = cli.AppendJSONString(append(line, `,"b":`...), p.B)
				line = cli.AppendJSONString(append(line, `,"b_name":`...), names[p.B])
				line = strconv.AppendInt(append(line, `,"articles":`...), int64(p.Articles), 10)
				line = append(line, '}')
			}
			w.Write(append(line, '\n'))
		}
	})
}
