// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

// Command bleve-normalize normalises text with bleve's Arabic normaliser
// (the normalize_ar token filter, github.com/blevesearch/bleve/v2/analysis/lang/ar),
// for whole-process comparisons with examples/normalize:
//
//	bleve-normalize [FILE ...]
//
// It reads the files, or standard input, and writes each line normalised to
// standard output. Each line is passed to the filter as a single token, the
// cheapest way to use it (one call per line rather than per word).
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/ar"
)

func main() {
	out := bufio.NewWriterSize(os.Stdout, 64<<10)
	filter := ar.NewArabicNormalizeFilter()
	failed := false
	run := func(r io.Reader, name string) {
		if err := normalize(out, r, filter); err != nil {
			fmt.Fprintf(os.Stderr, "bleve-normalize: %s: %v\n", name, err)
			failed = true
		}
	}
	if len(os.Args) == 1 {
		run(os.Stdin, "standard input")
	}
	for _, name := range os.Args[1:] {
		f, err := os.Open(name)
		if err != nil {
			fmt.Fprintf(os.Stderr, "bleve-normalize: %v\n", err)
			failed = true
			continue
		}
		run(f, name)
		f.Close()
	}
	if err := out.Flush(); err != nil {
		fmt.Fprintf(os.Stderr, "bleve-normalize: %v\n", err)
		failed = true
	}
	if failed {
		os.Exit(1)
	}
}

func normalize(w *bufio.Writer, r io.Reader, filter analysis.TokenFilter) error {
	in := bufio.NewReaderSize(r, 64<<10)
	stream := analysis.TokenStream{&analysis.Token{}}
	for {
		line, err := in.ReadSlice('\n')
		if len(line) > 0 {
			body, nl := line, []byte(nil)
			if body[len(body)-1] == '\n' {
				body, nl = body[:len(body)-1], body[len(body)-1:]
			}
			stream[0].Term = body
			filter.Filter(stream)
			w.Write(stream[0].Term)
			w.Write(nl)
		}
		switch err {
		case nil:
		case io.EOF:
			return nil
		case bufio.ErrBufferFull:
			return fmt.Errorf("line longer than %d bytes", in.Size())
		default:
			return err
		}
	}
}
