// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

// Command tokenize prints the tokens of Arabic text with their byte
// offsets and kinds, optionally split into clitics, or its sentences.
//
//	tokenize [-format jsonl|text] [-clitics] [-sentences [-semicolon] [-join-lines]] [FILE ...]
//
// It reads the named files ("-" is standard input), or standard input
// when none is named, as a stream (in constant memory whatever the input size). With -format jsonl
// (the default) it writes one JSON object a token:
//
//	{"start":0,"end":6,"text":"قال","kind":"arabic"}
//
// start and end are UTF-8 byte offsets into that input (end exclusive);
// kind is one of arabic, latin, number, punct, symbol, url, email,
// hashtag, mention, emoji. Text that is not valid UTF-8 is written with
// U+FFFD in "text" (its offsets still count the original bytes).
//
// With -clitics, an Arabic word that splits into clitics in the ATB scheme
// (package tokenize/clitics) also has its segments, with offsets into the
// input, not into the word:
//
//	{"start":7,"end":19,"text":"وبالقلم","kind":"arabic","segments":[{"start":7,"end":9,"text":"و"},{"start":9,"end":11,"text":"ب"},{"start":11,"end":19,"text":"القلم"}]}
//
// With -sentences it writes sentences instead of tokens, one object a
// sentence: {"start":0,"end":57,"text":"..."}. Sentences end at . ! ? ؟
// and at line breaks; -semicolon also ends them at ؛ and ;, and
// -join-lines lets them run across single line breaks (for hard-wrapped
// text). See tokenize.Sentences for the rules.
//
// With several files, each object also has "file". -format text writes
// one token a line: start, end, kind and text separated by tabs, then the
// segments joined by '+' with -clitics; or one sentence a line with
// -sentences (line breaks inside a sentence become spaces). With several
// files, each line of the text format starts with the file name and a tab.
//
// A file that cannot be read is reported on standard error ("tokenize:
// FILE: reason") and the others are still processed; the exit status is
// then 1, and 2 for a usage error (-h included).
// A failure to write standard output (a full disk) stops the command at
// once: it is reported once, as "tokenize: standard output: reason", and the
// exit status is 1.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strconv"
	"unicode/utf8"

	"github.com/qalam-nlp/qalam/internal/cli"
	"github.com/qalam-nlp/qalam/internal/records"
	"github.com/qalam-nlp/qalam/tokenize"
	"github.com/qalam-nlp/qalam/tokenize/clitics"
)

type options struct {
	text      bool
	clitics   bool
	sentences bool
	sentOpts  tokenize.SentenceOptions
}

