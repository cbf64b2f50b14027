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
//	increasing order) and rows (count×tags int16), then the precomputed
//	words: roles (1 byte), count (uint32), word hashes (count×uint64, in
//	increasing order) and rows (count×roles×tags int16).
//
// A weight is stored as round(w/scale) in an int16, scale being the
// largest weight or word score over 32767: that keeps weights to within
// a hundredth of a perceptron step.
const (
	magic         = "QTAG"
	formatVersion = 1
)

// WriteTo writes the model in its file format.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	if len(m.Features) > math.MaxUint16 {
		return 0, fmt.Errorf("tagger: feature-set name of %d bytes, the format holds %d", len(m.Features), math.MaxUint16)
	}
	if m.wordRoles > math.MaxUint8 {
		return 0, fmt.Errorf("tagger: %d word roles, the format holds %d", m.wordRoles, math.MaxUint8)
	}
	cw := &countWriter{w: w}
	bw := bufio.NewWriter(cw)
	var top float32
	for _, rows := range [][]Scores{m.trans[:], m.dense, m.rows, m.wordRows} {
		for i := range rows {
			top = max(top, maxAbs(&rows[i]))
		}
	}
	scale := top / math.MaxInt16
	if scale == 0 {
		scale = 1
	}
	put := func(v any) { _ = binary.Write(bw, binary.LittleEndian, v) }
	putRow := func(s *Scores) {
		var q [NumTags]int16
		for k, v := range s {
			q[k] = int16(math.Round(float64(v / scale)))
		}
		put(q)
	}
	bw.WriteString(magic)
	put(uint8(formatVersion))
	put(uint16(len(m.Features)))
	bw.WriteString(m.Features)
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
	keys := sortedKeys(&m.features)
	put(uint32(len(keys)))
	put(keys)
	for _, k := range keys {
		i, _ := m.features.Get(k)
		putRow(&m.rows[i])
	}
	keys = sortedKeys(&m.words)
	put(uint8(m.wordRoles))
	put(uint32(len(keys)))
	put(keys)
	for _, k := range keys {
		for _, r := range m.Word(k) {
			putRow(&r)
		}
	}
	err := bw.Flush()
	return cw.n, err
}

// sortedKeys returns the keys of an index in increasing order.
func sortedKeys(x *Index) []uint64 {
	keys := make([]uint64, 0, x.n)
	for _, s := range x.slots {
		if s.key != 0 {
			keys = append(keys, s.key)
		}
	}
	slices.Sort(keys)
	return keys
}

// countWriter counts the bytes its writer accepts.
type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

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
	if r.err == nil && (!(scale > 0) || math.IsInf(float64(scale), 0)) {
		return nil, fmt.Errorf("%w: scale %v", ErrFormat, scale)
	}
	if n := r.u8(); n != uint8(NumTags) && r.err == nil {
		return nil, fmt.Errorf("tagger: model has %d tags, want %d", n, NumTags)
	}
	r.rows(m.trans[:], scale)
	if n := r.count(rowSize); r.err == nil {
		m.dense = make([]Scores, n)
		r.rows(m.dense, scale)
	}
	n := r.count(8 + rowSize)
	keys := r.keys(n)
	rows := r.next(rowSize * n)
	m.wordRoles = int(r.u8())
	words := r.count(8 + rowSize*m.wordRoles)
	wordKeys := r.keys(words)
	wordRows := r.next(rowSize * words * m.wordRoles)
	if r.err != nil {
		return nil, r.err
	}
	// Every table is made before any is filled, so that a collection
	// the first one starts runs before the filling rather than beside
	// it, where it took several times longer.
	m.rows = make([]Scores, n)
	m.wordRows = make([]Scores, words*m.wordRoles)
	m.features.Reserve(n)
	m.words.Reserve(words)
	decodeRows(m.rows, rows, scale)
	for i := range n {
		m.features.Put(keys.at(i), int32(i))
	}
	decodeRows(m.wordRows, wordRows, scale)
	for i := range words {
		m.words.Put(wordKeys.at(i), int32(i*m.wordRoles))
	}
	if len(r.b) != 0 {
		return nil, fmt.Errorf("%w: %d bytes after the weights", ErrFormat, len(r.b))
	}
	return m, nil
}

// keyList is a run of keys as the file stores them.
type keyList []byte

func (k keyList) at(i int) uint64 { return binary.LittleEndian.Uint64(k[8*i:]) }

// keys reads n keys and checks that they are in increasing order.
func (r *reader) keys(n int) keyList {
	keys := keyList(r.next(8 * n))
	if r.err != nil {
		return keys
	}
	last := uint64(0) // no key is 0
	for i := range n {
		k := keys.at(i)
		if k <= last {
			r.err = fmt.Errorf("%w: keys out of order", ErrFormat)
			break
		}
		last = k
	}
	return keys
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

// rowSize is the size of a row of weights in the file.
const rowSize = 2 * int(NumTags)

// rows reads len(dst) rows of weights.
func (r *reader) rows(dst []Scores, scale float32) {
	if p := r.next(rowSize * len(dst)); r.err == nil {
		decodeRows(dst, p, scale)
	}
}

// decodeRows decodes the rows of weights p into dst.
func decodeRows(dst []Scores, p []byte, scale float32) {
	for i := range dst {
		q := p[rowSize*i : rowSize*(i+1)]
		for k := range dst[i] {
			dst[i][k] = float32(int16(binary.LittleEndian.Uint16(q[2*k:]))) * scale
		}
	}
}
