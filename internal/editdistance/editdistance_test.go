// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package editdistance

import (
	"strings"
	"testing"
)

func TestRunes(t *testing.T) {
	long := strings.Repeat("ب", 40)
	for _, tt := range []struct {
		a, b string
		want int
	}{
		{"", "", 0},
		{"", "ترامب", 5},
		{"ترامب", "", 5},
		{"ترامب", "ترامب", 0},
		{"ترامب", "ترمب", 1},
		{"زيلينسكي", "زيلنسكي", 1},
		{"غوتيريش", "جوتيريس", 2},
		{"kitten", "sitting", 3},
		{long, long + "ا", 1},
		{long + "ا", long, 1},
	} {
		if got := Runes([]rune(tt.a), []rune(tt.b)); got != tt.want {
			t.Errorf("Runes(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestRunesAllocs(t *testing.T) {
	a, b := []rune("فولوديمير"), []rune("فلاديمير")
	if n := testing.AllocsPerRun(100, func() { Runes(a, b) }); n != 0 {
		t.Errorf("%v allocations for short words", n)
	}
}
