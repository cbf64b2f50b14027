// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package entities

import (
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestTokenCacheBounded feeds a state more distinct tokens than its cache
// keeps and checks that the cache is emptied rather than grown, and that
// what the extractor finds does not depend on what the cache holds.
func TestTokenCacheBounded(t *testing.T) {
	x, err := Default()
	require.NoError(t, err)
	const article = "قال الرئيس الروسي فلاديمير بوتين في موسكو إن الأمم المتحدة\nوأكد وزير الخارجية الأمريكي أن واشنطن تدعم لبنان."
	cold := slices.Collect(x.Mentions(article))
	require.NotEmpty(t, cold)
	var b strings.Builder
	letters := []rune("بتثجحخدذرزسشصضطظعغفقكلمنهوي")
	for i := range maxCachedWords + 1000 {
		for n := i; ; n /= len(letters) {
			b.WriteRune(letters[n%len(letters)])
			if n < len(letters) {
				break
			}
		}
		b.WriteByte(' ')
		if i%20 == 19 {
			b.WriteByte('\n')
		}
	}
	filler := b.String()
	s := x.states.get()
	s.x, s.text = x, filler
	for off := 0; off < len(filler); {
		end := chunkEnd(filler, off)
		s.chunk(off, end)
		off = end
		assert.LessOrEqual(t, s.seen.len(), maxCachedWords+2*chunkSize)
		assert.LessOrEqual(t, len(s.norm), maxCachedBytes+4*chunkSize)
	}
	assert.Less(t, s.seen.len(), maxCachedWords, "the cache was never emptied")
	s.reset()
	x.states.put(s)
	assert.Equal(t, cold, slices.Collect(x.Mentions(article)), "a warm cache finds what a cold one does")
}
