// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

// Package cli holds what the example commands share: the command line
// (usage, the FILE arguments read in turn with "-" for standard input),
// the form of their error messages ("cmd: FILE: reason"), JSON strings
// written without encoding/json, and titles cut to a length.
//
// It is internal: the commands' contracts are in their own documentation,
// and importers of the library never see this package.
package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"unicode/utf8"
)

// NewFlagSet returns a flag set for the command cmd that reports flag
// errors on stderr, returning them from Parse (the caller exits with
// status 2), and whose usage (for -h and flag errors) is usage, written as
// it is, followed by the defaults of the flags.
func NewFlagSet(cmd, usage string, stderr io.Writer) *flag.FlagSet {
	fl := flag.NewFlagSet(cmd, flag.ContinueOnError)
	fl.SetOutput(stderr)
	fl.Usage = func() {
		fmt.Fprint(stderr, usage)
		fl.PrintDefaults()
	}
	return fl
}

// Name returns the name of the FILE argument arg in messages: arg itself,
// or "standard input" for "-".
func Name(arg string) string {
	if arg == "-" {
		return "standard input"
	}
	return arg
}

// Reason returns the cause of err for a message that already names the
// file: the Err of an *fs.PathError ("open a.txt: no such file or
// directory" becomes "no such file or directory"), or err itself.
func Reason(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// FileError is the failure of the FILE argument Arg. Its message is
// "NAME: reason", with the NAME of Name and the reason of Reason, which
// the commands write to standard error after their own name.
type FileError struct {
	Arg string
	Err error
}

func (e *FileError) Error() string { return Name(e.Arg) + ": " + Reason(e.Err).Error() }

func (e *FileError) Unwrap() error { return e.Err }

// EachFile returns an iterator that calls fn for each FILE argument of
// args in turn, with the file open for reading, or with stdin for "-" or
// once when args is empty; arg is the argument ("-" for stdin). It yields
// a *FileError for a file that cannot be opened or for which fn returns
// an error, and goes on with the other files; it closes each file after
// fn returns. An *OutputError that fn returns is yielded as it is, and
// ends the iteration. The files are read as the iteration proceeds: a
// loop that stops early leaves the rest unread.
func EachFile(args []string, stdin io.Reader, fn func(arg string, r io.Reader) error) iter.Seq[error] {
	return func(yield func(error) bool) {
		if len(args) == 0 {
			args = []string{"-"}
		}
		for _, arg := range args {
			err := eachFile(arg, stdin, fn)
			var oe *OutputError
			if errors.As(err, &oe) {
				yield(oe)
				return
			}
			if err != nil && !yield(&FileError{arg, err}) {
				return
			}
		}
	}
}

func eachFile(arg string, stdin io.Reader, fn func(arg string, r io.Reader) error) error {
	if arg == "-" {
		return fn(arg, stdin)
	}
	f, err := os.Open(arg)
	if err != nil {
		return err
	}
	defer f.Close()
	return fn(arg, f)
}

// Report writes each error of errs to stderr, on a line after the name of
// the command cmd ("cmd: NAME: reason" for a *FileError), as it comes, and
// reports whether there was any (the command's exit status is then 1).
func Report(stderr io.Writer, cmd string, errs iter.Seq[error]) (failed bool) {
	for err := range errs {
		fmt.Fprintf(stderr, "%s: %v\n", cmd, err)
		failed = true
	}
	return failed
}

const hexDigits = "0123456789abcdef"

// AppendJSONString appends s to dst as a JSON string and returns the
// extended buffer. '"' and '\' are escaped with a backslash, as are
// '\n', '\r' and '\t'; other control characters become \u00XX; U+2028
// and U+2029 are escaped so that the output is also valid JavaScript;
// each byte that is not part of valid UTF-8 becomes U+FFFD, written as
// is. Everything else is copied, so Arabic text stays readable.
func AppendJSONString[T string | []byte](dst []byte, s T) []byte {
	dst = append(dst, '"')
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '"' || c == '\\':
				dst = append(dst, '\\', c)
			case c >= 0x20:
				dst = append(dst, c)
			case c == '\n':
				dst = append(dst, '\\', 'n')
			case c == '\r':
				dst = append(dst, '\\', 'r')
			case c == '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			continue
		}
		// At most 4 bytes: the conversion stays on the stack.
		r, n := utf8.DecodeRuneInString(string(s[i:min(i+utf8.UTFMax, len(s))]))
		switch {
		case r == utf8.RuneError && n == 1:
			dst = append(dst, "\ufffd"...)
		case r == 0x2028 || r == 0x2029:
			dst = append(dst, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
		default:
			dst = append(dst, s[i:i+n]...)
		}
		i += n
	}
	return append(dst, '"')
}
