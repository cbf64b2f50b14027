// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package clusters

import (
	"bufio"
	"fmt"
	"io"
	"iter"
	"slices"
	"strings"
	"unicode/utf8"
)

// MaxPathLen bounds the length of a path in a file Parse accepts.
const MaxPathLen = 64

// Table maps words to their cluster paths. It is safe for concurrent use.
type Table struct {
	paths map[string]string
}

// Path returns the cluster path of word, keyed as AppendKey keys it, and
// whether the word has one. It allocates nothing.
func (t *Table) Path(word []byte) (string, bool) {
	if t == nil {
		return "", false
	}
	p, ok := t.paths[string(word)]
	return p, ok
}

// Len returns the number of words in the table.
func (t *Table) Len() int {
	if t == nil {
		return 0
	}
	return len(t.paths)
}

// All yields every word of the table with its path, in no particular
// order.
func (t *Table) All() iter.Seq2[string, string] {
	return func(yield func(word, path string) bool) {
		if t == nil {
			return
		}
		for w, p := range t.paths {
			if !yield(w, p) {
				return
			}
		}
	}
}

// Parse reads a table in the format WriteTo writes: UTF-8 text, one word
// a line, its path (the characters 0 and 1, at most MaxPathLen of them),
// a tab and the word (not empty, without tabs or line breaks). A final
// line break is optional. A word may appear only once. Errors name the
// line.
func Parse(data []byte) (*Table, error) {
	// One copy of the text, which every word and path is cut from.
	text := string(data)
	t := &Table{paths: make(map[string]string, strings.Count(text, "\n")+1)}
	for n := 1; len(text) > 0; n++ {
		line, rest, _ := strings.Cut(text, "\n")
		text = rest
		path, word, ok := strings.Cut(line, "\t")
		switch {
		case !ok:
			return nil, fmt.Errorf("clusters: line %d: no tab between path and word", n)
		case len(path) == 0:
			return nil, fmt.Errorf("clusters: line %d: empty path", n)
		case len(path) > MaxPathLen:
			return nil, fmt.Errorf("clusters: line %d: path longer than %d bits", n, MaxPathLen)
		case !isBits(path):
			return nil, fmt.Errorf("clusters: line %d: path %q is not made of 0 and 1", n, path)
		case len(word) == 0:
			return nil, fmt.Errorf("clusters: line %d: empty word", n)
		case strings.ContainsAny(word, "\t\r"):
			return nil, fmt.Errorf("clusters: line %d: tab or carriage return in word %q", n, word)
		case !utf8.ValidString(word):
			return nil, fmt.Errorf("clusters: line %d: word is not UTF-8", n)
		}
		if _, dup := t.paths[word]; dup {
			return nil, fmt.Errorf("clusters: line %d: word %q listed twice", n, word)
		}
		t.paths[word] = path
	}
	return t, nil
}

// isBits reports whether s is made of the characters 0 and 1.
func isBits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] != '0' && s[i] != '1' {
			return false
		}
	}
	return true
}

// WriteTo writes the table in the format Parse reads, sorted by word
// (in byte order), so that the same table always gives the same file.
func (t *Table) WriteTo(w io.Writer) (int64, error) {
	words := make([]string, 0, t.Len())
	if t != nil {
		for word := range t.paths {
			words = append(words, word)
		}
	}
	slices.Sort(words)
	bw := bufio.NewWriter(w)
	var n int64
	for _, word := range words {
		m, err := bw.WriteString(t.paths[word] + "\t" + word + "\n")
		n += int64(m)
		if err != nil {
			return n, err
		}
	}
	return n, bw.Flush()
}
