// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package normalize

// An OffsetMap maps the bytes of a normalised text back to its source: for
// normalised text out of source src, m[k] is the offset in src of the
// character that produced out[k], and m[len(out)] == len(src). Where a
// character is kept, each of its bytes maps to the matching source byte;
// all bytes of a replacement map to the start of the source character.
// Deleted characters belong to the output character before them. The map is
// non-decreasing.
type OffsetMap []int32

// Span returns the source byte range src[start:end] that produced the
// normalised range out[i:j], for 0 <= i <= j <= len(out). A range that
// starts or ends inside the replacement of one source character (a
// ligature expanded to two letters, say) is widened to cover all of that
// character.
func (m OffsetMap) Span(i, j int) (start, end int) {
	start = int(m[i])
	if j == i {
		return start, start
	}
	last := m[j-1]
	for j < len(m)-1 && m[j] == last {
		j++
	}
	return start, int(m[j])
}

// AppendWithOffsets appends s, normalised, to dst, and appends to offs the
// offset in s of each byte it appends to dst (as int32; s must be shorter
// than 2 GiB), followed by len(s). Called with empty dst and offs it
// returns out and an OffsetMap for out, so that a match found at out[i:j]
// is reported at s[start:end], where start, end := offs.Span(i, j).
func (n *Normalizer) AppendWithOffsets(dst []byte, offs OffsetMap, s string) ([]byte, OffsetMap) {
	src := bytesOf(s)
	for i := 0; i < len(src); {
		j := scanKept(n, src, i)
		dst = append(dst, src[i:j]...)
		for k := i; k < j; k++ {
			offs = append(offs, int32(k))
		}
		if j == len(src) {
			break
		}
		if to, ok := n.composeMark(src, j); ok && len(dst) >= 2 {
			// The base's output, two bytes, is the last thing appended;
			// the mark maps to nothing.
			dst[len(dst)-2], dst[len(dst)-1] = to[0], to[1]
			i = j + 2
			continue
		}
		size, rep, kept := unit(n, src, j, true)
		if kept {
			dst = append(dst, src[j:j+size]...)
			for k := j; k < j+size; k++ {
				offs = append(offs, int32(k))
			}
		} else {
			dst = append(dst, rep...)
			for range len(rep) {
				offs = append(offs, int32(j))
			}
		}
		i = j + size
	}
	return dst, append(offs, int32(len(src)))
}
