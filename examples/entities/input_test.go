// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package main

import (
	"bytes"
	"encoding/json"
	"io"
	"strings"
	"testing"
	"testing/iotest"
	"unicode/utf8"

	"github.com/qalam-nlp/qalam/tokenize"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// readPieces returns the pieces of r.
func readPieces(t *testing.T, p *pieces, r io.Reader) []string {
	t.Helper()
	p.reset(r)
	var got []string
	off := 0
	for {
		text, base, err := p.next()
		if err == io.EOF {
			return got
		}
		require.NoError(t, err)
		require.Equal(t, off, base)
		require.LessOrEqual(t, len(text), pieceSize)
		got = append(got, strings.Clone(text))
		off += len(text)
	}
}

// TestPieces checks that an input comes whole when it fits in a piece,
// and otherwise in pieces of at most pieceSize bytes that end after a line
// break, else white space, else between runes, and make up the input.
func TestPieces(t *testing.T) {
	var p pieces
	small := strings.Repeat("قال بوتين\n", 1000)
	assert.Equal(t, []string{small}, readPieces(t, &p, iotest.OneByteReader(strings.NewReader(small))))
	assert.Empty(t, readPieces(t, &p, strings.NewReader("")))

	tests := []struct {
		name, text string
		ends       func(piece string) bool
	}{
		{"lines", strings.Repeat("قال بوتين إن\n", 1<<20), func(s string) bool { return strings.HasSuffix(s, "\n") }},
		{"no-break spaces", strings.Repeat("قال\u00a0بوتين\u00a0", 1<<20), func(s string) bool {
			r, _ := utf8.DecodeLastRuneInString(s)
			return tokenize.IsSpace(r)
		}},
		{"one word", strings.Repeat("ب", 6<<20), func(s string) bool { return utf8.ValidString(s) }},
	}
	for _, tt := range tests {
		got := readPieces(t, &p, iotest.HalfReader(strings.NewReader(tt.text)))
		require.Greater(t, len(got), 1, tt.name)
		assert.Equal(t, tt.text, strings.Join(got, ""), tt.name)
		for _, piece := range got[:len(got)-1] {
			assert.True(t, tt.ends(piece), "%s: piece ends with %q", tt.name, piece[max(0, len(piece)-10):])
		}
	}
	assert.LessOrEqual(t, cap(p.buf), pieceSize, "the buffer never grows past pieceSize")
}

// TestLongStdin checks that the mentions of a standard input longer than
// a piece have offsets into the whole input.
func TestLongStdin(t *testing.T) {
	text := strings.Repeat("قال الرئيس بوتين\n", pieceSize/30)
	require.Greater(t, len(text), pieceSize)
	var out, errOut bytes.Buffer
	require.Equal(t, 0, command(nil, strings.NewReader(text), &out, &errOut), errOut.String())
	n := 0
	for line := range strings.Lines(out.String()) {
		var m struct {
			Start, End int
			Text       string
		}
		require.NoError(t, json.Unmarshal([]byte(line), &m))
		require.Equal(t, m.Text, text[m.Start:m.End])
		if m.Text == "بوتين" {
			n++
		}
	}
	assert.Equal(t, pieceSize/30, n)
}
