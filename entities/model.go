// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package entities

import (
	_ "embed"
	"fmt"
	"sync"

	"github.com/qalam-nlp/qalam/entities/tagger"
)

// Option configures an Extractor built by New.
type Option func(*Extractor)

// WithModel makes the extractor run a learned tagger beside the
// gazetteer and its rules (see the package documentation); nil keeps the
// gazetteer alone. The model must come from ReadModel, DefaultModel or
// Train: New panics on a model trained for other features.
func WithModel(m *tagger.Model) Option {
	return func(x *Extractor) {
		if m != nil {
			if err := checkFeatures(m); err != nil {
				panic(err)
			}
		}
		x.model = m
	}
}

// ReadModel parses a tagger model file written by Train's model
// (tagger.Model.WriteTo) and checks that it was trained for the features
// this version of the package computes.
func ReadModel(data []byte) (*tagger.Model, error) {
	m, err := tagger.Read(data)
	if err != nil {
		return nil, err
	}
	if err := checkFeatures(m); err != nil {
		return nil, err
	}
	return m, nil
}

// checkFeatures reports a model trained for features other than those
// this version of the package computes.
func checkFeatures(m *tagger.Model) error {
	if m.Features != featureSet {
		return fmt.Errorf("entities: the model was trained for features %q; this version computes %q", m.Features, featureSet)
	}
	return nil
}

//go:embed model/tagger.qtag
var defaultModelFile []byte

var defaultModel = sync.OnceValues(func() (*tagger.Model, error) { return ReadModel(defaultModelFile) })

// DefaultModel returns the embedded tagger model (see model/README.md for
// its training data, licences and scores), read on the first call and
// shared afterwards.
func DefaultModel() (*tagger.Model, error) { return defaultModel() }
