// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package entities

import "testing"

func TestProclitics(t *testing.T) {
	for _, tc := range []struct {
		word string
		want uint8
	}{
		{"", 0},
		{"ترامب", 0},
		{"وترامب", 1},
		{"فترامب", 1},
		{"بترامب", 1},
		{"لترامب", 1},
		{"كترامب", 1},
		{"وبترامب", 2},
		{"ولترامب", 2},
		{"فبترامب", 2},
		{"فلترامب", 2},
		{"وكترامب", 1}, // وك is not tried
		{"بلترامب", 1}, // nor بل
		{"و", 1},
		{"Trump", 0},
	} {
		if got := proclitics([]byte(tc.word)); got != tc.want {
			t.Errorf("proclitics(%q) = %d, want %d", tc.word, got, tc.want)
		}
	}
}
