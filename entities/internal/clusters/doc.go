// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

// Package clusters learns hierarchical word clusters from raw text and
// reads them back, so that the entity tagger can generalise from the words
// it was trained on to words that occur in the same contexts.
//
// Every word is given a path, a string of the bits 0 and 1: the path of
// its leaf in a binary tree over word classes. Words whose paths share a
// longer prefix are more alike; a prefix of the path is a coarser class.
// The tree is learned by Brown clustering (see Learn).
//
// To learn clusters, feed a Counter the words of a text, keyed by Key,
// with Break at every sentence end, then call Learn and write the Table
// with WriteTo. To use them, Parse the file and look words up with Path:
//
//	t, err := clusters.Parse(data)
//	...
//	if p, ok := t.Path(word); ok {
//		coarse := p[:min(4, len(p))]
//		...
//	}
//
// The file is UTF-8 text, one word a line, the path, a tab and the word,
// sorted by word.
package clusters
