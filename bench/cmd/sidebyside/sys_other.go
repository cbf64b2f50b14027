// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

//go:build !unix

package main

import "time"

// peakRSS returns 0: the peak resident memory of a process is not known here.
func peakRSS() int64 { return 0 }

// start is when the program started.
var start = time.Now()

// cpuSeconds stands in for the CPU time, which is not known here, with the
// wall time since the program started.
func cpuSeconds() float64 { return time.Since(start).Seconds() }
