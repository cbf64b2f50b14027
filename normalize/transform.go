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
	for nSrc < len(src) {
		j := scanKept(n, src, nSrc)
		if j > nSrc {
			k := copy(dst[nDst:], src[nSrc:j])
			if nSrc+k < j {
				// Stop at a character boundary; the run is ASCII and
				// two-byte characters, so at most one byte goes back.
				if src[nSrc+k]&0xC0 == 0x80 {
					k--
				}
				return nDst + k, nSrc + k, transform.ErrShortDst
			}
			nDst += k
			nSrc = j
			if j == len(src) {
				break
			}
		}
		size, rep, kept := unit(n, src, nSrc, atEOF)
		if size == 0 {
			return nDst, nSrc, transform.ErrShortSrc
		}
		if kept {
			if len(dst)-nDst < size {
				return nDst, nSrc, transform.ErrShortDst
			}
			nDst += copy(dst[nDst:], src[nSrc:nSrc+size])
		} else {
			if len(dst)-nDst < len(rep) {
				return nDst, nSrc, transform.ErrShortDst
			}
			nDst += copy(dst[nDst:], rep)
		}
		nSrc += size
	}
	return nDst, nSrc, nil
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
