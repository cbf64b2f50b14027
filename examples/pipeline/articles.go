// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package pipeline

import (
	"bufio"
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
)

// The enriched articles are the bulk of the output, so they do not pass
// through the runner: each bundle of the analysing DoFns writes its own
// temporary files beside the final ones (articleWriter) and emits their
// names when it finishes; once every bundle has, one step renames the
// files of the bundles that succeeded to their final names and removes
// what retried bundles left (finishArticlesFn). The runner carries file
// names, not articles, and the pipeline's memory does not grow with them.

func init() {
	register.DoFn3x1[context.Context, int, func(*string) bool, error](&finishArticlesFn{})
}

// tempInfix marks the temporary article files: articles.tmp-RANDOM.jsonl.
const tempInfix = ".tmp-"

// articleWriter writes the articles of one bundle to temporary files
// under prefix (the output directory and "articles"), starting a new
// file when one passes maxBytes.
type articleWriter struct {
	fs    filesystem.Interface
	f     io.WriteCloser
	w     *bufio.Writer
	size  int
	names []string
}

func (aw *articleWriter) write(ctx context.Context, prefix string, maxBytes int, line []byte) error {
	if aw.w != nil && aw.size > 0 && aw.size+len(line) > maxBytes {
		if err := aw.closeFile(); err != nil {
			return err
		}
	}
	if aw.w == nil {
		if err := aw.openFile(ctx, prefix); err != nil {
			return err
		}
	}
	aw.size += len(line) + 1
	aw.w.Write(line)
	return aw.w.WriteByte('\n')
}

func (aw *articleWriter) openFile(ctx context.Context, prefix string) error {
	if aw.fs == nil {
		fs, err := filesystem.New(ctx, prefix)
		if err != nil {
			return err
		}
		aw.fs = fs
	}
	var id [12]byte
	rand.Read(id[:])
	name := prefix + tempInfix + hex.EncodeToString(id[:]) + ".jsonl"
	f, err := aw.fs.OpenWrite(ctx, name)
	if err != nil {
		return err
	}
	aw.f, aw.size, aw.names = f, 0, append(aw.names, name)
	if aw.w == nil {
		aw.w = bufio.NewWriterSize(f, 1<<20)
	} else {
		aw.w.Reset(f)
	}
	return nil
}

func (aw *articleWriter) closeFile() error {
	err := aw.w.Flush()
	if cerr := aw.f.Close(); err == nil {
		err = cerr
	}
	aw.f = nil
	aw.w.Reset(nil)
	aw.w = nil
	if err != nil {
		return fmt.Errorf("writing %s: %w", aw.names[len(aw.names)-1], err)
	}
	return nil
}

// finish closes the bundle's file and emits the names of its files.
func (aw *articleWriter) finish(emit func(string)) error {
	if aw.f != nil {
		if err := aw.closeFile(); err != nil {
			return err
		}
	}
	for _, n := range aw.names {
		emit(n)
	}
	aw.names = aw.names[:0]
	return nil
}

// finishArticles gives the temporary files named in names their final
// names under prefix (see finishArticlesFn).
func finishArticles(s beam.Scope, prefix string, names beam.PCollection) {
	beam.ParDo0(s, &finishArticlesFn{Prefix: prefix}, gatherWithEmpty(s, names))
}

// finishArticlesFn renames the temporary files it is given, in the order
// of their names: to PREFIX.jsonl when there is one, else to
// PREFIX-00000-of-00003.jsonl and so on; with none it writes an empty
// PREFIX.jsonl. Then it removes the other temporary files under PREFIX,
// which bundles that failed and were retried left.
type finishArticlesFn struct {
	Prefix string
}

func (fn *finishArticlesFn) ProcessElement(ctx context.Context, _ int, iter func(*string) bool) error {
	var names []string
	var n string
	for iter(&n) {
		if n != "" {
			names = append(names, n)
		}
	}
	slices.Sort(names)
	fs, err := filesystem.New(ctx, fn.Prefix)
	if err != nil {
		return err
	}
	defer fs.Close()
	if len(names) == 0 {
		return writeFile(ctx, fn.Prefix+".jsonl", func(*bufio.Writer) {})
	}
	for i, name := range names {
		final := fn.Prefix + ".jsonl"
		if len(names) > 1 {
			final = fmt.Sprintf("%s-%05d-of-%05d.jsonl", fn.Prefix, i, len(names))
		}
		if err := filesystem.Rename(ctx, fs, name, final); err != nil {
			return fmt.Errorf("renaming %s to %s: %w", name, final, err)
		}
	}
	left, err := fs.List(ctx, fn.Prefix+tempInfix+"*")
	if err != nil {
		return err
	}
	if rm, ok := fs.(filesystem.Remover); ok {
		for _, name := range left {
			if strings.Contains(name, tempInfix) {
				if err := rm.Remove(ctx, name); err != nil {
					return err
				}
			}
		}
	}
	return nil
}
