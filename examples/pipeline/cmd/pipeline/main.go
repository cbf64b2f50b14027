// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

// Command pipeline analyses an archive of Arabic news articles with an
// Apache Beam pipeline (package pipeline): the enriched articles, the
// records that could not be analysed, and the corpus aggregates.
//
//	pipeline [-text GLOB] [-jsonl GLOB] -output DIR [-file-bytes N] [-bulk-index NAME]
//	         [-format jsonl|tsv] [-pairs N] [-max-bytes N] [Beam flags]
//
// It runs on Prism, Beam's local runner, unless --runner names another
// (flink, spark, dataflow, universal): Beam's own flags, such as
// --runner, --endpoint and --environment_type, are taken as well. At the
// end it prints the pipeline's counters on standard error.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	"github.com/qalam-nlp/qalam/examples/pipeline"
)

func main() {
	var o pipeline.Options
	flag.StringVar(&o.Text, "text", "", "`glob` of article text files, one article a file")
	flag.StringVar(&o.JSONL, "jsonl", "", "`glob` of JSON Lines files, one article a line with \"id\" and \"text\"")
	flag.StringVar(&o.Output, "output", "", "`directory` (or URL prefix such as gs://bucket/run) of the outputs")
	flag.IntVar(&o.FileBytes, "file-bytes", pipeline.DefaultFileBytes, "about the largest article file, in `bytes`: past it a new file is started")
	flag.StringVar(&o.BulkIndex, "bulk-index", "", "write the articles as an Elasticsearch/OpenSearch _bulk body for this `index`")
	flag.StringVar(&o.Format, "format", "jsonl", "format of the aggregates: jsonl or tsv")
	flag.IntVar(&o.Pairs, "pairs", pipeline.DefaultPairs, "number of co-occurring entity pairs kept")
	flag.IntVar(&o.MaxBytes, "max-bytes", pipeline.DefaultMaxBytes, "largest record analysed, in `bytes`; longer ones are dead letters")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: pipeline [-text GLOB] [-jsonl GLOB] -output DIR [flags] [Beam flags such as --runner]")
		flag.PrintDefaults()
	}
	flag.Parse()
	beam.Init()
	os.Exit(run(context.Background(), o, os.Stderr))
}

func run(ctx context.Context, o pipeline.Options, stderr io.Writer) int {
	if err := checkLocal(o); err != nil {
		fmt.Fprintln(stderr, "pipeline:", err)
		return 2
	}
	// Beam's loopback mode (Prism's default) leaves an empty file in the
	// temporary directory on each run: give the run a directory of its own
	// and remove it afterwards.
	if tmp, err := os.MkdirTemp("", "qalam-pipeline-"); err == nil {
		defer os.RemoveAll(tmp)
		defer os.Setenv("TMPDIR", os.Getenv("TMPDIR"))
		os.Setenv("TMPDIR", tmp)
	}
	p, s := beam.NewPipelineWithRoot()
	if err := pipeline.Build(s, o); err != nil {
		fmt.Fprintln(stderr, "pipeline:", err)
		return 2
	}
	res, err := beamx.RunWithMetrics(ctx, p)
	if err != nil {
		fmt.Fprintln(stderr, "pipeline:", err)
		return 1
	}
	if res != nil {
		pipeline.WriteCounters(stderr, res.Metrics())
	}
	paths := o.Paths()
	fmt.Fprintf(stderr, "articles:    %s\ndead letter: %s\nentities:    %s\npairs:       %s\n",
		paths.Articles, paths.DeadLetter, paths.Entities, paths.Pairs)
	return 0
}

// checkLocal checks what can be checked before the pipeline starts when
// the paths are local: that each input glob matches a file, and it makes
// the output directory.
func checkLocal(o pipeline.Options) error {
	for _, glob := range []string{o.Text, o.JSONL} {
		if glob == "" || strings.Contains(glob, "://") {
			continue
		}
		m, err := filepath.Glob(glob)
		if err != nil {
			return fmt.Errorf("%s: %w", glob, err)
		}
		if len(m) == 0 {
			return fmt.Errorf("%s: no file matches", glob)
		}
	}
	if o.Output != "" && !strings.Contains(o.Output, "://") {
		return os.MkdirAll(o.Output, 0o755)
	}
	return nil
}
