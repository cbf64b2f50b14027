// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package snowball

import "sync"

// Stemmer stems Arabic words with the Snowball Arabic algorithm, reusing one
// buffer from word to word, so that AppendStem allocates nothing once the
// buffer has grown to the longest word. The zero value is ready to use. A
// Stemmer must not be used by several goroutines at once; the package-level
// functions may.
type Stemmer struct {
	w word
}

// Stem returns the Snowball Arabic stem of word. Words in other scripts come
// back unchanged, except that the Arabic-Indic digits ٠–٩ become 0–9 and
// presentation forms become plain letters wherever they occur.
func (s *Stemmer) Stem(word string) string {
	load(&s.w, word)
	s.w.stem()
	return string(s.w.p)
}

// AppendStem appends the Snowball Arabic stem of word to dst and returns the
// extended slice.
func (s *Stemmer) AppendStem(dst, word []byte) []byte {
	load(&s.w, word)
	s.w.stem()
	return append(dst, s.w.p...)
}

// load makes word the current string, with the cursor at its start.
func load[T string | []byte](w *word, word T) {
	w.p = append(w.p[:0], word...)
	w.chars = countChars(word)
	w.c, w.lb, w.bra, w.ket = 0, 0, 0, 0
}

var pool = sync.Pool{New: func() any { return new(Stemmer) }}

// Stem returns the Snowball Arabic stem of word. It is safe for concurrent
// use; a Stemmer of one's own avoids the pool.
func Stem(word string) string {
	s := pool.Get().(*Stemmer)
	stem := s.Stem(word)
	pool.Put(s)
	return stem
}

// AppendStem appends the Snowball Arabic stem of word to dst and returns the
// extended slice. It is safe for concurrent use.
func AppendStem(dst, word []byte) []byte {
	s := pool.Get().(*Stemmer)
	dst = s.AppendStem(dst, word)
	pool.Put(s)
	return dst
}
