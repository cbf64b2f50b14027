// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"strings"
	"testing"
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

func TestAppendJSONString(t *testing.T) {
	for _, s := range []string{"", "abc", "\"\\/\n\r\t\x01\x1f", "قال\u2028\u2029", "\xff\xfe", "😀"} {
		b := appendJSONString(nil, []byte(s))
		var got string
		if err := json.Unmarshal(b, &got); err != nil {
			t.Fatalf("%q → %s: %v", s, b, err)
		}
		if want := strings.ToValidUTF8(s, "\ufffd"); got != want && !(s == "\xff\xfe" && got == "\ufffd\ufffd") {
			t.Errorf("%q → %q", s, got)
		}
	}
}