func main() {
	os.Exit(command(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// command runs tokenize with the arguments args and returns the exit
// status: 0, 1 when an input failed (each failure is reported on stderr
// as "tokenize: FILE: reason" and the other inputs are still processed),
// 2 for a usage error (usage on stderr, -h included).
func command(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fl := cli.NewFlagSet("tokenize", "usage: tokenize [-format jsonl|text] [-clitics] [-sentences [-semicolon] [-join-lines]] [FILE ...]\n"+
		"With no FILE, or \"-\", it reads standard input.\n", stderr)
	format := fl.String("format", "jsonl", "output format: jsonl or text")
	segment := fl.Bool("clitics", false, "split Arabic words into clitics (ATB scheme)")
	sentences := fl.Bool("sentences", false, "print sentences instead of tokens")
	semicolon := fl.Bool("semicolon", false, "with -sentences: end sentences at ؛ and ; too")
	joinLines := fl.Bool("join-lines", false, "with -sentences: only blank lines, not single line breaks, end sentences")
	if err := fl.Parse(args); err != nil {
		return 2
	}
	if *format != "jsonl" && *format != "text" {
		fmt.Fprintf(stderr, "tokenize: unknown format %q (want jsonl or text)\n", *format)
		return 2
	}
	if *sentences && *segment {
		fmt.Fprintln(stderr, "tokenize: -sentences prints sentences, not tokens; it cannot be used with -clitics")
		return 2
	}
	opts := options{text: *format == "text", clitics: *segment, sentences: *sentences}
	if *semicolon {
		opts.sentOpts |= tokenize.SplitAtSemicolon
	}
	if *joinLines {
		opts.sentOpts |= tokenize.JoinLines
	}

	w := cli.NewOutput(stdout, 64<<10)
	files := fl.Args()
	if cli.Report(stderr, "tokenize", cli.ThenFlush(cli.EachFile(files, stdin, func(arg string, r io.Reader) error {
		file := ""
		if len(files) > 1 {
			file = arg
		}
		return run(w, r, file, opts)
	}), w)) {
		return 1
	}
	return 0
}

// run writes the tokens or sentences of r; file, if not empty, is named in
// each object, or at the start of each line of the text format.
func run(w *bufio.Writer, r io.Reader, file string, o options) error {
	var fileText []byte
	if file != "" {
		fileText = append(appendTextLine(nil, []byte(file)), '\t')
	}
	var line []byte
	if o.sentences {
		s := tokenize.NewSentenceScanner(r, o.sentOpts)
		for s.Scan() {
			sp := s.Span()
			if o.text {
				line = appendTextLine(append(line[:0], fileText...), s.Bytes())
			} else {
				line = records.AppendSentence(line[:0], file, sp.Start, s.Bytes())
			}
			line = append(line, '\n')
			if _, err := w.Write(line); err != nil {
				return err
			}
		}
		return s.Err()
	}
	var segs []clitics.Segment
	c := chunker{r: r, buf: make([]byte, chunkSize)}
	for {
		chunk, base, ok := c.next()
		if !ok {
			return c.err
		}
		var str string
		if o.clitics {
			// One copy a piece, so that each word handed to the Segmenter,
			// which takes strings, is a substring and not a copy of its own.
			str = string(chunk)
		}
		for t := range tokenize.TokensBytes(chunk) {
			word := chunk[t.Start:t.End]
			start, end := base+t.Start, base+t.End
			segs = segs[:0]
			if o.clitics && t.Kind == tokenize.ArabicWord {
				segs = clitics.Default.AppendSegments(segs, str[t.Start:t.End])
			}
			if o.text {
				line = strconv.AppendInt(append(line[:0], fileText...), int64(start), 10)
				line = append(line, '\t')
				line = strconv.AppendInt(line, int64(end), 10)
				line = append(line, '\t')
				line = append(line, t.Kind.String()...)
				line = append(line, '\t')
				line = appendTextLine(line, word)
				if len(segs) > 1 {
					line = append(line, '\t')
					for i, sg := range segs {
						if i > 0 {
							line = append(line, '+')
						}
						line = appendTextLine(line, word[sg.Start:sg.End])
					}
				}
			} else {
				line = records.AppendToken(line[:0], file, start, word, t.Kind, segs)
			}
			line = append(line, '\n')
			if _, err := w.Write(line); err != nil {
				return err
			}
		}
	}
}

// chunkSize is how much input the token loop reads at a time, and
// maxChunk the most it holds when no white space comes to cut at.
const (
	chunkSize = 64 << 10
	maxChunk  = tokenize.MaxTokenSize
)

// chunker reads a stream, in constant memory, in pieces that end just
// after white space (any rune that tokenize.IsSpace reports, U+00A0
// included). No token holds white space, and none is lexed differently
// for what comes before white space, so the tokens of the pieces are the
// tokens of the whole stream. A run of maxChunk bytes with no white space
// is cut between two runes (a token longer than that comes out in pieces,
// as tokenize.Scanner cuts tokens longer than tokenize.MaxTokenSize).
type chunker struct {
	r     io.Reader
	buf   []byte
	n     int // bytes of buf holding data
	held  int // bytes of buf returned by the last call to next
	base  int // stream offset of buf[0]
	eof   bool
	err   error // the first read error other than io.EOF
	empty int   // successive reads that returned nothing
}

// next returns the next piece of the stream and its offset, or false at
// the end of the stream or after a read error (see err). The piece is
// valid until the next call.
func (c *chunker) next() ([]byte, int, bool) {
	c.n = copy(c.buf, c.buf[c.held:c.n])
	c.base += c.held
	c.held = 0
	for {
		if c.eof {
			if c.n == 0 {
				return nil, 0, false
			}
			return c.cut(c.n)
		}
		if c.n == len(c.buf) {
			if len(c.buf) >= maxChunk {
				return c.cut(runeBoundary(c.buf[:c.n]))
			}
			c.buf = append(c.buf, make([]byte, len(c.buf))...)
		}
		m, err := c.r.Read(c.buf[c.n:])
		c.n += m
		switch {
		case err == io.EOF:
			c.eof = true
		case err != nil:
			c.err, c.eof = err, true
		case m == 0:
			if c.empty++; c.empty > 100 {
				c.err, c.eof = io.ErrNoProgress, true
			}
		default:
			c.empty = 0
		}
		if m > 0 && !c.eof {
			if k := afterLastSpace(c.buf[c.n-m : c.n]); k > 0 {
				return c.cut(c.n - m + k)
			}
		}
	}
}

// cut returns the first k bytes of buf as the next piece.
func (c *chunker) cut(k int) ([]byte, int, bool) {
	c.held = k
	return c.buf[:k], c.base, true
}

// afterLastSpace returns the offset just after the last white-space rune
// of b, or 0 when b has none.
func afterLastSpace(b []byte) int {
	for i := len(b); i > 0; {
		r, n := utf8.DecodeLastRune(b[:i])
		if tokenize.IsSpace(r) {
			return i
		}
		i -= n
	}
	return 0
}

// runeBoundary returns the length of the longest prefix of b, at least
// len(b)-3 bytes long, that does not end inside a UTF-8 sequence.
func runeBoundary(b []byte) int {
	for k := len(b); k > 0 && k > len(b)-utf8.UTFMax; k-- {
		if utf8.RuneStart(b[k-1]) {
			if utf8.FullRune(b[k-1:]) {
				return len(b)
			}
			return k - 1
		}
	}
	return len(b)
}

// appendTextLine appends s for the text format: line breaks and tabs
// become spaces, invalid UTF-8 becomes U+FFFD.
func appendTextLine(dst, s []byte) []byte {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRune(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			dst = append(dst, "\ufffd"...)
		case r == '\n' || r == '\r' || r == '\t' || r == 0x2028 || r == 0x2029:
			dst = append(dst, ' ')
		default:
			dst = append(dst, s[i:i+n]...)
		}
		i += n
	}
	return dst
}
