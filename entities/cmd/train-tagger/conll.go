// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"slices"
	"sort"
	"strings"

	"github.com/qalam-nlp/qalam/entities"
	"github.com/qalam-nlp/qalam/entities/gazetteer"
)

// corpus is a CoNLL file of token<TAB>BIO-tag lines: its tokens, tags
// and where sentences end (a blank line, or a "." token).
type corpus struct {
	name   string
	tokens []string
	tags   []string // as the file has them: what the scores are measured against
	learn  []string // what the model learns, when it differs from tags (learnFine)
	brk    []bool   // a sentence ends after the token
}

// personClasses are the fine classes of NewsFANE that name people but
// that the shared folded file does not tag PERS: Police is the class of
// security and military officials (رامسفيلد، حالوتس، الياس المر), which
// the fold files under ORG.
var personClasses = []string{"Police"}

// learnFine makes the model learn the entities of fine, the same tokens
// with NewsFANE's fine classes, that are of personClasses as people;
// scores are still measured against c's own tags.
func (c *corpus) learnFine(fine *corpus) error {
	if !slices.Equal(c.tokens, fine.tokens) {
		return fmt.Errorf("%s and %s hold different tokens", c.name, fine.name)
	}
	c.learn = slices.Clone(c.tags)
	for k, tag := range fine.tags {
		if len(tag) > 2 && slices.Contains(personClasses, tag[2:]) {
			c.learn[k] = tag[:2] + "PERS"
		}
	}
	return nil
}

func readCoNLL(path string) (*corpus, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	c := &corpus{name: path}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" {
			if len(c.brk) > 0 {
				c.brk[len(c.brk)-1] = true
			}
			continue
		}
		i := strings.LastIndexAny(line, "\t ")
		if i < 0 {
			return nil, fmt.Errorf("%s:%d: no tag", path, n)
		}
		tok, tag := strings.TrimSpace(line[:i]), strings.TrimSpace(line[i+1:])
		c.tokens = append(c.tokens, tok)
		c.tags = append(c.tags, tag)
		c.brk = append(c.brk, tok == ".")
	}
	return c, sc.Err()
}

// part is a run of a corpus's sentences as one text, the way the scorer
// feeds it to a command: tokens joined by a space, a line break after a
// sentence.
type part struct {
	text  string
	spans [][2]int   // byte span of each token
	gold  []goldSpan // gold entities, in tokens
	learn []goldSpan // the entities the model learns (corpus.learn)
}

type goldSpan struct {
	i, j int
	typ  gazetteer.Type
}

var folded = map[string]gazetteer.Type{
	"PER": gazetteer.Person, "PERS": gazetteer.Person, "PERSON": gazetteer.Person,
	"LOC": gazetteer.Location, "LOCATION": gazetteer.Location, "GPE": gazetteer.Location,
	"ORG": gazetteer.Organization, "ORGANIZATION": gazetteer.Organization,
}

// parts cuts the corpus into k parts of about equal size, at sentence
// ends.
func (c *corpus) parts(k int) []part {
	var out []part
	start := 0
	for p := 1; p <= k; p++ {
		end := len(c.tokens)
		if p < k {
			end = p * len(c.tokens) / k
			for end < len(c.tokens) && !c.brk[end-1] {
				end++
			}
		}
		out = append(out, c.part(start, end))
		start = end
	}
	return out
}

func (c *corpus) part(a, b int) part { return c.join([][2]int{{a, b}}) }

// join returns the token ranges rs, each ending a sentence or the
// corpus, as one part.
func (c *corpus) join(rs [][2]int) part {
	var sb strings.Builder
	var p part
	for _, r := range rs {
		for k := r[0]; k < r[1]; k++ {
			p.spans = append(p.spans, [2]int{sb.Len(), sb.Len() + len(c.tokens[k])})
			sb.WriteString(c.tokens[k])
			if c.brk[k] {
				sb.WriteByte('\n')
			} else {
				sb.WriteByte(' ')
			}
		}
	}
	p.text = sb.String()
	p.gold = spansOf(c.tags, rs)
	p.learn = p.gold
	if c.learn != nil {
		p.learn = spansOf(c.learn, rs)
	}
	return p
}

