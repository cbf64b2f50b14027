// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

// Command entities prints the named entities of Arabic text: people,
// places, organisations and nationality adjectives, found with the
// default gazetteer of package entities.
//
//	entities [-format jsonl|text] [-gazetteer FILE[,FILE...]] [-model default|none|FILE] [FILE ...]
//
// It reads the named files ("-" is standard input), or standard input
// when none is named. With -format jsonl (the default) it writes one JSON
// object a line:
//
//	{"start":443,"end":470,"text":"فلاديمير بوتين","type":"PERSON","id":"vladimir-putin","canonical":"Vladimir Putin"}
//
// start and end are UTF-8 byte offsets into that input (end exclusive),
// leaving out attached clitics; "country" follows, the country code of
// the linked entry, when it has one. With several files, each object also
// has "file", first.
// -format text writes one entity a line: offsets, type, text, id and
// canonical name, separated by tabs, after the file name and a tab with
// several files.
//
// Each input is one document: a later mention of a person by part of the
// name is linked to the full name found earlier in the same input. An
// input of over 8 MB is read and searched in pieces of at most 8 MB, cut
// after a line break (or, in a piece with none, after white space), and
// such a link reaches back to the start of its piece only. So the command
// runs in bounded memory whatever the size of its input, standard input
// included.
//
// -gazetteer names gazetteer files (in the format of package gazetteer)
// merged over the default one: their entries are added, and an entry with
// the id of a default entry replaces it. A gazetteer file with an error
// is reported ("entities: FILE:LINE: what is wrong") before any input is
// read, and the exit status is 1; an empty name in the list ("a.txt,")
// is a usage error.
//
// -model chooses the learned tagger that runs beside the gazetteer: the
// embedded one (default), none (the gazetteer and its rules alone), or a
// model file written by entities/cmd/train-tagger.
//
// A file that cannot be read is reported on standard error ("entities:
// FILE: reason") and the others are still processed; the exit status is
// then 1, and 2 for a usage error (-h included).
// A failure to write standard output stops the command at once: it is
// reported once, as "entities: standard output: reason", and the exit
// status is 1.
package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/qalam-nlp/qalam/entities"
	"github.com/qalam-nlp/qalam/entities/gazetteer"
	"github.com/qalam-nlp/qalam/entities/tagger"
	"github.com/qalam-nlp/qalam/internal/cli"
	"github.com/qalam-nlp/qalam/internal/records"
)

