// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package main

import (
	"bytes"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/qalam-nlp/qalam/entities"
)

// extractor is the default extractor, built once for all the tests.
var extractor = sync.OnceValues(entities.Default)

// newServer returns a server with the default extractor and the limits
// given, logging to log (nil: nowhere).
func newServer(t testing.TB, maxBody int64, concurrency, queue int, log *slog.Logger) *server {
	t.Helper()
	x, err := extractor()
	require.NoError(t, err)
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &server{x: x, maxBody: maxBody, limit: newLimiter(concurrency, queue, 50*time.Millisecond), log: log}
}

// do sends a request to h and returns the answer.
func do(h http.Handler, method, target, contentType string, body io.Reader) *httptest.ResponseRecorder {
	req := httptest.NewRequest(method, target, body)
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

// post sends text as text/plain to target.
func post(h http.Handler, target, text string) *httptest.ResponseRecorder {
	return do(h, http.MethodPost, target, "text/plain; charset=utf-8", strings.NewReader(text))
}

// errorOf checks that rec is a JSON error of the status given and returns
// its message.
func errorOf(t *testing.T, rec *httptest.ResponseRecorder, status int) string {
	t.Helper()
	require.Equal(t, status, rec.Code, "body %s", rec.Body)
	assert.Equal(t, "application/json", rec.Header().Get("Content-Type"))
	var e struct{ Error string }
	dec := json.NewDecoder(rec.Body)
	dec.DisallowUnknownFields()
	require.NoError(t, dec.Decode(&e))
	require.NotEmpty(t, e.Error)
	return e.Error
}

const putin = "قال الرئيس الروسي فلاديمير بوتين إن القمة في ألاسكا كانت بناءة"

func TestEntities(t *testing.T) {
	h := newServer(t, 1<<20, 2, 2, nil).handler()
	rec := post(h, "/v1/entities", putin)
	require.Equal(t, http.StatusOK, rec.Code, rec.Body.String())
	assert.Equal(t, "application/json", rec.Header().Get("Content-Type"))
	var got struct {
		Entities []struct {
			Start, End         int
			Text, Type, ID     string
			Canonical, Country string
		}
	}
	require.NoError(t, json.Unmarshal(rec.Body.Bytes(), &got))
	var ids []string
	for _, m := range got.Entities {
		assert.Equal(t, putin[m.Start:m.End], m.Text)
		ids = append(ids, m.ID)
	}
	assert.Contains(t, ids, "vladimir-putin")
	assert.Contains(t, ids, "alaska-us")

	rec = post(h, "/v1/entities", "")
	assert.Equal(t, "{\"entities\":[]}\n", rec.Body.String())
}

// TestBodyForms checks that the three forms of a body give the same
// answer: text/plain (or no type), JSON, and one line of JSON Lines, which
// echoes "file".
func TestBodyForms(t *testing.T) {
	h := newServer(t, 1<<20, 2, 2, nil).handler()
	for _, target := range []string{"/v1/analyze", "/v1/analyze?terms=0", "/v1/entities", "/v1/tokenize", "/v1/tokenize?clitics", "/v1/tokenize?sentences=1&semicolon=true",
		"/v1/stem", "/v1/stem?algorithm=root&lang=none", "/v1/normalize?preset=clean"} {
		plain := post(h, target, putin)
		require.Equal(t, http.StatusOK, plain.Code, "%s: %s", target, plain.Body)
		body := plain.Body.String()
		assert.True(t, json.Valid([]byte(body)), "%s: %s", target, body)

		untyped := do(h, http.MethodPost, target, "", strings.NewReader(putin))
		assert.Equal(t, body, untyped.Body.String(), target)

		doc, _ := json.Marshal(map[string]string{"text": putin, "other": "ignored"})
		js := do(h, http.MethodPost, target, "application/json", bytes.NewReader(doc))
		assert.Equal(t, body, js.Body.String(), target)

		named, _ := json.Marshal(map[string]string{"file": "a\"b.txt", "text": putin})
		js = do(h, http.MethodPost, target, "application/json", bytes.NewReader(named))
		// The report has its own "file", empty for a single article.
		withFile := `{"file":"a\"b.txt",` + strings.TrimPrefix(body[1:], `"file":"",`)
		assert.Equal(t, withFile, js.Body.String(), target)

		line := named
		batch := do(h, http.MethodPost, target, "application/x-ndjson", bytes.NewReader(append(line, '\n')))
		require.Equal(t, http.StatusOK, batch.Code, "%s: %s", target, batch.Body)
		assert.Equal(t, "application/x-ndjson", batch.Header().Get("Content-Type"))
		assert.Equal(t, withFile, batch.Body.String(), target)
	}
}

func TestBatch(t *testing.T) {
	h := newServer(t, 1<<20, 2, 2, nil).handler()
	texts := []string{putin, "", "ترامب في ألاسكا", "لا شيء هنا"}
	var in bytes.Buffer
	for i, text := range texts {
		line, _ := json.Marshal(map[string]any{"text": text, "file": []string{"", "b", "c", ""}[i]})
		in.Write(line)
		in.WriteString("\n \n") // blank lines are skipped
	}
	rec := do(h, http.MethodPost, "/v1/entities", "application/jsonl", &in)
	require.Equal(t, http.StatusOK, rec.Code, rec.Body.String())
	lines := strings.Split(strings.TrimSuffix(rec.Body.String(), "\n"), "\n")
	require.Len(t, lines, len(texts))
	for i, text := range texts {
		single := strings.TrimSuffix(post(h, "/v1/entities", text).Body.String(), "\n")
		if file := []string{"", "b", "c", ""}[i]; file != "" {
			single = `{"file":"` + file + `",` + single[1:]
		}
		assert.Equal(t, single, lines[i])
	}

	rec = do(h, http.MethodPost, "/v1/entities", "application/x-ndjson", strings.NewReader(""))
	assert.Equal(t, http.StatusOK, rec.Code)
	assert.Empty(t, rec.Body.String())
}

func TestStem(t *testing.T) {
	h := newServer(t, 1<<20, 2, 2, nil).handler()
	for _, c := range []struct{ target, in, want string }{
		{"/v1/stem", "المكتبات\nElections\n2025\n", `{"stems":["مكتب","elect","2025"]}`},
		{"/v1/stem", "\uFEFF  المكتبات \r\n\nELECTIONS", `{"stems":["مكتب","","elect"]}`},
		{"/v1/stem?lang=none", "Elections", `{"stems":["elections"]}`},
		{"/v1/stem?lang=french", "nationales", `{"stems":["national"]}`},
		{"/v1/stem?algorithm=light", "المكتبات", `{"stems":["مكتب"]}`},
		{"/v1/stem?algorithm=root", "المكتبات", `{"stems":["كتب"]}`},
		{"/v1/stem", "", `{"stems":[]}`},
	} {
		rec := post(h, c.target, c.in)
		assert.Equal(t, c.want+"\n", rec.Body.String(), "%s %q", c.target, c.in)
	}
}

func TestNormalize(t *testing.T) {
	h := newServer(t, 1<<20, 2, 2, nil).handler()
	rec := post(h, "/v1/normalize", "أَحْمَد إلى مدرسة")
	assert.Equal(t, `{"text":"احمد الي مدرسه"}`+"\n", rec.Body.String())
}

func TestTokenize(t *testing.T) {
	h := newServer(t, 1<<20, 2, 2, nil).handler()
	rec := post(h, "/v1/tokenize?sentences", "قال: نعم. ثم ذهب؛ وعاد")
	assert.Equal(t, `{"sentences":[{"start":0,"end":15,"text":"قال: نعم."},{"start":16,"end":38,"text":"ثم ذهب؛ وعاد"}]}`+"\n", rec.Body.String())
	rec = post(h, "/v1/tokenize?sentences&semicolon", "ثم ذهب؛ وعاد")
	assert.Equal(t, `{"sentences":[{"start":0,"end":13,"text":"ثم ذهب؛"},{"start":14,"end":22,"text":"وعاد"}]}`+"\n", rec.Body.String())
	rec = post(h, "/v1/tokenize", "وبالقلم")
	assert.Equal(t, `{"tokens":[{"start":0,"end":14,"text":"وبالقلم","kind":"arabic"}]}`+"\n", rec.Body.String())
	rec = post(h, "/v1/tokenize?clitics=true", "وبالقلم")
	assert.Equal(t, `{"tokens":[{"start":0,"end":14,"text":"وبالقلم","kind":"arabic","segments":[{"start":0,"end":2,"text":"و"},{"start":2,"end":4,"text":"ب"},{"start":4,"end":14,"text":"القلم"}]}]}`+"\n", rec.Body.String())
}

// TestErrors checks each failure's status and message.
func TestErrors(t *testing.T) {
	h := newServer(t, 64, 2, 2, nil).handler()
	invalid := "قال \xff"
	for _, c := range []struct {
		name, method, target, contentType, body string
		status                                  int
		message                                 string
	}{
		{"GET on the API", "GET", "/v1/entities", "", "", 405, "use POST"},
		{"PUT on the API", "PUT", "/v1/stem", "text/plain", "x", 405, "use POST"},
		{"POST on health", "POST", "/healthz", "text/plain", "", 405, "use GET, HEAD"},
		{"DELETE on the page", "DELETE", "/", "", "", 405, "use GET, HEAD"},
		{"bad terms", "POST", "/v1/analyze?terms=-1", "text/plain", "x", 400, "want a count of 0 or more"},
		{"unknown path", "GET", "/v2/entities", "", "", 404, "no such path: /v2/entities"},
		{"unknown API path", "POST", "/v1/parse", "text/plain", "x", 404, "no such path"},
		{"form type", "POST", "/v1/entities", "application/x-www-form-urlencoded", "x", 415, "want text/plain, application/json or application/x-ndjson"},
		{"xml", "POST", "/v1/normalize", "application/xml", "<a/>", 415, "application/xml"},
		{"latin1", "POST", "/v1/entities", "text/plain; charset=iso-8859-1", "x", 415, `charset "iso-8859-1"`},
		{"bad type", "POST", "/v1/entities", "text/", "x", 415, "Content-Type"},
		{"invalid UTF-8 text", "POST", "/v1/entities", "text/plain", invalid, 400, "not valid UTF-8 (byte offset 7)"},
		{"invalid UTF-8 JSON", "POST", "/v1/entities", "application/json", `{"text":"` + invalid + `"}`, 400, "not valid UTF-8 (byte offset 16)"},
		{"invalid JSON", "POST", "/v1/tokenize", "application/json", `{"text":`, 400, "invalid JSON"},
		{"JSON array", "POST", "/v1/tokenize", "application/json", `["x"]`, 400, "invalid JSON"},
		{"two objects", "POST", "/v1/tokenize", "application/json", `{"text":"a"} {"text":"b"}`, 400, "more than one value"},
		{"no text", "POST", "/v1/stem", "application/json", `{"file":"a"}`, 400, `no "text" field`},
		{"text not a string", "POST", "/v1/stem", "application/json", `{"text":5}`, 400, "invalid JSON"},
		{"bad batch line", "POST", "/v1/entities", "application/x-ndjson", "{\"text\":\"a\"}\n\n{\"text\"}\n", 400, "line 3: invalid JSON"},
		{"unknown parameter", "POST", "/v1/tokenize?clitic=1", "text/plain", "x", 400, `unknown parameter "clitic" (want clitics, sentences, semicolon, join-lines)`},
		{"parameter on entities", "POST", "/v1/entities?x=1", "text/plain", "x", 400, "takes none"},
		{"repeated parameter", "POST", "/v1/stem?lang=none&lang=english", "text/plain", "x", 400, "given 2 times"},
		{"bad boolean", "POST", "/v1/tokenize?clitics=yes", "text/plain", "x", 400, `clitics="yes": want true or false`},
		{"bad algorithm", "POST", "/v1/stem?algorithm=porter", "text/plain", "x", 400, "want one of snowball, light, root"},
		{"bad language", "POST", "/v1/stem?lang=arabic", "text/plain", "x", 400, "want one of english"},
		{"bad preset", "POST", "/v1/normalize?preset=x", "text/plain", "x", 400, "want one of"},
		{"clitics with sentences", "POST", "/v1/tokenize?clitics&sentences", "text/plain", "x", 400, "cannot be used with clitics"},
		{"semicolon without sentences", "POST", "/v1/tokenize?semicolon", "text/plain", "x", 400, "sentences only"},
		{"too large", "POST", "/v1/entities", "text/plain", strings.Repeat("ب", 33), 413, "over the limit of 64"},
	} {
		t.Run(c.name, func(t *testing.T) {
			rec := do(h, c.method, c.target, c.contentType, strings.NewReader(c.body))
			assert.Contains(t, errorOf(t, rec, c.status), c.message)
			if c.status == http.StatusMethodNotAllowed {
				assert.NotEmpty(t, rec.Header().Get("Allow"))
			}
		})
	}
}

// TestTooLarge checks the size limit on a body whose length is not given
// up front (chunked), and a body exactly at the limit.
func TestTooLarge(t *testing.T) {
	h := newServer(t, 64, 2, 2, nil).handler()
	req := httptest.NewRequest("POST", "/v1/entities", io.MultiReader(strings.NewReader(strings.Repeat("a", 40)), strings.NewReader(strings.Repeat("b", 40))))
	req.ContentLength = -1
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	assert.Contains(t, errorOf(t, rec, http.StatusRequestEntityTooLarge), "over the limit of 64 bytes")

	rec = post(h, "/v1/entities", strings.Repeat("ب", 32))
	assert.Equal(t, http.StatusOK, rec.Code)
}

func TestOverloaded(t *testing.T) {
	s := newServer(t, 1<<20, 1, 0, nil)
	h := s.handler()
	require.True(t, s.limit.acquire(t.Context())) // the one slot is taken
	rec := post(h, "/v1/entities", putin)
	assert.Contains(t, errorOf(t, rec, http.StatusServiceUnavailable), "overloaded")
	assert.Equal(t, "1", rec.Header().Get("Retry-After"))
	// Health and the page are not limited.
	assert.Equal(t, http.StatusOK, do(h, "GET", "/healthz", "", nil).Code)
	assert.Equal(t, http.StatusOK, do(h, "GET", "/", "", nil).Code)
	s.limit.release()
	assert.Equal(t, http.StatusOK, post(h, "/v1/entities", putin).Code)
}

// TestQueue checks that a request waits for a slot while the queue has
// room, for at most the wait, and gets its turn when a slot frees.
func TestQueue(t *testing.T) {
	s := newServer(t, 1<<20, 1, 1, nil)
	h := s.handler()
	require.True(t, s.limit.acquire(t.Context()))
	start := time.Now()
	rec := post(h, "/v1/entities", putin)
	errorOf(t, rec, http.StatusServiceUnavailable)
	assert.GreaterOrEqual(t, time.Since(start), 50*time.Millisecond, "it waited its turn")

	s.limit.wait = time.Minute
	done := make(chan int)
	go func() { done <- post(h, "/v1/entities", putin).Code }()
	for len(s.limit.queue) == 0 {
		time.Sleep(time.Millisecond)
	}
	// The queue is full: the next one is turned away at once.
	errorOf(t, post(h, "/v1/entities", putin), http.StatusServiceUnavailable)
	s.limit.release()
	assert.Equal(t, http.StatusOK, <-done)
}

func TestHealth(t *testing.T) {
	h := newServer(t, 1<<20, 2, 2, nil).handler()
	rec := do(h, "GET", "/healthz", "", nil)
	assert.Equal(t, http.StatusOK, rec.Code)
	assert.Equal(t, "{\"status\":\"ok\"}\n", rec.Body.String())
	assert.Equal(t, http.StatusOK, do(h, "HEAD", "/healthz", "", nil).Code)
}

// FuzzAPI checks that any body gets a JSON answer, never a 5xx: 200 with
// valid JSON whose offsets fall inside the text, or a 4xx.
func FuzzAPI(f *testing.F) {
	f.Add(putin, "text/plain")
	f.Add(`{"text":"وبالقلم"}`, "application/json")
	f.Add("{\"text\":\"a\"}\n{\"file\":\"b\",\"text\":\"بوتين\"}", "application/x-ndjson")
	f.Add("\xff\xfe", "text/plain")
	s := newServer(f, 1<<16, 4, 4, nil)
	h := s.handler()
	f.Fuzz(func(t *testing.T, body, contentType string) {
		for _, target := range []string{"/v1/analyze", "/v1/entities", "/v1/tokenize?clitics", "/v1/tokenize?sentences", "/v1/stem", "/v1/normalize"} {
			rec := do(h, "POST", target, contentType, strings.NewReader(body))
			require.Less(t, rec.Code, 500, "%s: %s", target, rec.Body)
			out := rec.Body.Bytes()
			if rec.Code != http.StatusOK {
				require.True(t, json.Valid(out), "%s: %q", target, out)
				continue
			}
			for _, line := range bytes.Split(bytes.TrimSuffix(out, []byte("\n")), []byte("\n")) {
				if len(line) > 0 {
					require.True(t, json.Valid(line), "%s: %q", target, line)
				}
			}
		}
	})
}
