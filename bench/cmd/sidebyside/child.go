// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"runtime"
	"slices"
	"strings"
	"time"
)

// result is what one run of a measurement reports.
type result struct {
	Bytes       int64   // bytes of text processed
	Words       int64   // words stemmed
	Seconds     float64 // time of the work alone, by the clock chosen (see timed)
	Count       int64   // what the work produced: terms, tokens, stems, mentions
	LoadSeconds float64 // time to load and build the gazetteer (entities)
	LoadHeap    uint64  // heap the built extractor holds (entities)
	MaxRSS      int64   // peak resident memory of the child process, bytes
}

// input is what a child measures on: the text, or a word list.
type input struct {
	text  []byte
	words string // one word a line
}

// measurement is one side of a comparison, run in a child process.
type measurement struct {
	name    string
	onWords bool // measures on the word list, not the text
	run     func(in input) result
}

// measurements are all the children, in the order they run; their
// functions are in normalize.go, analyzer.go, stem.go and entities.go.
var measurements = []measurement{
	{name: "baseline", run: func(in input) result { return result{Bytes: int64(len(in.text))} }},
	{name: "normalize-search", run: normalizeSearch},
	{name: "normalize-lucene", run: normalizeLucene},
	{name: "normalize-bleve", run: normalizeBleve},
	{name: "analyzer-snowball", run: analyzeQalamSnowball},
	{name: "analyzer-light", run: analyzeQalamLight},
	{name: "analyzer-bleve", run: analyzeBleve},
	{name: "analyzer-snowball-whole", run: analyzeQalamWhole},
	{name: "analyzer-bleve-whole", run: analyzeBleveWhole},
	{name: "stem-snowball", onWords: true, run: stemSnowball},
	{name: "stem-snowballstem", onWords: true, run: stemSnowballstem},
	{name: "stem-light", onWords: true, run: stemLight},
	{name: "stem-bleve-light", onWords: true, run: stemBleveLight},
	{name: "entities", run: extractEntities},
	{name: "entities-gazetteer", run: extractGazetteerAlone},
}

// runChild runs the measurement cfg.child once and writes its result as
// JSON to stdout.
func runChild(cfg config, stdout io.Writer) error {
	i := slices.IndexFunc(measurements, func(m measurement) bool { return m.name == cfg.child })
	if i < 0 {
		return fmt.Errorf("no measurement %q", cfg.child)
	}
	m := measurements[i]
	var in input
	if m.onWords {
		data, err := os.ReadFile(cfg.words)
		if err != nil {
			return err
		}
		in.words = string(data)
	} else {
		text, err := loadText(cfg.input, cfg.mb)
		if err != nil {
			return err
		}
		in.text = text
	}
	runtime.GC()
	r := m.run(in)
	r.MaxRSS = peakRSS()
	return json.NewEncoder(stdout).Encode(r)
}

// runChildProcess runs measurement m in a child process of this program and
// returns its result.
func runChildProcess(m measurement, cfg config, words string) (result, error) {
	exe, err := os.Executable()
	if err != nil {
		return result{}, err
	}
	args := []string{"-child", m.name, "-input", cfg.input, "-mb", fmt.Sprint(cfg.mb)}
	if m.onWords {
		args = []string{"-child", m.name, "-words", words}
	}
	if cfg.wall {
		args = append(args, "-wall")
	}
	cmd := exec.Command(exe, args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		return result{}, fmt.Errorf("child %s: %v: %s", m.name, err, strings.TrimSpace(stderr.String()))
	}
	var r result
	if err := json.Unmarshal(stdout.Bytes(), &r); err != nil {
		return result{}, fmt.Errorf("child %s: %v", m.name, err)
	}
	return r, nil
}

// runProcess runs name with args as a whole process, its output going to
// the file out, and returns its time: CPU time, user and system, or with
// wall true wall time.
func runProcess(wall bool, out string, name string, args ...string) (result, error) {
	f, err := os.Create(out)
	if err != nil {
		return result{}, err
	}
	defer f.Close()
	cmd := exec.Command(name, args...)
	var stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = f, &stderr
	start := time.Now()
	err = cmd.Run()
	elapsed := time.Since(start)
	if err != nil {
		return result{}, fmt.Errorf("%s: %v: %s", name, err, strings.TrimSpace(stderr.String()))
	}
	if !wall {
		elapsed = cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	}
	return result{Seconds: elapsed.Seconds()}, nil
}

// wallClock makes timed use wall time instead of CPU time.
var wallClock bool

// timed runs f and returns how long it took, in seconds: the CPU time the
// process spent meanwhile (user and system, all threads, so the garbage
// collector's work counts), which other programs on a shared machine
// barely disturb; or with wallClock, the wall time.
func timed(f func()) float64 {
	if wallClock {
		start := time.Now()
		f()
		return time.Since(start).Seconds()
	}
	start := cpuSeconds()
	f()
	return cpuSeconds() - start
}

// median returns the median of the values f takes on rs.
func median(rs []result, f func(result) float64) float64 {
	if len(rs) == 0 {
		return 0
	}
	vs := make([]float64, len(rs))
	for i, r := range rs {
		vs[i] = f(r)
	}
	slices.Sort(vs)
	if n := len(vs); n%2 == 0 {
		return (vs[n/2-1] + vs[n/2]) / 2
	}
	return vs[len(vs)/2]
}
