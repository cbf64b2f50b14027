// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package tokenize

// Emoji: keycaps, modifiers, flags and ZWJ sequences.

// keycap matches the rest of a keycap emoji (1️⃣, #️⃣) whose base is just
// before i.
func (l *lexer[T]) keycap(i int) (int, bool) {
	r, n := l.decode(i)
	if r == 0xFE0F {
		i += n
		r, n = l.decode(i)
	}
	if r != 0x20E3 {
		return 0, false
	}
	return l.emoji(i + n), true
}

// emoji extends an emoji sequence from i, just after its base: variation
// selectors, skin tones, keycap and tag characters, and further
// pictographs joined by ZWJ.
func (l *lexer[T]) emoji(i int) int {
	for {
		r, n := l.decode(i)
		if n == 0 {
			return i
		}
		switch {
		case r == 0xFE0F || r == 0xFE0E || r == 0x20E3 || r >= 0xE0020 && r <= 0xE007F:
		case r == 0x200D:
			r2, n2 := l.decode(i + n)
			if n2 == 0 {
				return i
			}
			switch classify(r2) {
			case cEmoji, cTextPict, cModifier, cRegional:
				n += n2
			default:
				return i
			}
		default:
			switch classify(r) {
			case cModifier, cMark:
			default:
				return i
			}
		}
		i += n
	}
}
