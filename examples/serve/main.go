// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

// Command serve offers the qalam library over HTTP, for indexers and
// pipelines in any language, and a page at / that shows the entities of
// an article highlighted in its text.
//
//	serve [-addr 127.0.0.1:8080] [-max-body 10MB] [-concurrency N] [-queue N] ...
//
// # The API
//
// Each endpoint takes POST with the article as its body, and answers with
// the JSON that the matching command writes:
//
//	POST /v1/analyze    the report of analyze -format json (parameter terms)
//	POST /v1/entities   {"entities":[...]}, each mention as the entities command writes it
//	POST /v1/tokenize   {"tokens":[...]} as the tokenize command writes them (parameter clitics),
//	                    or {"sentences":[...]} (parameters sentences, semicolon, join-lines)
//	POST /v1/stem       {"stems":[...]}, one for each line of the body (parameters algorithm, lang)
//	POST /v1/normalize  {"text":...} (parameter preset)
//	GET  /healthz       {"status":"ok"}
//
// Parameters go in the query string (/v1/tokenize?clitics=true); an
// unknown one, or a value out of its choices, is a 400. The body is the
// text itself as text/plain (or with no Content-Type), or a JSON object
// {"text": "...", "file": "..."} as application/json ("file" is optional;
// other fields are ignored). As application/x-ndjson (JSON Lines;
// application/jsonl too) it is a batch: one such object a line in, one
// answer a line out, in the same order. An answer starts with the
// object's "file" when it has one, as the commands name their files.
//
// Errors are answered with {"error": "..."} and the status that says what
// went wrong: 400 for a body that is not valid UTF-8 or not valid JSON, or
// a bad parameter; 404 for an unknown path; 405 for a wrong method; 413
// for a body over -max-body; 415 for another Content-Type or charset; 503
// when -concurrency requests are being worked on and -queue more wait
// already, or a request has waited -queue-wait (with Retry-After).
//
// # The page
//
// GET / serves a page (embedded, with no script, style or font from
// elsewhere, so it works offline) with a text area for an article: it
// sends it to /v1/analyze and shows the text back right to left with each
// entity mention highlighted in its type's colour (a legend names them),
// its English name and gazetteer id on hover or tap, a table of the
// entities grouped as the report groups them, and the key terms.
//
// # Operations
//
// The entity extractor is built once at start-up, with the default
// gazetteer. The server listens on -addr, on localhost by default; it
// bounds the time to read a request, to write its answer and to keep an
// idle connection; it logs a line a request (method, path, status, bytes,
// duration) on standard error with log/slog; and on SIGINT or SIGTERM it
// stops taking connections and finishes the requests in flight (for at
// most -shutdown-timeout) before it exits.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/qalam-nlp/qalam/entities"
	"github.com/qalam-nlp/qalam/internal/cli"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	os.Exit(command(ctx, os.Args[1:], os.Stderr))
}

// config is what the flags set.
type config struct {
	addr                                   string
	maxBody                                byteSize
	concurrency, queue                     int
	queueWait                              time.Duration
	readTimeout, writeTimeout, idleTimeout time.Duration
	shutdownTimeout                        time.Duration
}

