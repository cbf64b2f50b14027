// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/qalam-nlp/qalam/tokenize"
)

type segment struct {
	Start, End int
	Text       string
}

type record struct {
	File     string
	Start    int
	End      int
	Text     string
	Kind     string
	Segments []segment
}

func output(t *testing.T, in string, o options) []record {
	t.Helper()
	var b bytes.Buffer
	w := bufio.NewWriter(&b)
	if err := run(w, strings.NewReader(in), "", o); err != nil {
		t.Fatal(err)
	}
	w.Flush()
	var out []record
	for _, line := range strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n") {
		if line == "" {
			continue
		}
		var r record
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatalf("line %q: %v", line, err)
		}
		out = append(out, r)
	}
	return out
}

func TestJSONLines(t *testing.T) {
	in := "قال «الرئيس» \"x\"\t\\ 3.5% \xff وبالقلم\n"
	recs := output(t, in, options{clitics: true})
	wantKinds := []string{"arabic", "punct", "arabic", "punct", "punct", "latin", "punct", "punct", "number", "symbol", "arabic"}
	if len(recs) != len(wantKinds) {
		t.Fatalf("got %d records: %+v", len(recs), recs)
	}
	for i, r := range recs {
		if r.Kind != wantKinds[i] {
			t.Errorf("record %d kind %q, want %q", i, r.Kind, wantKinds[i])
		}
		if want := strings.ToValidUTF8(in[r.Start:r.End], "\ufffd"); r.Text != want {
			t.Errorf("record %d text %q, want %q", i, r.Text, want)
		}
		for _, s := range r.Segments {
			if s.Start < r.Start || s.End > r.End || in[s.Start:s.End] != s.Text {
				t.Errorf("record %d segment %+v not absolute in %+v", i, s, r)
			}
		}
	}
}

func TestSentenceLines(t *testing.T) {
	in := "عنوان\nقال د. محمد: «نعم.» ثم غادر؟! أولا؛ ثانيا"
	recs := output(t, in, options{sentences: true})
	want := []string{"عنوان", "قال د. محمد: «نعم.»", "ثم غادر؟!", "أولا؛ ثانيا"}
	if len(recs) != len(want) {
		t.Fatalf("got %+v", recs)
	}
	for i, r := range recs {
		if r.Text != want[i] || in[r.Start:r.End] != r.Text {
			t.Errorf("sentence %d = %+v, want %q", i, r, want[i])
		}
	}
}

