// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/blevesearch/bleve/v2"

	"github.com/qalam-nlp/qalam/examples/searchindex"
)

// DamagedError is an index that cannot be read: a segment that fails its
// checksum or is missing, a store that is gone, or bleve failing (or
// panicking) on what it reads.
type DamagedError struct {
	Reason string
}

func (e *DamagedError) Error() string { return "damaged index: " + e.Reason }

// damaged returns a *DamagedError whose reason, which may quote damaged
// bytes, is kept to one printable line.
func damaged(format string, args ...any) error {
	reason := strings.ToValidUTF8(fmt.Sprintf(format, args...), "\ufffd")
	reason = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return '\ufffd'
		}
		return r
	}, reason)
	return &DamagedError{Reason: reason}
}

// errNotDirectory is an index path that is something else than a folder.
var errNotDirectory = errors.New("not a directory")

// lockWait is how long opening an index waits on its lock, held by
// another process, before saying so.
var lockWait = time.Second

// openIndex opens the bleve index in dir: read-only for a query; for
// writing, for indexing, creating it when dir does not exist or is an
// empty folder. It checks what bleve does not, before bleve reads
// anything: that dir is a folder holding an index (index_meta.json,
// store/ and its root.bolt), and that the segment files of its last
// snapshot are whole (checkListed). bleve's failures and panics become
// errors too, as does its going back to an older snapshot, or to none,
// when the last one does not load. So a damaged index gives a
// *DamagedError, never a panic deep in bleve or an empty answer. When
// another process holds the index's lock for more than lockWait, it says
// so on stderr and goes on waiting.
func openIndex(dir string, readOnly bool, stderr io.Writer) (bleve.Index, error) {
	fi, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist) && !readOnly:
		return bleve.New(dir, searchindex.NewIndexMapping())
	case err != nil:
		return nil, err
	case !fi.IsDir():
		return nil, errNotDirectory
	}
	if _, err := os.Stat(filepath.Join(dir, "index_meta.json")); errors.Is(err, fs.ErrNotExist) {
		if empty, _ := isEmptyDir(dir); empty && !readOnly {
			if err := os.Remove(dir); err != nil {
				return nil, err
			}
			return bleve.New(dir, searchindex.NewIndexMapping())
		}
		return nil, damaged("no index_meta.json: not a bleve index")
	}
	store := filepath.Join(dir, "store")
	if err := checkStore(store); err != nil {
		return nil, err
	}
	notice := &lockNotice{w: stderr, dir: dir}
	if !readOnly {
		// Open it read-only first: bleve writes to an index it opens for
		// writing before its loading can be checked.
		idx, err := openWaiting(dir, true, notice)
		if err != nil {
			return nil, err
		}
		idx.Close()
	}
	return openWaiting(dir, readOnly, notice)
}

func isEmptyDir(dir string) (bool, error) {
	f, err := os.Open(dir)
	if err != nil {
		return false, err
	}
	defer f.Close()
	_, err = f.Readdirnames(1)
	return err == io.EOF, nil
}

// lockNotice says, once, that a command waits for the lock of the index
// in dir.
type lockNotice struct {
	w    io.Writer
	dir  string
	said bool
}

func (n *lockNotice) say() {
	if !n.said {
		fmt.Fprintf(n.w, "searchindex: %s: waiting for the index lock (another searchindex is using the index)\n", n.dir)
		n.said = true
	}
}

// openWaiting checks and opens the index in a goroutine, so that a wait
// on the index lock can be reported after lockWait.
func openWaiting(dir string, readOnly bool, notice *lockNotice) (bleve.Index, error) {
	type opened struct {
		idx bleve.Index
		err error
	}
	done := make(chan opened, 1)
	go func() {
		var o opened
		o.err = guard(func() error {
			store := filepath.Join(dir, "store")
			if err := checkListed(store); err != nil {
				return err
			}
			idx, err := bleve.OpenUsing(dir, map[string]any{"read_only": readOnly})
			if err != nil {
				return err // idx is then a nil *indexImpl in a non-nil interface
			}
			o.idx = idx
			return checkLoaded(idx, store)
		})
		if o.err != nil && o.idx != nil {
			o.idx.Close()
			o.idx = nil
		}
		done <- o
	}()
	select {
	case o := <-done:
		return o.idx, o.err
	case <-time.After(lockWait):
		notice.say()
	}
	o := <-done
	return o.idx, o.err
}

// bleveLog holds what bleve logs while guard runs: it logs the failure to
// load a snapshot, then goes on with an older one, or none, and fails
// later for another reason ("error parsing mapping JSON") or not at all.
var bleveLog struct {
	sync.Mutex
	last string
}

type logCatcher struct{}

func (logCatcher) Write(p []byte) (int, error) {
	bleveLog.Lock()
	defer bleveLog.Unlock()
	bleveLog.last = strings.TrimSpace(string(p))
	return len(p), nil
}

func init() {
	log.SetFlags(0)
	log.SetOutput(logCatcher{})
}

// guard runs f, which reads the index through bleve, and turns its
// failure, its panic (a memory fault included), or a snapshot that bleve
// logs it could not load, into a *DamagedError whose reason is what bleve
// logged, if it did, or its error's first line.
func guard(f func() error) (err error) {
	// bleve reads segments and root.bolt through memory maps: a damaged
	// offset faults there, which is a panic too with this.
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	bleveLog.Lock()
	bleveLog.last = ""
	bleveLog.Unlock()
	defer func() {
		if p := recover(); p != nil {
			err = damaged("%v", p)
		}
		var d *DamagedError
		if errors.Is(err, fs.ErrPermission) || errors.As(err, &d) {
			return
		}
		bleveLog.Lock()
		logged := bleveLog.last
		bleveLog.Unlock()
		if reason, ok := strings.CutPrefix(logged, "unable to load snapshot, "); ok {
			err = damaged("%s", strings.TrimSuffix(reason, ", continuing"))
			return
		}
		if err != nil {
			first, _, _ := strings.Cut(err.Error(), "\n")
			err = damaged("%s", first)
		}
	}()
	return f()
}
