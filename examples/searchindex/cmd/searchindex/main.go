// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

// Command searchindex builds an on-disk bleve index of Arabic news
// articles analysed with qalam, and queries it.
//
//	searchindex index -index DIR FILE|FOLDER ...
//	searchindex query -index DIR [-facet persons,places,organizations] [-top N] [-filter FIELD=ID] [-n N] [QUERY ...]
//
// index adds the article files (UTF-8 text, title on the first line) to
// the index in DIR, creating it if needed (when DIR does not exist or is
// an empty folder); a folder stands for the .txt files in it and its
// subfolders. While it works, standard error shows the files read out of
// all, the documents indexed and the files a second: as a bar redrawn in
// place on a terminal, or as a line every 5 seconds otherwise. Each article is stored under its path:
// indexing a file again replaces it. The text is analysed with qalam_ar
// (package searchindex), and the gazetteer ids of the people, places and
// organisations found in it (package entities) go to the keyword fields
// persons, places and organizations. A file that cannot be read or is not
// UTF-8 is reported and skipped; the exit status is then 1.
//
// query finds the articles matching the words of QUERY (any of them,
// best first) and prints, one a line, the rank, score, path and title.
// Each -facet field is then counted over all the matches: how many
// articles mention each id, with its English name, for the -top ids
// (20 by default) mentioned in most articles. -filter keeps the
// articles whose FIELD holds ID (persons=donald-trump finds him under
// every spelling). With no QUERY every article matches, so
//
//	searchindex query -index DIR -facet persons
//
// lists the people the articles speak of most. A query opens the index
// read-only: it changes nothing in DIR.
//
// An index is checked before it is read: DIR must be a folder holding a
// bleve index, with every segment file whole (its checksum). A damaged
// or foreign index, or one on which bleve fails or panics, gives one line
// "searchindex: DIR: damaged index: what is wrong" and the exit status 1,
// never a stack trace or an empty answer. While another searchindex
// holds the index's lock (an indexer, or a query during indexing), a
// command waits for it, and says so after a second.
package main

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"text/tabwriter"
	"time"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/qalam-nlp/qalam/entities"
	"github.com/qalam-nlp/qalam/entities/gazetteer"
	"github.com/qalam-nlp/qalam/examples/searchindex"
	"github.com/qalam-nlp/qalam/internal/cli"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

const usage = `usage:
  searchindex index -index DIR FILE|FOLDER ...
  searchindex query -index DIR [-facet persons,places,organizations] [-top N] [-filter FIELD=ID] [-n N] [QUERY ...]
`

// run is the command; it returns the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	switch args[0] {
	case "index":
		return runIndex(args[1:], stdout, stderr)
	case "query":
		return runQuery(args[1:], stdout, stderr)
	case "help":
		fmt.Fprint(stdout, usage)
		return 0
	case "-h", "-help", "--help":
		// As for any other flag error, and as the subcommands' -h does.
		fmt.Fprint(stderr, usage)
		return 2
	}
	fmt.Fprintf(stderr, "searchindex: unknown command %q\n%s", args[0], usage)
	return 2
}

// entityFields are the keyword fields that -facet and -filter accept.
var entityFields = []string{searchindex.FieldPersons, searchindex.FieldPlaces, searchindex.FieldOrganizations}

