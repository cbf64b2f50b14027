// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package gazetteer_test

import (
	"fmt"

	"github.com/qalam-nlp/qalam/entities"
	"github.com/qalam-nlp/qalam/entities/gazetteer"
)

// A user's own entries, merged over the defaults, are found like the
// project's own.
func ExampleMerge() {
	mine, err := gazetteer.ParseString("my-people.txt", `
# id | type | canonical | names | country | notes
salma-haddad | PERSON | Salma Haddad | سلمى حداد; سلمى الحداد | LB | spokeswoman of a (fictional) relief group
`)
	if err != nil {
		panic(err)
	}
	defaults, err := gazetteer.Default()
	if err != nil {
		panic(err)
	}
	x := entities.New(gazetteer.Merge(defaults, mine))
	text := "وقالت سلمى الحداد إن القافلة وصلت إلى بيروت."
	for m := range x.Mentions(text) {
		fmt.Println(m.Type, text[m.Start:m.End], m.ID)
	}
	// Output:
	// PERSON سلمى الحداد salma-haddad
	// LOCATION بيروت beirut-lb
}

// A malformed file is rejected whole, with the file and line of each
// problem.
func ExampleParseString_error() {
	_, err := gazetteer.ParseString("bad.txt", "x1 | PERSON | Someone | | |\nx2 | PLANET | Mars | المريخ | |\n")
	fmt.Println(err)
	// Output:
	// bad.txt:1: no names
	// bad.txt:2: unknown type "PLANET" (want PERSON, LOCATION, ORGANIZATION, NATIONALITY, TITLE, GIVEN_NAME, ORG_HEAD or LOC_HEAD)
}
