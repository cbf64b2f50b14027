// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/qalam-nlp/qalam/internal/cli/clitest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRequestLog(t *testing.T) {
	var logs clitest.SyncBuffer
	h := newServer(t, 1<<20, 2, 2, slog.New(slog.NewTextHandler(&logs, nil))).handler()
	rec := post(h, "/v1/entities", putin)
	do(h, "GET", "/v1/entities", "", nil)
	lines := strings.Split(strings.TrimSpace(logs.String()), "\n")
	require.Len(t, lines, 2)
	assert.Contains(t, lines[0], fmt.Sprintf("msg=request method=POST path=/v1/entities status=200 bytes=%d duration=", rec.Body.Len()))
	assert.Contains(t, lines[1], "method=GET path=/v1/entities status=405 bytes=45 duration=")
}

// start serves s on a free port of localhost until the returned cancel is
// called; wait returns serve's error.
func start(t *testing.T, s *server, c config) (addr string, cancel func(), wait func() error) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- serve(ctx, ln, s.handler(), c, s.log) }()
	t.Cleanup(cancel)
	return ln.Addr().String(), cancel, func() error { return <-done }
}

var testConfig = config{readTimeout: 5 * time.Second, writeTimeout: 5 * time.Second, idleTimeout: 5 * time.Second, shutdownTimeout: 5 * time.Second}

// TestGracefulShutdown starts a request, stops the server while its body
// is still coming, and checks that the request is answered in full and
// that no new connection is taken.
func TestGracefulShutdown(t *testing.T) {
	var logs clitest.SyncBuffer
	s := newServer(t, 1<<20, 2, 2, slog.New(slog.NewTextHandler(&logs, nil)))
	addr, stop, wait := start(t, s, testConfig)
	body, feed := io.Pipe()
	answer := make(chan *http.Response, 1)
	go func() {
		resp, err := http.Post("http://"+addr+"/v1/entities", "text/plain", body)
		assert.NoError(t, err)
		answer <- resp
	}()
	_, err := feed.Write([]byte(putin[:40]))
	require.NoError(t, err)
	for s.limit.busy() == 0 { // the handler is at work, reading the body
		time.Sleep(time.Millisecond)
	}
	stop()
	for !strings.Contains(logs.String(), "shutting down") {
		time.Sleep(time.Millisecond)
	}
	_, err = net.DialTimeout("tcp", addr, time.Second)
	assert.Error(t, err, "no new connection during shutdown")
	_, err = feed.Write([]byte(putin[40:]))
	require.NoError(t, err)
	require.NoError(t, feed.Close())
	resp := <-answer
	require.NotNil(t, resp)
	defer resp.Body.Close()
	assert.Equal(t, http.StatusOK, resp.StatusCode)
	got, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	assert.Equal(t, post(s.handler(), "/v1/entities", putin).Body.String(), string(got))
	require.NoError(t, wait())
	assert.Contains(t, logs.String(), "msg=stopped")
}

// TestReadTimeout checks that a client that stops sending its body is cut
// off after the read timeout instead of holding its slot for ever.
func TestReadTimeout(t *testing.T) {
	s := newServer(t, 1<<20, 2, 2, nil)
	c := testConfig
	c.readTimeout = 200 * time.Millisecond
	addr, _, _ := start(t, s, c)
	conn, err := net.Dial("tcp", addr)
	require.NoError(t, err)
	defer conn.Close()
	fmt.Fprintf(conn, "POST /v1/entities HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 100\r\n\r\nقال")
	require.NoError(t, conn.SetReadDeadline(time.Now().Add(5*time.Second)))
	start := time.Now()
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err == nil { // the handler saw the body fail and answered
		assert.Equal(t, http.StatusBadRequest, resp.StatusCode)
		resp.Body.Close()
	}
	assert.Less(t, time.Since(start), 4*time.Second)
	for s.limit.busy() != 0 {
		time.Sleep(time.Millisecond)
	}
}

// TestServe runs a request over a real connection, keep-alive included.
func TestServe(t *testing.T) {
	s := newServer(t, 1<<20, 2, 2, nil)
	addr, stop, wait := start(t, s, testConfig)
	for range 3 {
		resp, err := http.Get("http://" + addr + "/healthz")
		require.NoError(t, err)
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		assert.Equal(t, http.StatusOK, resp.StatusCode)
	}
	stop()
	require.NoError(t, wait())
}

func TestCommandUsage(t *testing.T) {
	for _, c := range []struct {
		args   []string
		status int
		stderr string
	}{
		{[]string{"-h"}, 2, "usage: serve"},
		{[]string{"extra"}, 2, `unexpected argument "extra"`},
		{[]string{"-max-body", "ten"}, 2, "want a number of bytes"},
		{[]string{"-concurrency", "0"}, 2, "-concurrency"},
		{[]string{"-addr", "127.0.0.1:-1"}, 1, "level=ERROR"},
	} {
		var stderr bytes.Buffer
		assert.Equal(t, c.status, command(context.Background(), c.args, &stderr), "%v", c.args)
		assert.Contains(t, stderr.String(), c.stderr, "%v", c.args)
	}
}

// TestCommand starts the command on a free port and stops it.
func TestCommand(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	var stderr clitest.SyncBuffer
	done := make(chan int)
	go func() { done <- command(ctx, []string{"-addr", "127.0.0.1:0"}, &stderr) }()
	for !strings.Contains(stderr.String(), "msg=listening") {
		time.Sleep(5 * time.Millisecond)
	}
	cancel()
	assert.Equal(t, 0, <-done)
	assert.Contains(t, stderr.String(), "msg=stopped")
}

func TestByteSize(t *testing.T) {
	for in, want := range map[string]int64{"0": 0, "100": 100, "512KB": 512 << 10, "10MB": 10 << 20, "10mb": 10 << 20, "1 GB": 1 << 30, "7B": 7} {
		var b byteSize
		require.NoError(t, b.Set(in), in)
		assert.Equal(t, want, int64(b), in)
	}
	for _, in := range []string{"", "MB", "-1", "1.5MB", "10TB", "99999999999GB"} {
		var b byteSize
		assert.Error(t, b.Set(in), in)
	}
}
