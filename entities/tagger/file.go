// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package tagger

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
)

// The model file, little-endian:
//
//	magic "QTAG", format version (1 byte), feature-set name (uint16
//	length, bytes), scale (float32), number of tags (1 byte),
//	transitions ((tags+1)×tags int16), dense count (uint32) and rows
//	(count×tags int16), hashed count (uint32), keys (count×uint64, in
//	increasing order) and rows (count×tags int16).
//
// A weight is stored as round(w/scale) in an int16, scale being the
// largest weight over 32767: a model's weights span a few thousand steps
// of the averaged perceptron, which 16 bits keep to within 0.01%.
const (
	magic         = "QTAG"
	formatVersion = 1
)

// WriteTo writes the model in its file format.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	cw := &countWriter{w: bufio.NewWriter(w)}
	var top float32
	for i := range m.trans {
		top = max(top, maxAbs(&m.trans[i]))
	}
	for i := range m.dense {
		top = max(top, maxAbs(&m.dense[i]))
	}
	for i := range m.rows {
		top = max(top, maxAbs(&m.rows[i]))
	}
	scale := top / math.MaxInt16
	if scale == 0 {
		scale = 1
	}
	put := func(v any) { _ = binary.Write(cw, binary.LittleEndian, v) }
	putRow := func(s *Scores) {
		var q [NumTags]int16
		for k, v := range s {
			q[k] = int16(math.Round(float64(v / scale)))
		}
		put(q)
	}
	cw.WriteString(magic)
	put(uint8(formatVersion))
	put(uint16(len(m.Features)))
	cw.WriteString(m.Features)
	put(scale)
	put(uint8(NumTags))
	for i := range m.trans {
		putRow(&m.trans[i])
	}
	put(uint32(len(m.dense)))
	for i := range m.dense {
		putRow(&m.dense[i])
	}
	// Keys in increasing order make the file the same for the same model.
	order := make([]int, 0, len(m.rows))
	keyOf := make([]uint64, len(m.rows))
	for i, k := range m.keys {
		if k != 0 {
			keyOf[m.slots[i]] = k
		}
	}
	for row := range m.rows {
		order = append(order, row)
	}
	slices.SortFunc(order, func(a, b int) int {
		switch {
		case keyOf[a] < keyOf[b]:
			return -1
		case keyOf[a] > keyOf[b]:
			return 1
		}
		return 0
	})
	put(uint32(len(order)))
	for _, row := range order {
		put(keyOf[row])
	}
	for _, row := range order {
		putRow(&m.rows[row])
	}
	if cw.err == nil {
		cw.err = cw.w.(*bufio.Writer).Flush()
	}
	return cw.n, cw.err
}

type countWriter struct {
	w   io.Writer
	n   int64
	err error
}

func (c *countWriter) Write(p []byte) (int, error) {
	if c.err != nil {
		return 0, c.err
	}
	n, err := c.w.Write(p)
	c.n += int64(n)
	c.err = err
	return n, err
}

func (c *countWriter) WriteString(s string) { c.Write([]byte(s)) }

// ErrFormat is returned for data that is not a model file.
var ErrFormat = errors.New("tagger: not a model file")

// Read parses a model file held in memory.
func Read(data []byte) (*Model, error) {
	r := reader{b: data}
	if string(r.next(len(magic))) != magic {
		return nil, ErrFormat
	}
	if v := r.u8(); v != formatVersion {
		if r.err != nil {
			return nil, r.err
		}
		return nil, fmt.Errorf("tagger: model file format %d, want %d", v, formatVersion)
	}
	m := &Model{Features: string(r.next(int(r.u16())))}
	scale := math.Float32frombits(r.u32())
	if n := r.u8(); n != uint8(NumTags) && r.err == nil {
		return nil, fmt.Errorf("tagger: model has %d tags, want %d", n, NumTags)
	}
	for i := range m.trans {
		r.row(&m.trans[i], scale)
	}
	if n := r.count(2 * int(NumTags)); r.err == nil {
		m.dense = make([]Scores, n)
		for i := range m.dense {
			r.row(&m.dense[i], scale)
		}
	}
	n := r.count(8 + 2*int(NumTags))
	if r.err != nil {
		return nil, r.err
	}
	keys := make([]uint64, n)
	for i := range keys {
		keys[i] = r.u64()
		if keys[i] == 0 || i > 0 && keys[i] <= keys[i-1] {
			return nil, fmt.Errorf("%w: hashed features out of order", ErrFormat)
		}
	}
	m.rows = make([]Scores, n)
	for i := range m.rows {
		r.row(&m.rows[i], scale)
	}
	if r.err != nil {
		return nil, r.err
	}
	if len(r.b) != 0 {
		return nil, fmt.Errorf("%w: %d bytes after the weights", ErrFormat, len(r.b))
	}
	m.index(keys)
	return m, nil
}

// reader decodes the file; the first error sticks and later reads give
// zeros.
type reader struct {
	b   []byte
	err error
}

func (r *reader) next(n int) []byte {
	if r.err != nil || n > len(r.b) {
		if r.err == nil {
			r.err = fmt.Errorf("%w: truncated", ErrFormat)
		}
		return make([]byte, n)
	}
	p := r.b[:n]
	r.b = r.b[n:]
	return p
}

func (r *reader) u8() uint8   { return r.next(1)[0] }
func (r *reader) u16() uint16 { return binary.LittleEndian.Uint16(r.next(2)) }
func (r *reader) u32() uint32 { return binary.LittleEndian.Uint32(r.next(4)) }
func (r *reader) u64() uint64 { return binary.LittleEndian.Uint64(r.next(8)) }

// count reads a count of records of size bytes and checks that the data
// can hold them, so a damaged count cannot make Read allocate more than
// the file.
func (r *reader) count(size int) int {
	n := int(r.u32())
	if r.err == nil && n > len(r.b)/size {
		r.err = fmt.Errorf("%w: truncated", ErrFormat)
	}
	if r.err != nil {
		return 0
	}
	return n
}

func (r *reader) row(s *Scores, scale float32) {
	p := r.next(2 * int(NumTags))
	if r.err != nil {
		return
	}
	for k := range s {
		s[k] = float32(int16(binary.LittleEndian.Uint16(p[2*k:]))) * scale
	}
}
