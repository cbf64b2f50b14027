// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package tagger

import (
	"bytes"
	"encoding/binary"
	"errors"
	"math"
	"math/rand/v2"
	"runtime"
	"slices"
	"strings"
	"testing"
)

// tinyModel is a hand-made model small enough to try every prefix of its
// file: 2 dense features, 3 hashed ones, 2 words of 2 roles.
func tinyModel() *Model {
	m := &Model{Features: "tiny/v1"}
	for a := range m.trans {
		for b := range NumTags {
			m.trans[a][b] = float32(int(a)-int(b)) / 4
		}
	}
	m.dense = []Scores{{O: 1, BPerson: -2}, {BLocation: 0.5}}
	for i, k := range []uint64{Hash([]byte("w=mr")), 1, ^uint64(0)} {
		m.features.Put(k, int32(i))
		m.rows = append(m.rows, Scores{O: float32(i), IOrganization: -3})
	}
	m.SetWords([]string{"mr", "in"}, 2, func(w string) []Scores {
		rows := make([]Scores, 2)
		m.AddHashed(&rows[0], Hash([]byte("w="+w)))
		rows[1][BLocation] = float32(len(w))
		return rows
	})
	return m
}

func fileOf(t testing.TB, m *Model) []byte {
	t.Helper()
	var buf bytes.Buffer
	n, err := m.WriteTo(&buf)
	if err != nil {
		t.Fatalf("WriteTo: %v", err)
	}
	if n != int64(buf.Len()) {
		t.Fatalf("WriteTo reported %d bytes, wrote %d", n, buf.Len())
	}
	return buf.Bytes()
}

// layout gives the offsets of the fields of m's file.
type layout struct {
	version, tags, denseCount, hashedCount, hashedKeys, roles, wordCount, wordKeys, end int
}

func layoutOf(m *Model) layout {
	row := 2 * int(NumTags)
	var l layout
	l.version = len(magic)
	l.tags = l.version + 1 + 2 + len(m.Features) + 4
	l.denseCount = l.tags + 1 + (int(NumTags)+1)*row
	l.hashedCount = l.denseCount + 4 + m.Dense()*row
	l.hashedKeys = l.hashedCount + 4
	l.roles = l.hashedKeys + m.Hashed()*(8+row)
	l.wordCount = l.roles + 1
	l.wordKeys = l.wordCount + 4
	l.end = l.wordKeys + m.Words()*(8+m.wordRoles*row)
	return l
}

// scaleOf is the quantisation step of m's file: its largest weight over
// 32767.
func scaleOf(m *Model) float32 {
	var top float32
	for _, rows := range [][]Scores{m.trans[:], m.dense, m.rows, m.wordRows} {
		for i := range rows {
			top = max(top, maxAbs(&rows[i]))
		}
	}
	return top / math.MaxInt16
}

func closeScores(a, b Scores, tol float32) bool {
	for t := range a {
		if d := a[t] - b[t]; d > tol || d < -tol {
			return false
		}
	}
	return true
}

func TestFileLayout(t *testing.T) {
	m := tinyModel()
	data := fileOf(t, m)
	l := layoutOf(m)
	if len(data) != l.end {
		t.Fatalf("file of %d bytes, want %d", len(data), l.end)
	}
	u32 := func(at int) int { return int(binary.LittleEndian.Uint32(data[at:])) }
	if string(data[:4]) != magic || data[l.version] != formatVersion || data[l.tags] != byte(NumTags) ||
		u32(l.denseCount) != 2 || u32(l.hashedCount) != 3 || data[l.roles] != 2 || u32(l.wordCount) != 2 {
		t.Errorf("file header does not follow the documented layout: % x", data[:l.denseCount])
	}
}

func TestRoundTrip(t *testing.T) {
	for _, tt := range []struct {
		name string
		m    *Model
	}{
		{"tiny", tinyModel()},
		{"toy", withToyWords(toyModel())},
		{"zero", &Model{}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			checkRoundTrip(t, tt.m)
		})
	}
}

