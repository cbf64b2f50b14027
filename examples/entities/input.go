// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package main

import (
	"bytes"
	"io"
	"unicode/utf8"
	"unsafe"

	"github.com/qalam-nlp/qalam/tokenize"
)

// pieceSize is the most text of one input that the command holds: an
// input of up to pieceSize bytes is searched whole, as one document; a
// longer one a piece at a time.
const pieceSize = 8 << 20

// pieces reads an input a piece at a time into one buffer, reused from
// one input to the next, which grows with the input up to pieceSize bytes.
// A piece ends at the end of the input, or else after its last line break
// when that is in its second half, else after its last white space (any
// rune tokenize.IsSpace reports), else between two runes: so a piece cut
// in the middle of a name or a word needs a megabyte-long line with no
// white space at all.
type pieces struct {
	r     io.Reader
	buf   []byte
	n     int // bytes of buf holding data
	held  int // bytes of buf returned by the last call to next
	base  int // input offset of buf[0]
	eof   bool
	empty int // successive reads that returned nothing
}

// reset makes p read r from its start, keeping its buffer.
func (p *pieces) reset(r io.Reader) {
	*p = pieces{r: r, buf: p.buf}
}

// next returns the next piece of the input as a string, and its offset in
// the input; io.EOF after the last piece. The string shares p's buffer: it
// is valid until the next call. (The extractor keeps nothing of the text
// once Mentions has returned, and the writer copies each mention's text.)
func (p *pieces) next() (string, int, error) {
	p.n = copy(p.buf, p.buf[p.held:p.n])
	p.base += p.held
	p.held = 0
	for !p.eof && p.n < pieceSize {
		if p.n == len(p.buf) {
			grown := make([]byte, min(pieceSize, max(64<<10, 2*len(p.buf))))
			copy(grown, p.buf[:p.n])
			p.buf = grown
		}
		m, err := p.r.Read(p.buf[p.n:])
		p.n += m
		switch {
		case err == io.EOF:
			p.eof = true
		case err != nil:
			return "", 0, err
		case m > 0:
			p.empty = 0
		case p.empty > 100:
			return "", 0, io.ErrNoProgress
		default:
			p.empty++
		}
	}
	if p.n == 0 {
		return "", 0, io.EOF
	}
	p.held = p.n
	if !p.eof {
		p.held = cut(p.buf[:p.n])
	}
	return unsafe.String(&p.buf[0], p.held), p.base, nil
}

// cut returns where a full buffer b is cut into a piece: after its last
// line break in its second half, else after its last white space, else
// at the last rune boundary.
func cut(b []byte) int {
	if i := bytes.LastIndexByte(b, '\n'); i >= len(b)/2 {
		return i + 1
	}
	for i := len(b); i > 0; {
		r, n := utf8.DecodeLastRune(b[:i])
		if tokenize.IsSpace(r) {
			return i
		}
		i -= n
	}
	for k := len(b) - 1; k > 0 && k >= len(b)-utf8.UTFMax; k-- {
		if utf8.RuneStart(b[k]) {
			if utf8.FullRune(b[k:]) {
				return len(b)
			}
			return k
		}
	}
	return len(b)
}
