// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package pipeline

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local" // local paths; the command adds the others
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/qalam-nlp/qalam/entities"
	"github.com/qalam-nlp/qalam/examples/pipeline/article"
	"github.com/qalam-nlp/qalam/report"
)

// Options say what the pipeline reads and where it writes.
type Options struct {
	// Text is a glob of article text files, one article a file; JSONL a
	// glob of JSON Lines files, one article a line. At least one is set.
	Text, JSONL string
	// Output is the directory, or a URL prefix such as gs://bucket/run
	// on a cluster, that the outputs are written under (see Paths).
	Output string
	// FileBytes is about the largest article file written
	// (DefaultFileBytes when 0): each bundle of work starts a new file
	// past it, so that a file can be one _bulk request.
	FileBytes int
	// BulkIndex, when set, writes the articles in the form of the
	// Elasticsearch/OpenSearch _bulk API: an action line naming this index
	// and the article's id before each article.
	BulkIndex string
	// Format is the format of the aggregates: "jsonl" (the default) or "tsv".
	Format string
	// Pairs is how many co-occurring entity pairs are kept, most frequent
	// first (DefaultPairs when 0).
	Pairs int
	// MaxBytes is the largest record analysed, in bytes: a longer file or
	// line goes to the dead letters (DefaultMaxBytes when 0).
	MaxBytes int
}

// Defaults of Options.
const (
	DefaultPairs     = 1000
	DefaultMaxBytes  = 16 << 20
	DefaultFileBytes = 64 << 20
)

// Paths are the files the pipeline writes, under Options.Output.
type Paths struct {
	Articles   string // the enriched articles: a glob of articles.jsonl or articles-00000-of-00003.jsonl and so on
	DeadLetter string // the records that were not analysed, with the reason
	Entities   string // one line an entity of the corpus
	Pairs      string // the co-occurring entity pairs
}

func (o *Options) normalise() error {
	if o.Text == "" && o.JSONL == "" {
		return errors.New("no input: give a glob of text files, of JSON Lines files, or both")
	}
	if o.Output == "" {
		return errors.New("no output directory")
	}
	switch o.Format {
	case "":
		o.Format = "jsonl"
	case "jsonl", "tsv":
	default:
		return fmt.Errorf("unknown aggregates format %q (want jsonl or tsv)", o.Format)
	}
	if o.FileBytes <= 0 {
		o.FileBytes = DefaultFileBytes
	}
	if o.Pairs <= 0 {
		o.Pairs = DefaultPairs
	}
	if o.MaxBytes <= 0 {
		o.MaxBytes = DefaultMaxBytes
	}
	return nil
}

// Paths returns the files that a pipeline built with o writes.
func (o Options) Paths() Paths {
	dir := strings.TrimSuffix(o.Output, "/") + "/"
	format := o.Format
	if format == "" {
		format = "jsonl"
	}
	return Paths{
		Articles:   dir + "articles*.jsonl",
		DeadLetter: dir + "dead-letter.jsonl",
		Entities:   dir + "entities." + format,
		Pairs:      dir + "pairs." + format,
	}
}

// Build adds the pipeline to s: read the articles, analyse each, write
// the enriched articles, the dead letters and the corpus aggregates.
func Build(s beam.Scope, o Options) error {
	if err := o.normalise(); err != nil {
		return err
	}
	cfg := config{MaxBytes: o.MaxBytes, BulkIndex: o.BulkIndex,
		Articles: strings.TrimSuffix(o.Output, "/") + "/articles", FileBytes: o.FileBytes}
	var docs, dead, ents, pairs []beam.PCollection
	add := func(cs ...beam.PCollection) {
		docs, dead, ents, pairs = append(docs, cs[0]), append(dead, cs[1]), append(ents, cs[2]), append(pairs, cs[3])
	}
	if o.Text != "" {
		rs := s.Scope("text")
		// The reshuffle breaks fusion, so that a cluster runner spreads
		// the files over its workers rather than reading them all where
		// the glob was matched.
		files := beam.Reshuffle(rs, fileio.ReadMatches(rs, fileio.MatchFiles(rs, o.Text), fileio.ReadDirectorySkip()))
		d, b, e, p := beam.ParDo4(rs, &analyseFileFn{Cfg: cfg}, files)
		add(d, b, e, p)
	}
	if o.JSONL != "" {
		rs := s.Scope("jsonl")
		lines := textio.ReadWithFilename(rs, o.JSONL)
		d, b, e, p := beam.ParDo4(rs, &analyseLineFn{Cfg: cfg}, lines)
		add(d, b, e, p)
	}
	flat := func(name string, cs []beam.PCollection) beam.PCollection {
		if len(cs) == 1 {
			return cs[0]
		}
		return beam.Flatten(s.Scope(name), cs...)
	}
	paths := o.Paths()
	finishArticles(s.Scope("articles"), cfg.Articles, flat("articles", docs))
	writeLines(s.Scope("dead-letter"), paths.DeadLetter, flat("dead-letter", dead))

	as := s.Scope("aggregates")
	perEntity := beam.CombinePerKey(as, &mergeStatsFn{}, flat("entities", ents))
	topPairs := beam.DropKey(as, beam.CombinePerKey(as, &countPairsFn{N: o.Pairs}, flat("pairs", pairs)))
	beam.ParDo0(as, &writeEntitiesFn{Path: paths.Entities, Format: o.Format}, beam.Impulse(as),
		beam.SideInput{Input: perEntity})
	beam.ParDo0(as, &writePairsFn{Path: paths.Pairs, Format: o.Format, N: o.Pairs}, beam.Impulse(as),
		beam.SideInput{Input: topPairs}, beam.SideInput{Input: perEntity})
	return nil
}