func withToyWords(m *Model) *Model {
	m = cloneModel(m)
	m.SetWords([]string{"mr", "in", "corp", "said", "hello", "nowhere"}, 2, toyWordRows(m))
	return m
}

func checkRoundTrip(t *testing.T, m *Model) {
	data := fileOf(t, m)
	got, err := Read(data)
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	// Rounding to the nearest step is off by half a step at most.
	tol := scaleOf(m)
	if got.Features != m.Features || got.Dense() != m.Dense() || got.Hashed() != m.Hashed() || got.Words() != m.Words() {
		t.Fatalf("read %q with %d dense, %d hashed, %d words; wrote %q with %d, %d, %d",
			got.Features, got.Dense(), got.Hashed(), got.Words(), m.Features, m.Dense(), m.Hashed(), m.Words())
	}
	for a := range m.trans {
		if !closeScores(got.trans[a], m.trans[a], tol) {
			t.Errorf("transitions from %d: read %v, wrote %v", a, got.trans[a], m.trans[a])
		}
	}
	for i := range m.Dense() + 1 { // one past the end adds nothing
		var want, have Scores
		m.AddDense(&want, i)
		got.AddDense(&have, i)
		if !closeScores(have, want, tol) {
			t.Errorf("dense feature %d: read %v, wrote %v", i, have, want)
		}
	}
	hashed := append(sortedKeys(&m.features), 2, 12345)
	got.WarmHashed(hashed) // reads only: what follows is unchanged
	for _, k := range hashed {
		var want, have Scores
		m.AddHashed(&want, k)
		got.AddHashed(&have, k)
		if !closeScores(have, want, tol) {
			t.Errorf("hashed feature %#x: read %v, wrote %v", k, have, want)
		}
	}
	rows, _ := got.AppendRows(nil, hashed)
	if len(rows) != len(hashed) {
		t.Fatalf("AppendRows gave %d rows for %d keys", len(rows), len(hashed))
	}
	for j, k := range hashed {
		var want, have Scores
		got.AddHashed(&want, k)
		got.AddRow(&have, rows[j])
		if have != want {
			t.Errorf("hashed feature %#x by its row %d: %v, by its key %v", k, rows[j], have, want)
		}
	}
	if n := len(rows); rows[n-2] != -1 || rows[n-1] != -1 {
		t.Errorf("features the model lacks have rows %d and %d, want -1", rows[n-2], rows[n-1])
	}
	words := append(sortedKeys(&m.words), 2)
	got.WarmWords(words) // reads only
	for _, k := range words {
		want, have := m.Word(k), got.Word(k)
		if len(have) != len(want) {
			t.Fatalf("word %#x: read %d rows, wrote %d", k, len(have), len(want))
		}
		for r := range want {
			if !closeScores(have[r], want[r], tol) {
				t.Errorf("word %#x role %d: read %v, wrote %v", k, r, have[r], want[r])
			}
		}
	}
	// The file is a fixed point once quantised.
	if again := fileOf(t, got); !bytes.Equal(again, data) {
		t.Errorf("writing the read model gives a different file")
	}
}

// TestRoundTripDecodes checks that the read toy model tags held-out
// sentences as the trained one.
func TestRoundTripDecodes(t *testing.T) {
	m := toyModel()
	got, err := Read(fileOf(t, m))
	if err != nil {
		t.Fatal(err)
	}
	var v Viterbi
	for _, seq := range toyCorpus(7, 50) {
		want := tagWith(m, &v, seq)
		if have := tagWith(got, &v, seq); !slices.Equal(have, want) {
			t.Errorf("read model tags %v, trained one %v", have, want)
		}
	}
}

