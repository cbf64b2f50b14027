// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package records_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/qalam-nlp/qalam/entities"
	"github.com/qalam-nlp/qalam/entities/gazetteer"
	"github.com/qalam-nlp/qalam/internal/records"
	"github.com/qalam-nlp/qalam/tokenize"
	"github.com/qalam-nlp/qalam/tokenize/clitics"
)

// mention is the JSON object of a mention, as encoding/json reads it.
type mention struct {
	File      string `json:"file,omitempty"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Text      string `json:"text"`
	Type      string `json:"type"`
	ID        string `json:"id"`
	Canonical string `json:"canonical"`
	Country   string `json:"country,omitempty"`
}

// valid returns s with each invalid UTF-8 byte read as one U+FFFD, as
// strings.Map sees it and as the records write it.
func valid(s string) string { return strings.Map(func(r rune) rune { return r }, s) }

// decodeStrict decodes obj, which must be exactly one JSON object with no
// field that v lacks, into v.
func decodeStrict(t *testing.T, obj []byte, v any) {
	t.Helper()
	require.True(t, bytes.HasPrefix(obj, []byte("{")) && bytes.HasSuffix(obj, []byte("}")), "%q", obj)
	dec := json.NewDecoder(bytes.NewReader(obj))
	dec.DisallowUnknownFields()
	require.NoError(t, dec.Decode(v), "%q", obj)
	require.False(t, dec.More(), "%q: more after the object", obj)
}

// inOrder checks that the keys appear in obj in the order given.
func inOrder(t *testing.T, obj []byte, keys ...string) {
	t.Helper()
	last := -1
	for _, k := range keys {
		i := bytes.Index(obj, []byte(`"`+k+`":`))
		require.Greater(t, i, last, "key %s out of order in %q", k, obj)
		last = i
	}
}

// checkMention checks that obj is one JSON object holding exactly m, its
// keys in the order of the contract.
func checkMention(t *testing.T, obj []byte, file string, m entities.Mention) {
	t.Helper()
	var got mention
	decodeStrict(t, obj, &got)
	want := mention{valid(file), m.Start, m.End, valid(m.Text), m.Type.String(), valid(m.ID), valid(m.Canonical), valid(m.Country)}
	require.Equal(t, want, got)
	if file != "" {
		inOrder(t, obj, "file", "start")
	}
	inOrder(t, obj, "start", "end", "text", "type", "id", "canonical")
}

// strs need every kind of escape.
var strs = []string{"", "abc", "\"\\/<>&\n\r\t\b\f\x00\x01\x1f\x7f", "قال\u2028\u2029", "\xff\xfe", "a\xe2\x80", "😀"}

func TestAppendMention(t *testing.T) {
	for i, s := range strs {
		m := entities.Mention{Start: i, End: 10 * i, Text: s, Type: gazetteer.Location, ID: s + "-id", Canonical: strs[len(strs)-1-i], Country: s}
		for _, file := range []string{"", s, "a.txt"} {
			checkMention(t, records.AppendMention(nil, file, m), file, m)
		}
	}
}

func TestAppendMentionExact(t *testing.T) {
	m := entities.Mention{Start: 443, End: 470, Text: "فلاديمير بوتين", Type: gazetteer.Person, ID: "vladimir-putin", Canonical: "Vladimir Putin", Country: "RU"}
	assert.Equal(t, `{"start":443,"end":470,"text":"فلاديمير بوتين","type":"PERSON","id":"vladimir-putin","canonical":"Vladimir Putin","country":"RU"}`,
		string(records.AppendMention(nil, "", m)))
	m.Country = ""
	assert.Equal(t, `{"file":"a.txt","start":443,"end":470,"text":"فلاديمير بوتين","type":"PERSON","id":"vladimir-putin","canonical":"Vladimir Putin"}`,
		string(records.AppendMention(nil, "a.txt", m)))
}

// segment is a clitic segment of a token's object.
type segment struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// token is the JSON object of a token.
type token struct {
	File     string    `json:"file,omitempty"`
	Start    int       `json:"start"`
	End      int       `json:"end"`
	Text     string    `json:"text"`
	Kind     string    `json:"kind"`
	Segments []segment `json:"segments,omitempty"`
}

func TestAppendToken(t *testing.T) {
	text := "قال وبالقلم 2025"
	var got []token
	for tk := range tokenize.Tokens(text) {
		word := text[tk.Start:tk.End]
		var segs []clitics.Segment
		if tk.Kind == tokenize.ArabicWord {
			segs = clitics.Default.Segments(word)
		}
		fromString := records.AppendToken(nil, "", tk.Start, word, tk.Kind, segs)
		fromBytes := records.AppendToken(nil, "", tk.Start, []byte(word), tk.Kind, segs)
		require.Equal(t, string(fromString), string(fromBytes))
		var tok token
		decodeStrict(t, fromString, &tok)
		got = append(got, tok)
	}
	want := []token{
		{Start: 0, End: 6, Text: "قال", Kind: "arabic"},
		{Start: 7, End: 21, Text: "وبالقلم", Kind: "arabic", Segments: []segment{{7, 9, "و"}, {9, 11, "ب"}, {11, 21, "القلم"}}},
		{Start: 22, End: 26, Text: "2025", Kind: "number"},
	}
	assert.Equal(t, want, got)
	obj := records.AppendToken(nil, "f\"", 7, "وبالقلم", tokenize.ArabicWord, clitics.Default.Segments("وبالقلم"))
	inOrder(t, obj, "file", "start", "end", "text", "kind", "segments")
	assert.True(t, bytes.HasPrefix(obj, []byte(`{"file":"f\"",`)), "%q", obj)
}

func TestAppendSentence(t *testing.T) {
	for _, s := range strs {
		for _, file := range []string{"", s} {
			var got struct {
				File  string `json:"file,omitempty"`
				Start int    `json:"start"`
				End   int    `json:"end"`
				Text  string `json:"text"`
			}
			obj := records.AppendSentence(nil, file, 5, s)
			decodeStrict(t, obj, &got)
			assert.Equal(t, valid(file), got.File)
			assert.Equal(t, 5, got.Start)
			assert.Equal(t, 5+len(s), got.End)
			assert.Equal(t, valid(s), got.Text)
		}
	}
}

// FuzzAppendMention checks that a mention with any strings is written as
// one valid JSON object holding those strings.
func FuzzAppendMention(f *testing.F) {
	f.Add("بوتين", "vladimir-putin", "a.txt")
	f.Add("\"\\\x00\b\f\u2028\xff", "<&>", "")
	f.Fuzz(func(t *testing.T, text, id, file string) {
		m := entities.Mention{Start: 1, End: 2, Text: text, Type: gazetteer.Person, ID: id, Canonical: text + id, Country: id}
		checkMention(t, records.AppendMention(nil, file, m), file, m)
	})
}

// BenchmarkAppendMention measures writing one mention.
func BenchmarkAppendMention(b *testing.B) {
	m := entities.Mention{Start: 443, End: 470, Text: "فلاديمير بوتين", Type: gazetteer.Person, ID: "vladimir-putin", Canonical: "Vladimir Putin", Country: "RU"}
	var obj []byte
	b.ReportAllocs()
	for b.Loop() {
		obj = records.AppendMention(obj[:0], "a.txt", m)
	}
	b.SetBytes(int64(len(obj)))
}