func runIndex(args []string, stdout, stderr io.Writer) int {
	fl := cli.NewFlagSet("searchindex index", "usage: searchindex index -index DIR FILE|FOLDER ...\n", stderr)
	dir := fl.String("index", "", "index `folder` (created if missing)")
	if err := fl.Parse(args); err != nil {
		return 2
	}
	if *dir == "" || fl.NArg() == 0 {
		fmt.Fprint(stderr, "searchindex index: need -index DIR and at least one file or folder\n"+usage)
		return 2
	}
	start := time.Now()
	status := 0
	var files []string
	for _, arg := range fl.Args() {
		found, err := articleFiles(arg)
		if err != nil {
			fmt.Fprintf(stderr, "searchindex: %s: %v\n", arg, cli.Reason(err))
			status = 1
		}
		files = append(files, found...)
	}

	idx, err := openIndex(*dir, false, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "searchindex: %s: %v\n", *dir, cli.Reason(err))
		return 1
	}
	defer idx.Close()
	x, err := entities.Default()
	if err != nil {
		fmt.Fprintln(stderr, "searchindex:", err)
		return 1
	}

	// Workers read the files and find their entities; this goroutine adds
	// the articles to batches in the order the workers finish.
	type result struct {
		file    string
		article searchindex.Article
		err     error
	}
	jobs := make(chan string)
	results := make(chan result)
	workers := min(runtime.GOMAXPROCS(0), max(len(files), 1))
	for range workers {
		go func() {
			for f := range jobs {
				a, err := readArticle(x, f)
				results <- result{f, a, err}
			}
		}()
	}
	go func() {
		for _, f := range files {
			jobs <- f
		}
		close(jobs)
	}()
	const batchSize = 256
	b := idx.NewBatch()
	indexed := 0
	prog := newProgress(stderr, isTerminal(stderr), len(files))
	defer prog.clear()
	for i := range files {
		r := <-results
		err := r.err
		if err == nil {
			err = b.Index(r.file, r.article)
		}
		if err != nil {
			prog.clear()
			fmt.Fprintf(stderr, "searchindex: %s: %v\n", r.file, err)
			status = 1
		} else {
			indexed++
		}
		if b.Size() >= batchSize {
			if err := idx.Batch(b); err != nil {
				prog.clear()
				fmt.Fprintf(stderr, "searchindex: %s: %v\n", *dir, err)
				return 1
			}
			b.Reset()
		}
		prog.update(i+1, indexed)
	}
	prog.clear()
	if err := idx.Batch(b); err != nil {
		fmt.Fprintf(stderr, "searchindex: %s: %v\n", *dir, err)
		return 1
	}
	total, err := idx.DocCount()
	if err != nil {
		fmt.Fprintf(stderr, "searchindex: %s: %v\n", *dir, err)
		return 1
	}
	fmt.Fprintf(stdout, "indexed %d %s in %s; %s holds %d\n", indexed, plural(indexed, "article", "articles"),
		time.Since(start).Round(time.Millisecond), *dir, total)
	return status
}

// articleFiles returns path itself if it is a file, or the .txt files
// under it, in lexical order, if it is a folder.
func articleFiles(path string) ([]string, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if !fi.IsDir() {
		return []string{path}, nil
	}
	var files []string
	err = filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(p, ".txt") {
			files = append(files, p)
		}
		return nil
	})
	return files, err
}

// readArticle reads the file and makes its document.
func readArticle(x *entities.Extractor, file string) (searchindex.Article, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return searchindex.Article{}, cli.Reason(err)
	}
	if !utf8.Valid(data) {
		off := 0
		for off < len(data) {
			r, size := utf8.DecodeRune(data[off:])
			if r == utf8.RuneError && size == 1 {
				break
			}
			off += size
		}
		return searchindex.Article{}, fmt.Errorf("not valid UTF-8 (byte offset %d)", off)
	}
	return searchindex.NewArticle(x, file, string(data)), nil
}

