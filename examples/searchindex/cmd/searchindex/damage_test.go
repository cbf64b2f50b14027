// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package main

import (
	"bytes"
	"errors"
	"io/fs"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/qalam-nlp/qalam/internal/cli/clitest"
)

// builtIndex indexes the test articles once, into a folder that each
// test copies before it damages the copy.
var builtIndex = sync.OnceValues(func() (string, error) {
	dir, err := os.MkdirTemp("", "searchindex-test")
	if err != nil {
		return "", err
	}
	idx := filepath.Join(dir, "news.bleve")
	if code, _, errOut := runCmd("index", "-index", idx, "../../testdata"); code != 0 {
		return "", &DamagedError{Reason: "building the test index: " + errOut}
	}
	return idx, nil
})

// commandEnv, set, makes the test binary run the command with its
// arguments instead of the tests: see runProcess.
const commandEnv = "SEARCHINDEX_TEST_RUN_COMMAND"

func TestMain(m *testing.M) {
	if os.Getenv(commandEnv) == "1" {
		os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
	}
	code := m.Run()
	if idx, err := builtIndex(); err == nil {
		os.RemoveAll(filepath.Dir(idx))
	}
	os.Exit(code)
}

// copyIndex returns a fresh copy of the test index.
func copyIndex(t *testing.T) string {
	t.Helper()
	src, err := builtIndex()
	if err != nil {
		t.Fatal(err)
	}
	dst := filepath.Join(t.TempDir(), "news.bleve")
	if err := os.CopyFS(dst, os.DirFS(src)); err != nil {
		t.Fatal(err)
	}
	return dst
}

// runProcess runs the command in a process of its own, as a user does:
// a panic would end it with a stack trace and the status 2, and files or
// locks that bleve leaves open die with it.
func runProcess(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), commandEnv+"=1")
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	var exit *exec.ExitError
	if err != nil && !errors.As(err, &exit) {
		t.Fatal(err)
	}
	return cmd.ProcessState.ExitCode(), out.String(), errOut.String()
}

// segments returns the segment files of the index in dir.
func segments(t *testing.T, dir string) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "store", "*.zap"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no segment in %s: %v", dir, err)
	}
	return files
}

func rewrite(t *testing.T, path string, change func(b []byte) []byte) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, change(b), 0o600); err != nil {
		t.Fatal(err)
	}
}

// TestDamagedIndex damages a real index on disk in the ways disks and
// people do, and checks that a query and an indexing run each give one
// line naming the index and what is wrong, and the exit status 1: no
// panic, no stack trace, no empty answer.
func TestDamagedIndex(t *testing.T) {
	article := "../../testdata/oil.txt"
	tests := []struct {
		name   string
		damage func(t *testing.T, dir string)
		want   string // what the message says after "searchindex: DIR: "
	}{
		{"random bytes in a segment", func(t *testing.T, dir string) {
			rng := rand.New(rand.NewPCG(1, 2))
			rewrite(t, segments(t, dir)[0], func(b []byte) []byte {
				for range 200 {
					b[rng.IntN(len(b))] = byte(rng.IntN(256))
				}
				return b
			})
		}, "damaged index: store/"},
		{"one byte flipped in a segment", func(t *testing.T, dir string) {
			rewrite(t, segments(t, dir)[0], func(b []byte) []byte { b[len(b)/2] ^= 0x20; return b })
		}, "damaged index: store/"},
		{"segment footer overwritten", func(t *testing.T, dir string) {
			rewrite(t, segments(t, dir)[0], func(b []byte) []byte {
				copy(b[len(b)-40:], bytes.Repeat([]byte{0xff}, 40))
				return b
			})
		}, "damaged index: store/"},
		{"truncated segment", func(t *testing.T, dir string) {
			rewrite(t, segments(t, dir)[0], func(b []byte) []byte { return b[:len(b)/2] })
		}, "damaged index: store/"},
		{"empty segment", func(t *testing.T, dir string) {
			rewrite(t, segments(t, dir)[0], func(b []byte) []byte { return nil })
		}, "damaged index: store/"},
		{"deleted segment", func(t *testing.T, dir string) {
			os.Remove(segments(t, dir)[0])
		}, "damaged index: store/"},
		{"deleted store", func(t *testing.T, dir string) {
			os.RemoveAll(filepath.Join(dir, "store"))
		}, "damaged index: store/ is missing"},
		{"deleted root.bolt", func(t *testing.T, dir string) {
			os.Remove(filepath.Join(dir, "store", "root.bolt"))
		}, "damaged index: store/root.bolt is missing"},
		{"garbage root.bolt", func(t *testing.T, dir string) {
			rewrite(t, filepath.Join(dir, "store", "root.bolt"), func(b []byte) []byte {
				rng := rand.New(rand.NewPCG(3, 4))
				for i := range b {
					b[i] = byte(rng.IntN(256))
				}
				return b
			})
		}, "damaged index: "},
		{"corrupt index_meta.json", func(t *testing.T, dir string) {
			os.WriteFile(filepath.Join(dir, "index_meta.json"), []byte("{"), 0o600)
		}, "damaged index: "},
		{"foreign folder", func(t *testing.T, dir string) {
			os.Remove(filepath.Join(dir, "index_meta.json"))
		}, "damaged index: no index_meta.json: not a bleve index"},
		{"a file, not a folder", func(t *testing.T, dir string) {
			os.RemoveAll(dir)
			os.WriteFile(dir, []byte("x"), 0o600)
		}, "not a directory"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := copyIndex(t)
			tt.damage(t, dir)
			before := listing(t, dir)
			for _, args := range [][]string{
				{"query", "-index", dir, "-facet", "persons", "بوتين"},
				{"query", "-index", dir},
				{"index", "-index", dir, article},
			} {
				code, out, errOut := runProcess(t, args...)
				if code != 1 || out != "" || !strings.HasPrefix(errOut, "searchindex: "+dir+": "+tt.want) || strings.Count(errOut, "\n") != 1 {
					t.Errorf("%s: status %d, output %q, message %q; want 1, nothing and one line \"searchindex: %s: %s…\"",
						args[0], code, out, errOut, dir, tt.want)
				}
			}
			if after := listing(t, dir); after != before {
				t.Errorf("the commands changed the damaged index:\nbefore %s\nafter  %s", before, after)
			}
		})
	}
}

