// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

//go:build race

package tokenize

// raceEnabled is set under the race detector, whose sync.Pool drops
// entries at random, so allocation counts mean nothing.
const raceEnabled = true
