// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package pipeline

import (
	"bufio"
	"context"
	"fmt"
	"hash/fnv"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
)

func init() {
	register.DoFn1x2[string, int, string](&shardFn{})
	register.DoFn2x0[[]byte, func(int, string)](&emptyShardsFn{})
	register.DoFn3x1[context.Context, int, func(*string) bool, error](&writeShardFn{})
	register.Emitter2[int, string]()
	register.Iter1[string]()
}

// writeLines writes the lines of col to shards files named after path
// (see shardName), each line followed by a line break. Every shard file
// is written, empty if no line falls in it, so that a run with no dead
// letter leaves an empty dead-letter file rather than none.
func writeLines(s beam.Scope, path string, shards int, col beam.PCollection) {
	keyed := beam.ParDo(s, &shardFn{Shards: shards}, col)
	// One empty line a shard, dropped by the writer, makes every shard
	// appear in the grouping.
	empty := beam.ParDo(s, &emptyShardsFn{Shards: shards}, beam.Impulse(s))
	grouped := beam.GroupByKey(s, beam.Flatten(s, keyed, empty))
	beam.ParDo0(s, &writeShardFn{Path: path, Shards: shards}, grouped)
}

// shardName is the file of shard i of n for path: path itself when n is
// 1, else path with the "*" of its pattern replaced by the shard number
// (articles-*-of-00004.jsonl becomes articles-00002-of-00004.jsonl).
func shardName(path string, i, n int) string {
	if n == 1 {
		return path
	}
	return strings.Replace(path, "*", fmt.Sprintf("%05d", i), 1)
}

// shardFn keys each line with its shard, a hash of the line, so that a
// retried bundle puts a line in the same shard.
type shardFn struct {
	Shards int
}

func (fn *shardFn) ProcessElement(line string) (int, string) {
	if fn.Shards == 1 {
		return 0, line
	}
	h := fnv.New32a()
	h.Write([]byte(line))
	return int(h.Sum32() % uint32(fn.Shards)), line
}

type emptyShardsFn struct {
	Shards int
}

func (fn *emptyShardsFn) ProcessElement(_ []byte, emit func(int, string)) {
	for i := range fn.Shards {
		emit(i, "")
	}
}

// writeShardFn writes the lines of one shard, leaving out empty ones.
type writeShardFn struct {
	Path   string
	Shards int
}

func (fn *writeShardFn) ProcessElement(ctx context.Context, shard int, lines func(*string) bool) error {
	return writeFile(ctx, shardName(fn.Path, shard, fn.Shards), func(w *bufio.Writer) {
		var line string
		for lines(&line) {
			if line != "" {
				w.WriteString(line)
				w.WriteByte('\n')
			}
		}
	})
}

// writeFile writes the file at path (a local path or a URL of a
// filesystem registered with Beam) with write; write errors are those of
// the final flush and close.
func writeFile(ctx context.Context, path string, write func(w *bufio.Writer)) error {
	fs, err := filesystem.New(ctx, path)
	if err != nil {
		return err
	}
	defer fs.Close()
	f, err := fs.OpenWrite(ctx, path)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(f, 1<<20)
	write(w)
	if err := w.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return nil
}
