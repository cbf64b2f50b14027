// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package searchindex_test

import (
	"fmt"

	"github.com/blevesearch/bleve/v2"

	"github.com/qalam-nlp/qalam/entities"
	"github.com/qalam-nlp/qalam/examples/searchindex"
)

// Index two articles that spell Trump differently, query one with a word
// written with clitics and another hamza seat, and count the articles per
// person.
func Example() {
	x, err := entities.Default()
	if err != nil {
		panic(err)
	}
	idx, err := bleve.NewMemOnly(searchindex.NewIndexMapping())
	if err != nil {
		panic(err)
	}
	defer idx.Close()
	articles := map[string]string{
		"a1": "ترامب يلتقي بوتين\n\nالتقى الرئيس الأمريكي دونالد ترامب الرئيس الروسي فلاديمير بوتين، وقال مسؤول إن المفاوضات كانت صريحة.",
		"a2": "ترمب يهاجم الاحتياطي الفيدرالي\n\nانتقد الرئيس ترمب رفع أسعار الفائدة.",
	}
	for id, text := range articles {
		if err := idx.Index(id, searchindex.NewArticle(x, id, text)); err != nil {
			panic(err)
		}
	}

	q := bleve.NewMatchQuery("وبالمفاوضات مسئول")
	q.SetField(searchindex.FieldText)
	req := bleve.NewSearchRequest(q)
	req.Fields = []string{searchindex.FieldTitle}
	req.AddFacet("persons", bleve.NewFacetRequest(searchindex.FieldPersons, 5))
	res, err := idx.Search(req)
	if err != nil {
		panic(err)
	}
	for _, h := range res.Hits {
		fmt.Println(h.ID, h.Fields[searchindex.FieldTitle])
	}

	all := bleve.NewSearchRequest(bleve.NewMatchAllQuery())
	all.AddFacet("persons", bleve.NewFacetRequest(searchindex.FieldPersons, 5))
	res, err = idx.Search(all)
	if err != nil {
		panic(err)
	}
	for _, tf := range res.Facets["persons"].Terms.Terms() {
		fmt.Println(tf.Term, tf.Count)
	}
	// Output:
	// a1 ترامب يلتقي بوتين
	// donald-trump 2
	// vladimir-putin 1
}
