// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

// Command analyze reports on Arabic news articles: headline, sentence and
// word counts, the named entities grouped by type with their mentions,
// canonical names and gazetteer ids, the key terms, and notes on spellings
// and clitics. The report is package report's (report.New); this command
// reads files, runs it on each and prints it.
//
//	analyze [-format text|json] [-terms N] [FILE ...]
//
// It reads the named files ("-" is standard input). With no argument at
// all it analyses an embedded sample article (sample.txt), so that
// `go run ./examples/analyze` shows what it does.
//
// # The text report
//
// One report a file, each starting with a line "══ FILE", items one a line
// with the count first, English names before Arabic ones, so that the
// columns stay put in a terminal that lays out right-to-left text:
//
//   - the title (the headline, as report.Title finds it) and the size:
//     bytes, sentences, words and entity mentions;
//   - the entities grouped by type — PERSON, ORGANIZATION, LOCATION,
//     NATIONALITY — most mentioned first: mention count, canonical English
//     name, gazetteer id and the Arabic forms, most frequent first. An
//     entity that a rule found with no gazetteer entry shows "(no entry)".
//     A name after the preposition ل that elided its article's alef is
//     shown with the alef (للأمم المتحدة: الأمم المتحدة, not لأمم المتحدة)
//     when the gazetteer has that form;
//   - the key terms (at most -terms, 12 by default): count, the form the
//     words are most often written in (proclitics cut off) and their stem
//     as written;
//   - notes: spelling variants of one entity that normalisation does not
//     fold (ترامب، ترمب), forms that only normalisation makes one (أمريكا،
//     امريكا), and words whose clitics were cut off to find a name (و+بوتين).
//
// # JSON
//
// -format json writes one JSON object a file, one a line (JSON Lines), in
// the order of the arguments: the report.Report of the file, whose field
// names are stable (see package report for each field):
//
//	{"file":"testdata/article.txt","title":"...","bytes":3943,"sentences":14,"words":352,"mentions":70,
//	 "entities":[{"type":"PERSON","id":"donald-trump","canonical":"Donald Trump","country":"US","name":"دونالد ترامب","count":2,
//	   "forms":[{"text":"دونالد ترامب","count":1},{"text":"ترمب","count":1}],
//	   "mentions":[{"start":2219,"end":2242,"text":"دونالد ترامب"},{"start":2389,"end":2397,"text":"ترمب"}]}, ...],
//	 "terms":[{"stem":"قمة","form":"القمة","count":6,"key":"قمه"}, ...],
//	 "notes":{"variants":[{"type":"PERSON","id":"donald-trump","canonical":"Donald Trump","forms":["دونالد ترامب","ترمب"]}],
//	          "folded":[...],
//	          "clitics":[{"word":"وبوتين","clitics":"و","name":"بوتين","type":"PERSON","id":"vladimir-putin","canonical":"Vladimir Putin","count":1}]}}
//
// A file that cannot be read or is not UTF-8 gives {"file":"...","error":"..."}
// instead.
//
// # Errors and progress
//
// A file that is missing or not valid UTF-8 is reported on standard error
// ("analyze: FILE: not valid UTF-8 (byte offset N)") and the others are
// still analysed; the exit status is then 1. When standard error is a
// terminal and there are several files, a progress count is shown there.
//
// Files are analysed concurrently, one worker a CPU, and reported in the
// order given.
package main

import (
	"bufio"
	_ "embed"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"runtime"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/qalam-nlp/qalam/entities"
	"github.com/qalam-nlp/qalam/internal/cli"
	"github.com/qalam-nlp/qalam/report"
)

// sample is the article analysed when no file is named.
//
//go:embed sample.txt
var sample string

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr, isTerminal(os.Stderr)))
}

