// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package tagger

import (
	"slices"
	"testing"
)

func TestTagScheme(t *testing.T) {
	tests := []struct {
		tag     Tag
		typ     SpanType
		isBegin bool
	}{
		{O, None, false},
		{BPerson, Person, true},
		{IPerson, Person, false},
		{BLocation, Location, true},
		{ILocation, Location, false},
		{BOrganization, Organization, true},
		{IOrganization, Organization, false},
	}
	if len(tests) != int(NumTags) {
		t.Fatalf("table has %d tags, the package %d", len(tests), NumTags)
	}
	for _, tt := range tests {
		if got := tt.tag.Type(); got != tt.typ {
			t.Errorf("Tag(%d).Type() = %d, want %d", tt.tag, got, tt.typ)
		}
		if got := tt.tag.IsBegin(); got != tt.isBegin {
			t.Errorf("Tag(%d).IsBegin() = %v, want %v", tt.tag, got, tt.isBegin)
		}
		if tt.typ == None {
			continue
		}
		if tt.isBegin {
			if got := Begin(tt.typ); got != tt.tag {
				t.Errorf("Begin(%d) = %d, want %d", tt.typ, got, tt.tag)
			}
		} else if got := Inside(tt.typ); got != tt.tag {
			t.Errorf("Inside(%d) = %d, want %d", tt.typ, got, tt.tag)
		}
	}
}

func TestFollows(t *testing.T) {
	for a := range NumTags + 1 {
		for b := range NumTags {
			// O and B- tags may come anywhere; I-x only after B-x or I-x.
			want := b == O || b.IsBegin() || a == b || a == b-1
			if got := follows(a, b); got != want {
				t.Errorf("follows(%d, %d) = %v, want %v", a, b, got, want)
			}
		}
	}
}

func TestAppendSpans(t *testing.T) {
	const (
		BP, IP = BPerson, IPerson
		BL, IL = BLocation, ILocation
		BO, IO = BOrganization, IOrganization
	)
	tests := []struct {
		name string
		tags []Tag
		want []Span
	}{
		{"empty", nil, nil},
		{"all outside", []Tag{O, O, O}, nil},
		{"one token", []Tag{BL}, []Span{{0, 1, Location}}},
		{"middle", []Tag{O, BP, IP, O}, []Span{{1, 3, Person}}},
		{"at start", []Tag{BO, IO, IO, O, O}, []Span{{0, 3, Organization}}},
		{"at end", []Tag{O, O, BP, IP}, []Span{{2, 4, Person}}},
		{"whole sequence", []Tag{BL, IL, IL}, []Span{{0, 3, Location}}},
		{"adjacent same type", []Tag{BP, BP, IP, BP}, []Span{{0, 1, Person}, {1, 3, Person}, {3, 4, Person}}},
		{"adjacent other types", []Tag{BP, IP, BL, BO, IO}, []Span{{0, 2, Person}, {2, 3, Location}, {3, 5, Organization}}},
		{"separated", []Tag{BL, O, BL, O}, []Span{{0, 1, Location}, {2, 3, Location}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := AppendSpans(nil, tt.tags); !slices.Equal(got, tt.want) {
				t.Errorf("AppendSpans(%v) = %v, want %v", tt.tags, got, tt.want)
			}
		})
	}
}

func TestAppendSpansAppends(t *testing.T) {
	prior := Span{Start: 7, End: 9, Type: Organization}
	dst := make([]Span, 1, 4)
	dst[0] = prior
	got := AppendSpans(dst, []Tag{O, BPerson})
	want := []Span{prior, {1, 2, Person}}
	if !slices.Equal(got, want) {
		t.Errorf("AppendSpans kept %v, want %v", got, want)
	}
}
