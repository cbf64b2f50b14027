// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package letters

import (
	"testing"
	"unicode"
)

func TestCode(t *testing.T) {
	seen := map[byte]rune{}
	for r := rune(0x0621); r <= 0x064A; r++ {
		c := Code(r)
		if !unicode.IsLetter(r) || r == Tatweel || r >= 0x063B && r <= 0x063F {
			if c != 0 {
				t.Errorf("Code(%U) = %q, want 0 for a non-letter or a letter of another language", r, c)
			}
			continue
		}
		if c == 0 || c >= 0x80 {
			t.Errorf("Code(%U) = %q, want an ASCII code", r, c)
		}
		if o, dup := seen[c]; dup {
			t.Errorf("Code(%U) = Code(%U) = %q", r, o, c)
		}
		seen[c] = r
	}
	for _, tt := range []struct {
		r    rune
		want byte
	}{
		{'ا', 'A'}, {'ٱ', 'A'}, {'أ', '>'}, {'إ', '<'}, {'آ', '|'}, {'ة', 'p'}, {'ى', 'Y'},
		{'ک', 'k'}, {'ی', 'y'}, {'ب', 'b'}, {'ش', '$'}, {'a', 0}, {'٣', 0}, {'\u064E', 0},
	} {
		if got := Code(tt.r); got != tt.want {
			t.Errorf("Code(%c) = %q, want %q", tt.r, got, tt.want)
		}
	}
}

func TestMarks(t *testing.T) {
	for r := rune(0x0600); r <= 0x06FF; r++ {
		if IsMark(r) && !unicode.Is(unicode.Mn, r) {
			t.Errorf("IsMark(%U) but it is not a non-spacing mark", r)
		}
		if IsHaraka(r) && !IsMark(r) {
			t.Errorf("IsHaraka(%U) but not IsMark", r)
		}
		if IsQuranicMark(r) && IsHaraka(r) {
			t.Errorf("%U is both a haraka and a Quranic mark", r)
		}
		if IsInWord(r) && Code(r) != 0 {
			t.Errorf("%U is a letter and rides on one", r)
		}
	}
	for _, r := range "\u064B\u064E\u0651\u0652\u0670" {
		if !IsMark(r) || !IsInWord(r) {
			t.Errorf("%U is a mark inside words", r)
		}
	}
	for _, r := range []rune{Tatweel, ZWNJ, ZWJ} {
		if IsMark(r) || !IsInWord(r) {
			t.Errorf("%U: IsMark %v IsInWord %v, want false and true", r, IsMark(r), IsInWord(r))
		}
	}
}

func TestProclitics(t *testing.T) {
	all := Conjunctions + Prepositions + string(FutureParticle)
	for r := rune(0x0621); r <= 0x064A; r++ {
		want := false
		for _, p := range all {
			want = want || p == r
		}
		if IsProclitic(r) != want {
			t.Errorf("IsProclitic(%c) = %v, want %v", r, IsProclitic(r), want)
		}
	}
}

func TestIsPictographic(t *testing.T) {
	for _, tt := range []struct {
		r    rune
		want bool
	}{
		{'😀', true}, {'❤', true}, {'©', true}, {'☺', true}, {'🏳', true},
		{'a', false}, {'ب', false}, {'#', false}, {'1', false}, {'\u2600' - 1, false}, {'🏻', false},
	} {
		if got := IsPictographic(tt.r); got != tt.want {
			t.Errorf("IsPictographic(%U) = %v, want %v", tt.r, got, tt.want)
		}
	}
	for i := 1; i < len(pictographic); i++ {
		if pictographic[i][0] <= pictographic[i-1][1] || pictographic[i][0] > pictographic[i][1] {
			t.Errorf("ranges %d and %d out of order", i-1, i)
		}
	}
}

func TestIsInvisible(t *testing.T) {
	for _, r := range []rune{ZWNJ, ZWJ, 0x200B, 0x200F, 0x061C, 0x00AD, 0xFEFF, 0x202B, 0x2066} {
		if !IsInvisible(r) {
			t.Errorf("IsInvisible(%U) = false", r)
		}
	}
	for _, r := range []rune{' ', 'ب', Tatweel, 0x064E, 0x200A, 0x2010, 0x2065} {
		if IsInvisible(r) {
			t.Errorf("IsInvisible(%U) = true", r)
		}
	}
	for r := rune(0); r < 0x10000; r++ {
		if IsInvisible(r) && !unicode.Is(unicode.Cf, r) && r != 0x2065 {
			t.Errorf("IsInvisible(%U) but it is no format character", r)
		}
	}
}
