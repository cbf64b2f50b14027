// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package article

import (
	"bytes"
	"encoding/json"
	"slices"

	"github.com/qalam-nlp/qalam/entities/gazetteer"
	"github.com/qalam-nlp/qalam/internal/cli"
	"github.com/qalam-nlp/qalam/report"
)

// document is the "analysis" member of an enriched article: the report
// (package report) and, for facets, the distinct gazetteer ids of each
// type.
type document struct {
	report.Report
	Persons       []string `json:"persons"`
	Places        []string `json:"places"`
	Organizations []string `json:"organizations"`
	Nationalities []string `json:"nationalities"`
}

// AppendDocument appends the enriched article: the record's members as
// they were written (for a text file, "id" and "text"), then "analysis".
// With bulkIndex set it is preceded by the _bulk action line that indexes
// it under its id into that index. The result ends with a line break only
// between the action and the document, never at the end.
func AppendDocument(dst []byte, a *Article, r *report.Report, bulkIndex string) []byte {
	if bulkIndex != "" {
		dst = cli.AppendJSONString(append(dst, `{"index":{"_index":`...), bulkIndex)
		dst = append(dst, `,"_id":`...)
		if a.ID[0] == '"' {
			dst = append(dst, a.ID...)
		} else {
			dst = cli.AppendJSONString(dst, []byte(a.ID))
		}
		dst = append(dst, "}}\n"...)
	}
	dst = append(dst, '{')
	if a.Fields == nil {
		dst = append(append(dst, `"id":`...), a.ID...)
		dst = cli.AppendJSONString(append(dst, `,"text":`...), a.Text)
	}
	for i, f := range a.Fields {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = append(cli.AppendJSONString(dst, f.Name), ':')
		dst = append(dst, f.Value...)
	}
	doc := document{Report: *r, Persons: []string{}, Places: []string{}, Organizations: []string{}, Nationalities: []string{}}
	for _, e := range r.Entities {
		var ids *[]string
		switch e.Type {
		case gazetteer.Person.String():
			ids = &doc.Persons
		case gazetteer.Location.String():
			ids = &doc.Places
		case gazetteer.Organization.String():
			ids = &doc.Organizations
		case gazetteer.Nationality.String():
			ids = &doc.Nationalities
		}
		if ids != nil && e.ID != "" && !slices.Contains(*ids, e.ID) {
			*ids = append(*ids, e.ID)
		}
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.Encode(doc) // a document of strings and numbers always encodes
	dst = append(dst, `,"analysis":`...)
	dst = append(dst, bytes.TrimSuffix(buf.Bytes(), []byte("\n"))...)
	return append(dst, '}')
}
