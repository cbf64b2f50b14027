// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package clusters_test

import (
	"fmt"

	"github.com/qalam-nlp/qalam/entities/internal/clusters"
	"github.com/qalam-nlp/qalam/tokenize"
	"github.com/qalam-nlp/qalam/tokenize/clitics"
)

func Example() {
	table, err := clusters.Parse([]byte("01101000\tسوس\n01101000\tصفاقس\n011101\tمحمد\n"))
	if err != nil {
		fmt.Println(err)
		return
	}
	text := "وصفاقس"
	var key []byte
	var segs []clitics.Segment
	for tok := range tokenize.Tokens(text) {
		key = clusters.AppendKey(key[:0], text, tok, &segs)
		path, ok := table.Path(key)
		fmt.Println(string(key), path, ok)
		fmt.Println("coarse class:", path[:min(4, len(path))])
	}
	// Output:
	// صفاقس 01101000 true
	// coarse class: 0110
}
