// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

// Package pipeline analyses a news archive with Apache Beam
// (github.com/apache/beam/sdks/v2): Build adds to a Beam pipeline the
// reading of articles (text files, one article a file, or JSON Lines, one
// article a line), their analysis with qalam, and the writing of four
// outputs under one directory (Options.Paths):
//
//   - articles.jsonl (or articles-00000-of-00003.jsonl and so on, a new
//     file past Options.FileBytes): one enriched article a line, the
//     record's members as written and "analysis" (package article), or,
//     with Options.BulkIndex, an Elasticsearch/OpenSearch _bulk body. The
//     articles do not pass through the runner: each bundle writes its own
//     temporary files, renamed when all are done;
//   - dead-letter.jsonl: one record a line that was not analysed, with
//     its source file, the reason and the record itself;
//   - entities.jsonl (or .tsv): one entity of the corpus a line, most
//     widely named first: the articles that name it, its mentions and its
//     written forms;
//   - pairs.jsonl (or .tsv): the entity pairs named together in the most
//     articles.
//
// The extractor is built once per worker (in the DoFns' Setup), not per
// article. The counters of the run (namespace Namespace) tell how many
// articles were analysed, the mentions of each type and the bad records by
// reason; Counters reads them from a run's results.
//
// It is a separate module so that the qalam library does not depend on
// Beam. The command cmd/pipeline runs it, on Prism (Beam's local runner)
// by default:
//
//	go run ./cmd/pipeline -text '../../../shared/corpus/articles/*.txt' -output /tmp/out
package pipeline
