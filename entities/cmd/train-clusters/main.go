// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

// Command train-clusters learns the word clusters the entity tagger reads
// from raw news text, and writes them as a table (see package
// entities/internal/clusters for the algorithm and the format).
//
//	go run ./entities/cmd/train-clusters     # reads ../shared/corpus/ant-v1.1.txt, writes entities/model/clusters.txt
//
// The text is cut into sentences (tokenize.Sentences: every line break
// ends one) and tokens (tokenize.Tokens), and each token is keyed as the
// tagger keys it (clusters.AppendKey). Learning is deterministic: the same
// corpus and flags give the same file. -show prints, for each word given,
// the most frequent words of its cluster.
//
// The corpus is ANT v1.1 (Chouigui et al., "ANT Corpus: An Arabic News
// Text Collection for Textual Classification", AICCSA 2017; Apache-2.0),
// Tunisian news of 2015–2017; the table holds only words and paths.
package main

import (
	"bytes"
	"cmp"
	"flag"
	"fmt"
	"os"
	"slices"
	"strings"
	"syscall"
	"time"

	"github.com/qalam-nlp/qalam/entities/internal/clusters"
	"github.com/qalam-nlp/qalam/tokenize"
	"github.com/qalam-nlp/qalam/tokenize/clitics"
)

func main() {
	corpus := flag.String("corpus", "../shared/corpus/ant-v1.1.txt", "the raw text to learn from")
	out := flag.String("out", "entities/model/clusters.txt", "the table to write; empty writes none")
	n := flag.Int("clusters", clusters.DefaultClusters, "number of leaf clusters")
	minCount := flag.Int("min-count", clusters.DefaultMinCount, "occurrences a word needs to be clustered")
	show := flag.String("show", "", "comma-separated words whose cluster-mates to print")
	flag.Parse()
	if err := run(*corpus, *out, *show, clusters.Options{Clusters: *n, MinCount: *minCount}); err != nil {
		fmt.Fprintln(os.Stderr, "train-clusters:", err)
		os.Exit(1)
	}
}

func run(corpus, out, show string, opt clusters.Options) error {
	data, err := os.ReadFile(corpus)
	if err != nil {
		return err
	}
	start, cpu0 := time.Now(), cpuTime()
	text := string(data)
	var c clusters.Counter
	var key []byte
	var segs []clitics.Segment
	for sp := range tokenize.Sentences(text, 0) {
		sentence := text[sp.Start:sp.End]
		for t := range tokenize.Tokens(sentence) {
			key = clusters.AppendKey(key[:0], sentence, t, &segs)
			c.Add(key)
		}
		c.Break()
	}
	counted, cpu1 := time.Now(), cpuTime()
	fmt.Printf("counted %d tokens, %d distinct words: %.1fs wall, %.1fs CPU\n",
		c.Tokens(), c.Words(), counted.Sub(start).Seconds(), (cpu1 - cpu0).Seconds())
	table := clusters.Learn(&c, opt)
	fmt.Printf("clustered %d words (seen at least %d times) into %d clusters: %.1fs wall, %.1fs CPU\n",
		table.Len(), opt.MinCount, opt.Clusters, time.Since(counted).Seconds(), (cpuTime() - cpu1).Seconds())
	if show != "" {
		printClusters(table, &c, show)
	}
	if out == "" {
		return nil
	}
	var buf bytes.Buffer
	if _, err := table.WriteTo(&buf); err != nil {
		return err
	}
	if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
		return err
	}
	fmt.Printf("wrote %s: %d bytes\n", out, buf.Len())
	return nil
}

// printClusters prints, for each comma-separated word of list, its key,
// its path and the 15 most frequent words of its cluster.
func printClusters(t *clusters.Table, c *clusters.Counter, list string) {
	byPath := make(map[string][]string)
	for word, path := range t.All() {
		byPath[path] = append(byPath[path], word)
	}
	var segs []clitics.Segment
	for _, w := range strings.Split(list, ",") {
		var key []byte
		for tok := range tokenize.Tokens(w) {
			key = clusters.AppendKey(key, w, tok, &segs)
		}
		path, ok := t.Path(key)
		if !ok {
			fmt.Printf("%s (%s): no cluster\n", w, key)
			continue
		}
		mates := byPath[path]
		slices.SortFunc(mates, func(a, b string) int {
			if d := cmp.Compare(c.Count([]byte(b)), c.Count([]byte(a))); d != 0 {
				return d
			}
			return strings.Compare(a, b)
		})
		fmt.Printf("%s (%s) %s, %d words: %s\n", w, key, path, len(mates), strings.Join(mates[:min(15, len(mates))], " "))
	}
}

// cpuTime returns the user and system CPU time of the process.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
