// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

// Command stem reads one word a line and writes its stem, one a line, as
// Snowball's stemwords does:
//
//	stem [-algorithm snowball|light|root] [-lang english] [FILE ...]
//
// It reads the named files in turn ("-" is standard input), or standard
// input when none is named, and writes standard output, always as many
// lines as it read: a last line with no line break gets one. A file that
// cannot be read is reported on standard error ("stem: FILE: reason") and
// the others are still processed; the exit status is then 1, and 2 for a
// usage error (-h included).
// A failure to write standard output (a full disk) stops the command at
// once: it is reported once, as "stem: standard output: reason", and the
// exit status is 1. Words with Arabic characters are
// stemmed with the chosen Arabic algorithm: snowball (the default; package
// stem/snowball, the stems of libstemmer), light (stem/light, the stems of
// Lucene's and bleve's Arabic analysers) or root (stem/root, the three- or
// four-letter root). Latin-script words are stemmed with the Snowball stemmer
// of -lang (github.com/kljensen/snowball), or not at all with -lang none;
// anything else (numbers, punctuation, other scripts) is written back
// unchanged. As in stemwords, ASCII capitals are lowered first, so that
// -algorithm snowball -lang none writes what `stemwords -l arabic` writes,
// except that spaces and tabs around a word, and a byte order mark at the
// start of the input, are kept around its stem (stemwords stems them with
// the word, and so leaves  الكتاب unstemmed). A line may end in CR LF; the
// CR is kept after the stem, so the output has the input's line ends.
// A line of more than 256 KB is written back as it is, streamed: it is
// no word, and the command's memory stays bounded whatever its input.
package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/qalam-nlp/qalam/internal/cli"
	"github.com/qalam-nlp/qalam/stem"
	"github.com/qalam-nlp/qalam/stem/light"
	"github.com/qalam-nlp/qalam/stem/root"
	"github.com/qalam-nlp/qalam/stem/snowball"
)

func main() {
	os.Exit(command(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// command runs stem with the arguments args and returns the exit status:
// 0, 1 when an input failed (each failure is reported on stderr as "stem:
// FILE: reason" and the other inputs are still processed), 2 for a usage
// error (usage on stderr, -h included).
func command(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fl := cli.NewFlagSet("stem", "usage: stem [-algorithm snowball|light|root] [-lang english] [FILE ...]\n\n"+
		"One word a line in, one stem a line out. With no FILE, or \"-\", it reads standard input.\n\n", stderr)
	algorithm := fl.String("algorithm", "snowball", "Arabic stemmer: snowball, light or root")
	language := fl.String("lang", "english", "language of Latin-script words: "+strings.Join(stem.LatinLanguages, ", ")+", or none")
	if err := fl.Parse(args); err != nil {
		return 2
	}
	arabic, err := arabicStemmer(*algorithm)
	if err != nil {
		fmt.Fprintln(stderr, "stem:", err)
		return 2
	}
	words := stem.Mixed{Arabic: arabic}
	if *language != "none" {
		latin, err := stem.NewLatin(*language)
		if err != nil {
			fmt.Fprintf(stderr, "stem: -lang %q: want one of %s, or none\n", *language, strings.Join(stem.LatinLanguages, ", "))
			return 2
		}
		words.Latin = latin
	}
	out := cli.NewOutput(stdout, 256<<10)
	if cli.Report(stderr, "stem", cli.ThenFlush(cli.EachFile(fl.Args(), stdin, func(_ string, in io.Reader) error {
		return stemLines(out, in, words)
	}), out)) {
		return 1
	}
	return 0
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

// stemLines writes the stem of each line of in to out, one a line. Blanks
// (spaces and tabs) around the word, and a byte order mark at the start of
// the input, are written back around its stem.
func stemLines(out *bufio.Writer, in io.Reader, s stem.Mixed) error {
	r := bufio.NewReaderSize(in, maxLine)
	var lowered []byte
	for first := true; ; first = false {
		line, err := r.ReadSlice('\n')
		if errors.Is(err, bufio.ErrBufferFull) {
			switch err := copyLine(out, r, line); err {
			case nil:
				continue
			case io.EOF:
				return nil
			default:
				return err
			}
		}
		if err != nil && err != io.EOF {
			return err
		}
		if len(line) == 0 {
			return nil
		}
		word, end := splitLineEnd(line)
		dst := out.AvailableBuffer()
		if first && bytes.HasPrefix(word, bom) {
			dst = append(dst, bom...)
			word = word[len(bom):]
		}
		var after []byte // the blanks after the word
		if n := len(word); n > 0 && (isBlank(word[0]) || isBlank(word[n-1])) {
			trimmed := bytes.TrimLeft(word, " \t")
			dst = append(dst, word[:n-len(trimmed)]...)
			word = bytes.TrimRight(trimmed, " \t")
			after = trimmed[len(word):]
		}
		if hasUpperASCII(word) {
			lowered = lowerASCII(lowered[:0], word)
			word = lowered
		}
		dst = s.AppendStem(dst, word)
		dst = append(dst, after...)
		dst = append(dst, end...)
		if _, werr := out.Write(dst); werr != nil {
			return werr
		}
		if err == io.EOF {
			return nil
		}
	}
}

// maxLine is the length of the longest line that is stemmed; see copyLine.
const maxLine = 256 << 10

// copyLine writes back, as it is, a line longer than maxLine of which r
// has read start, and a line break after it if it has none (the last
// line). No word is that long: a longer line is text that is not one word
// a line, and copying it keeps the command's memory bounded. It returns
// io.EOF when the line ends the input.
func copyLine(out *bufio.Writer, r *bufio.Reader, start []byte) error {
	part, err := start, bufio.ErrBufferFull
	for {
		if _, werr := out.Write(part); werr != nil {
			return werr
		}
		if !errors.Is(err, bufio.ErrBufferFull) {
			break
		}
		part, err = r.ReadSlice('\n')
	}
	if err != nil && err != io.EOF {
		return err
	}
	if len(part) == 0 || part[len(part)-1] != '\n' {
		if werr := out.WriteByte('\n'); werr != nil {
			return werr
		}
	}
	return err
}

// bom is the UTF-8 byte order mark.
var bom = []byte("\uFEFF")

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

func isBlank(c byte) bool { return c == ' ' || c == '\t' }

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
