// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package tagger

// Tag is the label of one token.
type Tag uint8

// The tags. Span types are numbered from 1 so that a B- tag is 2*type-1
// and an I- tag 2*type.
const (
	O Tag = iota
	BPerson
	IPerson
	BLocation
	ILocation
	BOrganization
	IOrganization
	NumTags
)

// SpanType is the type of entity a tag begins or continues.
type SpanType uint8

const (
	None SpanType = iota
	Person
	Location
	Organization
)

// Begin returns the B- tag of t.
func Begin(t SpanType) Tag { return Tag(2*t - 1) }

// Inside returns the I- tag of t.
func Inside(t SpanType) Tag { return Tag(2 * t) }

// Type returns the span type of a B- or I- tag, None for O.
func (t Tag) Type() SpanType { return SpanType((t + 1) / 2) }

// IsBegin reports whether t is a B- tag.
func (t Tag) IsBegin() bool { return t != O && t%2 == 1 }

// follows reports whether tag b may come right after tag a (a == NumTags
// at the start of a sequence): an I- tag only continues its own type.
func follows(a, b Tag) bool {
	if b == O || b.IsBegin() {
		return true
	}
	return a != NumTags && a != O && a.Type() == b.Type()
}

// Scores holds one score per tag.
type Scores [NumTags]float32

// Span is a run of tokens [Start, End) tagged as one entity.
type Span struct {
	Start, End int
	Type       SpanType
}

// AppendSpans appends the spans of a well-formed tag sequence to dst.
func AppendSpans(dst []Span, tags []Tag) []Span {
	for i := 0; i < len(tags); {
		if tags[i] == O {
			i++
			continue
		}
		typ, j := tags[i].Type(), i+1
		for j < len(tags) && tags[j] == Inside(typ) {
			j++
		}
		dst = append(dst, Span{Start: i, End: j, Type: typ})
		i = j
	}
	return dst
}
