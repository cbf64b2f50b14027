// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package main

import (
	"context"
	"log/slog"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/qalam-nlp/qalam/internal/cli"
)

// limiter bounds the requests being worked on at once, and how many may
// wait for their turn: the server is CPU-bound, so more at once only costs
// memory, and a client that would wait behind a full queue is better told
// at once to come back (503).
type limiter struct {
	slots chan struct{} // one a request being worked on
	queue chan struct{} // one a request waiting for a slot
	wait  time.Duration // the longest a request waits for a slot
}

func newLimiter(concurrency, queue int, wait time.Duration) *limiter {
	return &limiter{make(chan struct{}, concurrency), make(chan struct{}, queue), wait}
}

// acquire takes a slot, waiting for one while fewer than the queue's size
// already wait, at most l.wait and while ctx is live. It reports whether
// it got one; the caller then calls release.
func (l *limiter) acquire(ctx context.Context) bool {
	select {
	case l.slots <- struct{}{}:
		return true
	default:
	}
	select {
	case l.queue <- struct{}{}:
	default:
		return false
	}
	defer func() { <-l.queue }()
	timer := time.NewTimer(l.wait)
	defer timer.Stop()
	select {
	case l.slots <- struct{}{}:
		return true
	case <-timer.C:
	case <-ctx.Done():
	}
	return false
}

func (l *limiter) release() { <-l.slots }

// busy returns the number of requests holding a slot.
func (l *limiter) busy() int { return len(l.slots) }

// writeJSON answers with status and the JSON object obj (a line break is
// added).
func writeJSON(w http.ResponseWriter, status int, obj []byte) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Content-Length", strconv.Itoa(len(obj)+1))
	w.WriteHeader(status)
	w.Write(append(obj, '\n'))
}

// writeError answers with status and {"error": msg}.
func writeError(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, append(cli.AppendJSONString([]byte(`{"error":`), msg), '}'))
}

// writeFailure answers err: a *statusError with its status, anything else
// with 500.
func writeFailure(w http.ResponseWriter, err error) {
	if se, ok := err.(*statusError); ok {
		writeError(w, se.status, se.msg)
		return
	}
	writeError(w, http.StatusInternalServerError, err.Error())
}

// allow answers 405, with the Allow header, when r's method is none of
// methods, and reports whether it is one of them. HEAD is allowed with GET.
func allow(w http.ResponseWriter, r *http.Request, methods ...string) bool {
	for _, m := range methods {
		if r.Method == m || (m == http.MethodGet && r.Method == http.MethodHead) {
			return true
		}
	}
	list := strings.Join(methods, ", ")
	if slices.Contains(methods, http.MethodGet) {
		list += ", " + http.MethodHead
	}
	w.Header().Set("Allow", list)
	writeError(w, http.StatusMethodNotAllowed, "method "+r.Method+" not allowed; use "+list)
	return false
}

// logged writes a line to log after each request: method, path, status,
// bytes of the answer's body and duration.
func logged(log *slog.Logger, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &recorder{ResponseWriter: w, status: http.StatusOK}
		next.ServeHTTP(rec, r)
		log.LogAttrs(r.Context(), slog.LevelInfo, "request",
			slog.String("method", r.Method),
			slog.String("path", r.URL.Path),
			slog.Int("status", rec.status),
			slog.Int64("bytes", rec.bytes),
			slog.Duration("duration", time.Since(start)))
	})
}

// recorder notes the status and the size of an answer.
type recorder struct {
	http.ResponseWriter
	status int
	bytes  int64
	wrote  bool
}

func (r *recorder) WriteHeader(status int) {
	if !r.wrote {
		r.status, r.wrote = status, true
	}
	r.ResponseWriter.WriteHeader(status)
}

func (r *recorder) Write(b []byte) (int, error) {
	r.wrote = true
	n, err := r.ResponseWriter.Write(b)
	r.bytes += int64(n)
	return n, err
}

// Unwrap lets http.ResponseController reach the connection's writer.
func (r *recorder) Unwrap() http.ResponseWriter { return r.ResponseWriter }
