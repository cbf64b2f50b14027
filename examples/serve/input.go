// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"mime"
	"net/http"
	"strings"
	"unicode/utf8"
)

// document is one article of a request: its text, and the name the
// client gave it, which the answer echoes as "file".
type document struct {
	File string  `json:"file"`
	Text *string `json:"text"`
}

// statusError is a failure of a request, with the status that answers it.
type statusError struct {
	status int
	msg    string
}

func (e *statusError) Error() string { return e.msg }

func fail(status int, format string, args ...any) *statusError {
	return &statusError{status, fmt.Sprintf(format, args...)}
}

// The media types of a request body. JSON Lines is the batch form: one
// document a line in, one answer a line out.
const (
	typeText      = "text/plain"
	typeJSON      = "application/json"
	typeJSONLines = "application/x-ndjson"
)

// wantTypes names the accepted media types in the message of a 415.
const wantTypes = typeText + ", " + typeJSON + " or " + typeJSONLines + " (JSON Lines)"

// bodyType returns the media type of r's body, one of the three above
// (application/jsonl is taken for JSON Lines too; no Content-Type for
// text/plain), or a 415 for any other type or a charset other than UTF-8.
func bodyType(r *http.Request) (string, error) {
	header := r.Header.Get("Content-Type")
	if header == "" {
		return typeText, nil
	}
	mt, params, err := mime.ParseMediaType(header)
	if err != nil {
		return "", fail(http.StatusUnsupportedMediaType, "Content-Type %q: %v; want %s", header, err, wantTypes)
	}
	if cs, ok := params["charset"]; ok && !strings.EqualFold(cs, "utf-8") && !strings.EqualFold(cs, "us-ascii") {
		return "", fail(http.StatusUnsupportedMediaType, "charset %q: only UTF-8 is read", cs)
	}
	switch mt {
	case typeText, typeJSON, typeJSONLines:
		return mt, nil
	case "application/jsonl", "application/jsonlines", "application/x-jsonlines":
		return typeJSONLines, nil
	}
	return "", fail(http.StatusUnsupportedMediaType, "Content-Type %s: want %s", mt, wantTypes)
}

// readBody reads r's body whole, up to limit bytes: a 413 past that.
func readBody(w http.ResponseWriter, r *http.Request, limit int64) ([]byte, error) {
	if r.ContentLength > limit {
		return nil, fail(http.StatusRequestEntityTooLarge, "body of %d bytes is over the limit of %d", r.ContentLength, limit)
	}
	size := 512
	if r.ContentLength > 0 {
		size = int(r.ContentLength) + 1 // +1 meets the end without growing
	}
	buf := bytes.NewBuffer(make([]byte, 0, size))
	_, err := buf.ReadFrom(http.MaxBytesReader(w, r.Body, limit))
	var tooLarge *http.MaxBytesError
	switch {
	case errors.As(err, &tooLarge):
		return nil, fail(http.StatusRequestEntityTooLarge, "body is over the limit of %d bytes", limit)
	case err != nil:
		return nil, fail(http.StatusBadRequest, "reading the body: %v", err)
	}
	return buf.Bytes(), nil
}

// parseDocuments returns the documents of body, of media type mt: the
// body itself for text/plain, one {"text": ...} object for JSON, one such
// object a line (blank lines skipped) for JSON Lines. A body that is not
// valid UTF-8, or not valid JSON, or an object without a string "text",
// gives a 400.
func parseDocuments(body []byte, mt string) ([]document, error) {
	if !utf8.Valid(body) {
		return nil, fail(http.StatusBadRequest, "body is not valid UTF-8 (byte offset %d)", invalidAt(body))
	}
	switch mt {
	case typeText:
		text := string(body)
		return []document{{Text: &text}}, nil
	case typeJSON:
		d, err := parseDocument(body)
		if err != nil {
			return nil, fail(http.StatusBadRequest, "%v", err)
		}
		return []document{d}, nil
	}
	var docs []document
	for n, rest := 1, body; len(rest) > 0; n++ {
		line, after, _ := bytes.Cut(rest, []byte("\n"))
		rest = after
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		d, err := parseDocument(line)
		if err != nil {
			return nil, fail(http.StatusBadRequest, "line %d: %v", n, err)
		}
		docs = append(docs, d)
	}
	return docs, nil
}

// parseDocument reads one JSON object with a string "text" and, if given,
// a string "file"; other fields are ignored.
func parseDocument(data []byte) (document, error) {
	var d document
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&d); err != nil {
		return d, fmt.Errorf("invalid JSON: %v", err)
	}
	if dec.More() {
		return d, errors.New(`invalid JSON: more than one value; send one {"text": ...} object, or JSON Lines as ` + typeJSONLines)
	}
	if d.Text == nil {
		return d, errors.New(`no "text" field`)
	}
	return d, nil
}

// invalidAt returns the byte offset of the first byte of b that is not
// part of valid UTF-8.
func invalidAt(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return len(b)
}
