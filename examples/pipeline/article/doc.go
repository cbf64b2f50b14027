// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

// Package article is what the archive pipeline does to one record, without
// Beam: it reads a record (ParseLine for a line of JSON Lines, FromFile for
// a text file), says why one cannot be analysed (Bad, written to the dead
// letters by DeadLetter), analyses the text (Analyse), and writes the
// enriched article (AppendDocument): the record's members as they were
// written, then "analysis".
//
// A JSON Lines record is an object with an "id" (a string or a number) and
// a "text" (a string that holds more than white space); its other members
// are carried through. A record is bad when it is not valid UTF-8, not
// valid JSON, not an object, has a member twice, lacks an id or a text,
// has an empty text, has a member named "analysis" (which the output
// adds), or is longer than the limit. Each reason is a short word
// (Reasons), also the name of a counter.
package article
