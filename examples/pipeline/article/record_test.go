// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package article

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/qalam-nlp/qalam/report"
)

func TestParseLine(t *testing.T) {
	for _, tc := range []struct {
		line   string
		reason string // "" for a good record
		id     string // the id as written, for a good record
		fields []string
	}{
		{line: `{"id":"a","text":"نص"}`, id: `"a"`, fields: []string{"id", "text"}},
		{line: `{"url":"u","id":7,"text":"نص","tags":["x"]}`, id: `7`, fields: []string{"url", "id", "text", "tags"}},
		{line: `{"id":-1.5e3,"text":"x"}`, id: `-1.5e3`, fields: []string{"id", "text"}},
		{line: ` { "id" : "a" , "text" : "t\u00e9" } `, id: `"a"`, fields: []string{"id", "text"}},
		{line: `{"id":"a","text":"نص"`, reason: InvalidJSON},
		{line: `{"id":"a","text":"نص"}{}`, reason: InvalidJSON},
		{line: `{"id":"a","text":"x","text":"y"}`, reason: InvalidJSON},
		{line: `"just a string"`, reason: NotObject},
		{line: `[1,2]`, reason: NotObject},
		{line: `null`, reason: NotObject},
		{line: `{"id":"a"}`, reason: MissingText},
		{line: `{"id":"a","text":null}`, reason: MissingText},
		{line: `{"id":"a","text":["x"]}`, reason: MissingText},
		{line: `{"id":"a","text":" \n "}`, reason: EmptyText},
		{line: `{"text":"x"}`, reason: MissingID},
		{line: `{"id":"","text":"x"}`, reason: MissingID},
		{line: `{"id":true,"text":"x"}`, reason: MissingID},
		{line: `{"id":null,"text":"x"}`, reason: MissingID},
		{line: `{"id":"a","text":"x","analysis":1}`, reason: Reserved},
		{line: "{\"id\":\"a\",\"text\":\"\xff\"}", reason: InvalidUTF8},
		{line: `{"id":"a","text":"` + strings.Repeat("x", 100) + `"}`, reason: TooLarge},
	} {
		a, b := ParseLine(tc.line, 64)
		if tc.reason != "" {
			require.NotNil(t, b, tc.line)
			assert.Equal(t, tc.reason, b.Reason, tc.line)
			assert.NotEmpty(t, b.Detail, tc.line)
			continue
		}
		require.Nil(t, b, tc.line)
		assert.Equal(t, tc.id, string(a.ID), tc.line)
		var names []string
		for _, f := range a.Fields {
			names = append(names, f.Name)
		}
		assert.Equal(t, tc.fields, names, tc.line)
	}
}

func TestTextArticle(t *testing.T) {
	a, b := FromFile("dir/a.txt", []byte("\uFEFFنص الخبر"), 100)
	require.Nil(t, b)
	assert.Equal(t, "نص الخبر", a.Text, "the byte order mark is dropped")
	assert.Equal(t, `"dir/a.txt"`, string(a.ID))

	_, b = FromFile("a.txt", []byte("\uFEFFab\xc3("), 100)
	require.NotNil(t, b)
	assert.Equal(t, "not valid UTF-8 (byte offset 5)", b.Detail, "the offset counts the byte order mark")
}

func TestDeadLetter(t *testing.T) {
	var d map[string]string
	line := DeadLetter("in.jsonl", Badf(InvalidJSON, "bad"), []byte(`{"id":`))
	require.NoError(t, json.Unmarshal([]byte(line), &d))
	assert.Equal(t, map[string]string{"source": "in.jsonl", "reason": "invalid_json", "detail": "bad", "record": `{"id":`}, d)

	line = DeadLetter("in.jsonl", Badf(InvalidUTF8, "x"), []byte("a\xffb"))
	var raw struct {
		Record []byte `json:"record_base64"`
	}
	require.NoError(t, json.Unmarshal([]byte(line), &raw))
	assert.Equal(t, []byte("a\xffb"), raw.Record)
}

func TestAppendDocument(t *testing.T) {
	a, b := ParseLine(`{"id":12,"text":"التقى بوتين ترامب","n":{"k":[1]}}`, 1000)
	require.Nil(t, b)
	r := report.Report{Title: "t", Entities: []report.Entity{
		{Type: "PERSON", ID: "vladimir-putin", Count: 1},
		{Type: "PERSON", ID: "", Count: 1},
		{Type: "LOCATION", ID: "ru", Count: 1},
	}}
	line := string(AppendDocument(nil, a, &r, "news"))
	action, doc, ok := strings.Cut(line, "\n")
	require.True(t, ok)
	assert.JSONEq(t, `{"index":{"_index":"news","_id":"12"}}`, action)
	var d struct {
		ID       int             `json:"id"`
		N        json.RawMessage `json:"n"`
		Analysis struct {
			Persons, Places, Organizations, Nationalities []string
		} `json:"analysis"`
	}
	require.NoError(t, json.Unmarshal([]byte(doc), &d))
	assert.Equal(t, 12, d.ID)
	assert.Equal(t, `{"k":[1]}`, string(d.N))
	assert.Equal(t, []string{"vladimir-putin"}, d.Analysis.Persons)
	assert.Equal(t, []string{"ru"}, d.Analysis.Places)
	assert.Equal(t, []string{}, d.Analysis.Organizations)
}

// FuzzParseLine: any line is either an article whose document is valid
// JSON, or a bad record whose dead letter is valid JSON; never a panic.
func FuzzParseLine(f *testing.F) {
	for _, s := range []string{`{"id":"a","text":"نص"}`, `{"id":1,"text":"x","m":[1,{"a":null}]}`,
		`{"id":"a","text":"\ud800"}`, "{\"id\":\"a\",\"text\":\"\xff\"}", `[`, `{"id":"a","id":"b"}`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		a, b := ParseLine(line, 1<<20)
		if b != nil {
			if !json.Valid([]byte(DeadLetter("f", b, []byte(line)))) {
				t.Fatalf("dead letter of %q is not JSON", line)
			}
			return
		}
		if !utf8.ValidString(a.Text) || strings.TrimSpace(a.Text) == "" {
			t.Fatalf("text %q of %q", a.Text, line)
		}
		r := report.Report{Entities: []report.Entity{}}
		if doc := AppendDocument(nil, a, &r, ""); !json.Valid(doc) {
			t.Fatalf("document of %q is not JSON: %s", line, doc)
		}
	})
}
