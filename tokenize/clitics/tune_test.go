// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package clitics

import (
	"os"
	"reflect"
	"testing"
	"unsafe"
)

// TestTuneWeights searches the weights by coordinate ascent on the even
// sentences of the development file and reports the odd ones as held out.
// It runs only with CLITICS_TUNE=1.
func TestTuneWeights(t *testing.T) {
	if os.Getenv("CLITICS_TUNE") == "" {
		t.Skip("set CLITICS_TUNE=1 to search the weights")
	}
	even, odd := evenOdd(pudDev(t))
	if os.Getenv("CLITICS_TUNE") == "odd" {
		even, odd = odd, even
	}
	saved := wt
	defer func() { wt = saved }()
	eval := func(ss []goldSentence) int { return score(evaluate(Default, ss)).right }
	v := reflect.ValueOf(&wt).Elem()
	best := eval(even)
	for round := 0; round < 4; round++ {
		improved := false
		for f := 0; f < v.NumField(); f++ {
			fv := reflect.NewAt(v.Field(f).Type(), unsafe.Pointer(v.Field(f).UnsafeAddr())).Elem()
			orig := fv.Int()
			bestV := orig
			for d := int64(-12); d <= 12; d++ {
				fv.SetInt(orig + d)
				if r := eval(even); r > best {
					best, bestV, improved = r, orig+d, true
				}
			}
			fv.SetInt(bestV)
		}
		t.Logf("round %d: even right %d, weights %+v", round, best, wt)
		if !improved {
			break
		}
	}
	t.Logf("tuned on:  %v", score(evaluate(Default, even)))
	t.Logf("held out: %v", score(evaluate(Default, odd)))
}
