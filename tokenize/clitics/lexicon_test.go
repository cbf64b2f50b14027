// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package clitics

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestPackLex checks that every entry the lists can give survives its
// packing into a formTable byte, and that one that cannot is refused.
func TestPackLex(t *testing.T) {
	for flags := range lexFlag(1 << 6) {
		for prep := range 2 {
			e := lexEntry{flags: flags, parse: parse{prep: prep}}
			assert.Equal(t, e, unpackLex(packLex(e)))
		}
	}
	for _, bad := range []lexEntry{{flags: 1 << 6}, {parse: parse{conj: 1}}, {parse: parse{enc: 1}}, {parse: parse{prep: 2}}} {
		assert.Panics(t, func() { packLex(bad) }, "%+v", bad)
	}
}

// TestLexiconEntry looks up listed forms, under another spelling of an
// initial alef too, and forms that are not listed.
func TestLexiconEntry(t *testing.T) {
	for _, c := range []struct {
		word string
		want lexFlag
		prep int
	}{
		{"إلى", lexParticle, 0},
		{"الى", lexParticle, 0}, // listed so, and found as إلى too
		{"بسبب", lexFixed, 1},
		{"وبسبب", 0, 0},
		{"", 0, 0},
	} {
		e := lexiconEntry(fold(nil, c.word))
		assert.Equal(t, c.want, e.flags&c.want, c.word)
		if c.want == 0 {
			assert.Zero(t, e.flags, c.word)
		}
		assert.Equal(t, c.prep, e.parse.prep, c.word)
	}
}
