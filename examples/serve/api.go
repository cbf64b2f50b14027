// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/qalam-nlp/qalam/entities"
	"github.com/qalam-nlp/qalam/internal/cli"
	"github.com/qalam-nlp/qalam/internal/records"
	"github.com/qalam-nlp/qalam/normalize"
	"github.com/qalam-nlp/qalam/report"
	"github.com/qalam-nlp/qalam/stem"
	"github.com/qalam-nlp/qalam/stem/light"
	"github.com/qalam-nlp/qalam/stem/root"
	"github.com/qalam-nlp/qalam/stem/snowball"
	"github.com/qalam-nlp/qalam/tokenize"
	"github.com/qalam-nlp/qalam/tokenize/clitics"
)

// server answers the API and serves the page. It holds the extractor,
// built once; everything else a request needs is made for it.
type server struct {
	x       *entities.Extractor
	maxBody int64
	limit   *limiter
	log     *slog.Logger
}

// operation appends the answer for one article to dst: a JSON object,
// with "file" first when file is not empty.
type operation func(dst []byte, file, text string) []byte

// endpoint makes the operation of one request from its query parameters,
// or fails with a 400.
type endpoint func(q url.Values) (operation, error)

// handler returns the server's routes, each request logged.
func (s *server) handler() http.Handler {
	mux := http.NewServeMux()
	for path, e := range map[string]endpoint{
		"/v1/analyze":   s.analysis,
		"/v1/entities":  s.entities,
		"/v1/tokenize":  tokens,
		"/v1/stem":      stems,
		"/v1/normalize": normalized,
	} {
		mux.Handle(path, s.api(e))
	}
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) {
		if allow(w, r, http.MethodGet) {
			writeJSON(w, http.StatusOK, []byte(`{"status":"ok"}`))
		}
	})
	mux.Handle("/", page())
	return logged(s.log, mux)
}

// api answers POST requests with the operation e makes: one JSON object
// for a text/plain or JSON body, one a line for JSON Lines.
func (s *server) api(e endpoint) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !allow(w, r, http.MethodPost) {
			return
		}
		op, err := e(r.URL.Query())
		if err != nil {
			writeFailure(w, err)
			return
		}
		mt, err := bodyType(r)
		if err != nil {
			writeFailure(w, err)
			return
		}
		if !s.limit.acquire(r.Context()) {
			w.Header().Set("Retry-After", "1")
			writeError(w, http.StatusServiceUnavailable, "overloaded: too many requests at once; try again")
			return
		}
		defer s.limit.release()
		body, err := readBody(w, r, s.maxBody)
		if err != nil {
			writeFailure(w, err)
			return
		}
		docs, err := parseDocuments(body, mt)
		if err != nil {
			writeFailure(w, err)
			return
		}
		if mt != typeJSONLines {
			writeJSON(w, http.StatusOK, op(nil, docs[0].File, *docs[0].Text))
			return
		}
		w.Header().Set("Content-Type", typeJSONLines)
		var line []byte
		for _, d := range docs {
			line = append(op(line[:0], d.File, *d.Text), '\n')
			if _, err := w.Write(line); err != nil {
				return // the client is gone
			}
		}
	})
}

// params checks that q holds only the parameters named, each at most
// once.
func params(q url.Values, names ...string) error {
	for k, v := range q {
		if !slices.Contains(names, k) {
			if len(names) == 0 {
				return fail(http.StatusBadRequest, "unknown parameter %q: this endpoint takes none", k)
			}
			return fail(http.StatusBadRequest, "unknown parameter %q (want %s)", k, strings.Join(names, ", "))
		}
		if len(v) > 1 {
			return fail(http.StatusBadRequest, "parameter %q given %d times", k, len(v))
		}
	}
	return nil
}

