// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package gazetteer

// data/countries.txt is generated from CLDR's Arabic and English region
// names (golang.org/x/text/language/display) and the names Arabic news
// uses, listed in internal/gencountries.
//go:generate go run ./internal/gencountries -o data/countries.txt
