// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package pipeline

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/qalam-nlp/qalam/entities"
	"github.com/qalam-nlp/qalam/examples/pipeline/article"
	"github.com/qalam-nlp/qalam/report"
)

// TestMapping checks mapping.json, the Elasticsearch/OpenSearch index
// body the README documents, against an enriched article: every member of
// the article is mapped (or lies under an object that is not indexed), with
// a type that fits its JSON values.
func TestMapping(t *testing.T) {
	data, err := os.ReadFile("mapping.json")
	require.NoError(t, err)
	var m struct {
		Mappings mappingNode `json:"mappings"`
	}
	require.NoError(t, json.Unmarshal(data, &m))

	text, err := os.ReadFile("testdata/articles/summit.txt")
	require.NoError(t, err)
	x, err := entities.Default()
	require.NoError(t, err)
	a, bad := article.FromFile("summit.txt", text, 1<<20)
	require.Nil(t, bad)
	r := report.New(x, "summit.txt", a.Text)
	var doc map[string]any
	require.NoError(t, json.Unmarshal(article.AppendDocument(nil, a, &r, ""), &doc))
	require.NotEmpty(t, r.Notes.Variants, "the article exercises every part of the report")
	checkMapped(t, "", doc, m.Mappings)
}

type mappingNode struct {
	Type       string                 `json:"type"`
	Enabled    *bool                  `json:"enabled"`
	Properties map[string]mappingNode `json:"properties"`
}

func checkMapped(t *testing.T, path string, v any, node mappingNode) {
	if node.Enabled != nil && !*node.Enabled {
		return
	}
	switch v := v.(type) {
	case map[string]any:
		require.NotNil(t, node.Properties, "%s is an object", path)
		for k, child := range v {
			p := path + "." + k
			n, ok := node.Properties[k]
			if assert.True(t, ok, "%s is mapped", p) {
				checkMapped(t, p, child, n)
			}
		}
	case []any:
		for _, e := range v {
			checkMapped(t, path, e, node)
		}
	case string:
		assert.Contains(t, []string{"keyword", "text"}, node.Type, path)
	case float64:
		assert.Equal(t, "integer", node.Type, path)
	default:
		t.Errorf("%s: unexpected %T", path, v)
	}
}
