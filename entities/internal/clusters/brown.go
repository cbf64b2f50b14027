// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package clusters

// The clusters are Brown clusters: P. F. Brown, V. J. Della Pietra,
// P. V. deSouza, J. C. Lai and R. L. Mercer, "Class-based n-gram models of
// natural language", Computational Linguistics 18(4), 1992, learned with
// the windowed algorithm of P. Liang, "Semi-supervised learning for
// natural language", MIT master's thesis, 2005 (section 3.2): the words,
// most frequent first, enter a window of C+1 clusters one at a time; each
// time the window is full the two clusters whose merge loses the least
// mutual information between adjacent classes are merged. When every word
// has entered, the C clusters left are merged the same way down to one,
// and those last merges are the binary tree the paths are read from.
//
// The mutual information is kept in bigram counts between clusters
// (integers, so the result does not depend on the order of summation)
// and the loss of every candidate merge is updated incrementally, as in
// Liang's implementation: a merge or a new cluster costs O(C²) updates.

import (
	"cmp"
	"math"
	"slices"
	"sync"
)

// Options are the parameters of Learn.
type Options struct {
	// Clusters is the number of leaves of the tree (C above); 0 means
	// DefaultClusters.
	Clusters int
	// MinCount is the number of times a word must occur to be clustered;
	// 0 means DefaultMinCount.
	MinCount int
}

// Defaults of Options.
const (
	DefaultClusters = 256
	DefaultMinCount = 3
)

// Learn clusters the words that c counted at least opt.MinCount times and
// returns their paths: the same counts and options always give the same
// table. Paths longer than MaxPathLen are cut to MaxPathLen.
func Learn(c *Counter, opt Options) *Table { return learn(c, opt, nil) }

// learn is Learn, calling step (when not nil) after every change of the
// clusters.
func learn(c *Counter, opt Options, step func(*brown)) *Table {
	if opt.Clusters <= 0 {
		opt.Clusters = DefaultClusters
	}
	if opt.MinCount <= 0 {
		opt.MinCount = DefaultMinCount
	}
	// Words by rank: most frequent first, ties in byte order.
	var ranked []int32
	for id, n := range c.counts {
		if n >= int64(opt.MinCount) {
			ranked = append(ranked, int32(id))
		}
	}
	slices.SortFunc(ranked, func(a, b int32) int {
		if d := cmp.Compare(c.counts[b], c.counts[a]); d != 0 {
			return d
		}
		return cmp.Compare(c.words[a], c.words[b])
	})
	rank := make([]int32, len(c.words))
	for i := range rank {
		rank[i] = -1
	}
	for r, id := range ranked {
		rank[id] = int32(r)
	}
	b := newBrown(opt.Clusters+1, len(ranked))
	for p, n := range c.pairs {
		x, y := rank[p>>32], rank[uint32(p)]
		if x >= 0 && y >= 0 {
			b.right[x] = append(b.right[x], neighbour{y, n})
			b.left[y] = append(b.left[y], neighbour{x, n})
		}
	}
	merge := func(grow bool) {
		b.mergeBest(grow)
		if step != nil {
			step(b)
		}
	}
	for r, id := range ranked {
		if len(b.act) == b.k {
			merge(false)
		}
		b.add(int32(r), c.counts[id])
		if step != nil {
			step(b)
		}
	}
	for len(b.act) > opt.Clusters {
		merge(false)
	}
	for _, s := range b.act {
		b.node[s] = int32(len(b.tree))
		b.tree = append(b.tree, treeNode{-1, -1, slices.Clone(b.members[s])})
	}
	for len(b.act) > 1 {
		merge(true)
	}
	paths := make(map[string]string, len(ranked))
	if len(b.act) == 1 {
		b.walk(b.node[b.act[0]], nil, func(words []int32, path string) {
			if path == "" {
				path = "0"
			}
			for _, r := range words {
				paths[c.words[ranked[r]]] = path
			}
		})
	}
	return &Table{paths: paths}
}

type neighbour struct {
	word  int32
	count int64
}

type treeNode struct {
	zero, one int32   // children, or -1 for a leaf
	words     []int32 // a leaf's word ranks
}