func init() {
	register.DoFn6x1[context.Context, fileio.ReadableFile, func(string), func(string), func(string, entityStats), func(int, string), error](&analyseFileFn{})
	register.DoFn7x1[context.Context, string, string, func(string), func(string), func(string, entityStats), func(int, string), error](&analyseLineFn{})
	register.Emitter1[string]()
	register.Emitter2[string, entityStats]()
}

// config is what the analysing DoFns are told; it travels with them to
// the workers.
type config struct {
	MaxBytes  int
	BulkIndex string
	Articles  string // the output directory and "articles", which the article files' names begin with
	FileBytes int
}

// analyser is what a worker builds once, the extractor, and the writer
// of a bundle's articles.
type analyser struct {
	x   *entities.Extractor
	out articleWriter
}

func (a *analyser) setup() error {
	x, err := entities.Default()
	if err != nil {
		return fmt.Errorf("building the entity extractor: %w", err)
	}
	a.x = x
	return nil
}

// The analysing DoFns have four outputs: the names of the article files,
// emitted when a bundle finishes; the dead letters; the entity statistics;
// the pairs.

// analyse analyses one article, writes its document and emits its
// aggregates.
func (a *analyser) analyse(ctx context.Context, cfg config, source string, art *article.Article,
	ents func(string, entityStats), pairs func(int, string)) error {
	an := report.New(a.x, source, art.Text)
	if err := a.out.write(ctx, cfg.Articles, cfg.FileBytes, article.AppendDocument(nil, art, &an, cfg.BulkIndex)); err != nil {
		return err
	}
	articlesCounter.Inc(ctx, 1)
	for _, e := range an.Entities {
		mentionCounters[e.Type].Inc(ctx, int64(e.Count))
	}
	emitAggregates(an.Entities, ents, pairs)
	return nil
}

// reject counts a bad record and emits its dead letter.
func reject(ctx context.Context, source string, b *article.Bad, record []byte, dead func(string)) {
	badCounter.Inc(ctx, 1)
	badCounters[b.Reason].Inc(ctx, 1)
	dead(article.DeadLetter(source, b, record))
}

// analyseFileFn analyses article text files, one article a file.
type analyseFileFn struct {
	Cfg config
	analyser
}

func (fn *analyseFileFn) Setup() error { return fn.setup() }

func (fn *analyseFileFn) ProcessElement(ctx context.Context, f fileio.ReadableFile,
	_, dead func(string), ents func(string, entityStats), pairs func(int, string)) error {
	path := f.Metadata.Path
	if f.Metadata.Size > int64(fn.Cfg.MaxBytes) {
		reject(ctx, path, article.Badf(article.TooLarge, "file of %d bytes is longer than the limit of %d", f.Metadata.Size, fn.Cfg.MaxBytes), nil, dead)
		return nil
	}
	data, err := f.Read(ctx)
	if err != nil {
		reject(ctx, path, article.Badf(article.Unreadable, "%v", err), nil, dead)
		return nil
	}
	art, b := article.FromFile(path, data, fn.Cfg.MaxBytes)
	if b != nil {
		reject(ctx, path, b, nil, dead)
		return nil
	}
	return fn.analyse(ctx, fn.Cfg, path, art, ents, pairs)
}

func (fn *analyseFileFn) FinishBundle(_ context.Context, docs, _ func(string), _ func(string, entityStats), _ func(int, string)) error {
	return fn.out.finish(docs)
}

// analyseLineFn analyses the lines of JSON Lines files, one article a
// line; blank lines are skipped.
type analyseLineFn struct {
	Cfg config
	analyser
}

func (fn *analyseLineFn) Setup() error { return fn.setup() }

func (fn *analyseLineFn) ProcessElement(ctx context.Context, file, line string,
	_, dead func(string), ents func(string, entityStats), pairs func(int, string)) error {
	line = strings.TrimSuffix(line, "\r")
	if strings.TrimSpace(line) == "" {
		return nil
	}
	art, b := article.ParseLine(line, fn.Cfg.MaxBytes)
	if b != nil {
		reject(ctx, file, b, []byte(line), dead)
		return nil
	}
	return fn.analyse(ctx, fn.Cfg, file, art, ents, pairs)
}

func (fn *analyseLineFn) FinishBundle(_ context.Context, docs, _ func(string), _ func(string, entityStats), _ func(int, string)) error {
	return fn.out.finish(docs)
}