func runQuery(args []string, stdout, stderr io.Writer) int {
	fl := cli.NewFlagSet("searchindex query", "usage: searchindex query -index DIR [-facet persons,places,organizations] [-top N] [-filter FIELD=ID] [-n N] [QUERY ...]\n", stderr)
	dir := fl.String("index", "", "index `folder`")
	facets := fl.String("facet", "", "comma-separated `fields` to count: persons, places, organizations")
	filter := fl.String("filter", "", "keep articles whose `FIELD=ID`, e.g. persons=donald-trump")
	n := fl.Int("n", 10, "number of hits to show")
	top := fl.Int("top", 20, "number of ids to show in each facet")
	if err := fl.Parse(args); err != nil {
		return 2
	}
	if *dir == "" {
		fmt.Fprint(stderr, "searchindex query: need -index DIR\n"+usage)
		return 2
	}
	if *n < 0 {
		fmt.Fprintf(stderr, "searchindex query: -n %d: want 0 or more\n", *n)
		return 2
	}
	if *top < 1 {
		fmt.Fprintf(stderr, "searchindex query: -top %d: want 1 or more\n", *top)
		return 2
	}
	var facetFields []string
	if *facets != "" {
		for _, f := range strings.Split(*facets, ",") {
			if !isEntityField(f) {
				fmt.Fprintf(stderr, "searchindex query: -facet %q: want one of %s\n", f, strings.Join(entityFields, ", "))
				return 2
			}
			facetFields = append(facetFields, f)
		}
	}

	text := strings.Join(fl.Args(), " ")
	var q query.Query
	if strings.TrimSpace(text) == "" {
		q = bleve.NewMatchAllQuery()
	} else {
		mq := bleve.NewMatchQuery(text)
		mq.SetField(searchindex.FieldText)
		q = mq
	}
	if *filter != "" {
		field, id, ok := strings.Cut(*filter, "=")
		if !ok || !isEntityField(field) || id == "" {
			fmt.Fprintf(stderr, "searchindex query: -filter %q: want FIELD=ID with FIELD one of %s\n", *filter, strings.Join(entityFields, ", "))
			return 2
		}
		tq := bleve.NewTermQuery(id)
		tq.SetField(field)
		q = bleve.NewConjunctionQuery(q, tq)
	}

	idx, err := openIndex(*dir, true, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "searchindex: %s: %v\n", *dir, cli.Reason(err))
		return 1
	}
	defer idx.Close()
	req := bleve.NewSearchRequestOptions(q, *n, 0, false)
	req.Fields = []string{searchindex.FieldTitle}
	for _, f := range facetFields {
		req.AddFacet(f, bleve.NewFacetRequest(f, *top))
	}
	var res *bleve.SearchResult
	if err := guard(func() (err error) {
		res, err = idx.Search(req)
		return err
	}); err != nil {
		fmt.Fprintf(stderr, "searchindex: %s: %v\n", *dir, err)
		return 1
	}

	var what string
	switch {
	case text != "" && *filter != "":
		what = "match «" + text + "» with " + *filter
	case text != "":
		what = "match «" + text + "»"
	case *filter != "":
		what = "with " + *filter
	default:
		what = "in the index"
	}
	fmt.Fprintf(stdout, "%d %s %s (%s)\n", res.Total, plural(int(res.Total), "article", "articles"), what, res.Took.Round(time.Microsecond))
	tw := tabwriter.NewWriter(stdout, 0, 0, 2, ' ', 0)
	for i, h := range res.Hits {
		title, _ := h.Fields[searchindex.FieldTitle].(string)
		fmt.Fprintf(tw, "%4d\t%.3f\t%s\t%s\n", i+1, h.Score, h.ID, title)
	}
	tw.Flush()

	g, err := gazetteer.Default()
	if err != nil {
		fmt.Fprintln(stderr, "searchindex:", err)
		return 1
	}
	for _, f := range facetFields {
		fr := res.Facets[f]
		fmt.Fprintf(stdout, "\n%s (articles):\n", f)
		for _, tf := range fr.Terms.Terms() {
			name := ""
			if e, ok := g.Lookup(tf.Term); ok {
				name = e.Canonical
			}
			fmt.Fprintf(tw, "%5d\t%s\t%s\n", tf.Count, tf.Term, name)
		}
		tw.Flush()
		if fr.Other > 0 {
			fmt.Fprintf(stdout, "%5d  more, for the ids past the first %d (see -top)\n", fr.Other, *top)
		}
	}
	return 0
}

func isEntityField(f string) bool { return slices.Contains(entityFields, f) }

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