// command runs the server with the arguments args until ctx is done, and
// returns the exit status: 0 after a clean shutdown, 1 when the server
// could not start or stop cleanly, 2 for a usage error.
func command(ctx context.Context, args []string, stderr io.Writer) int {
	fl := cli.NewFlagSet("serve", "usage: serve [flags]\n"+
		"Serves the qalam API and the entity page over HTTP until SIGINT or SIGTERM.\n", stderr)
	c := config{maxBody: 10 << 20}
	fl.StringVar(&c.addr, "addr", "127.0.0.1:8080", "`host:port` to listen on (port 0 picks a free one)")
	fl.Var(&c.maxBody, "max-body", "largest request body, in bytes or with a unit (`size`: 512KB, 10MB)")
	fl.IntVar(&c.concurrency, "concurrency", runtime.GOMAXPROCS(0), "requests worked on at once")
	fl.IntVar(&c.queue, "queue", 256, "requests that may wait for their turn; more are answered 503")
	fl.DurationVar(&c.queueWait, "queue-wait", 10*time.Second, "longest a request waits for its turn before a 503")
	fl.DurationVar(&c.readTimeout, "read-timeout", 30*time.Second, "longest time to read a request, body included")
	fl.DurationVar(&c.writeTimeout, "write-timeout", 60*time.Second, "longest time from the end of a request's headers to the end of its answer")
	fl.DurationVar(&c.idleTimeout, "idle-timeout", 120*time.Second, "longest a kept-alive connection waits for its next request")
	fl.DurationVar(&c.shutdownTimeout, "shutdown-timeout", 30*time.Second, "longest the requests in flight are given to finish on SIGINT or SIGTERM")
	if err := fl.Parse(args); err != nil {
		return 2
	}
	if fl.NArg() > 0 {
		fmt.Fprintf(stderr, "serve: unexpected argument %q\n", fl.Arg(0))
		return 2
	}
	if c.concurrency < 1 || c.queue < 0 || c.maxBody < 1 {
		fmt.Fprintln(stderr, "serve: -concurrency and -max-body must be at least 1, -queue at least 0")
		return 2
	}
	log := slog.New(slog.NewTextHandler(stderr, nil))
	if err := run(ctx, c, log); err != nil {
		log.Error("serve", "error", err)
		return 1
	}
	return 0
}

// run builds the extractor, listens on c.addr and serves until ctx is
// done, then shuts down.
func run(ctx context.Context, c config, log *slog.Logger) error {
	start := time.Now()
	x, err := entities.Default()
	if err != nil {
		return err
	}
	log.Info("extractor built", "duration", time.Since(start))
	ln, err := net.Listen("tcp", c.addr)
	if err != nil {
		return err
	}
	s := &server{x: x, maxBody: int64(c.maxBody), limit: newLimiter(c.concurrency, c.queue, c.queueWait), log: log}
	return serve(ctx, ln, s.handler(), c, log)
}

// serve answers requests on ln with h until ctx is done, then stops
// taking connections and waits for the requests in flight, at most
// c.shutdownTimeout.
func serve(ctx context.Context, ln net.Listener, h http.Handler, c config, log *slog.Logger) error {
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: min(c.readTimeout, 10*time.Second),
		ReadTimeout:       c.readTimeout,
		WriteTimeout:      c.writeTimeout,
		IdleTimeout:       c.idleTimeout,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	log.Info("listening", "url", "http://"+ln.Addr().String()+"/")
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
	}
	log.Info("shutting down: finishing the requests in flight")
	sctx, cancel := context.WithTimeout(context.Background(), c.shutdownTimeout)
	defer cancel()
	err := srv.Shutdown(sctx)
	if serr := <-done; !errors.Is(serr, http.ErrServerClosed) {
		err = errors.Join(err, serr)
	}
	if err == nil {
		log.Info("stopped")
	}
	return err
}

// byteSize is a flag of a number of bytes, given bare or with a unit: B,
// KB, MB or GB (powers of 1024).
type byteSize int64

func (b *byteSize) String() string { return strconv.FormatInt(int64(*b), 10) }

func (b *byteSize) Set(s string) error {
	units := []struct {
		suffix string
		shift  uint
	}{{"GB", 30}, {"MB", 20}, {"KB", 10}, {"B", 0}}
	num, shift := strings.TrimSpace(s), uint(0)
	for _, u := range units {
		if n, ok := strings.CutSuffix(strings.ToUpper(num), u.suffix); ok {
			num, shift = strings.TrimSpace(n), u.shift
			break
		}
	}
	n, err := strconv.ParseInt(num, 10, 64)
	if err != nil || n < 0 || n > (1<<62)>>shift {
		return fmt.Errorf("want a number of bytes, with B, KB, MB or GB after it if you like")
	}
	*b = byteSize(n << shift)
	return nil
}
