// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

// Command stem reads one word a line and writes its stem, one a line, as
// Snowball's stemwords does:
//
//	stem [-algorithm snowball|light|root] [-lang english] [FILE]
//
// It reads FILE, or standard input when no file is named, and writes standard
// output, always as many lines as it read. Words with Arabic characters are
// stemmed with the chosen Arabic algorithm: snowball (the default; package
// stem/snowball, the stems of libstemmer), light (stem/light, the stems of
// Lucene's and bleve's Arabic analysers) or root (stem/root, the three- or
// four-letter root). Latin-script words are stemmed with the Snowball stemmer
// of -lang (github.com/kljensen/snowball), or not at all with -lang none;
// anything else (numbers, punctuation, other scripts) is written back
// unchanged. As in stemwords, ASCII capitals are lowered first, so that
// -algorithm snowball -lang none writes what `stemwords -l arabic` writes. A
// line may end in CR LF; the CR is kept after the stem.
package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/qalam-nlp/qalam/stem"
	"github.com/qalam-nlp/qalam/stem/light"
	"github.com/qalam-nlp/qalam/stem/root"
	"github.com/qalam-nlp/qalam/stem/snowball"
)

func main() {
	algorithm := flag.String("algorithm", "snowball", "Arabic stemmer: snowball, light or root")
	language := flag.String("lang", "english", "language of Latin-script words: "+strings.Join(stem.LatinLanguages, ", ")+", or none")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: stem [-algorithm snowball|light|root] [-lang english] [FILE]\n\nOne word a line in, one stem a line out.\n\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if err := stemCommand(*algorithm, *language, flag.Args()); err != nil {
		fmt.Fprintln(os.Stderr, "stem:", err)
		os.Exit(1)
	}
}

func stemCommand(algorithm, language string, files []string) error {
	if len(files) > 1 {
		return fmt.Errorf("one input file at most, got %d", len(files))
	}
	arabic, err := arabicStemmer(algorithm)
	if err != nil {
		return err
	}
	words := stem.Mixed{Arabic: arabic}
	if language != "none" {
		latin, err := stem.NewLatin(language)
		if err != nil {
			return fmt.Errorf("-lang %q: want one of %s, or none", language, strings.Join(stem.LatinLanguages, ", "))
		}
		words.Latin = latin
	}
	in := io.Reader(os.Stdin)
	if len(files) == 1 {
		f, err := os.Open(files[0])
		if err != nil {
			return err
		}
		defer f.Close()
		in = f
	}
	out := bufio.NewWriterSize(os.Stdout, 256<<10)
	if err := stemLines(out, in, words); err != nil {
		return err
	}
	return out.Flush()
}

func arabicStemmer(algorithm string) (stem.Stemmer, error) {
	switch algorithm {
	case "snowball":
		return new(snowball.Stemmer), nil
	case "light":
		return light.Stemmer{}, nil
	case "root":
		return root.Stemmer{}, nil
	}
	return nil, fmt.Errorf("-algorithm %q: want snowball, light or root", algorithm)
}

// stemLines writes the stem of each line of in to out, one a line.
func stemLines(out *bufio.Writer, in io.Reader, s stem.Mixed) error {
	r := bufio.NewReaderSize(in, 256<<10)
	var long, lowered []byte
	for {
		line, err := r.ReadSlice('\n')
		if errors.Is(err, bufio.ErrBufferFull) {
			long = append(long[:0], line...)
			for errors.Is(err, bufio.ErrBufferFull) {
				line, err = r.ReadSlice('\n')
				long = append(long, line...)
			}
			line = long
		}
		if err != nil && err != io.EOF {
			return err
		}
		if len(line) == 0 {
			return nil
		}
		word, end := splitLineEnd(line)
		if hasUpperASCII(word) {
			lowered = lowerASCII(lowered[:0], word)
			word = lowered
		}
		dst := s.AppendStem(out.AvailableBuffer(), word)
		dst = append(dst, end...)
		if _, werr := out.Write(dst); werr != nil {
			return werr
		}
		if err == io.EOF {
			return nil
		}
	}
}

// splitLineEnd splits a line into the word and the line end to write after
// its stem: "\n", "\r\n", or "\n" for a last line with none.
func splitLineEnd(line []byte) (word []byte, end string) {
	n := len(line)
	if n > 0 && line[n-1] == '\n' {
		n--
	}
	if n > 0 && line[n-1] == '\r' {
		return line[:n-1], "\r\n"
	}
	return line[:n], "\n"
}

func hasUpperASCII(b []byte) bool {
	for _, c := range b {
		if 'A' <= c && c <= 'Z' {
			return true
		}
	}
	return false
}

func lowerASCII(dst, b []byte) []byte {
	for _, c := range b {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}
