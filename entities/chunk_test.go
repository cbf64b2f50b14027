// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package entities

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/qalam-nlp/qalam/tokenize"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestChunkEndBounded checks that no text makes a chunk longer than
// 2*chunkSize, and that each cut falls where chunkEnd says: after white
// space when there is some, else between two tokens, else (one token of
// over chunkSize bytes) at a rune boundary.
func TestChunkEndBounded(t *testing.T) {
	tests := []struct {
		name, text string
		cutAfter   func(text string, cut int) bool
	}{
		{"no-break space", strings.Repeat("الرئيس\u00a0", 50000), func(text string, cut int) bool {
			r, _ := utf8.DecodeLastRuneInString(text[:cut])
			return tokenize.IsSpace(r)
		}},
		{"zero width space", strings.Repeat("غزة\u200b", 50000), func(text string, cut int) bool {
			return strings.HasSuffix(text[:cut], "\u200b")
		}},
		{"nested brackets", strings.Repeat("«(", 200000), func(text string, cut int) bool {
			return tokenStartsAt(text, cut)
		}},
		{"one long word", strings.Repeat("ب", 100000), func(text string, cut int) bool {
			return utf8.RuneStart(text[cut])
		}},
		{"long word then space", strings.Repeat("ب", 20000) + " " + strings.Repeat("ت", 60000), func(text string, cut int) bool {
			return text[cut-1] == ' ' || utf8.RuneStart(text[cut])
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cuts := 0
			for off := 0; off < len(tt.text); {
				end := chunkEnd(tt.text, off)
				require.Greater(t, end, off)
				require.LessOrEqual(t, end-off, 2*chunkSize)
				if end < len(tt.text) {
					cuts++
					require.True(t, tt.cutAfter(tt.text, end), "cut at %d", end)
				}
				off = end
			}
			assert.GreaterOrEqual(t, cuts, len(tt.text)/(2*chunkSize))
		})
	}
}

// tokenStartsAt reports whether a token of the whole text starts at i.
func tokenStartsAt(text string, i int) bool {
	for tk := range tokenize.Tokens(text) {
		if tk.Start >= i {
			return tk.Start == i
		}
	}
	return false
}

// TestMentionsWithoutBreaks finds every mention in long texts with no line
// break or ASCII space, where chunks are cut at U+00A0 or between tokens.
func TestMentionsWithoutBreaks(t *testing.T) {
	x := testExtractor(t)
	const n = 20000
	text := strings.Repeat("قال\u00a0بوتين\u00a0إن\u00a0", n)
	count := 0
	for m := range x.Mentions(text) {
		require.Equal(t, "بوتين", m.Text)
		require.Equal(t, m.Text, text[m.Start:m.End])
		count++
	}
	assert.Equal(t, n, count)

	brackets := strings.Repeat("«(", 300000)
	text = brackets + "\u00a0بوتين"
	got := x.Extract(text)
	require.Len(t, got, 1)
	assert.Equal(t, len(brackets)+len("\u00a0"), got[0].Start)
}

// FuzzChunkEnd repeats any text past two chunks and checks that every
// chunk ends after its start, at a rune boundary, within 2*chunkSize.
func FuzzChunkEnd(f *testing.F) {
	f.Add("«(")
	f.Add("الرئيس\u00a0")
	f.Add("ب")
	f.Add("\xff\x80a")
	f.Fuzz(func(t *testing.T, unit string) {
		if unit == "" {
			return
		}
		text := strings.Repeat(unit, 3*chunkSize/len(unit)+1)
		for off := 0; off < len(text); {
			end := chunkEnd(text, off)
			if end <= off || end-off > 2*chunkSize {
				t.Fatalf("chunk [%d, %d)", off, end)
			}
			if end < len(text) && !utf8.RuneStart(text[end]) && utf8.ValidString(text) {
				t.Fatalf("cut at %d inside a rune", end)
			}
			off = end
		}
	})
}