func TestTextFormat(t *testing.T) {
	var b bytes.Buffer
	w := bufio.NewWriter(&b)
	if err := run(w, strings.NewReader("قال 3"), "", options{text: true}); err != nil {
		t.Fatal(err)
	}
	w.Flush()
	if got, want := b.String(), "0\t6\tarabic\tقال\n7\t8\tnumber\t3\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestChunksMatchTokens checks that the tokens written for a stream, read
// in pieces of any size, are those of the whole text, with their offsets.
func TestChunksMatchTokens(t *testing.T) {
	var sb strings.Builder
	for i := range 3000 {
		sb.WriteString("قال «الرئيس» في 10:30 يوم 4/3/2025 إن %15 من https://x.org/a وَبِالْمُسْتَشْفَيَاتِهِمْ\xff\r\n")
		if i%500 == 0 {
			sb.WriteString(strings.Repeat("ب", 70000)) // a run with no white space
		}
	}
	text := sb.String()
	var want []tokenize.Token
	for tk := range tokenize.Tokens(text) {
		want = append(want, tk)
	}
	readers := map[string]func() io.Reader{
		"whole":   func() io.Reader { return strings.NewReader(text) },
		"onebyte": func() io.Reader { return iotest.OneByteReader(strings.NewReader(text)) },
		"half":    func() io.Reader { return iotest.HalfReader(strings.NewReader(text)) },
	}
	for name, r := range readers {
		var b bytes.Buffer
		w := bufio.NewWriter(&b)
		if err := run(w, r(), "", options{text: true}); err != nil {
			t.Fatal(err)
		}
		w.Flush()
		lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
		if len(lines) != len(want) {
			t.Fatalf("%s: %d tokens, want %d", name, len(lines), len(want))
		}
		for i, line := range lines {
			f := strings.SplitN(line, "\t", 4)
			if f[0] != strconv.Itoa(want[i].Start) || f[1] != strconv.Itoa(want[i].End) || f[2] != want[i].Kind.String() {
				t.Fatalf("%s: token %d = %q, want %v", name, i, line, want[i])
			}
		}
	}
}

func TestChunkLongRun(t *testing.T) {
	text := "أ " + strings.Repeat("ب", maxChunk) + " ج"
	recs := output(t, text, options{})
	if len(recs) < 4 || recs[0].Text != "أ" || recs[len(recs)-1].Text != "ج" {
		t.Fatalf("%d records", len(recs))
	}
	for _, r := range recs {
		if r.End-r.Start > maxChunk || in(text, r) != r.Text {
			t.Fatalf("record %d-%d longer than maxChunk or not the text", r.Start, r.End)
		}
	}
}

func in(text string, r record) string { return text[r.Start:r.End] }

func TestReadError(t *testing.T) {
	var b bytes.Buffer
	w := bufio.NewWriter(&b)
	err := run(w, iotest.TimeoutReader(iotest.OneByteReader(strings.NewReader("ab cd"))), "", options{text: true})
	w.Flush()
	if err == nil || b.String() != "0\t1\tlatin\ta\n" {
		t.Errorf("got %q, %v; want the first token and an error", b.String(), err)
	}
}

func TestFileField(t *testing.T) {
	var b bytes.Buffer
	w := bufio.NewWriter(&b)
	if err := run(w, strings.NewReader("قال"), "a\"b.txt", options{}); err != nil {
		t.Fatal(err)
	}
	w.Flush()
	if got, want := b.String(), `{"file":"a\"b.txt","start":0,"end":6,"text":"قال","kind":"arabic"}`+"\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	// The text format starts each line with the file name.
	for _, o := range []options{{text: true}, {text: true, sentences: true}, {text: true, clitics: true}} {
		b.Reset()
		if err := run(w, strings.NewReader("وقال"), "a\tb.txt", o); err != nil {
			t.Fatal(err)
		}
		w.Flush()
		want := "a b.txt\t0\t8\tarabic\tوقال\n"
		switch {
		case o.sentences:
			want = "a b.txt\tوقال\n"
		case o.clitics:
			want = "a b.txt\t0\t8\tarabic\tوقال\tو+قال\n"
		}
		if b.String() != want {
			t.Errorf("%+v: got %q, want %q", o, b.String(), want)
		}
	}
}

// TestCliticsNoCopyPerWord checks that long words are segmented without
// a copy each: allocations stay a few a piece of input, not one a word.
func TestCliticsNoCopyPerWord(t *testing.T) {
	text := strings.Repeat("وَبِالْمُسْتَشْفَيَاتِهِمْ والاستراتيجياتهما ", 500)
	w := bufio.NewWriter(io.Discard)
	o := options{clitics: true}
	n := testing.AllocsPerRun(5, func() {
		if err := run(w, strings.NewReader(text), "", o); err != nil {
			t.Fatal(err)
		}
	})
	if n > 20 {
		t.Errorf("%v allocations for 1000 long words", n)
	}
}

// FuzzRun checks that the tokens written for any input read one byte at a
// time are those of the whole text.
func FuzzRun(f *testing.F) {
	f.Add("قال «الرئيس» في 10:30 يوم 4/3/2025 إن %15\r\n\xff وبالقلم")
	f.Add("a\u00a0b\u2029c d\u200c e")
	f.Fuzz(func(t *testing.T, text string) {
		var b bytes.Buffer
		w := bufio.NewWriter(&b)
		if err := run(w, iotest.OneByteReader(strings.NewReader(text)), "", options{text: true, clitics: true}); err != nil {
			t.Fatal(err)
		}
		w.Flush()
		var want strings.Builder
		for tk := range tokenize.Tokens(text) {
			fmt.Fprintf(&want, "%d\t%d\t%s\n", tk.Start, tk.End, tk.Kind)
		}
		var got strings.Builder
		for _, line := range strings.SplitAfter(b.String(), "\n") {
			if f := strings.SplitN(line, "\t", 4); len(f) == 4 {
				fmt.Fprintf(&got, "%s\t%s\t%s\n", f[0], f[1], f[2])
			}
		}
		if got.String() != want.String() {
			t.Fatalf("%q: got\n%s\nwant\n%s", text, got.String(), want.String())
		}
	})
}

// TestCommand checks the command line: "-" for standard input, the
// message for a file that cannot be read, and usage errors.
func TestCommand(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	if err := os.WriteFile(good, []byte("قال\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "missing.txt")

	var out, errOut bytes.Buffer
	code := command([]string{"-format", "text", good, "-", missing, dir}, strings.NewReader("كتب"), &out, &errOut)
	if code != 1 {
		t.Errorf("exit status %d, want 1", code)
	}
	if want := good + "\t0\t6\tarabic\tقال\n-\t0\t6\tarabic\tكتب\n"; out.String() != want {
		t.Errorf("output %q, want %q", out.String(), want)
	}
	want := "tokenize: " + missing + ": no such file or directory\n" +
		"tokenize: " + dir + ": is a directory\n"
	if errOut.String() != want {
		t.Errorf("stderr %q, want %q", errOut.String(), want)
	}

	for _, args := range [][]string{{"-h"}, {"-bogus"}, {"-format", "xml"}, {"-sentences", "-clitics"}} {
		out.Reset()
		errOut.Reset()
		if code := command(args, strings.NewReader(""), &out, &errOut); code != 2 {
			t.Errorf("%q: exit status %d, want 2", args, code)
		}
		if out.Len() > 0 || !strings.Contains(errOut.String(), "tokenize") {
			t.Errorf("%q: stdout %q, stderr %q", args, out.String(), errOut.String())
		}
	}
}
