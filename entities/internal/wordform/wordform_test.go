// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package wordform

import (
	"testing"

	"github.com/qalam-nlp/qalam/tokenize/clitics"
	"github.com/stretchr/testify/assert"
)

func TestSplit(t *testing.T) {
	tests := []struct{ word, pre, core, bare, enc string }{
		{"وبالعراق", "وب", "العراق", "عراق", ""},
		{"حكومته", "", "حكومته", "حكومته", ""},
		{"وزاره", "", "وزاره", "وزاره", ""},
		{"حكومتها", "", "حكومت", "حكومت", "ها"},
		{"والوزاره", "و", "الوزاره", "وزاره", ""},
		{"القدس", "", "القدس", "قدس", ""},
		{"الي", "", "الي", "الي", ""},
		{"بوتين", "", "بوتين", "بوتين", ""},
		{"cnn", "", "cnn", "cnn", ""},
		{"", "", "", "", ""},
	}
	var segs []clitics.Segment
	for _, tt := range tests {
		p := Split([]byte(tt.word), &segs)
		assert.Equal(t, []string{tt.pre, tt.core, tt.bare, tt.enc},
			[]string{string(p.Proclitics), string(p.Core), string(p.Bare), string(p.Enclitics)}, tt.word)
	}
}