func main() {
	os.Exit(command(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// command runs entities with the arguments args and returns the exit
// status: 0, 1 when a gazetteer file is wrong (nothing is read then) or
// an input failed (each failure is reported on stderr as "entities: FILE:
// reason" and the other inputs are still processed), 2 for a usage error
// (usage on stderr, -h included).
func command(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fl := cli.NewFlagSet("entities", "usage: entities [-format jsonl|text] [-gazetteer FILE[,FILE...]] [-model default|none|FILE] [FILE ...]\n"+
		"With no FILE, or \"-\", it reads standard input.\n", stderr)
	format := fl.String("format", "jsonl", "output format: jsonl or text")
	extra := fl.String("gazetteer", "", "comma-separated gazetteer `files` merged over the default one")
	model := fl.String("model", "default", "the learned tagger: default (embedded), none (gazetteer alone) or a model `file`")
	if err := fl.Parse(args); err != nil {
		return 2
	}
	if *format != "jsonl" && *format != "text" {
		fmt.Fprintf(stderr, "entities: unknown format %q (want jsonl or text)\n", *format)
		return 2
	}
	var gazetteers []string
	fl.Visit(func(f *flag.Flag) {
		if f.Name == "gazetteer" {
			gazetteers = strings.Split(*extra, ",")
		}
	})
	if slices.Contains(gazetteers, "") {
		fmt.Fprintf(stderr, "entities: -gazetteer %q: an empty file name (a ',' at an end, or two in a row)\n", *extra)
		return 2
	}
	x, err := extractor(gazetteers, *model)
	if err != nil {
		report(stderr, err)
		return 1
	}

	out := newWriter(stdout, *format == "text")
	var in pieces
	files := fl.Args()
	if cli.Report(stderr, "entities", cli.ThenFlush(cli.EachFile(files, stdin, func(arg string, r io.Reader) error {
		file := ""
		if len(files) > 1 {
			file = arg
		}
		in.reset(r)
		for {
			text, base, err := in.next()
			if err == io.EOF {
				return nil
			}
			if err != nil {
				return err
			}
			if err := out.mentions(x, file, text, base); err != nil {
				return err
			}
		}
	}), out.w)) {
		return 1
	}
	return 0
}

// extractor returns the default extractor, or one for the default
// gazetteer merged with the files, with the tagger model named by model.
func extractor(files []string, model string) (*entities.Extractor, error) {
	if len(files) == 0 && model == "default" {
		return entities.Default()
	}
	var m *tagger.Model
	switch model {
	case "none":
	case "default":
		var err error
		if m, err = entities.DefaultModel(); err != nil {
			return nil, err
		}
	default:
		data, err := os.ReadFile(model)
		if err != nil {
			return nil, readFailure(model, err)
		}
		if m, err = entities.ReadModel(data); err != nil {
			return nil, fmt.Errorf("%s: %w", model, err)
		}
	}
	base, err := gazetteer.Default()
	if err != nil {
		return nil, err
	}
	gs := []*gazetteer.Gazetteer{base}
	for _, name := range files {
		g, err := gazetteer.ParseFile(name)
		if err != nil {
			return nil, readFailure(name, err)
		}
		gs = append(gs, g)
	}
	return entities.New(gazetteer.Merge(gs...), entities.WithModel(m)), nil
}

// readFailure returns err as the command reports it: a file that cannot
// be read as "FILE: reason" (a cli.FileError); other errors, which name
// the file and line themselves, as they are.
func readFailure(name string, err error) error {
	if errors.As(err, new(*fs.PathError)) {
		return &cli.FileError{Arg: name, Err: err}
	}
	return err
}

// report writes err on stderr, one line an error: a gazetteer file with
// several wrong lines gives one "entities: FILE:LINE: what is wrong" each.
func report(stderr io.Writer, err error) {
	if errs, ok := err.(interface{ Unwrap() []error }); ok {
		for _, e := range errs.Unwrap() {
			report(stderr, e)
		}
		return
	}
	fmt.Fprintln(stderr, "entities:", err)
}

// writer writes mentions in one of the two formats, building each line
// in a reused buffer (no allocation a mention).
type writer struct {
	w    *bufio.Writer
	text bool
	line []byte
}

func newWriter(out io.Writer, text bool) *writer {
	return &writer{w: cli.NewOutput(out, 64<<10), text: text}
}

// mentions writes the mentions of text, which starts at byte offset base
// of its input; file, if not empty, is named in each object, or at the
// start of each line of the text format. It stops at the first write
// error, a *cli.OutputError.
func (w *writer) mentions(x *entities.Extractor, file, text string, base int) error {
	for m := range x.Mentions(text) {
		m.Start += base
		m.End += base
		m.WordStart += base
		if w.text {
			w.line = appendText(w.line[:0], file, m)
		} else {
			w.line = append(records.AppendMention(w.line[:0], file, m), '\n')
		}
		if _, err := w.w.Write(w.line); err != nil {
			return err
		}
	}
	return nil
}

// appendText appends m as a line of the text format: the file name when
// not empty, start, end, type, text, id and canonical name, separated by
// tabs.
func appendText(dst []byte, file string, m entities.Mention) []byte {
	if file != "" {
		dst = append(appendField(dst, file), '\t')
	}
	dst = strconv.AppendInt(dst, int64(m.Start), 10)
	dst = strconv.AppendInt(append(dst, '\t'), int64(m.End), 10)
	dst = append(append(dst, '\t'), m.Type.String()...)
	dst = appendField(append(dst, '\t'), m.Text)
	dst = appendField(append(dst, '\t'), m.ID)
	dst = appendField(append(dst, '\t'), m.Canonical)
	return append(dst, '\n')
}

// appendField appends s as a field of the text format: tabs and line
// breaks, which would split the line, become spaces, and bytes that are
// not valid UTF-8 become U+FFFD.
func appendField(dst []byte, s string) []byte {
	for _, r := range s {
		switch r {
		case '\t', '\n', '\r', 0x2028, 0x2029:
			dst = append(dst, ' ')
		default:
			dst = utf8.AppendRune(dst, r)
		}
	}
	return dst
}
