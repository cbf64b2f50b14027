// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package pipeline

import (
	"github.com/apache/beam/sdks/v2/go/pkg/beam"

	"github.com/qalam-nlp/qalam/examples/pipeline/article"

	"github.com/qalam-nlp/qalam/entities/gazetteer"
)

// Namespace is the namespace of the pipeline's Beam counters:
//
//	articles            articles analysed
//	mentions_PERSON     entity mentions of each type (PERSON, ORGANIZATION, LOCATION, NATIONALITY)
//	bad_records         records sent to the dead letters
//	bad_REASON          of which for each reason (bad_invalid_json, bad_missing_text, ...)
const Namespace = "qalam"

var (
	articlesCounter = beam.NewCounter(Namespace, "articles")
	badCounter      = beam.NewCounter(Namespace, "bad_records")
	mentionCounters = counters("mentions_",
		gazetteer.Person.String(), gazetteer.Organization.String(), gazetteer.Location.String(), gazetteer.Nationality.String())
	badCounters = counters("bad_", article.Reasons...)
)

func counters(prefix string, names ...string) map[string]beam.Counter {
	m := make(map[string]beam.Counter, len(names))
	for _, n := range names {
		m[n] = beam.NewCounter(Namespace, prefix+n)
	}
	return m
}
