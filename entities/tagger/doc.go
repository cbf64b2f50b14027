// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

// Package tagger labels token sequences with entity spans in the BIO
// scheme: each token is Outside a name, Begins one or is Inside one, of
// type person, location or organisation.
//
// The model is linear: a token's score for a tag is the sum of the
// weights of its features, and a sequence's score adds the weight of
// every tag transition. Decode finds the best sequence with the Viterbi
// algorithm, allowing only well-formed spans (an I- tag follows a B- or
// I- tag of its type). Features come in two kinds: hashed features, named
// by a 64-bit hash of their text (a word, a suffix), of which a model may
// hold hundreds of thousands, and dense features, numbered from 0, for
// the few that every token is tested for.
//
// Weights are learned by the averaged structured perceptron (Collins,
// "Discriminative training methods for hidden Markov models", EMNLP
// 2002): decode each training sequence with the current weights, move
// the weights of the gold tags' features up and of the predicted tags'
// down where they differ, and keep the average of the weights over all
// steps, which generalises better than the last ones.
//
// The package knows nothing of Arabic or of which features there are;
// package entities computes them and owns the embedded model.
package tagger
