// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package gazetteer

import (
	"embed"
	"sync"
)

//go:embed data/*.txt
var defaultData embed.FS

var loadDefault = sync.OnceValues(ParseDefault)

// ParseDefault parses the embedded default gazetteer (the files data/*.txt
// of this package) afresh, as Default does once: for a caller that wants a
// Gazetteer of its own, or to measure the parse. It gives what ParseFS
// gives for those files, faster: the package's tests check every line of
// them, so only their structure is read.
func ParseDefault() (*Gazetteer, error) { return parseFS(defaultData, "data/*.txt", true) }

// Default returns the embedded default gazetteer: every file data/*.txt of
// this package, merged in lexical order of file name. It is parsed on the
// first call; later calls return the same Gazetteer. An error means the
// embedded data is malformed, which the package's tests rule out.
func Default() (*Gazetteer, error) { return loadDefault() }
