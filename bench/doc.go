// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

// Package bench holds side-by-side benchmarks of qalam against its peers
// (bleve's Arabic analysis above all). It is a separate module so that the
// library's own go.mod never requires bleve. The benchmarks read
// corpus/ant-v1.1.txt in ../shared beside the repository (found with
// internal/shared) and skip when it is absent.
//
//	cd bench && go test -run '^$' -bench . -benchmem
package bench