func TestReadRejects(t *testing.T) {
	m := tinyModel()
	valid := fileOf(t, m)
	l := layoutOf(m)
	edit := func(f func(b []byte) []byte) []byte { return f(slices.Clone(valid)) }
	putU32 := func(at int, v uint32) func([]byte) []byte {
		return func(b []byte) []byte { binary.LittleEndian.PutUint32(b[at:], v); return b }
	}
	swapKeys := func(at int) func([]byte) []byte {
		return func(b []byte) []byte {
			k0, k1 := slices.Clone(b[at:at+8]), slices.Clone(b[at+8:at+16])
			copy(b[at:], k1)
			copy(b[at+8:], k0)
			return b
		}
	}
	setKey := func(at int, v uint64) func([]byte) []byte {
		return func(b []byte) []byte { binary.LittleEndian.PutUint64(b[at:], v); return b }
	}
	tests := []struct {
		name   string
		data   []byte
		want   string // in the error's text
		format bool   // errors.Is(err, ErrFormat)
	}{
		{"empty", nil, "not a model file", true},
		{"wrong magic", edit(func(b []byte) []byte { b[0] = 'X'; return b }), "not a model file", true},
		{"other file", []byte("%PDF-1.7\n"), "not a model file", true},
		{"format version", edit(func(b []byte) []byte { b[l.version] = formatVersion + 1; return b }), "format 2, want 1", false},
		{"tag count", edit(func(b []byte) []byte { b[l.tags] = 5; return b }), "5 tags, want 7", false},
		{"trailing byte", append(slices.Clone(valid), 0), "1 bytes after", true},
		{"two files", append(slices.Clone(valid), valid...), "after the weights", true},
		{"hashed keys out of order", edit(swapKeys(l.hashedKeys)), "out of order", true},
		{"hashed key repeated", edit(setKey(l.hashedKeys+8, binary.LittleEndian.Uint64(valid[l.hashedKeys:]))), "out of order", true},
		{"hashed key 0", edit(setKey(l.hashedKeys, 0)), "out of order", true},
		{"word keys out of order", edit(swapKeys(l.wordKeys)), "out of order", true},
		{"dense count huge", edit(putU32(l.denseCount, math.MaxUint32)), "truncated", true},
		{"hashed count huge", edit(putU32(l.hashedCount, math.MaxUint32)), "truncated", true},
		{"hashed count one more", edit(putU32(l.hashedCount, 4)), "", true},
		{"word count huge", edit(putU32(l.wordCount, math.MaxUint32)), "truncated", true},
		{"roles more", edit(func(b []byte) []byte { b[l.roles] = 3; return b }), "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := Read(tt.data)
			if err == nil {
				t.Fatalf("Read accepted it: %d dense, %d hashed, %d words", m.Dense(), m.Hashed(), m.Words())
			}
			if m != nil {
				t.Errorf("Read returned a model with error %v", err)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q, want it to say %q", err, tt.want)
			}
			if errors.Is(err, ErrFormat) != tt.format {
				t.Errorf("errors.Is(%q, ErrFormat) = %v, want %v", err, !tt.format, tt.format)
			}
		})
	}
}

func TestReadTruncated(t *testing.T) {
	for _, m := range []*Model{tinyModel(), {}} {
		data := fileOf(t, m)
		for n := range len(data) {
			func() {
				defer func() {
					if p := recover(); p != nil {
						t.Fatalf("Read of the first %d of %d bytes panicked: %v", n, len(data), p)
					}
				}()
				// A copy of exactly n bytes, so reading past it faults
				// rather than seeing the rest of the file.
				if _, err := Read(slices.Clone(data[:n])); err == nil {
					t.Errorf("Read of the first %d of %d bytes succeeded", n, len(data))
				} else if !errors.Is(err, ErrFormat) {
					t.Errorf("Read of the first %d of %d bytes: %v, want ErrFormat", n, len(data), err)
				}
			}()
		}
	}
}

// TestReadHugeCountMemory checks that a count the file cannot hold is
// rejected before anything of its size is allocated.
func TestReadHugeCountMemory(t *testing.T) {
	m := tinyModel()
	l := layoutOf(m)
	for _, at := range []int{l.denseCount, l.hashedCount, l.wordCount} {
		data := fileOf(t, m)
		binary.LittleEndian.PutUint32(data[at:], 1<<31)
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		_, err := Read(data)
		runtime.ReadMemStats(&after)
		if err == nil {
			t.Fatalf("count 2^31 at byte %d accepted", at)
		}
		if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 1<<20 {
			t.Errorf("count 2^31 at byte %d: Read allocated %d bytes for a %d-byte file", at, alloc, len(data))
		}
	}
}