// flag returns the boolean parameter name of q: false when absent, true
// when present with no value.
func flag(q url.Values, name string) (bool, error) {
	v, ok := q[name]
	if !ok {
		return false, nil
	}
	if v[0] == "" {
		return true, nil
	}
	b, err := strconv.ParseBool(v[0])
	if err != nil {
		return false, fail(http.StatusBadRequest, "parameter %s=%q: want true or false", name, v[0])
	}
	return b, nil
}

// choice returns the parameter name of q, or def when absent, failing
// when it is not one of choices.
func choice(q url.Values, name, def string, choices []string) (string, error) {
	v := q.Get(name)
	if !q.Has(name) {
		v = def
	}
	if !slices.Contains(choices, v) {
		return "", fail(http.StatusBadRequest, "parameter %s=%q: want one of %s", name, v, strings.Join(choices, ", "))
	}
	return v, nil
}

// open appends the opening of an answer's object: "{", and "file" when
// not empty.
func open(dst []byte, file string) []byte {
	dst = append(dst, '{')
	if file != "" {
		dst = append(cli.AppendJSONString(append(dst, `"file":`...), file), ',')
	}
	return dst
}

// analysis answers the report of package report, encoded as the analyze
// command encodes it with -format json; its "file" is the document's
// (empty for a single article). The terms parameter is the command's
// -terms: the most key terms to keep.
func (s *server) analysis(q url.Values) (operation, error) {
	if err := params(q, "terms"); err != nil {
		return nil, err
	}
	terms := report.DefaultTerms
	if q.Has("terms") {
		n, err := strconv.Atoi(q.Get("terms"))
		if err != nil || n < 0 {
			return nil, fail(http.StatusBadRequest, "parameter terms=%q: want a count of 0 or more", q.Get("terms"))
		}
		terms = n
	}
	return func(dst []byte, file, text string) []byte {
		buf := bytes.NewBuffer(dst)
		enc := json.NewEncoder(buf)
		enc.SetEscapeHTML(false)
		// A report holds strings, numbers and lists only: it always encodes.
		enc.Encode(report.New(s.x, file, text, report.MaxTerms(terms)))
		return bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
	}, nil
}

// entities answers {"entities":[...]}, each mention the object that the
// entities command writes on its line.
func (s *server) entities(q url.Values) (operation, error) {
	if err := params(q); err != nil {
		return nil, err
	}
	return func(dst []byte, file, text string) []byte {
		dst = append(open(dst, file), `"entities":[`...)
		for m := range s.x.Mentions(text) {
			if dst[len(dst)-1] != '[' {
				dst = append(dst, ',')
			}
			dst = records.AppendMention(dst, "", m)
		}
		return append(dst, "]}"...)
	}, nil
}

// tokens answers {"tokens":[...]}, each token the object that the
// tokenize command writes on its line (with "segments" when clitics is
// set); or {"sentences":[...]} when sentences is set.
func tokens(q url.Values) (operation, error) {
	if err := params(q, "clitics", "sentences", "semicolon", "join-lines"); err != nil {
		return nil, err
	}
	var set [4]bool
	for i, name := range []string{"clitics", "sentences", "semicolon", "join-lines"} {
		var err error
		if set[i], err = flag(q, name); err != nil {
			return nil, err
		}
	}
	segment, sentences := set[0], set[1]
	var opts tokenize.SentenceOptions
	if set[2] {
		opts |= tokenize.SplitAtSemicolon
	}
	if set[3] {
		opts |= tokenize.JoinLines
	}
	if sentences {
		if segment {
			return nil, fail(http.StatusBadRequest, "sentences gives sentences, not tokens: it cannot be used with clitics")
		}
		return func(dst []byte, file, text string) []byte {
			dst = append(open(dst, file), `"sentences":[`...)
			for sp := range tokenize.Sentences(text, opts) {
				if dst[len(dst)-1] != '[' {
					dst = append(dst, ',')
				}
				dst = records.AppendSentence(dst, "", sp.Start, text[sp.Start:sp.End])
			}
			return append(dst, "]}"...)
		}, nil
	}
	if opts != 0 {
		return nil, fail(http.StatusBadRequest, "semicolon and join-lines apply to sentences only")
	}
	return func(dst []byte, file, text string) []byte {
		dst = append(open(dst, file), `"tokens":[`...)
		var segs []clitics.Segment
		for t := range tokenize.Tokens(text) {
			if dst[len(dst)-1] != '[' {
				dst = append(dst, ',')
			}
			word := text[t.Start:t.End]
			segs = segs[:0]
			if segment && t.Kind == tokenize.ArabicWord {
				segs = clitics.Default.AppendSegments(segs, word)
			}
			dst = records.AppendToken(dst, "", t.Start, word, t.Kind, segs)
		}
		return append(dst, "]}"...)
	}, nil
}

