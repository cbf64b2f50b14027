// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

// Command normalize writes Arabic text normalised with one of the presets of
// package normalize:
//
//	normalize [-preset search|lucene|clean] [FILE ...]
//
// It reads the named files in turn ("-" is standard input), or standard
// input when none is named, and writes to standard output. Line breaks are never changed, so the
// output has the same lines as the input. It streams, in constant memory,
// whatever the input size. A file that cannot be read is reported on
// standard error ("normalize: FILE: reason") and the others are still
// processed; the exit status is 1 when anything failed, 2 for a usage
// error (-h included).
// A failure to write standard output (a full disk) stops the command at
// once: it is reported once, as "normalize: standard output: reason", and the
// exit status is 1. Bytes that are not valid UTF-8 are passed through
// unchanged.
package main

import (
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"golang.org/x/text/transform"

	"github.com/qalam-nlp/qalam/internal/cli"
	"github.com/qalam-nlp/qalam/normalize"
)

func main() {
	os.Exit(command(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// command runs normalize with the arguments args and returns the exit
// status: 0, 1 when an input failed (each failure is reported on stderr
// as "normalize: FILE: reason" and the other inputs are still processed),
// 2 for a usage error (usage on stderr, -h included).
func command(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fl := cli.NewFlagSet("normalize", fmt.Sprintf("usage: normalize [-preset %s] [FILE ...]\n", strings.Join(normalize.PresetNames(), "|"))+
		"With no FILE, or \"-\", it reads standard input.\n", stderr)
	preset := fl.String("preset", "search", "normalisation preset: "+strings.Join(normalize.PresetNames(), ", "))
	if err := fl.Parse(args); err != nil {
		return 2
	}
	n, ok := normalize.Preset(*preset)
	if !ok {
		fmt.Fprintf(stderr, "normalize: unknown preset %q (want one of %s)\n", *preset, strings.Join(normalize.PresetNames(), ", "))
		return 2
	}
	if cli.Report(stderr, "normalize", slices.Values(run(stdout, stdin, fl.Args(), n))) {
		return 1
	}
	return 0
}

// run normalises the files ("-" is stdin), or stdin when there are none,
// to stdout. It goes on after a file fails and returns the errors, each
// naming its file ("NAME: reason").
func run(stdout io.Writer, stdin io.Reader, files []string, n *normalize.Normalizer) []error {
	out := cli.NewOutput(stdout, 64<<10)
	return slices.Collect(cli.ThenFlush(cli.EachFile(files, stdin, func(_ string, in io.Reader) error {
		return copyNormalized(out, in, n)
	}), out))
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
