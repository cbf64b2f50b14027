// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package entities

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestMergeRuns(t *testing.T) {
	at := func(is ...int) []found {
		var fs []found
		for _, i := range is {
			fs = append(fs, found{i: i, j: i + 1})
		}
		return fs
	}
	for _, tc := range []struct {
		name  string
		found []found
		m     int
		want  []found
	}{
		{"empty", nil, 0, nil},
		{"first run only", at(1, 4, 9), 3, at(1, 4, 9)},
		{"second run only", at(2, 3), 0, at(2, 3)},
		{"interleaved", at(1, 5, 9, 0, 3, 7, 12), 3, at(0, 1, 3, 5, 7, 9, 12)},
		{"second run after the first", at(1, 2, 8, 9), 2, at(1, 2, 8, 9)},
		{"second run before the first", at(8, 9, 1, 2), 2, at(1, 2, 8, 9)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var s state
			assert.Equal(t, tc.want, s.mergeRuns(tc.found, tc.m))
		})
	}
}
