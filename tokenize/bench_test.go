package tokenize

import (
	"bytes"
	"testing"
)

func BenchmarkTokens(b *testing.B) {
	data := corpus(b)
	text := string(data)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		n := 0
		for range Tokens(text) {
			n++
		}
	}
}

func BenchmarkScanner(b *testing.B) {
	data := corpus(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		s := NewScanner(bytes.NewReader(data))
		for s.Scan() {
		}
	}
}