// isTerminal reports whether f is a character device (a terminal).
func isTerminal(f *os.File) bool {
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// input is one article to analyse: a file to read, or standard input
// ("-") or the embedded sample ("sample.txt"), already loaded.
type input struct {
	name   string
	text   string
	err    error // error reading a loaded input
	loaded bool  // text and err are set; otherwise the file name is read
}

// result is the outcome for one input.
type result struct {
	report *report.Report
	err    error
}

// run is the command: it parses args, analyses the inputs and writes the
// reports to stdout and errors (and, if progress, a progress count) to
// stderr. It returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer, progress bool) int {
	fl := cli.NewFlagSet("analyze", "usage: analyze [-format text|json] [-terms N] [FILE ...]\n"+
		"With no FILE it analyses an embedded sample article; \"-\" reads standard input.\n", stderr)
	format := fl.String("format", "text", "output `format`: text or json (JSON Lines, one object a file)")
	maxTerms := fl.Int("terms", 12, "number of key terms to show")
	if err := fl.Parse(args); err != nil {
		return 2
	}
	if *format != "text" && *format != "json" {
		fmt.Fprintf(stderr, "analyze: unknown format %q (want text or json)\n", *format)
		return 2
	}
	if *maxTerms < 0 {
		fmt.Fprintf(stderr, "analyze: -terms %d: want a count of 0 or more\n", *maxTerms)
		return 2
	}
	x, err := entities.Default()
	if err != nil {
		fmt.Fprintln(stderr, "analyze:", err)
		return 1
	}

	var inputs []input
	if fl.NArg() == 0 {
		inputs = []input{{name: "sample.txt", text: sample, loaded: true}}
	}
	var stdinText string
	var stdinErr error
	stdinRead := false
	for _, name := range fl.Args() {
		if name != "-" {
			inputs = append(inputs, input{name: name})
			continue
		}
		if !stdinRead {
			data, err := io.ReadAll(stdin)
			stdinText, stdinErr, stdinRead = string(data), err, true
		}
		inputs = append(inputs, input{name: name, text: stdinText, err: stdinErr, loaded: true})
	}
	progress = progress && len(inputs) > 1

	// A bounded pool of workers analyses the inputs; the loop below writes
	// the results in input order. At most window inputs are in flight or
	// waiting to be written, which bounds memory whatever the file count.
	workers := min(runtime.GOMAXPROCS(0), len(inputs))
	window := make(chan struct{}, 4*workers)
	results := make([]chan result, len(inputs))
	for i := range results {
		results[i] = make(chan result, 1)
	}
	jobs := make(chan int)
	done := make(chan struct{})
	defer close(done)
	go func() {
		defer close(jobs)
		for i := range inputs {
			select {
			case window <- struct{}{}:
			case <-done:
				return
			}
			jobs <- i
		}
	}()
	for range workers {
		go func() {
			for i := range jobs {
				results[i] <- process(x, inputs[i], *maxTerms)
			}
		}()
	}

	w := bufio.NewWriterSize(stdout, 64<<10)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	status, wrote := 0, false
	for i := range inputs {
		res := <-results[i]
		<-window
		if progress {
			fmt.Fprint(stderr, "\r\x1b[K")
		}
		if res.err != nil {
			status = 1
			fmt.Fprintf(stderr, "analyze: %s: %v\n", cli.Name(inputs[i].name), res.err)
			if *format == "json" {
				enc.Encode(struct {
					File  string `json:"file"`
					Error string `json:"error"`
				}{inputs[i].name, res.err.Error()})
			}
		} else if *format == "json" {
			enc.Encode(res.report)
		} else {
			if wrote {
				w.WriteString("\n") // between two reports, not before the first
			}
			writeText(w, res.report)
			wrote = true
		}
		if progress {
			// The reports so far go out before the count is redrawn.
			w.Flush()
			fmt.Fprintf(stderr, "analyze: %d/%d files", i+1, len(inputs))
		}
	}
	if progress {
		fmt.Fprint(stderr, "\r\x1b[K")
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintln(stderr, "analyze:", err)
		return 1
	}
	return status
}

