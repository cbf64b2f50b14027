// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package normalize

import "golang.org/x/text/transform"

var _ transform.SpanningTransformer = (*Normalizer)(nil)

// Reset implements transform.Transformer. A Normalizer keeps no state
// between calls, so Reset does nothing.
func (n *Normalizer) Reset() {}

// Transform implements transform.Transformer: it writes the normalised src
// to dst. The output does not depend on how the input is split into calls,
// so transform.NewReader(r, normalize.Search) normalises a stream of any
// size in constant memory.
func (n *Normalizer) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	return transformInto(n, dst, src, atEOF)
}

// Span implements transform.SpanningTransformer: it returns the length of
// the prefix of src that n leaves unchanged, with transform.ErrEndOfSpan
// when that is not all of src, or transform.ErrShortSrc when src ends in an
// incomplete character and atEOF is false.
func (n *Normalizer) Span(src []byte, atEOF bool) (int, error) {
	i, short := span(n, src, atEOF)
	switch {
	case short:
		return i, transform.ErrShortSrc
	case i < len(src):
		return i, transform.ErrEndOfSpan
	}
	return i, nil
}
