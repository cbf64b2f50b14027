// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

// Package records writes the JSON objects that the example commands print,
// one a line, and that the server returns: an entity mention, a token with
// its clitic segments, a sentence. The field order of each object is its
// contract (see the commands' documentation); strings are written by
// cli.AppendJSONString, so Arabic stays readable and a byte that is not
// valid UTF-8 becomes U+FFFD.
//
// Each function appends one object, with no line break, and returns the
// extended buffer; none allocates when dst has room. A non-empty file is
// written first, as "file", for output that covers several inputs.
package records

import (
	"strconv"

	"github.com/qalam-nlp/qalam/entities"
	"github.com/qalam-nlp/qalam/internal/cli"
	"github.com/qalam-nlp/qalam/tokenize"
	"github.com/qalam-nlp/qalam/tokenize/clitics"
)

// AppendMention appends m as
// {"file":…,"start":…,"end":…,"text":…,"type":…,"id":…,"canonical":…,"country":…},
// with "country" only when m has one.
func AppendMention(dst []byte, file string, m entities.Mention) []byte {
	dst = appendSpan(dst, file, m.Start, m.End, m.Text)
	dst = cli.AppendJSONString(append(dst, `,"type":`...), m.Type.String())
	dst = cli.AppendJSONString(append(dst, `,"id":`...), m.ID)
	dst = cli.AppendJSONString(append(dst, `,"canonical":`...), m.Canonical)
	if m.Country != "" {
		dst = cli.AppendJSONString(append(dst, `,"country":`...), m.Country)
	}
	return append(dst, '}')
}

// AppendToken appends the token word, found at byte offset start of its
// input, as {"file":…,"start":…,"end":…,"text":…,"kind":…,"segments":[…]}.
// segs are word's clitic segments (offsets into word); "segments" is
// written only when there are two or more, each as {"start","end","text"}
// with offsets into the input.
func AppendToken[T string | []byte](dst []byte, file string, start int, word T, kind tokenize.Kind, segs []clitics.Segment) []byte {
	dst = appendSpan(dst, file, start, start+len(word), word)
	dst = append(append(append(dst, `,"kind":"`...), kind.String()...), '"')
	if len(segs) > 1 {
		dst = append(dst, `,"segments":[`...)
		for i, sg := range segs {
			if i > 0 {
				dst = append(dst, ',')
			}
			dst = append(appendSpan(dst, "", start+sg.Start, start+sg.End, word[sg.Start:sg.End]), '}')
		}
		dst = append(dst, ']')
	}
	return append(dst, '}')
}

// AppendSentence appends the sentence text, found at byte offset start of
// its input, as {"file":…,"start":…,"end":…,"text":…}.
func AppendSentence[T string | []byte](dst []byte, file string, start int, text T) []byte {
	return append(appendSpan(dst, file, start, start+len(text), text), '}')
}

// appendSpan appends the opening of an object with file (when not empty),
// start, end and text, leaving it open for more fields.
func appendSpan[T string | []byte](dst []byte, file string, start, end int, text T) []byte {
	dst = append(dst, '{')
	if file != "" {
		dst = append(cli.AppendJSONString(append(dst, `"file":`...), file), ',')
	}
	dst = strconv.AppendInt(append(dst, `"start":`...), int64(start), 10)
	dst = strconv.AppendInt(append(dst, `,"end":`...), int64(end), 10)
	return cli.AppendJSONString(append(dst, `,"text":`...), text)
}
