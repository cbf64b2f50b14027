// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package clusters

import (
	"bytes"
	"fmt"
	"math"
	"math/rand/v2"
	"testing"
)

// classes are words in clear distributional classes: every sentence is
// det noun verb prep det noun, each word drawn at random from its class.
var classes = map[string][]string{
	"det":  {"the", "a", "this", "every", "some"},
	"noun": {"cat", "dog", "bird", "fox", "horse", "mouse"},
	"verb": {"sees", "likes", "chases", "finds"},
	"prep": {"near", "behind", "under", "beside"},
}

var template = []string{"det", "noun", "verb", "prep", "det", "noun"}

func syntheticCorpus(sentences int) *Counter {
	r := rand.New(rand.NewPCG(1, 2))
	var c Counter
	for range sentences {
		for _, class := range template {
			words := classes[class]
			c.Add([]byte(words[r.IntN(len(words))]))
		}
		c.Break()
	}
	return &c
}

func commonPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

// TestLearnClasses checks that each class is a subtree: its words share a
// longer prefix with each other than with any word outside it; with as
// many clusters as classes, each class is exactly one cluster.
func TestLearnClasses(t *testing.T) {
	c := syntheticCorpus(3000)
	for _, n := range []int{len(classes), 8, 16} {
		t.Run(fmt.Sprint(n, " clusters"), func(t *testing.T) {
			table := Learn(c, Options{Clusters: n, MinCount: 1})
			if table.Len() != 19 {
				t.Fatalf("Len = %d, want 19", table.Len())
			}
			path := func(w string) string {
				p, ok := table.Path([]byte(w))
				if !ok {
					t.Fatalf("no path for %q", w)
				}
				return p
			}
			for class, words := range classes {
				inside := math.MaxInt
				for _, a := range words {
					for _, b := range words {
						inside = min(inside, commonPrefix(path(a), path(b)))
					}
				}
				outside := 0
				for other, others := range classes {
					if other == class {
						continue
					}
					for _, a := range words {
						for _, b := range others {
							outside = max(outside, commonPrefix(path(a), path(b)))
						}
					}
				}
				if inside <= outside {
					t.Errorf("class %s is not a subtree: its words share %d bits, and up to %d with other words", class, inside, outside)
				}
				if n == len(classes) && inside != len(path(words[0])) {
					t.Errorf("class %s is not one cluster", class)
				}
			}
		})
	}
}

func TestLearnDeterministic(t *testing.T) {
	var out [2]bytes.Buffer
	for i := range out {
		c := syntheticCorpus(500)
		if _, err := Learn(c, Options{Clusters: 6, MinCount: 1}).WriteTo(&out[i]); err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(out[0].Bytes(), out[1].Bytes()) {
		t.Errorf("two runs differ:\n%s\n%s", out[0].Bytes(), out[1].Bytes())
	}
}

// TestIncrementalLoss checks the loss of every candidate merge, updated
// incrementally after each new cluster and merge, against the loss
// computed from scratch.
func TestIncrementalLoss(t *testing.T) {
	c := syntheticCorpus(200)
	c.Add([]byte("rare")) // a word that follows nothing and is followed by nothing
	steps := 0
	learn(c, Options{Clusters: 5, MinCount: 1}, func(b *brown) {
		steps++
		got := slices2D(b)
		for x, i := range b.act {
			for _, j := range b.act[x+1:] {
				b.computeLoss(i, j)
			}
		}
		want := slices2D(b)
		for k := range want {
			if math.Abs(got[k]-want[k]) > 1e-6*max(1, math.Abs(want[k])) {
				t.Fatalf("step %d: loss[%d] = %g incrementally, %g from scratch", steps, k, got[k], want[k])
			}
		}
	})
	if steps < 20 {
		t.Errorf("only %d steps", steps)
	}
}

func slices2D(b *brown) []float64 {
	var l []float64
	for x, i := range b.act {
		for _, j := range b.act[x+1:] {
			l = append(l, b.loss[int(i)*b.k+int(j)])
		}
	}
	return l
}

func TestLearnMinCount(t *testing.T) {
	var c Counter
	for _, w := range []string{"a", "b", "a", "c", "a", "b", "", "bad\tword", "d"} {
		c.Add([]byte(w))
	}
	table := Learn(&c, Options{Clusters: 4, MinCount: 2})
	for w, want := range map[string]bool{"a": true, "b": true, "c": false, "d": false, "bad\tword": false} {
		if _, ok := table.Path([]byte(w)); ok != want {
			t.Errorf("Path(%q) found = %v, want %v", w, ok, want)
		}
	}
	if c.Tokens() != 7 || c.Words() != 4 {
		t.Errorf("Tokens, Words = %d, %d; want 7, 4", c.Tokens(), c.Words())
	}
}

func TestLearnSmall(t *testing.T) {
	var c Counter
	if got := Learn(&c, Options{}).Len(); got != 0 {
		t.Errorf("empty corpus: %d words", got)
	}
	c.Add([]byte("only"))
	if p, ok := Learn(&c, Options{MinCount: 1}).Path([]byte("only")); !ok || p != "0" {
		t.Errorf("one word: path %q, %v; want \"0\", true", p, ok)
	}
}