// arabicStemmers are the Arabic stemmers of the algorithm parameter, as
// the stem command names them.
var arabicStemmers = map[string]func() stem.Stemmer{
	"snowball": func() stem.Stemmer { return new(snowball.Stemmer) },
	"light":    func() stem.Stemmer { return light.Stemmer{} },
	"root":     func() stem.Stemmer { return root.Stemmer{} },
}

// stems answers {"stems":[...]}: the text is read as the stem command
// reads it, one word a line, and each line gets the stem that the command
// writes for it, without the blanks around it (a line of 256 KB or more is
// no word, and comes back as it is).
func stems(q url.Values) (operation, error) {
	if err := params(q, "algorithm", "lang"); err != nil {
		return nil, err
	}
	algorithm, err := choice(q, "algorithm", "snowball", []string{"snowball", "light", "root"})
	if err != nil {
		return nil, err
	}
	lang, err := choice(q, "lang", "english", append(slices.Clone(stem.LatinLanguages), "none"))
	if err != nil {
		return nil, err
	}
	words := stem.Mixed{Arabic: arabicStemmers[algorithm]()}
	if lang != "none" {
		latin, err := stem.NewLatin(lang)
		if err != nil {
			return nil, fail(http.StatusBadRequest, "%v", err)
		}
		words.Latin = latin
	}
	return func(dst []byte, file, text string) []byte {
		dst = append(open(dst, file), `"stems":[`...)
		text = strings.TrimPrefix(text, "\uFEFF")
		for i, line := range lines(text) {
			if i > 0 {
				dst = append(dst, ',')
			}
			if len(line) >= maxStemLine {
				dst = cli.AppendJSONString(dst, line)
				continue
			}
			word := strings.Map(lowerASCII, strings.Trim(line, " \t\r"))
			dst = cli.AppendJSONString(dst, words.Stem(word))
		}
		return append(dst, "]}"...)
	}, nil
}

// maxStemLine is the length from which the stem command writes a line
// back as it is: no word is that long.
const maxStemLine = 256 << 10

// lines returns the lines of text without their line breaks; a last line
// without one counts, an empty text has none.
func lines(text string) []string {
	ls := strings.Split(text, "\n")
	if ls[len(ls)-1] == "" {
		ls = ls[:len(ls)-1]
	}
	return ls
}

// lowerASCII lowers ASCII capitals, as the stem command does before
// stemming (after stemwords).
func lowerASCII(r rune) rune {
	if 'A' <= r && r <= 'Z' {
		return r + 'a' - 'A'
	}
	return r
}

// normalized answers {"text":...}: the text normalised with the preset
// of the preset parameter (search by default), as the normalize command
// writes it.
func normalized(q url.Values) (operation, error) {
	if err := params(q, "preset"); err != nil {
		return nil, err
	}
	name, err := choice(q, "preset", "search", normalize.PresetNames())
	if err != nil {
		return nil, err
	}
	n, ok := normalize.Preset(name)
	if !ok {
		return nil, fmt.Errorf("preset %q listed but not found", name)
	}
	return func(dst []byte, file, text string) []byte {
		dst = append(open(dst, file), `"text":`...)
		return append(cli.AppendJSONString(dst, n.String(text)), '}')
	}, nil
}
