// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package entities

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestAudit holds the errors found by running the default extractor over
// Tunisian and Arab news (the ANT corpus): each case is a phrase of
// ordinary news prose and the mentions it must give.
func TestAudit(t *testing.T) {
	x, err := Default()
	require.NoError(t, err)
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		// مالي is Mali after a preposition, a place noun, a cue or in a
		// list of places; after a noun it is the adjective "financial".
		{"Mali after a preposition", "وصل إلى مالي أمس", []string{"مالي/LOCATION/ml"}},
		{"Mali with a preposition attached", "الالتحاق ببؤر التوتر بمالي", []string{"مالي/LOCATION/ml"}},
		{"Mali in a list", "النيجر ومالي", []string{"النيجر/LOCATION/ne", "مالي/LOCATION/ml"}},
		{"Mali before a place", "مالي والنيجر", []string{"مالي/LOCATION/ml", "النيجر/LOCATION/ne"}},
		{"Mali after a noun that governs a place", "في عاصمة مالي", []string{"مالي/LOCATION/ml"}},
		{"Mali after a direction with a clitic", "الغزو الفرنسي لشمال مالي", []string{"الفرنسي/NATIONALITY/nat-fr", "مالي/LOCATION/ml"}},
		{"financial after a noun", "حجز مبلغ مالي قدره", []string{}},
		{"financial after a noun with a conjunction", "فساد إداري ومالي", []string{}},
		{"Ivory Coast with the article", "من الكوت ديفوار", []string{"الكوت ديفوار/LOCATION/ci"}},
		{"the moon alone is no country", "سطح القمر", []string{}},
		{"Comoros", "جزر القمر", []string{"جزر القمر/LOCATION/km"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, brief(x.Extract(tc.text)))
		})
	}
}
