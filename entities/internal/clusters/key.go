// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package clusters

import (
	"github.com/qalam-nlp/qalam/entities/internal/wordform"
	"github.com/qalam-nlp/qalam/tokenize"
	"github.com/qalam-nlp/qalam/tokenize/clitics"
)

// Class keys of the tokens whose form carries no word: they are learned as
// one word each.
const (
	NumberKey = "<num>"
	URLKey    = "<url>"
	EmailKey  = "<email>"
	EmojiKey  = "<emoji>"
)

// AppendKey appends to dst the form under which token t of text is
// learned and looked up, the form the entity tagger keys words by:
//   - an Arabic word: its search-normalised form (wordform.AppendFold)
//     without proclitics, enclitics and the article (Parts.Bare), so that
//     وبوتين and بوتين, والوزارة and وزارة share one entry;
//   - a Latin word, hashtag or mention: its folded form;
//   - a number, URL, e-mail address or emoji: NumberKey, URLKey, EmailKey
//     or EmojiKey;
//   - punctuation and symbols: the token as written.
//
// segs is scratch memory for the clitic segmenter. The key is empty when
// the word folds to nothing (a lone tatweel or harakah).
func AppendKey(dst []byte, text string, t tokenize.Token, segs *[]clitics.Segment) []byte {
	tok := text[t.Start:t.End]
	switch t.Kind {
	case tokenize.ArabicWord:
		start := len(dst)
		dst = wordform.AppendFold(dst, tok)
		bare := wordform.Split(dst[start:], segs).Bare
		return dst[:start+copy(dst[start:], bare)]
	case tokenize.LatinWord, tokenize.Hashtag, tokenize.Mention:
		return wordform.AppendFold(dst, tok)
	case tokenize.Number:
		return append(dst, NumberKey...)
	case tokenize.URL:
		return append(dst, URLKey...)
	case tokenize.Email:
		return append(dst, EmailKey...)
	case tokenize.Emoji:
		return append(dst, EmojiKey...)
	}
	return append(dst, tok...)
}
