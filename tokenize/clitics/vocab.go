// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package clitics

import (
	_ "embed"
	"strings"
	"sync"
)

//go:generate go run gen_vocab.go

// vocabData is the embedded vocab.txt, written by gen_vocab.go: comment
// lines beginning with '#', then one "form class" a line.
//
//go:embed vocab.txt
var vocabData string

// vocab maps a letter-folded word form (see letters.Code) to its frequency
// class in the ANT news corpus, round(2*log2(count)); forms seen fewer than
// twice are absent. Built on first use from vocab.txt.
var vocab = sync.OnceValue(func() *formTable { return parseVocab(vocabData) })

// parseVocab reads the lines of vocab.txt.
func parseVocab(data string) *formTable {
	t := newFormTable(46000)
	for line := range strings.Lines(data) {
		if strings.HasPrefix(line, "#") {
			continue
		}
		form, class, ok := strings.Cut(strings.TrimSuffix(line, "\n"), " ")
		n := 0
		for i := 0; i < len(class) && n <= 127; i++ {
			if class[i] < '0' || class[i] > '9' {
				n = 128
				break
			}
			n = n*10 + int(class[i]-'0')
		}
		if !ok || form == "" || class == "" || n > 127 {
			panic("clitics: embedded vocab.txt: bad line " + line)
		}
		if !t.put(formHash([]byte(form)), int8(n)) {
			panic("clitics: embedded vocab.txt: two forms share a hash: " + line)
		}
	}
	return t
}
