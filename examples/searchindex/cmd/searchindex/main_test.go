// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func runCmd(args ...string) (int, string, string) {
	var out, errOut bytes.Buffer
	code := run(args, &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestIndexAndQuery(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "news.bleve")
	code, out, errOut := runCmd("index", "-index", dir, "../../testdata")
	if code != 0 {
		t.Fatalf("index: status %d: %s", code, errOut)
	}
	if !strings.HasPrefix(out, "indexed 4 articles in ") || !strings.HasSuffix(out, dir+" holds 4\n") {
		t.Errorf("index output: %q", out)
	}

	code, out, errOut = runCmd("query", "-index", dir, "-facet", "persons,places", "وبالمفاوضات")
	if code != 0 {
		t.Fatalf("query: status %d: %s", code, errOut)
	}
	for _, want := range []string{
		"1 article match «وبالمفاوضات» (",
		"   1  ", "../../testdata/talks.txt  جولة جديدة من المفاوضات بين موسكو وكييف في إسطنبول\n",
		"\npersons (articles):\n",
		"    1  donald-trump    Donald Trump\n",
		"\nplaces (articles):\n",
		"    1  moscow-ru    Moscow\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("query output lacks %q:\n%s", want, out)
		}
	}

	// Every article, counted by person: Trump under three spellings.
	code, out, _ = runCmd("query", "-index", dir, "-facet", "persons")
	if code != 0 || !strings.HasPrefix(out, "4 articles in the index (") || !strings.Contains(out, "    3  donald-trump        Donald Trump\n") {
		t.Errorf("facet over the index: status %d:\n%s", code, out)
	}
	code, out, _ = runCmd("query", "-index", dir, "-facet", "places", "-top", "1")
	if code != 0 || strings.Count(out, "\n    ") != 2 || !strings.Contains(out, "more, for the ids past the first 1 (see -top)\n") {
		t.Errorf("-top 1: status %d:\n%s", code, out)
	}
	code, out, _ = runCmd("query", "-index", dir, "-filter", "persons=donald-trump")
	if code != 0 || !strings.HasPrefix(out, "3 articles with persons=donald-trump (") || strings.Contains(out, "power.txt") {
		t.Errorf("filter: status %d:\n%s", code, out)
	}

	// Indexing a file again replaces it.
	code, out, errOut = runCmd("index", "-index", dir, "../../testdata/oil.txt")
	if code != 0 || !strings.HasSuffix(out, dir+" holds 4\n") {
		t.Errorf("re-index: status %d: %q %s", code, out, errOut)
	}
}

func TestIndexErrors(t *testing.T) {
	tmp := t.TempDir()
	good := filepath.Join(tmp, "good.txt")
	bad := filepath.Join(tmp, "bad.txt")
	missing := filepath.Join(tmp, "missing.txt")
	if err := os.WriteFile(good, []byte("زيارة بوتين إلى بكين\n\nوصل الرئيس الروسي فلاديمير بوتين إلى بكين.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(bad, []byte("خبر\n\nنص \xfe\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(tmp, "idx")
	code, out, errOut := runCmd("index", "-index", dir, good, bad, missing)
	if code != 1 {
		t.Errorf("status %d, want 1", code)
	}
	if !strings.Contains(errOut, "searchindex: "+bad+": not valid UTF-8 (byte offset 13)\n") ||
		!strings.Contains(errOut, "searchindex: "+missing+": no such file or directory\n") {
		t.Errorf("errors: %q", errOut)
	}
	if !strings.HasPrefix(out, "indexed 1 article in ") {
		t.Errorf("output: %q", out)
	}
	code, out, _ = runCmd("query", "-index", dir, "بكين")
	if code != 0 || !strings.Contains(out, good) {
		t.Errorf("query after errors: status %d:\n%s", code, out)
	}

	for _, args := range [][]string{
		{},
		{"frobnicate"},
		{"index", "-index", dir},
		{"query"},
		{"query", "-index", dir, "-facet", "titles"},
		{"query", "-index", dir, "-filter", "persons"},
		{"query", "-index", dir, "-n", "-1"},
		{"query", "-index", dir, "-top", "0"},
		{"-h"},
		{"--help"},
		{"index", "-h"},
		{"query", "-h"},
	} {
		if code, out, errOut := runCmd(args...); code != 2 || !strings.Contains(errOut, "searchindex") || out != "" {
			t.Errorf("%q: status %d, output %q, message %q", args, code, out, errOut)
		}
	}
	if code, out, _ := runCmd("help"); code != 0 || !strings.HasPrefix(out, "usage:") {
		t.Errorf("help: status %d, output %q", code, out)
	}
	if code, _, errOut := runCmd("query", "-index", filepath.Join(tmp, "nothing"), "x"); code != 1 || errOut == "" {
		t.Errorf("missing index: status %d, message %q", code, errOut)
	}
}
