// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

// Package searchindex plugs qalam into the bleve search library
// (github.com/blevesearch/bleve/v2): it registers the analyzer qalam_ar
// (Analyzer) in bleve's registry when imported, and gives an index mapping
// for news articles (NewIndexMapping) whose text is analysed with it and
// whose people, places and organisations are keyword fields of gazetteer
// ids (NewArticle), ready for facets.
//
// qalam_ar finds what bleve's own "ar" analyzer misses: spellings that
// Lucene's normaliser does not fold (ؤ ئ and ء, ٱ, Quranic marks,
// Arabic-Indic digits, Persian letters), words behind a chain of clitics
// (وبالمفاوضات, بموسكو), and, through the entity facets, a person under
// any of his spellings (ترامب, ترمب).
//
// It is a separate module so that the qalam library itself does not
// depend on bleve. The command cmd/searchindex builds and queries an index
// of article files on disk:
//
//	go run ./cmd/searchindex index -index /tmp/news.bleve ARTICLES...
//	go run ./cmd/searchindex query -index /tmp/news.bleve -facet persons وبالمفاوضات
package searchindex