// FuzzRead checks that Read never panics, and that what it accepts can be
// written and read again.
func FuzzRead(f *testing.F) {
	data := fileOf(f, tinyModel())
	for n := 0; n <= len(data); n++ {
		f.Add(data[:n])
	}
	f.Add(fileOf(f, &Model{}))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := Read(data)
		if err != nil {
			if m != nil {
				t.Fatalf("Read returned a model with error %v", err)
			}
			return
		}
		var buf bytes.Buffer
		if _, err := m.WriteTo(&buf); err != nil {
			t.Fatalf("WriteTo of a read model: %v", err)
		}
		again, err := Read(buf.Bytes())
		if err != nil {
			t.Fatalf("Read of a read model's file: %v", err)
		}
		if again.Features != m.Features || again.Dense() != m.Dense() || again.Hashed() != m.Hashed() || again.Words() != m.Words() {
			t.Fatalf("read again: %q with %d dense, %d hashed, %d words; was %q with %d, %d, %d",
				again.Features, again.Dense(), again.Hashed(), again.Words(), m.Features, m.Dense(), m.Hashed(), m.Words())
		}
	})
}

// failingWriter accepts limit bytes, then fails.
type failingWriter struct {
	limit, n int
}

var errDiskFull = errors.New("disk full")

func (w *failingWriter) Write(p []byte) (int, error) {
	if w.n+len(p) > w.limit {
		k := w.limit - w.n
		w.n = w.limit
		return k, errDiskFull
	}
	w.n += len(p)
	return len(p), nil
}

func TestWriteToError(t *testing.T) {
	// Big enough that the buffered writer hands bytes on before the end.
	m := &Model{Features: "big"}
	rng := rand.New(rand.NewPCG(31, 32))
	for i := range 1000 {
		m.features.Put(rng.Uint64(), int32(i))
	}
	m.rows = randomScores(rng, m.features.Len(), 1)
	size := len(fileOf(t, m))
	for _, limit := range []int{0, 1, 4095, 4096, size / 2, size - 1} {
		w := &failingWriter{limit: limit}
		if _, err := m.WriteTo(w); !errors.Is(err, errDiskFull) {
			t.Errorf("writer failing after %d of %d bytes: WriteTo error %v", limit, size, err)
		}
	}
}

func TestWriteToRejectsWhatTheFormatCannotHold(t *testing.T) {
	long := &Model{Features: strings.Repeat("x", math.MaxUint16+1)}
	roles := &Model{}
	roles.SetWords([]string{"a"}, 256, func(string) []Scores { return make([]Scores, 256) })
	for name, m := range map[string]*Model{"name of 65536 bytes": long, "256 roles": roles} {
		var buf bytes.Buffer
		if _, err := m.WriteTo(&buf); err == nil {
			if _, rerr := Read(buf.Bytes()); rerr != nil {
				t.Errorf("%s: WriteTo succeeded, but Read of its file: %v", name, rerr)
			}
		}
	}
}

func TestReadRejectsBadScale(t *testing.T) {
	m := tinyModel()
	at := layoutOf(m).tags - 4
	for _, s := range []float32{float32(math.NaN()), float32(math.Inf(1)), 0, -1} {
		data := fileOf(t, m)
		binary.LittleEndian.PutUint32(data[at:], math.Float32bits(s))
		if _, err := Read(data); err == nil {
			t.Errorf("Read accepted scale %v", s)
		}
	}
}

func TestWriteToCountOnError(t *testing.T) {
	w := &failingWriter{limit: 1}
	n, err := tinyModel().WriteTo(w)
	if err == nil || n > int64(w.n) {
		t.Errorf("writer accepting 1 byte: WriteTo = %d, %v", n, err)
	}
}
