// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package pipeline

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/core/metrics"
)

// Counters returns the pipeline's counters (namespace Namespace) from the
// results of a run, summed over the transforms that update them.
func Counters(r metrics.Results) map[string]int64 {
	m := map[string]int64{}
	q := r.Query(func(sr metrics.SingleResult) bool { return sr.Namespace() == Namespace })
	for _, c := range q.Counters() {
		m[c.Name()] += c.Result()
	}
	return m
}

// WriteCounters writes the counters of a run, one "name value" line
// each: articles, then the mentions by type, then the bad records and
// their reasons.
func WriteCounters(w io.Writer, r metrics.Results) {
	m := Counters(r)
	names := make([]string, 0, len(m))
	for n := range m {
		names = append(names, n)
	}
	group := func(n string) int {
		switch {
		case n == "articles":
			return 0
		case strings.HasPrefix(n, "mentions_"):
			return 1
		case n == "bad_records":
			return 2
		}
		return 3
	}
	slices.SortFunc(names, func(a, b string) int { return cmp.Or(cmp.Compare(group(a), group(b)), strings.Compare(a, b)) })
	for _, n := range names {
		fmt.Fprintf(w, "%-24s %d\n", n, m[n])
	}
}
