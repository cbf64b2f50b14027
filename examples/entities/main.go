// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

// Command entities prints the named entities of Arabic text: people,
// places, organisations and nationality adjectives, found with the
// default gazetteer of package entities.
//
//	entities [-format jsonl|text] [-gazetteer FILE[,FILE...]] [FILE ...]
//
// It reads the named files, or standard input when none is named. With
// -format jsonl (the default) it writes one JSON object a line:
//
//	{"start":443,"end":470,"text":"فلاديمير بوتين","type":"PERSON","id":"vladimir-putin","canonical":"Vladimir Putin"}
//
// start and end are UTF-8 byte offsets into that input (end exclusive),
// leaving out attached clitics. With several files, each object also
// has "file". -format text writes one entity a line: offsets, type, text,
// id and canonical name, separated by tabs.
//
// -gazetteer names gazetteer files (in the format of package gazetteer)
// merged over the default one: their entries are added, and an entry with
// the id of a default entry replaces it.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/qalam-nlp/qalam/entities"
	"github.com/qalam-nlp/qalam/entities/gazetteer"
)

type record struct {
	File      string `json:"file,omitempty"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Text      string `json:"text"`
	Type      string `json:"type"`
	ID        string `json:"id"`
	Canonical string `json:"canonical"`
	Country   string `json:"country,omitempty"`
}

func main() {
	format := flag.String("format", "jsonl", "output format: jsonl or text")
	extra := flag.String("gazetteer", "", "comma-separated gazetteer `files` merged over the default one")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: entities [-format jsonl|text] [-gazetteer FILE[,FILE...]] [FILE ...]\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if *format != "jsonl" && *format != "text" {
		fmt.Fprintf(os.Stderr, "entities: unknown format %q (want jsonl or text)\n", *format)
		os.Exit(2)
	}
	x, err := extractor(*extra)
	if err != nil {
		fmt.Fprintln(os.Stderr, "entities:", err)
		os.Exit(1)
	}
	w := bufio.NewWriterSize(os.Stdout, 64<<10)
	status := 0
	files := flag.Args()
	if len(files) == 0 {
		var text strings.Builder
		if fi, err := os.Stdin.Stat(); err == nil && fi.Mode().IsRegular() {
			text.Grow(int(fi.Size()))
		}
		if _, err := io.Copy(&text, os.Stdin); err != nil {
			fmt.Fprintln(os.Stderr, "entities:", err)
			os.Exit(1)
		}
		write(w, x, "", text.String(), *format)
	}
	for _, name := range files {
		text, err := readFile(name)
		if err != nil {
			fmt.Fprintln(os.Stderr, "entities:", err)
			status = 1
			continue
		}
		label := ""
		if len(files) > 1 {
			label = name
		}
		write(w, x, label, text, *format)
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, "entities:", err)
		os.Exit(1)
	}
	os.Exit(status)
}

// readFile reads a file into a string without a second copy.
func readFile(name string) (string, error) {
	f, err := os.Open(name)
	if err != nil {
		return "", err
	}
	defer f.Close()
	var text strings.Builder
	if fi, err := f.Stat(); err == nil && fi.Size() > 0 {
		text.Grow(int(fi.Size()))
	}
	_, err = io.Copy(&text, f)
	return text.String(), err
}

// extractor returns the default extractor, or one for the default
// gazetteer merged with the comma-separated files.
func extractor(files string) (*entities.Extractor, error) {
	if files == "" {
		return entities.Default()
	}
	base, err := gazetteer.Default()
	if err != nil {
		return nil, err
	}
	gs := []*gazetteer.Gazetteer{base}
	for _, name := range strings.Split(files, ",") {
		g, err := gazetteer.ParseFile(name)
		if err != nil {
			return nil, err
		}
		gs = append(gs, g)
	}
	return entities.New(gazetteer.Merge(gs...)), nil
}

func write(w *bufio.Writer, x *entities.Extractor, file, text, format string) {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for m := range x.Mentions(text) {
		if format == "text" {
			if file != "" {
				w.WriteString(file + "\t")
			}
			w.WriteString(strconv.Itoa(m.Start) + "\t" + strconv.Itoa(m.End) + "\t" + m.Type.String() + "\t" + m.Text + "\t" + m.ID + "\t" + m.Canonical + "\n")
			continue
		}
		enc.Encode(record{File: file, Start: m.Start, End: m.End, Text: m.Text, Type: m.Type.String(), ID: m.ID, Canonical: m.Canonical, Country: m.Country})
	}
}
