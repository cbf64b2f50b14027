// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package cli

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestName(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"-", "standard input"},
		{"a.txt", "a.txt"},
		{"", ""},
		{"--", "--"},
	} {
		if got := Name(tt.in); got != tt.want {
			t.Errorf("Name(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestReason(t *testing.T) {
	_, openErr := os.Open(filepath.Join(t.TempDir(), "missing"))
	plain := errors.New("plain")
	for _, tt := range []struct {
		in   error
		want string
	}{
		{openErr, "no such file or directory"},
		{plain, "plain"},
		{&os.PathError{Op: "read", Path: "d", Err: errors.New("is a directory")}, "is a directory"},
	} {
		if got := Reason(tt.in).Error(); got != tt.want {
			t.Errorf("Reason(%v) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestEachFile(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(a, []byte("A"), 0o644); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "missing.txt")
	bad := filepath.Join(dir, "bad.txt")
	if err := os.WriteFile(bad, []byte("B"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name       string
		args       []string
		wantOut    string
		wantErr    string
		wantFailed bool
	}{
		{"no args reads stdin", nil, "-=in;", "", false},
		{"dash reads stdin", []string{"-"}, "-=in;", "", false},
		{"file", []string{a}, a + "=A;", "", false},
		{"failures go on", []string{missing, a, dir, bad, "-"}, a + "=A;" + dir + "=;" + bad + "=B;-=in;",
			"cmd: " + missing + ": no such file or directory\n" +
				"cmd: " + dir + ": is a directory\n" +
				"cmd: " + bad + ": refused\n", true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var out, stderr bytes.Buffer
			failed := Report(&stderr, "cmd", EachFile(tt.args, strings.NewReader("in"), func(arg string, r io.Reader) error {
				data, err := io.ReadAll(r)
				out.WriteString(arg + "=" + string(data) + ";")
				if err == nil && arg == bad {
					err = errors.New("refused")
				}
				return err
			}))
			if failed != tt.wantFailed || out.String() != tt.wantOut || stderr.String() != tt.wantErr {
				t.Errorf("failed %v, read %q, stderr %q; want %v, %q, %q", failed, out.String(), stderr.String(),
					tt.wantFailed, tt.wantOut, tt.wantErr)
			}
		})
	}
}

// TestEachFileStops checks that a loop that stops early leaves the other
// files unread.
func TestEachFileStops(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "missing.txt")
	var read []string
	for err := range EachFile([]string{missing, "-", "-"}, strings.NewReader(""), func(arg string, r io.Reader) error {
		read = append(read, arg)
		return nil
	}) {
		var fe *FileError
		if !errors.As(err, &fe) || fe.Arg != missing || !errors.Is(err, os.ErrNotExist) {
			t.Errorf("error %v", err)
		}
		break
	}
	if len(read) != 0 {
		t.Errorf("read %q after the loop stopped", read)
	}
}

func TestFileError(t *testing.T) {
	_, err := os.Open("/nonexistent/x")
	for _, tt := range []struct {
		err  *FileError
		want string
	}{
		{&FileError{"-", err}, "standard input: no such file or directory"},
		{&FileError{"a.txt", errors.New("not valid UTF-8")}, "a.txt: not valid UTF-8"},
	} {
		if got := tt.err.Error(); got != tt.want {
			t.Errorf("got %q, want %q", got, tt.want)
		}
	}
}

func TestNewFlagSet(t *testing.T) {
	var stderr bytes.Buffer
	fl := NewFlagSet("cmd", "usage: cmd [-x] [FILE ...]\n", &stderr)
	fl.Bool("x", false, "the x flag")
	if err := fl.Parse([]string{"-h"}); err == nil {
		t.Fatal("-h: no error")
	}
	if got := stderr.String(); !strings.HasPrefix(got, "usage: cmd [-x] [FILE ...]\n  -x\tthe x flag\n") {
		t.Errorf("usage %q", got)
	}
	stderr.Reset()
	if err := fl.Parse([]string{"-y"}); err == nil || !strings.HasPrefix(stderr.String(), "flag provided but not defined: -y\nusage: cmd") {
		t.Errorf("-y: %v, stderr %q", err, stderr.String())
	}
}

func TestAppendJSONString(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"", `""`},
		{"abc", `"abc"`},
		{"\"\\/\n\r\t\x01\x1f\x7f", `"\"\\/\n\r\t\u0001\u001f` + "\x7f" + `"`},
		{"\b\f", `"\u0008\u000c"`},
		{"قال\u2028\u2029", `"قال\u2028\u2029"`},
		{"\xff\xfe", "\"\ufffd\ufffd\""},
		{"a\xe2\x80", "\"a\ufffd\ufffd\""},
		{"😀", `"😀"`},
		{"<&>", `"<&>"`},
	} {
		got := AppendJSONString([]byte("x"), []byte(tt.in))
		if string(got) != "x"+tt.want {
			t.Errorf("%q → %s, want %s", tt.in, got[1:], tt.want)
		}
	}
}

// TestAppendJSONStringDecodes is the test of examples/tokenize, whose
// copy this function replaced.
func TestAppendJSONStringDecodes(t *testing.T) {
	for _, s := range []string{"", "abc", "\"\\/\n\r\t\x01\x1f", "قال\u2028\u2029", "\xff\xfe", "😀"} {
		b := AppendJSONString(nil, []byte(s))
		var got string
		if err := json.Unmarshal(b, &got); err != nil {
			t.Fatalf("%q → %s: %v", s, b, err)
		}
		if want := strings.ToValidUTF8(s, "\ufffd"); got != want && !(s == "\xff\xfe" && got == "\ufffd\ufffd") {
			t.Errorf("%q → %q", s, got)
		}
	}
}

// FuzzAppendJSONString checks that the output is always one valid JSON
// string that decodes to the input with each invalid byte as U+FFFD.
func FuzzAppendJSONString(f *testing.F) {
	for _, s := range []string{"", "قال «الرئيس»", "\"\\\n\x00\x7f", "\u2028\u2029", "\xff\xe2\x80", "😀\xf0\x9f"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		out := AppendJSONString(nil, in)
		if !utf8.Valid(out) {
			t.Fatalf("%q → invalid UTF-8 %q", in, out)
		}
		var got string
		if err := json.Unmarshal(out, &got); err != nil {
			t.Fatalf("%q → %s: %v", in, out, err)
		}
		var want []byte
		for i := 0; i < len(in); {
			r, n := utf8.DecodeRune(in[i:])
			want = utf8.AppendRune(want, r)
			i += n
		}
		if got != string(want) {
			t.Fatalf("%q → %s decodes to %q, want %q", in, out, got, want)
		}
	})
}

func BenchmarkAppendJSONString(b *testing.B) {
	s := []byte(strings.Repeat("قال الرئيس «الأمريكي» \"دونالد ترامب\"\n", 100))
	b.ReportAllocs()
	b.SetBytes(int64(len(s)))
	dst := make([]byte, 0, 2*len(s))
	for b.Loop() {
		dst = AppendJSONString(dst[:0], s)
	}
}

func TestInvalidUTF8(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want int
	}{
		{"", -1}, {"بوتين", -1}, {"\uFFFD", -1}, {"ab\xffc", 2}, {"بو\xe2\x82", 4}, {"\xc0\x80", 0},
	} {
		if got := InvalidUTF8(tc.s); got != tc.want {
			t.Errorf("InvalidUTF8(%q) = %d, want %d", tc.s, got, tc.want)
		}
	}
}
