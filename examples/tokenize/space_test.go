// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package main

import (
	"bufio"
	"bytes"
	"io"
	"strconv"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/qalam-nlp/qalam/tokenize"
)

// TestNoASCIISpace checks that text whose words are separated by white
// space other than ASCII (U+00A0, U+3000, U+200B, U+2028) gives exactly the
// library's tokens: the pieces the command reads are cut at that white
// space, never inside a word.
func TestNoASCIISpace(t *testing.T) {
	for _, sep := range []string{"\u00a0", "\u3000", "\u200b", "\u2028"} {
		var sb strings.Builder
		for i := range 20000 {
			sb.WriteString("قال" + sep + "«الرئيس»" + sep + "وَبِالْمُسْتَشْفَيَاتِهِمْ" + sep + strconv.Itoa(i) + sep)
		}
		text := sb.String()
		var want strings.Builder
		for tk := range tokenize.Tokens(text) {
			want.WriteString(strconv.Itoa(tk.Start) + "\t" + strconv.Itoa(tk.End) + "\t" + tk.Kind.String() + "\t" + text[tk.Start:tk.End] + "\n")
		}
		for name, r := range map[string]io.Reader{
			"whole": strings.NewReader(text),
			"half":  iotest.HalfReader(strings.NewReader(text)),
		} {
			var b bytes.Buffer
			w := bufio.NewWriter(&b)
			if err := run(w, r, "", options{text: true}); err != nil {
				t.Fatal(err)
			}
			w.Flush()
			if b.String() != want.String() {
				t.Errorf("separator %U, %s reads: the tokens differ from tokenize.Tokens", []rune(sep)[0], name)
			}
		}
	}
}
