// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package tokenize

import (
	"testing"

	"github.com/qalam-nlp/qalam/internal/shared"
)

// sharedFile returns the path of name under ../shared, skipping the test
// when it is absent (a fresh clone has none).
func sharedFile(tb testing.TB, name string) string {
	tb.Helper()
	return shared.Path(tb, name)
}

// corpus returns the ANT v1.1 benchmark text.
func corpus(b *testing.B) []byte {
	return shared.ReadFile(b, "corpus/ant-v1.1.txt")
}
