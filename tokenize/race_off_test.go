// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

//go:build !race

package tokenize

const raceEnabled = false
