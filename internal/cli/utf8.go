// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package cli

import "unicode/utf8"

// InvalidUTF8 returns the byte offset of the first invalid UTF-8 sequence
// in s, or -1 when s is valid: the offset the commands report
// ("not valid UTF-8 (byte offset N)").
func InvalidUTF8(s string) int {
	if utf8.ValidString(s) {
		return -1
	}
	for i, r := range s {
		if r == utf8.RuneError {
			if _, size := utf8.DecodeRuneInString(s[i:]); size == 1 {
				return i
			}
		}
	}
	return -1
}
