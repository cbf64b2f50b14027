// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

// Command sidebyside measures qalam against its peers on the same text and
// prints a Markdown table of the figures and their ratios, with the machine
// it ran on:
//
//	cd bench && go run ./cmd/sidebyside [-input FILE] [-mb 25] [-repeat 3] [-wall]
//
// The input (by default <repo>/../shared/corpus/ant-v1.1.txt) is repeated in
// memory to -mb megabytes (10⁶ bytes; 0 takes the file once as it is). The
// comparisons are:
//
//  1. normalisation: normalize.Search and normalize.Lucene vs bleve's
//     normalize_ar token filter;
//  2. analysis: qalam's tokenize.Analyzer vs bleve's "ar" analyzer, speed and
//     peak memory;
//  3. stemming: stem/snowball vs github.com/blevesearch/snowballstem/arabic,
//     stem/light vs bleve's normalize_ar and stemmer_ar, and the
//     examples/stem command vs the C `stemwords -l arabic` (when on PATH);
//  4. entity extraction with entities.Default vs bleve's "ar" analyzer merely
//     analysing.
//
// Each measurement runs in a child process of its own (sidebyside -child
// NAME), so that one side's garbage does not slow the other and the peak
// resident memory the kernel reports (VmHWM on Linux) is that side's alone.
// Every child is run -repeat times, interleaved with the others, and the
// median is shown. Times are CPU time (user and system) unless -wall is
// given: on a machine shared with other work, CPU time is the steadier.
package main

import (
	"bufio"
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

// config holds the command line.
type config struct {
	input  string  // text file
	mb     float64 // size of the text in memory, in 10⁶ bytes; 0: the file as it is
	repeat int     // runs of each measurement
	child  string  // name of the measurement to run, in a child process
	words  string  // word list file, one word a line (stemming children)
	wall   bool    // time with the wall clock, not CPU time
}

// run is the command: it parses args and either runs one measurement (with
// -child) or all of them, writing the table to stdout.
func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("sidebyside", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var cfg config
	fs.StringVar(&cfg.input, "input", "", "text file (default <repo>/../shared/corpus/ant-v1.1.txt)")
	fs.Float64Var(&cfg.mb, "mb", 25, "repeat the text in memory to this many megabytes (10⁶ bytes); 0 takes it once")
	fs.IntVar(&cfg.repeat, "repeat", 3, "runs of each measurement; the median is shown")
	fs.StringVar(&cfg.child, "child", "", "run only this measurement and print its result (used by the command itself)")
	fs.StringVar(&cfg.words, "words", "", "word list file for a stemming -child")
	fs.BoolVar(&cfg.wall, "wall", false, "time with the wall clock instead of the process's CPU time")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 || cfg.repeat < 1 || cfg.mb < 0 {
		fmt.Fprintln(stderr, "usage: sidebyside [-input FILE] [-mb 25] [-repeat 3] [-wall]")
		return 2
	}
	var err error
	if cfg.child != "" {
		wallClock = cfg.wall
		err = runChild(cfg, stdout)
	} else {
		err = runAll(cfg, stdout, stderr)
	}
	if err != nil {
		fmt.Fprintf(stderr, "sidebyside: %v\n", err)
		return 1
	}
	return 0
}

// repoRoot returns the folder of the qalam module that holds the current
// directory (bench/ is a nested module inside it), or "" when there is none.
func repoRoot() string {
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		if mod, err := os.ReadFile(filepath.Join(dir, "go.mod")); err == nil {
			line, _, _ := bytes.Cut(mod, []byte("\n"))
			if strings.TrimSpace(string(line)) == "module github.com/qalam-nlp/qalam" {
				return dir
			}
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// defaultInput returns the benchmark corpus beside the repository, or an
// error that says where it was looked for.
func defaultInput(root string) (string, error) {
	if root == "" {
		return "", errors.New("not inside the qalam repository, so ../shared/corpus/ant-v1.1.txt cannot be found; name a text with -input FILE")
	}
	path := filepath.Join(filepath.Dir(root), "shared", "corpus", "ant-v1.1.txt")
	if _, err := os.Stat(path); err != nil {
		return "", fmt.Errorf("the benchmark corpus %s is absent (it lives in ../shared beside the repository); name a text with -input FILE", path)
	}
	return path, nil
}

// loadText reads the file at path and repeats it, a blank line between
// copies, to mb·10⁶ bytes, cut after the last line break that fits; with
// mb = 0 it returns the file as it is. The text is read into one buffer of
// its final size, so that a child's peak memory holds it once.
func loadText(path string, mb float64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, err
	}
	size := int(info.Size())
	if size == 0 {
		return nil, fmt.Errorf("%s is empty", path)
	}
	want := int(math.Round(mb * 1e6))
	if want == 0 {
		want = size
	}
	capacity := want
	if want > size {
		capacity += size + 2 // room for the last copy, cut afterwards
	}
	text := make([]byte, min(size, want), capacity)
	if _, err := io.ReadFull(f, text); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	sep := "\n\n"
	if text[len(text)-1] == '\n' {
		sep = "\n"
	}
	for n := len(text); len(text) < want; {
		text = append(text, sep...)
		text = append(text, text[:n]...)
	}
	if len(text) > want || want < size {
		if cut := bytes.LastIndexByte(text[:want], '\n'); cut > 0 {
			text = text[:cut+1]
		} else {
			text = text[:want]
		}
	}
	return text, nil
}

// machine describes the computer: CPU model, cores, Go version, date.
func machine() string {
	cpu := "unknown CPU"
	if f, err := os.Open("/proc/cpuinfo"); err == nil {
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			if k, v, ok := strings.Cut(sc.Text(), ":"); ok && strings.TrimSpace(k) == "model name" {
				cpu = strings.TrimSpace(v)
				break
			}
		}
		f.Close()
	}
	return fmt.Sprintf("%s, %d cores, %s %s/%s, %s", cpu, runtime.NumCPU(),
		runtime.Version(), runtime.GOOS, runtime.GOARCH, time.Now().UTC().Format("2006-01-02 15:04 MST"))
}