// process reads and analyses one input.
func process(x *entities.Extractor, in input, maxTerms int) result {
	text := in.text
	if in.err != nil {
		return result{err: in.err}
	}
	if !in.loaded {
		data, err := os.ReadFile(in.name)
		if err != nil {
			return result{err: cli.Reason(err)}
		}
		text = string(data)
	}
	if off := cli.InvalidUTF8(text); off >= 0 {
		return result{err: fmt.Errorf("not valid UTF-8 (byte offset %d)", off)}
	}
	r := report.New(x, in.name, text, report.MaxTerms(maxTerms))
	return result{report: &r}
}

// writeText writes the text report of r.
func writeText(w *bufio.Writer, r *report.Report) {
	fmt.Fprintf(w, "══ %s\n", cli.Name(r.File))
	fmt.Fprintf(w, "title      %s\n", r.Title)
	fmt.Fprintf(w, "size       %s, %s, %s, %s\n", count(r.Bytes, "byte", "bytes"), count(r.Sentences, "sentence", "sentences"),
		count(r.Words, "word", "words"), count(r.Mentions, "entity mention", "entity mentions"))

	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for i := 0; i < len(r.Entities); {
		typ := r.Entities[i].Type
		j, mentions := i, 0
		for ; j < len(r.Entities) && r.Entities[j].Type == typ; j++ {
			mentions += r.Entities[j].Count
		}
		fmt.Fprintf(tw, "\n%s: %s, %s\n", typ, count(j-i, "entity", "entities"), count(mentions, "mention", "mentions"))
		for _, e := range r.Entities[i:j] {
			var forms []string
			for _, f := range e.Forms {
				if f.Name == "" {
					f.Name = f.Text
				}
				if !slices.Contains(forms, f.Name) {
					forms = append(forms, f.Name)
				}
			}
			name, id := e.Canonical, e.ID
			if id == "" {
				name, id = "(no entry)", "-"
			}
			fmt.Fprintf(tw, "%5d\t%s\t%s\t%s\n", e.Count, name, id, strings.Join(forms, "، "))
		}
		tw.Flush()
		i = j
	}
	if len(r.Entities) == 0 {
		fmt.Fprintln(w, "\nno entities found")
	}

	if len(r.Terms) > 0 {
		fmt.Fprintf(tw, "\nKEY TERMS: count, commonest form, stem\n")
		for _, t := range r.Terms {
			fmt.Fprintf(tw, "%5d\t%s\tstem %s\n", t.Count, t.Form, t.Stem)
		}
		tw.Flush()
	}

	n := r.Notes
	if len(n.Variants)+len(n.Folded)+len(n.Clitics) == 0 {
		return
	}
	fmt.Fprintln(w, "\nNOTES")
	if len(n.Variants) > 0 {
		fmt.Fprintln(w, "spelling variants of one entity:")
		for _, s := range n.Variants {
			fmt.Fprintf(tw, "      %s\t%s\t%s\n", s.Canonical, s.ID, strings.Join(s.Forms, "، "))
		}
		tw.Flush()
	}
	if len(n.Folded) > 0 {
		fmt.Fprintln(w, "forms made one by normalisation (hamza, alef maqsura, ta marbuta, diacritics):")
		for _, s := range n.Folded {
			fmt.Fprintf(tw, "      %s\t%s\t%s\n", s.Canonical, s.ID, strings.Join(s.Forms, "، "))
		}
		tw.Flush()
	}
	if len(n.Clitics) > 0 {
		fmt.Fprintln(w, "names found behind attached clitics (count, clitics+name):")
		for _, c := range n.Clitics {
			name := c.Canonical
			if name == "" {
				name = "(no entry)"
			}
			shown := c.Shown
			if shown == "" {
				shown = c.Name
			}
			fmt.Fprintf(tw, "%5d\t%s\t%s+%s\n", c.Count, name, c.Clitics, shown)
		}
		tw.Flush()
	}
}

// count returns n and the noun for n things: "1 word", "2 words".
func count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
