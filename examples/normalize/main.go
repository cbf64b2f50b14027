// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

// Command normalize writes Arabic text normalised with one of the presets of
// package normalize:
//
//	normalize [-preset search|lucene|clean] [FILE ...]
//
// It reads the named files in turn, or standard input when none is named,
// and writes to standard output. Line breaks are never changed, so the
// output has the same lines as the input. It streams, in constant memory,
// whatever the input size. A file that cannot be read is reported on
// standard error and the others are still processed; the exit status is 1
// when anything failed, 2 for a usage error.
package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"golang.org/x/text/transform"

	"github.com/qalam-nlp/qalam/normalize"
)

func main() {
	flag.Usage = func() {
		fmt.Fprintf(os.Stderr, "usage: normalize [-preset %s] [FILE ...]\n", strings.Join(normalize.PresetNames(), "|"))
		flag.PrintDefaults()
	}
	preset := flag.String("preset", "search", "normalisation preset: "+strings.Join(normalize.PresetNames(), ", "))
	flag.Parse()
	n, ok := normalize.Preset(*preset)
	if !ok {
		fmt.Fprintf(os.Stderr, "normalize: unknown preset %q (want one of %s)\n", *preset, strings.Join(normalize.PresetNames(), ", "))
		os.Exit(2)
	}
	if err := run(os.Stdout, os.Stdin, flag.Args(), n); err != nil {
		fmt.Fprintln(os.Stderr, "normalize:", err)
		os.Exit(1)
	}
}

// run normalises the files, or stdin when there are none, to stdout. It
// goes on after a file fails and returns all the errors joined.
func run(stdout io.Writer, stdin io.Reader, files []string, n *normalize.Normalizer) error {
	out := bufio.NewWriterSize(stdout, 64<<10)
	var errs []error
	if len(files) == 0 {
		if err := copyNormalized(out, stdin, n); err != nil {
			errs = append(errs, fmt.Errorf("standard input: %w", err))
		}
	}
	for _, name := range files {
		if err := normalizeFile(out, name, n); err != nil {
			errs = append(errs, err)
		}
	}
	if err := out.Flush(); err != nil {
		errs = append(errs, err)
	}
	return errors.Join(errs...)
}

func normalizeFile(out io.Writer, name string, n *normalize.Normalizer) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	if err := copyNormalized(out, f, n); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}

// chunk is the size of the read and write buffers: large enough that the
// per-call costs vanish, small enough to stay in cache.
const chunk = 128 << 10

// copyNormalized streams in, normalised by n's Transformer, to out in
// constant memory (transform.NewReader's loop, with larger buffers).
func copyNormalized(out io.Writer, in io.Reader, n *normalize.Normalizer) error {
	src := make([]byte, chunk)
	dst := make([]byte, chunk)
	have, eof := 0, false // src[:have] is read and not yet normalised
	for {
		if !eof {
			m, err := in.Read(src[have:])
			have += m
			switch {
			case err == io.EOF:
				eof = true
			case err != nil:
				return err
			}
		}
		nDst, nSrc, err := n.Transform(dst, src[:have], eof)
		if _, werr := out.Write(dst[:nDst]); werr != nil {
			return werr
		}
		have = copy(src, src[nSrc:have])
		switch err {
		case nil, transform.ErrShortDst, transform.ErrShortSrc:
			// ErrShortDst: dst is free again; ErrShortSrc: read more
			// (never at EOF).
		default:
			return err
		}
		if eof && have == 0 {
			return nil
		}
	}
}
