// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package article

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/qalam-nlp/qalam/internal/cli"
)

// An Article is one input record, ready for analysis.
type Article struct {
	// ID is the article's id: the JSON value of the record's "id" field
	// as written (a string or a number), or the file's path as a JSON
	// string for a text file.
	ID json.RawMessage
	// Text is the text to analyse, valid UTF-8.
	Text string
	// Fields are the record's fields in their input order, values as
	// written; nil for a text file, whose output gets "id" and "text".
	Fields []Field
}

// A Field is one member of a JSON Lines record, its value kept as written.
type Field struct {
	Name  string
	Value json.RawMessage
}

// The reasons why a record is not analysed. Each is also the name of a
// counter of the pipeline (prefixed "bad_"), so they are short words.
const (
	InvalidUTF8 = "invalid_utf8"
	InvalidJSON = "invalid_json"
	NotObject   = "not_object"
	MissingText = "missing_text"
	EmptyText   = "empty_text"
	MissingID   = "missing_id"
	Reserved    = "reserved_field"
	TooLarge    = "too_large"
	Unreadable  = "unreadable"
)

// Reasons lists the reasons.
var Reasons = []string{InvalidUTF8, InvalidJSON, NotObject, MissingText, EmptyText, MissingID, Reserved, TooLarge, Unreadable}

// A Bad is why a record cannot be analysed.
type Bad struct {
	Reason string // one of the reason constants
	Detail string // what exactly is wrong, for a reader
}

func (b *Bad) Error() string { return b.Reason + ": " + b.Detail }

// Badf returns the Bad of a reason, its detail formatted as fmt.Sprintf does.
func Badf(reason, format string, args ...any) *Bad {
	return &Bad{Reason: reason, Detail: fmt.Sprintf(format, args...)}
}

// analysisField is the member that the enriched output adds to a record;
// an input record may not have it.
const analysisField = "analysis"

// ParseLine parses one line of JSON Lines input: a JSON object with an
// "id" (a string or a number) and a "text" (a non-empty string), other
// members carried through as written. maxBytes bounds the line's length.
func ParseLine(line string, maxBytes int) (*Article, *Bad) {
	if len(line) > maxBytes {
		return nil, Badf(TooLarge, "record of %d bytes is longer than the limit of %d", len(line), maxBytes)
	}
	if i := cli.InvalidUTF8(line); i >= 0 {
		return nil, Badf(InvalidUTF8, "not valid UTF-8 (byte offset %d)", i)
	}
	if !json.Valid([]byte(line)) {
		var v any
		err := json.Unmarshal([]byte(line), &v)
		return nil, Badf(InvalidJSON, "%v", err)
	}
	dec := json.NewDecoder(strings.NewReader(line))
	dec.UseNumber()
	if tok, _ := dec.Token(); tok != json.Delim('{') {
		return nil, Badf(NotObject, "the record is a JSON %s, not an object", jsonKind(tok))
	}
	a := &Article{}
	seen := map[string]bool{}
	var text json.RawMessage
	for dec.More() {
		tok, _ := dec.Token() // the input is valid: a key comes
		name := tok.(string)
		var value json.RawMessage
		if err := dec.Decode(&value); err != nil {
			return nil, Badf(InvalidJSON, "%v", err)
		}
		if seen[name] {
			return nil, Badf(InvalidJSON, "field %q appears twice", name)
		}
		seen[name] = true
		switch name {
		case "id":
			a.ID = value
		case "text":
			text = value
		case analysisField:
			return nil, Badf(Reserved, "field %q is reserved for the analysis", analysisField)
		}
		a.Fields = append(a.Fields, Field{Name: name, Value: value})
	}
	switch {
	case a.ID == nil:
		return nil, Badf(MissingID, `no "id" field`)
	case a.ID[0] != '"' && !isNumber(a.ID):
		return nil, Badf(MissingID, `"id" is a JSON %s, not a string or a number`, rawKind(a.ID))
	case string(a.ID) == `""`:
		return nil, Badf(MissingID, `"id" is empty`)
	case text == nil:
		return nil, Badf(MissingText, `no "text" field`)
	case text[0] != '"':
		return nil, Badf(MissingText, `"text" is a JSON %s, not a string`, rawKind(text))
	}
	if err := json.Unmarshal(text, &a.Text); err != nil {
		return nil, Badf(InvalidJSON, "%v", err)
	}
	if strings.TrimSpace(a.Text) == "" {
		return nil, Badf(EmptyText, `"text" holds no text`)
	}
	return a, nil
}

// FromFile makes the article of a text file, data, at path: its id is the
// path, its text the data without a leading byte order mark.
func FromFile(path string, data []byte, maxBytes int) (*Article, *Bad) {
	if len(data) > maxBytes {
		return nil, Badf(TooLarge, "file of %d bytes is longer than the limit of %d", len(data), maxBytes)
	}
	text := string(bytes.TrimPrefix(data, []byte("\uFEFF")))
	if i := cli.InvalidUTF8(text); i >= 0 {
		return nil, Badf(InvalidUTF8, "not valid UTF-8 (byte offset %d)", i+len(data)-len(text))
	}
	if strings.TrimSpace(text) == "" {
		return nil, Badf(EmptyText, "the file holds no text")
	}
	return &Article{ID: cli.AppendJSONString(nil, path), Text: text}, nil
}

func isNumber(raw json.RawMessage) bool {
	c := raw[0]
	return c == '-' || c >= '0' && c <= '9'
}

// rawKind names the kind of a JSON value as written.
func rawKind(raw json.RawMessage) string {
	switch raw[0] {
	case '{':
		return "object"
	case '[':
		return "array"
	case '"':
		return "string"
	case 't', 'f':
		return "boolean"
	case 'n':
		return "null"
	}
	return "number"
}

// jsonKind names the kind of the JSON value that begins with tok.
func jsonKind(tok json.Token) string {
	switch tok.(type) {
	case json.Delim:
		return "array"
	case string:
		return "string"
	case bool:
		return "boolean"
	case nil:
		return "null"
	}
	return "number"
}

// DeadLetter is the dead-letter output's line for a record: the source
// (file) it came from, the reason (a word, as in the counters), the
// detail, and the record itself: "record" when it is valid UTF-8,
// "record_base64" when not. A text file's content is not copied: the
// file is still there.
func DeadLetter(source string, b *Bad, record []byte) string {
	var buf []byte
	buf = cli.AppendJSONString(append(buf, `{"source":`...), source)
	buf = cli.AppendJSONString(append(buf, `,"reason":`...), b.Reason)
	buf = cli.AppendJSONString(append(buf, `,"detail":`...), b.Detail)
	switch {
	case record == nil || b.Reason == TooLarge:
	case utf8.Valid(record):
		buf = cli.AppendJSONString(append(buf, `,"record":`...), record)
	default:
		buf = append(buf, `,"record_base64":"`...)
		buf = base64.StdEncoding.AppendEncode(buf, record)
		buf = append(buf, '"')
	}
	return string(append(buf, '}'))
}
