// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package pipeline

import (
	"bufio"
	"context"
	"fmt"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
)

func init() {
	register.Function2x0(emitEmpty)
	register.DoFn3x1[context.Context, int, func(*string) bool, error](&writeLinesFn{})
	register.Emitter2[int, string]()
	register.Iter1[string]()
}

// writeLines writes the lines of col to the file path, each followed by
// a line break. The file is written even when col is empty, so that a run
// with no dead letter leaves an empty dead-letter file rather than none.
func writeLines(s beam.Scope, path string, col beam.PCollection) {
	beam.ParDo0(s, &writeLinesFn{Path: path}, gatherWithEmpty(s, col))
}

// gatherWithEmpty groups the strings of col under one key, with an empty
// string added, so that the group exists even when col is empty.
func gatherWithEmpty(s beam.Scope, col beam.PCollection) beam.PCollection {
	keyed := beam.AddFixedKey(s, col)
	empty := beam.ParDo(s, emitEmpty, beam.Impulse(s))
	return beam.GroupByKey(s, beam.Flatten(s, keyed, empty))
}

func emitEmpty(_ []byte, emit func(int, string)) { emit(0, "") }

// writeLinesFn writes the lines it is given, leaving out empty ones.
type writeLinesFn struct {
	Path string
}

func (fn *writeLinesFn) ProcessElement(ctx context.Context, _ int, lines func(*string) bool) error {
	return writeFile(ctx, fn.Path, func(w *bufio.Writer) {
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