// spansOf returns the entities of the BIO tags in the token ranges rs,
// numbered from the first token of the first range.
func spansOf(tags []string, rs [][2]int) []goldSpan {
	var out []goldSpan
	var cur *goldSpan
	n := 0 // index of token k in the part
	for _, r := range rs {
		cur = nil
		for k := r[0]; k < r[1]; k, n = k+1, n+1 {
			tag := tags[k]
			typ, ok := gazetteer.Type(0), false
			if len(tag) > 2 {
				typ, ok = folded[tag[2:]]
			}
			switch {
			case ok && (strings.HasPrefix(tag, "B-") || cur == nil || cur.typ != typ):
				out = append(out, goldSpan{i: n, j: n + 1, typ: typ})
				cur = &out[len(out)-1]
			case ok:
				cur.j = n + 1
			default:
				cur = nil
			}
		}
	}
	return out
}

// labeled returns the part as training data.
func (p part) labeled() entities.Labeled {
	l := entities.Labeled{Text: p.text}
	for _, g := range p.learn {
		l.Spans = append(l.Spans, entities.Span{Start: p.spans[g.i][0], End: p.spans[g.j-1][1], Type: g.typ})
	}
	return l
}

// counts are the exact-span matches of one type.
type counts struct{ gold, pred, correct int }

func (c *counts) add(o counts) { c.gold += o.gold; c.pred += o.pred; c.correct += o.correct }

func (c counts) f1() (p, r, f float64) {
	if c.pred > 0 {
		p = 100 * float64(c.correct) / float64(c.pred)
	}
	if c.gold > 0 {
		r = 100 * float64(c.correct) / float64(c.gold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// score scores mentions against the part's gold entities as the shared
// ner-score tool does: a mention stands for every gold token it overlaps,
// and only person, location and organisation spans count.
func (p part) score(ms []entities.Mention) map[gazetteer.Type]counts {
	gold, pred := p.keys(ms)
	out := map[gazetteer.Type]counts{}
	for k := range gold {
		c := out[k.typ]
		c.gold++
		if pred[k] {
			c.correct++
		}
		out[k.typ] = c
	}
	for k := range pred {
		c := out[k.typ]
		c.pred++
		out[k.typ] = c
	}
	return out
}

// printErrors prints up to n missed and n spurious entities.
func (p part) printErrors(w io.Writer, name string, ms []entities.Mention, n int) {
	gold, pred := p.keys(ms)
	words := func(k spanKey) string { return p.text[p.spans[k.i][0]:p.spans[k.j-1][1]] }
	var missed, spurious []spanKey
	for k := range gold {
		if !pred[k] {
			missed = append(missed, k)
		}
	}
	for k := range pred {
		if !gold[k] {
			spurious = append(spurious, k)
		}
	}
	for _, l := range []struct {
		what string
		ks   []spanKey
	}{{"missed", missed}, {"spurious", spurious}} {
		sort.Slice(l.ks, func(a, b int) bool { return l.ks[a].i < l.ks[b].i })
		fmt.Fprintf(w, "%s %s (%d):\n", name, l.what, len(l.ks))
		for _, k := range l.ks[:min(n, len(l.ks))] {
			ctx := p.text[p.spans[max(0, k.i-3)][0]:p.spans[min(len(p.spans)-1, k.j+2)][1]]
			fmt.Fprintf(w, "  %-4s %-30s | %s\n", k.typ.String()[:3], words(k), ctx)
		}
	}
}

type spanKey struct {
	i, j int
	typ  gazetteer.Type
}

// keys returns the gold and predicted entities as token spans.
func (p part) keys(ms []entities.Mention) (gold, pred map[spanKey]bool) {
	type key = spanKey
	gold = map[key]bool{}
	for _, g := range p.gold {
		gold[key{g.i, g.j, g.typ}] = true
	}
	pred = map[key]bool{}
	for _, m := range ms {
		if m.Type != gazetteer.Person && m.Type != gazetteer.Location && m.Type != gazetteer.Organization {
			continue
		}
		i := sort.Search(len(p.spans), func(k int) bool { return p.spans[k][1] > m.Start })
		j := i
		for j < len(p.spans) && p.spans[j][0] < m.End {
			j++
		}
		if j > i {
			pred[key{i, j, m.Type}] = true
		}
	}
	return gold, pred
}
