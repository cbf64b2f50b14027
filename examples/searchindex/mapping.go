// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package searchindex

import (
	"slices"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/mapping"

	"github.com/qalam-nlp/qalam/entities"
	"github.com/qalam-nlp/qalam/entities/gazetteer"
	"github.com/qalam-nlp/qalam/report"
)

// The fields of an indexed article.
const (
	FieldFile          = "file"          // keyword, stored: the file the article came from
	FieldTitle         = "title"         // qalam_ar text, stored: the headline
	FieldText          = "text"          // qalam_ar text, not stored: the whole article, title included
	FieldPersons       = "persons"       // keyword, stored: gazetteer ids of the people mentioned
	FieldPlaces        = "places"        // keyword, stored: gazetteer ids of the places mentioned
	FieldOrganizations = "organizations" // keyword, stored: gazetteer ids of the organisations mentioned
)

// Article is the document indexed for one news article. Its field names
// are those of NewIndexMapping.
type Article struct {
	File          string   `json:"file"`
	Title         string   `json:"title"`
	Text          string   `json:"text"`
	Persons       []string `json:"persons"`
	Places        []string `json:"places"`
	Organizations []string `json:"organizations"`
}

// NewArticle makes the document for an article: its title is the
// headline (report.Title: by-lines and page furniture passed over, cut to
// 200 characters at a space), and the entity fields hold the distinct
// gazetteer ids of the people, places and organisations that x finds in
// it, in order of first mention. Mentions found by a rule alone (no id)
// are left out of the facets; nationality adjectives too.
func NewArticle(x *entities.Extractor, file, text string) Article {
	a := Article{File: file, Title: report.Title(text), Text: text}
	for m := range x.Mentions(text) {
		if m.ID == "" {
			continue
		}
		var ids *[]string
		switch m.Type {
		case gazetteer.Person:
			ids = &a.Persons
		case gazetteer.Location:
			ids = &a.Places
		case gazetteer.Organization:
			ids = &a.Organizations
		default:
			continue
		}
		if !slices.Contains(*ids, m.ID) {
			*ids = append(*ids, m.ID)
		}
	}
	return a
}

// NewIndexMapping returns the index mapping for Articles: title and text
// analysed with qalam_ar (the default analyzer too, so a query on no
// particular field is analysed the same way), and the entity id fields
// as keywords for facets and exact filters.
func NewIndexMapping() *mapping.IndexMappingImpl {
	return newIndexMapping(AnalyzerName)
}

// newIndexMapping is NewIndexMapping with the text fields analysed by the
// named analyzer, so that tests can compare analyzers on one mapping.
func newIndexMapping(analyzer string) *mapping.IndexMappingImpl {
	text := func(store bool) *mapping.FieldMapping {
		f := bleve.NewTextFieldMapping()
		f.Analyzer = analyzer
		f.Store = store
		f.IncludeTermVectors = store
		return f
	}
	kw := func() *mapping.FieldMapping {
		f := bleve.NewKeywordFieldMapping()
		f.Analyzer = keyword.Name
		f.Store = true
		f.IncludeInAll = false
		f.DocValues = true
		return f
	}
	doc := bleve.NewDocumentStaticMapping()
	doc.AddFieldMappingsAt(FieldFile, kw())
	doc.AddFieldMappingsAt(FieldTitle, text(true))
	doc.AddFieldMappingsAt(FieldText, text(false))
	doc.AddFieldMappingsAt(FieldPersons, kw())
	doc.AddFieldMappingsAt(FieldPlaces, kw())
	doc.AddFieldMappingsAt(FieldOrganizations, kw())

	m := bleve.NewIndexMapping()
	m.DefaultMapping = doc
	m.DefaultAnalyzer = analyzer
	return m
}