// brown is the state of the clustering. Clusters live in k slots; matrices
// are k×k, row-major.
type brown struct {
	k           int
	left, right [][]neighbour // by word rank: the words before and after it, with counts
	slotOf      []int32       // by word rank: its cluster's slot, or -1 before it enters
	members     [][]int32     // by slot: the word ranks in the cluster
	act         []int32       // the slots in use, in increasing order
	n1          []int64       // by slot: the count of the cluster's words
	l1          []float64     // by slot: log n1
	n2          []int64       // bigram counts between clusters
	q           []float64     // q[a,b]: the contribution of the pair to the mutual information
	lm          []float64     // lm[a,b]: log(n1[a]+n1[b])
	loss        []float64     // loss[a,b], a < b: the mutual information lost by merging a and b
	node        []int32       // by slot: its node in tree
	tree        []treeNode
	nlogns      []float64 // nlognTable
}

func newBrown(k, words int) *brown {
	b := &brown{
		k:       k,
		left:    make([][]neighbour, words),
		right:   make([][]neighbour, words),
		slotOf:  make([]int32, words),
		members: make([][]int32, k),
		n1:      make([]int64, k),
		l1:      make([]float64, k),
		n2:      make([]int64, k*k),
		q:       make([]float64, k*k),
		lm:      make([]float64, k*k),
		loss:    make([]float64, k*k),
		node:    make([]int32, k),
		nlogns:  nlognTable(),
	}
	for i := range b.slotOf {
		b.slotOf[i] = -1
	}
	return b
}

// The mutual information of the cluster bigrams, times the number of
// bigrams and up to a constant that no merge changes, is the sum over
// pairs of clusters (a, b) of n·log n − n·(log n1[a] + log n1[b]), n the
// count of a followed by b.

// nlogn returns n·log n (0 for 0).
func (b *brown) nlogn(n int64) float64 {
	if n < int64(len(b.nlogns)) {
		return b.nlogns[n]
	}
	x := float64(n)
	return x * math.Log(x)
}

// nlognTable holds n·log n for the small n, made on first use: a program
// that reads clusters without learning them never needs it.
var nlognTable = sync.OnceValue(func() []float64 {
	t := make([]float64, 1<<16)
	for i := 1; i < len(t); i++ {
		t[i] = float64(i) * math.Log(float64(i))
	}
	return t
})

func (b *brown) setQ(x, y int32) {
	n := b.n2[int(x)*b.k+int(y)]
	b.q[int(x)*b.k+int(y)] = b.nlogn(n) - float64(n)*(b.l1[x]+b.l1[y])
}

// contrib returns what cluster c adds to loss[i,j]: its terms with i and
// with j, less its terms with the cluster i and j would merge into.
func (b *brown) contrib(i, j, c int32) float64 {
	k := b.k
	ic, ci := int(i)*k+int(c), int(c)*k+int(i)
	jc, cj := int(j)*k+int(c), int(c)*k+int(j)
	nuc, ncu := b.n2[ic]+b.n2[jc], b.n2[ci]+b.n2[cj]
	l := b.lm[int(i)*k+int(j)] + b.l1[c]
	return b.q[ic] + b.q[ci] + b.q[jc] + b.q[cj] -
		(b.nlogn(nuc) - float64(nuc)*l) - (b.nlogn(ncu) - float64(ncu)*l)
}

// computeLoss sets loss[i,j], i < j, from scratch.
func (b *brown) computeLoss(i, j int32) {
	k := b.k
	ii, ij, ji, jj := int(i)*k+int(i), int(i)*k+int(j), int(j)*k+int(i), int(j)*k+int(j)
	nuu := b.n2[ii] + b.n2[ij] + b.n2[ji] + b.n2[jj]
	l := b.q[ii] + b.q[ij] + b.q[ji] + b.q[jj] - (b.nlogn(nuu) - float64(nuu)*2*b.lm[ij])
	for _, c := range b.act {
		if c != i && c != j {
			l += b.contrib(i, j, c)
		}
	}
	b.loss[ij] = l
}

