// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package clusters

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/qalam-nlp/qalam/tokenize"
	"github.com/qalam-nlp/qalam/tokenize/clitics"
)

func TestParse(t *testing.T) {
	for _, tc := range []struct {
		name, data string
		want       map[string]string // nil: an error is expected
		err        string
	}{
		{name: "empty", data: "", want: map[string]string{}},
		{name: "two words", data: "0101\tتونس\n11\tcnn\n", want: map[string]string{"تونس": "0101", "cnn": "11"}},
		{name: "no final line break", data: "0\ta\n1\tb", want: map[string]string{"a": "0", "b": "1"}},
		{name: "no tab", data: "0\ta\n01 b\n", err: "line 2: no tab"},
		{name: "empty path", data: "\ta\n", err: "line 1: empty path"},
		{name: "bad path", data: "0\ta\n012\tb\n", err: `line 2: path "012"`},
		{name: "long path", data: strings.Repeat("0", MaxPathLen+1) + "\ta\n", err: "line 1: path longer"},
		{name: "empty word", data: "0\t\n", err: "line 1: empty word"},
		{name: "blank line", data: "0\ta\n\n1\tb\n", err: "line 2: no tab"},
		{name: "tab in word", data: "0\ta\tb\n", err: "line 1: tab or carriage return"},
		{name: "carriage return", data: "0\ta\r\n", err: "line 1: tab or carriage return"},
		{name: "not UTF-8", data: "0\ta\xff\n", err: "line 1: word is not UTF-8"},
		{name: "duplicate", data: "0\ta\n1\tb\n1\ta\n", err: `line 3: word "a" listed twice`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			table, err := Parse([]byte(tc.data))
			if tc.want == nil {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("error %v, want one containing %q", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if table.Len() != len(tc.want) {
				t.Errorf("Len = %d, want %d", table.Len(), len(tc.want))
			}
			for w, p := range tc.want {
				if got, ok := table.Path([]byte(w)); !ok || got != p {
					t.Errorf("Path(%q) = %q, %v; want %q", w, got, ok, p)
				}
			}
			n := 0
			for w, p := range table.All() {
				if tc.want[w] != p {
					t.Errorf("All yields %q %q, want path %q", w, p, tc.want[w])
				}
				n++
			}
			if n != len(tc.want) {
				t.Errorf("All yields %d words, want %d", n, len(tc.want))
			}
			if _, ok := table.Path([]byte("missing")); ok {
				t.Error("Path found a word not in the table")
			}
		})
	}
}

func TestWriteToSorted(t *testing.T) {
	table, err := Parse([]byte("1\tb\n0\ta\n10\tتونس\n"))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := table.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	if want := "0\ta\n1\tb\n10\tتونس\n"; buf.String() != want {
		t.Errorf("WriteTo wrote %q, want %q", buf.String(), want)
	}
}

func TestNilTable(t *testing.T) {
	var table *Table
	if _, ok := table.Path([]byte("a")); ok || table.Len() != 0 {
		t.Error("a nil table is not empty")
	}
}

func TestAppendKey(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"بوتين", "بوتين"},
		{"وبوتين", "بوتين"},
		{"لبوتين", "بوتين"},
		{"تونس", "تونس"},
		{"والنهضة", "نهضه"},
		{"الأمم", "امم"},
		{"CNN", "cnn"},
		{"2017", NumberKey},
		{"١٢٫٥", NumberKey},
		{"https://example.com/a", URLKey},
		{"name@example.com", EmailKey},
		{"،", "،"},
		{"«", "«"},
		{"#Tunisie", "#tunisie"},
	} {
		toks := tokenize.Tokens(tc.text)
		var got []byte
		var segs []clitics.Segment
		n := 0
		for tok := range toks {
			got = AppendKey(got, tc.text, tok, &segs)
			n++
		}
		if n != 1 || string(got) != tc.want {
			t.Errorf("AppendKey(%q) = %q over %d tokens, want %q", tc.text, got, n, tc.want)
		}
	}
}

// TestModelFile checks the table the tagger embeds.
func TestModelFile(t *testing.T) {
	data, err := os.ReadFile("../../model/clusters.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(data) > 2<<20 {
		t.Errorf("the table has %d bytes, more than 2 MB", len(data))
	}
	table, err := Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := table.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), data) {
		t.Error("the table file is not in the form WriteTo writes (sorted by word)")
	}
	for _, w := range []string{"في", "تونس", "صفاقس", "محمد", NumberKey} {
		if _, ok := table.Path([]byte(w)); !ok {
			t.Errorf("no path for %q", w)
		}
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte("0101\tتونس\n11\tcnn\n"))
	f.Add([]byte("0\ta\n0\ta\n"))
	f.Add([]byte("0\ta\r\n\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		table, err := Parse(data)
		if err != nil {
			return
		}
		var buf bytes.Buffer
		if _, err := table.WriteTo(&buf); err != nil {
			t.Fatal(err)
		}
		again, err := Parse(buf.Bytes())
		if err != nil {
			t.Fatalf("Parse of WriteTo's output: %v", err)
		}
		if again.Len() != table.Len() {
			t.Fatalf("round trip: %d words, then %d", table.Len(), again.Len())
		}
		for w, p := range table.paths {
			if q, ok := again.Path([]byte(w)); !ok || q != p {
				t.Fatalf("round trip: %q had %q, now %q", w, p, q)
			}
		}
	})
}

func BenchmarkPath(b *testing.B) {
	data, err := os.ReadFile("../../model/clusters.txt")
	if err != nil {
		b.Fatal(err)
	}
	table, err := Parse(data)
	if err != nil {
		b.Fatal(err)
	}
	words := [][]byte{[]byte("تونس"), []byte("في"), []byte("محمد"), []byte("غيرموجود"), []byte("cnn")}
	b.ReportAllocs()
	b.ResetTimer()
	for i := range b.N {
		table.Path(words[i%len(words)])
	}
}

// BenchmarkParse measures reading the embedded table of the entities
// package, which a program that runs the tagger reads once.
func BenchmarkParse(b *testing.B) {
	data, err := os.ReadFile("../../model/clusters.txt")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(data); err != nil {
			b.Fatal(err)
		}
	}
}
