// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package clitics

import "sync"

//go:generate go run gen_vocab.go

// vocab maps a letter-folded word form (see letterCode) to its frequency
// class in the ANT news corpus, round(2*log2(count)); forms seen fewer than
// twice are absent. Built on first use from vocabTable.
var vocab = sync.OnceValue(func() map[string]int8 {
	m := make(map[string]int8, 46000)
	t := vocabTable
	for len(t) > 0 {
		sp := 0
		for t[sp] != ' ' {
			sp++
		}
		nl := sp + 1
		class := 0
		for t[nl] != '\n' {
			class = class*10 + int(t[nl]-'0')
			nl++
		}
		m[t[:sp]] = int8(class)
		t = t[nl+1:]
	}
	return m
})