// updatePairs adds sign·contrib(i, j, c) to the loss of every pair of
// active clusters other than skip1 and skip2.
func (b *brown) updatePairs(c, skip1, skip2 int32, sign float64) {
	for x, i := range b.act {
		if i == skip1 || i == skip2 {
			continue
		}
		row := int(i) * b.k
		for _, j := range b.act[x+1:] {
			if j != skip1 && j != skip2 {
				b.loss[row+int(j)] += sign * b.contrib(i, j, c)
			}
		}
	}
}

// refresh sets the q, lm and loss entries of slot s, an active cluster
// whose counts changed.
func (b *brown) refresh(s int32) {
	b.l1[s] = math.Log(float64(b.n1[s]))
	for _, c := range b.act {
		b.setQ(s, c)
		b.setQ(c, s)
		l := math.Log(float64(b.n1[s] + b.n1[c]))
		b.lm[int(s)*b.k+int(c)] = l
		b.lm[int(c)*b.k+int(s)] = l
	}
	for _, c := range b.act {
		if c != s {
			b.computeLoss(min(s, c), max(s, c))
		}
	}
}

// add puts the word of rank w, occurring n times, in a new cluster.
func (b *brown) add(w int32, n int64) {
	s := int32(0)
	for x, c := range b.act {
		if c != int32(x) {
			break
		}
		s++
	}
	b.slotOf[w] = s
	b.members[s] = append(b.members[s][:0], w)
	b.n1[s] = n
	row := int(s) * b.k
	for _, nb := range b.right[w] {
		if t := b.slotOf[nb.word]; t >= 0 {
			b.n2[row+int(t)] += nb.count
		}
	}
	for _, nb := range b.left[w] {
		if t := b.slotOf[nb.word]; t >= 0 && nb.word != w {
			b.n2[int(t)*b.k+int(s)] += nb.count
		}
	}
	b.l1[s] = math.Log(float64(n))
	for _, c := range b.act {
		b.setQ(s, c)
		b.setQ(c, s)
	}
	b.setQ(s, s)
	b.updatePairs(s, -1, -1, 1)
	i, _ := slices.BinarySearch(b.act, s)
	b.act = slices.Insert(b.act, i, s)
	b.refresh(s)
}

// mergeBest merges the two clusters whose merge loses the least, into the
// lower slot; in the tree when grow is set.
func (b *brown) mergeBest(grow bool) {
	s, t, best := int32(-1), int32(-1), math.Inf(1)
	for x, i := range b.act {
		row := int(i) * b.k
		for _, j := range b.act[x+1:] {
			if l := b.loss[row+int(j)]; l < best {
				s, t, best = i, j, l
			}
		}
	}
	b.updatePairs(s, s, t, -1)
	b.updatePairs(t, s, t, -1)
	k := b.k
	for _, c := range b.act {
		b.n2[int(s)*k+int(c)] += b.n2[int(t)*k+int(c)]
	}
	for _, c := range b.act {
		b.n2[int(c)*k+int(s)] += b.n2[int(c)*k+int(t)]
	}
	for _, c := range b.act {
		b.n2[int(t)*k+int(c)], b.n2[int(c)*k+int(t)] = 0, 0
	}
	b.n1[s] += b.n1[t]
	b.n1[t] = 0
	for _, w := range b.members[t] {
		b.slotOf[w] = s
	}
	b.members[s] = append(b.members[s], b.members[t]...)
	b.members[t] = b.members[t][:0]
	i, _ := slices.BinarySearch(b.act, t)
	b.act = slices.Delete(b.act, i, i+1)
	if grow {
		b.tree = append(b.tree, treeNode{b.node[s], b.node[t], nil})
		b.node[s] = int32(len(b.tree) - 1)
	}
	b.refresh(s)
	b.updatePairs(s, s, -1, 1)
}

// walk calls leaf for every leaf under node n, with its path.
func (b *brown) walk(n int32, path []byte, leaf func(words []int32, path string)) {
	nd := b.tree[n]
	if nd.zero < 0 {
		leaf(nd.words, string(path[:min(len(path), MaxPathLen)]))
		return
	}
	b.walk(nd.zero, append(path, '0'), leaf)
	b.walk(nd.one, append(path, '1'), leaf)
}
