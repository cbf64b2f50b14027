// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package main

import (
	"bufio"
	"bytes"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/qalam-nlp/qalam/internal/shared"
	"github.com/qalam-nlp/qalam/stem"
	"github.com/qalam-nlp/qalam/stem/snowball"
)

func mixed(t testing.TB) stem.Mixed {
	english, err := stem.NewLatin("english")
	if err != nil {
		t.Fatal(err)
	}
	return stem.Mixed{Arabic: new(snowball.Stemmer), Latin: english}
}

func run(t testing.TB, input string) string {
	return runWith(t, input, mixed(t))
}

func runWith(t testing.TB, input string, s stem.Mixed) string {
	var out bytes.Buffer
	w := bufio.NewWriter(&out)
	if err := stemLines(w, strings.NewReader(input), s); err != nil {
		t.Fatal(err)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	return out.String()
}

func TestStemLines(t *testing.T) {
	long := strings.Repeat("ب", 300_000) // longer than the read buffer
	tests := []struct{ name, in, want string }{
		{"empty input", "", ""},
		{"arabic", "المكتبات\nبوتين\n", "مكتب\nوتين\n"},
		{"no final newline", "المكتبات\nسيكتبون", "مكتب\nيكتب\n"},
		{"empty lines kept", "\n\nالكتاب\n\n", "\n\nكتاب\n\n"},
		{"crlf", "المكتبات\r\nElections\r\n", "مكتب\r\nelect\r\n"},
		{"latin, numbers, punctuation", "Elections\n2017\n«\n", "elect\n2017\n«\n"},
		{"ascii capitals lowered as stemwords does", "تونسBURAK\n", "تونسburak\n"},
		{"invalid utf-8 passes", "\xff\xfe\n", "\xff\xfe\n"},
		{"blanks kept around the stem", "  المكتبات\t\nالكتاب \r\n \n", "  مكتب\t\nكتاب \r\n \n"},
		{"byte order mark kept before the first stem", "\uFEFFالمكتبات\r\n\uFEFFالكتاب", "\uFEFFمكتب\r\n\uFEFFالكتاب\n"},
		{"long line written back as it is", long + "\nالكتاب\n", long + "\nكتاب\n"},
		{"long last line gets a line break", "الكتاب\n" + long, "كتاب\n" + long + "\n"},
		{"line of the buffer's length", strings.Repeat("x", maxLine) + "\nالكتاب", strings.Repeat("x", maxLine) + "\nكتاب\n"},
		{"long line with crlf", long + "\r\nالكتاب\r\n", long + "\r\nكتاب\r\n"},
	}
	for _, tt := range tests {
		if got := run(t, tt.in); got != tt.want {
			if len(got) > 200 {
				got = got[:200] + "..."
			}
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestStemwordsLines runs lines through the command's loop with -lang none
// and through stemwords, and expects the same output.
func TestStemwordsLines(t *testing.T) {
	stemwords, err := exec.LookPath("stemwords")
	if err != nil {
		t.Skip("stemwords not on PATH (apt-get install libstemmer-tools)")
	}
	in := "المكتبات\nوالكتاب\nكُتُبٌ\n\uFEFB\uFECB\uFE90\n١٢٣\nسيستخدمونها\n\nأأكل\nعلى\nElections\nتونسBURAK\n2017\n\xff\n"
	cmd := exec.Command(stemwords, "-l", "arabic")
	cmd.Stdin = strings.NewReader(in)
	want, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	if got := runWith(t, in, stem.Mixed{Arabic: new(snowball.Stemmer)}); got != string(want) {
		t.Errorf("got %q, stemwords gives %q", got, want)
	}
}

func TestArabicStemmer(t *testing.T) {
	for _, algorithm := range []string{"snowball", "light", "root"} {
		if _, err := arabicStemmer(algorithm); err != nil {
			t.Error(err)
		}
	}
	light, err := arabicStemmer("light")
	if err != nil {
		t.Fatal(err)
	}
	if got := light.Stem("والمكتبات"); got != "مكتب" {
		t.Errorf("light stem of والمكتبات = %q, want مكتب", got)
	}
	if _, err := arabicStemmer("porter"); err == nil {
		t.Error("-algorithm porter accepted")
	}
}

// TestCommand checks the command line: several files, "-" for standard
// input, the message for a file that cannot be read, and usage errors.
func TestCommand(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	if err := os.WriteFile(good, []byte("المكتبات\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "missing.txt")

	var out, errOut bytes.Buffer
	code := command([]string{"-algorithm", "light", good, "-", missing, dir, good}, strings.NewReader("والكتاب"), &out, &errOut)
	if code != 1 {
		t.Errorf("exit status %d, want 1", code)
	}
	if want := "مكتب\nكتاب\nمكتب\n"; out.String() != want {
		t.Errorf("output %q, want %q", out.String(), want)
	}
	want := "stem: " + missing + ": no such file or directory\n" +
		"stem: " + dir + ": is a directory\n"
	if errOut.String() != want {
		t.Errorf("stderr %q, want %q", errOut.String(), want)
	}

	for _, args := range [][]string{{"-h"}, {"-bogus"}, {"-algorithm", "porter"}, {"-lang", "klingon"}} {
		out.Reset()
		errOut.Reset()
		if code := command(args, strings.NewReader(""), &out, &errOut); code != 2 {
			t.Errorf("%q: exit status %d, want 2", args, code)
		}
		if out.Len() > 0 || !strings.Contains(errOut.String(), "stem") {
			t.Errorf("%q: stdout %q, stderr %q", args, out.String(), errOut.String())
		}
	}
}

// FuzzStemLines checks that any input gives one output line per input line.
func FuzzStemLines(f *testing.F) {
	f.Add("المكتبات\nElections\r\n2017")
	f.Add("\n\n\xff\r")
	f.Fuzz(func(t *testing.T, in string) {
		out := run(t, in)
		lines := strings.Count(in, "\n")
		if in != "" && !strings.HasSuffix(in, "\n") {
			lines++
		}
		if got := strings.Count(out, "\n"); got != lines {
			t.Fatalf("%d lines in, %d out", lines, got)
		}
	})
}

// BenchmarkStemLines runs the command's loop over the tokens of the shared
// corpus, one a line (about 1.2 million), or over a short built-in list.
func BenchmarkStemLines(b *testing.B) {
	input := []byte(strings.Repeat("المكتبات\nElections\nسيكتبون\n2017\nوالكتاب\n", 1000))
	if dir, ok := shared.Dir(); ok {
		data, err := os.ReadFile(filepath.Join(dir, "corpus", "ant-v1.1.txt"))
		if err != nil {
			b.Fatal(err)
		}
		input = []byte(strings.Join(strings.Fields(string(data)), "\n") + "\n")
	}
	words := bytes.Count(input, []byte("\n"))
	s := mixed(b)
	w := bufio.NewWriterSize(io.Discard, 256<<10)
	b.SetBytes(int64(len(input)))
	b.ReportAllocs()
	for b.Loop() {
		if err := stemLines(w, bytes.NewReader(input), s); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(words), "ns/word")
}
