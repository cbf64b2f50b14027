// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package cli

import (
	"bufio"
	"errors"
	"io"
	"iter"
)

// OutputError is a failure to write standard output. Its message is
// "standard output: reason", so that it is never taken for a failure of
// the input being read. EachFile stops at it: the other inputs could not
// be written either.
type OutputError struct {
	Err error
}

func (e *OutputError) Error() string { return "standard output: " + Reason(e.Err).Error() }

func (e *OutputError) Unwrap() error { return e.Err }

// NewOutput returns stdout buffered with size bytes, for a command to
// write its results to. Every write error it returns, Flush's included,
// is an *OutputError, and after the first one it writes nothing more.
func NewOutput(stdout io.Writer, size int) *bufio.Writer {
	return bufio.NewWriterSize(&outputWriter{w: stdout}, size)
}

type outputWriter struct {
	w   io.Writer
	err error
}

func (o *outputWriter) Write(p []byte) (int, error) {
	if o.err != nil {
		return 0, o.err
	}
	n, err := o.w.Write(p)
	if err == nil && n < len(p) {
		err = io.ErrShortWrite
	}
	if err != nil {
		o.err = &OutputError{err}
	}
	return n, o.err
}

// ThenFlush returns the errors of errs followed by the error of flushing
// out, if any, all as *OutputError when they concern out. It stops after
// an *OutputError of errs: the flush would only repeat it. With Report it
// ends a command: cli.Report(stderr, cmd, cli.ThenFlush(errs, out)).
func ThenFlush(errs iter.Seq[error], out *bufio.Writer) iter.Seq[error] {
	return func(yield func(error) bool) {
		for err := range errs {
			if !yield(err) || isOutputError(err) {
				return
			}
		}
		if err := out.Flush(); err != nil {
			if !isOutputError(err) {
				err = &OutputError{err}
			}
			yield(err)
		}
	}
}

func isOutputError(err error) bool {
	var oe *OutputError
	return errors.As(err, &oe)
}
