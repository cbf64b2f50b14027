// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package main

import (
	"encoding/binary"
	"errors"
	"hash/crc32"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/util"
	bolt "go.etcd.io/bbolt"
)

// checkStore checks that the store folder exists with its root.bolt.
func checkStore(store string) error {
	if _, err := os.Stat(store); errors.Is(err, fs.ErrNotExist) {
		return damaged("store/ is missing")
	}
	switch fi, err := os.Stat(filepath.Join(store, "root.bolt")); {
	case errors.Is(err, fs.ErrNotExist):
		return damaged("store/root.bolt is missing")
	case err != nil:
		return err
	case fi.Size() == 0:
		return damaged("store/root.bolt is empty")
	}
	return nil
}

// checkListed checks the segment files that the last snapshot of the
// index lists in store/root.bolt, the ones bleve opens: each must exist
// and be whole (checkSegment). It opens root.bolt read-only, as bleve
// does, so it waits while an indexer holds the index's lock, and never
// sees segment files half written. (Files that no snapshot lists, left
// by an indexer that was stopped, are no part of the index.)
func checkListed(store string) error {
	db, err := util.OpenBolt(filepath.Join(store, "root.bolt"), 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		return err
	}
	defer db.Close()
	var paths []string
	err = db.View(func(tx *util.BoltTxImpl) error {
		snapshots := tx.Bucket(util.BoltSnapshotsBucket)
		if snapshots == nil {
			return nil
		}
		last, _ := snapshots.Cursor().Last()
		if last == nil {
			return nil
		}
		snapshot := snapshots.GetBucket(last)
		if snapshot == nil {
			return nil // bleve reports it
		}
		c := snapshot.Cursor()
		for k, _ := c.First(); k != nil; k, _ = c.Next() {
			if k[0] == util.BoltInternalKey[0] || k[0] == util.BoltMetaDataKey[0] {
				continue
			}
			if seg := snapshot.GetBucket(k); seg != nil {
				if p, err := seg.Get(util.BoltPathKey, nil); err == nil && len(p) > 0 {
					paths = append(paths, string(p))
				}
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, p := range paths {
		if err := checkSegment(filepath.Join(store, filepath.Base(p))); err != nil {
			return err
		}
	}
	return nil
}

// checkSegment checks that a segment file ends with the CRC-32 (IEEE) of
// the bytes before it, as zap segments of every version do, reading it
// once.
func checkSegment(path string) error {
	name := "store/" + filepath.Base(path)
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return damaged("%s is missing", name)
	}
	if err != nil {
		return err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return err
	}
	const footer = 4 + 4 + 4 + 8 + 8 + 8 // crc, version, chunk mode, offsets, documents
	if fi.Size() < footer {
		return damaged("%s: truncated (%d bytes)", name, fi.Size())
	}
	h := crc32.NewIEEE()
	if _, err := io.CopyN(h, f, fi.Size()-4); err != nil {
		return err
	}
	var stored [4]byte
	if _, err := io.ReadFull(f, stored[:]); err != nil {
		return err
	}
	if binary.BigEndian.Uint32(stored[:]) != h.Sum32() {
		return damaged("%s: checksum mismatch (the file is truncated or overwritten)", name)
	}
	return nil
}

// checkLoaded checks that an index bleve loaded with no segment has none
// in store either: otherwise root.bolt lost its last commits, and the
// index would answer that nothing matches.
func checkLoaded(idx bleve.Index, store string) error {
	adv, err := idx.Advanced()
	if err != nil {
		return err
	}
	r, err := adv.Reader()
	if err != nil {
		return err
	}
	defer r.Close()
	if snap, ok := r.(*scorch.IndexSnapshot); ok && len(snap.Segments()) == 0 {
		if files, _ := filepath.Glob(filepath.Join(store, "*.zap")); len(files) > 0 {
			return damaged("store/root.bolt lists no segment, but store/ holds %d (root.bolt is damaged or rolled back)", len(files))
		}
	}
	return nil
}
