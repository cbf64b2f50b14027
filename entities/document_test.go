// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package entities

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDocumentConsistency: a person found once by the full name is found
// again by part of it later in the text, linked to the same entry, and
// names in Latin letters inside Arabic text are found.
func TestDocumentConsistency(t *testing.T) {
	x, err := Default()
	require.NoError(t, err)
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"family name first", "التقى ترامب كيم جونغ أون في سنغافورة. وقال كيم إن المحادثات جيدة.",
			[]string{"ترامب/PERSON/donald-trump", "كيم جونغ أون/PERSON/kim-jong-un", "سنغافورة/LOCATION/sg", "كيم/PERSON/kim-jong-un"}},
		{"family name first, South Korea", "واستقبل مون جاي إن الوفد، وأضاف مون أن السلام قريب.",
			[]string{"مون جاي إن/PERSON/moon-jae-in", "مون/PERSON/moon-jae-in"}},
		{"surname last", "قالت كارولين ليفيت إن الرئيس سيسافر. وأضافت ليفيت أن القمة ستعقد.",
			[]string{"كارولين ليفيت/PERSON/karoline-leavitt", "ليفيت/PERSON/karoline-leavitt"}},
		{"Latin-script names", "قالت شبكة CNN إن مراسل BBC وصل، بحسب وكالة Reuters.",
			[]string{"CNN/ORGANIZATION/cnn", "BBC/ORGANIZATION/bbc", "Reuters/ORGANIZATION/reuters"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, brief(x.Extract(tc.text)))
		})
	}
}