// listing describes the files under dir: names and sizes.
func listing(t *testing.T, dir string) string {
	t.Helper()
	var b strings.Builder
	filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		fi, err := d.Info()
		if err == nil {
			b.WriteString(strings.TrimPrefix(path, dir) + ":" + fi.Mode().String() + ":" + itoa(fi.Size()) + " ")
		}
		return nil
	})
	return b.String()
}

func itoa(n int64) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}

// TestQueryReadOnly checks that a query leaves the index's files as they
// were, modification times included.
func TestQueryReadOnly(t *testing.T) {
	dir := copyIndex(t)
	stamp := func() string {
		var b strings.Builder
		filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if fi, err := d.Info(); err == nil {
				b.WriteString(path + fi.ModTime().String() + itoa(fi.Size()) + "\n")
			}
			return nil
		})
		return b.String()
	}
	before := stamp()
	time.Sleep(10 * time.Millisecond)
	if code, out, errOut := runCmd("query", "-index", dir, "-facet", "persons", "بوتين"); code != 0 || !strings.Contains(out, "match «بوتين»") {
		t.Fatalf("query: status %d: %s %s", code, out, errOut)
	}
	if after := stamp(); after != before {
		t.Errorf("a query changed the index:\nbefore\n%s\nafter\n%s", before, after)
	}
}

// TestLockWait holds the index open for writing, as an indexer does, and
// checks that a query says it waits for the lock, then answers once the
// index is let go.
func TestLockWait(t *testing.T) {
	dir := copyIndex(t)
	held, err := bleve.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer func(d time.Duration) { lockWait = d }(lockWait)
	lockWait = 50 * time.Millisecond
	var out, errOut clitest.SyncBuffer
	done := make(chan int)
	go func() { done <- run([]string{"query", "-index", dir, "بوتين"}, &out, &errOut) }()
	want := "searchindex: " + dir + ": waiting for the index lock (another searchindex is using the index)\n"
	deadline := time.Now().Add(10 * time.Second)
	for errOut.String() != want && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	select {
	case code := <-done:
		t.Fatalf("the query did not wait for the lock: status %d, %q %q", code, out.String(), errOut.String())
	default:
	}
	if errOut.String() != want {
		t.Errorf("message %q, want %q", errOut.String(), want)
	}
	held.Close()
	select {
	case code := <-done:
		if code != 0 || !strings.Contains(out.String(), "match «بوتين»") {
			t.Errorf("after the lock: status %d: %s", code, out.String())
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the query still waits after the lock was let go")
	}
}

// TestRandomDamage overwrites random bytes of root.bolt or of a segment,
// many times over, and checks that each query either gives the answer of
// the undamaged index or one line saying the index is damaged.
func TestRandomDamage(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the command 64 times")
	}
	src, err := builtIndex()
	if err != nil {
		t.Fatal(err)
	}
	untimed := func(out string) string { // the time a query took varies
		first, rest, _ := strings.Cut(out, "\n")
		if i := strings.LastIndex(first, " ("); i >= 0 {
			first = first[:i]
		}
		return first + "\n" + rest
	}
	code, want, errOut := runProcess(t, "query", "-index", src, "-facet", "persons,places", "-n", "10")
	if code != 0 {
		t.Fatalf("undamaged: status %d: %s", code, errOut)
	}
	want = untimed(want)
	for seed := range uint64(64) {
		dir := copyIndex(t)
		rng := rand.New(rand.NewPCG(seed, 99))
		target := filepath.Join(dir, "store", "root.bolt")
		if seed%2 == 1 {
			target = segments(t, dir)[0]
		}
		rewrite(t, target, func(b []byte) []byte {
			for range 1 + rng.IntN(64) {
				b[rng.IntN(len(b))] = byte(rng.IntN(256))
			}
			return b
		})
		code, out, errOut := runProcess(t, "query", "-index", dir, "-facet", "persons,places", "-n", "10")
		switch {
		case code == 0 && untimed(out) == want && errOut == "":
		case code == 1 && out == "" && strings.HasPrefix(errOut, "searchindex: "+dir+": damaged index: ") && strings.Count(errOut, "\n") == 1:
		default:
			t.Errorf("seed %d, %s damaged: status %d, output %q, message %q", seed, filepath.Base(target), code, out, errOut)
		}
	}
}
