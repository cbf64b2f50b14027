// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package tokenize

import (
	"testing"

	"github.com/qalam-nlp/qalam/internal/shared"
)

// corpus returns the ANT v1.1 benchmark text.
func corpus(tb testing.TB) []byte {
	return shared.ReadFile(tb, "corpus/ant-v1.1.txt")
}
