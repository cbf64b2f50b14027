// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package gazetteer

//go:generate go run ./internal/gencountries -o data/countries.txt
