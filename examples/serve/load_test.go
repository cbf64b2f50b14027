// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/qalam-nlp/qalam/internal/shared"
)

// The load test: loadRequests requests of the real 2–4 KB articles of
// ../shared/corpus/articles, loadClients at a time, against /v1/entities
// of the server started as its own process on localhost with its default
// flags. Every answer must be 200 and the same as the first answer for its
// article. It is bounded in count and in time (loadTimeout), and runs only
// when asked:
//
//	QALAM_LOAD=1 go test ./examples/serve -run Load -v
const (
	loadRequests = 20_000
	loadClients  = 32
	loadTimeout  = 3 * time.Minute
)

func TestLoad(t *testing.T) {
	if os.Getenv("QALAM_LOAD") == "" {
		t.Skip("the load test runs with QALAM_LOAD=1")
	}
	if runtime.GOOS != "linux" {
		t.Skip("the load test reads the server's memory and CPU time in /proc")
	}
	articles := loadArticles(t)
	srv := startProcess(t, buildCommand(t, "serve"))
	url := srv.url + "v1/entities"
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: loadClients}}
	post := func(ctx context.Context, text []byte) ([]byte, error) {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(text))
		if err != nil {
			return nil, err
		}
		req.Header.Set("Content-Type", "text/plain; charset=utf-8")
		resp, err := client.Do(req)
		if err != nil {
			return nil, err
		}
		defer resp.Body.Close()
		body, err := io.ReadAll(resp.Body)
		if err == nil && resp.StatusCode != http.StatusOK {
			err = fmt.Errorf("status %d: %s", resp.StatusCode, body)
		}
		return body, err
	}

	// The expected answers, which also warm the server up.
	ctx, cancel := context.WithTimeout(context.Background(), loadTimeout)
	defer cancel()
	want := make([][]byte, len(articles))
	for i, a := range articles {
		var err error
		want[i], err = post(ctx, a)
		require.NoError(t, err)
		require.True(t, bytes.HasPrefix(want[i], []byte(`{"entities":[{`)), "%s", want[i])
	}
	warmRSS := srv.status(t, "VmRSS")
	cpu0 := srv.cpu(t)

	// The server's resident memory, sampled as the requests go.
	var samples []int64 // VmRSS at each tenth of the requests
	var done atomic.Int64
	stopSampling := make(chan struct{})
	sampled := make(chan struct{})
	go func() {
		defer close(sampled)
		tick := time.NewTicker(20 * time.Millisecond)
		defer tick.Stop()
		for next := int64(loadRequests / 10); ; {
			select {
			case <-stopSampling:
				return
			case <-tick.C:
			}
			if done.Load() >= next {
				samples = append(samples, srv.status(t, "VmRSS"))
				next += loadRequests / 10
			}
		}
	}()

	latency := make([]time.Duration, loadRequests)
	var failures atomic.Int64
	var firstFailure sync.Once
	var next atomic.Int64
	var wg sync.WaitGroup
	start := time.Now()
	for range loadClients {
		wg.Go(func() {
			for {
				i := next.Add(1) - 1
				if i >= loadRequests || ctx.Err() != nil {
					return
				}
				k := int(i) % len(articles)
				t0 := time.Now()
				body, err := post(ctx, articles[k])
				latency[i] = time.Since(t0)
				if err == nil && !bytes.Equal(body, want[k]) {
					err = fmt.Errorf("answer for article %d differs from the first one", k)
				}
				if err != nil {
					failures.Add(1)
					firstFailure.Do(func() { t.Errorf("request %d: %v", i, err) })
				}
				done.Add(1)
			}
		})
	}
	wg.Wait()
	elapsed := time.Since(start)
	close(stopSampling)
	<-sampled
	require.NoError(t, ctx.Err(), "the load test ran out of time after %d requests", done.Load())
	cpu := srv.cpu(t) - cpu0
	peak := srv.status(t, "VmHWM")
	srv.stop(t)

	slices.Sort(latency)
	pct := func(p float64) time.Duration { return latency[int(p*float64(len(latency)-1))] }
	var inBytes int
	for _, a := range articles {
		inBytes += len(a)
	}
	t.Logf("%d requests of %d articles (%d–%d bytes, mean %d) at concurrency %d on /v1/entities: %d errors",
		loadRequests, len(articles), len(slices.MinFunc(articles, byLen)), len(slices.MaxFunc(articles, byLen)), inBytes/len(articles), loadClients, failures.Load())
	t.Logf("%.2f s: %.0f requests/s; latency p50 %v, p99 %v, max %v",
		elapsed.Seconds(), loadRequests/elapsed.Seconds(), pct(0.50).Round(10*time.Microsecond), pct(0.99).Round(10*time.Microsecond), latency[len(latency)-1].Round(10*time.Microsecond))
	t.Logf("server CPU %.2f s (user+sys, %.0f µs a request); resident memory %s after warm-up, %s at each tenth, peak %s",
		cpu.Seconds(), cpu.Seconds()*1e6/loadRequests, mb(warmRSS), mbs(samples), mb(peak))
	require.Zero(t, failures.Load())
	// Flat memory: the requests of the second half add nothing to what the
	// first half reached (a growing server would show it there).
	require.GreaterOrEqual(t, len(samples), 5)
	half := slices.Max(samples[:len(samples)/2])
	require.LessOrEqual(t, slices.Max(samples[len(samples)/2:]), half+half/4,
		"resident memory grew in the second half: %s", mbs(samples))
}

func byLen(a, b []byte) int { return len(a) - len(b) }

// loadArticles returns the articles of ../shared/corpus/articles whose size
// is between 2 and 4 KB.
func loadArticles(t *testing.T) [][]byte {
	dir := shared.Path(t, "corpus/articles")
	paths, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	require.NoError(t, err)
	var articles [][]byte
	for _, p := range paths {
		data, err := os.ReadFile(p)
		require.NoError(t, err)
		if len(data) >= 2<<10 && len(data) <= 4<<10 {
			articles = append(articles, data)
		}
	}
	require.NotEmpty(t, articles)
	return articles
}

// process is the server running as its own process.
type process struct {
	cmd *exec.Cmd
	url string
}

var listeningAt = regexp.MustCompile(`msg=listening url=(\S+)`)

// startProcess starts the server binary bin on a free port of localhost
// with its default flags; its request log is read and dropped.
func startProcess(t *testing.T, bin string) *process {
	t.Helper()
	cmd := exec.Command(bin, "-addr", "127.0.0.1:0")
	stderr, err := cmd.StderrPipe()
	require.NoError(t, err)
	require.NoError(t, cmd.Start())
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	lines := bufio.NewScanner(stderr)
	for lines.Scan() {
		if m := listeningAt.FindStringSubmatch(lines.Text()); m != nil {
			go io.Copy(io.Discard, stderr)
			return &process{cmd, m[1]}
		}
	}
	t.Fatalf("the server did not start: %v", lines.Err())
	return nil
}

// status returns a memory field of /proc/PID/status (VmRSS, VmHWM) in bytes.
func (p *process) status(t *testing.T, field string) int64 {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", p.cmd.Process.Pid))
	require.NoError(t, err)
	for line := range strings.Lines(string(data)) {
		if rest, ok := strings.CutPrefix(line, field+":"); ok {
			kb, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			require.NoError(t, err)
			return kb << 10
		}
	}
	t.Fatalf("no %s in /proc/%d/status", field, p.cmd.Process.Pid)
	return 0
}

// cpu returns the user and system CPU time the process has used.
func (p *process) cpu(t *testing.T) time.Duration {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", p.cmd.Process.Pid))
	require.NoError(t, err)
	// The fields after the command name, which is in parentheses:
	// utime and stime are the 12th and 13th of them, in clock ticks.
	fields := strings.Fields(string(data[bytes.LastIndexByte(data, ')')+1:]))
	utime, err1 := strconv.ParseInt(fields[11], 10, 64)
	stime, err2 := strconv.ParseInt(fields[12], 10, 64)
	require.NoError(t, err1)
	require.NoError(t, err2)
	const ticks = 100 // USER_HZ on Linux
	return time.Duration(utime+stime) * time.Second / ticks
}

// stop sends SIGTERM and checks that the server exits cleanly.
func (p *process) stop(t *testing.T) {
	require.NoError(t, p.cmd.Process.Signal(os.Interrupt))
	require.NoError(t, p.cmd.Wait())
}

func mb(n int64) string { return fmt.Sprintf("%.1f MB", float64(n)/(1<<20)) }

func mbs(ns []int64) string {
	s := make([]string, len(ns))
	for i, n := range ns {
		s[i] = fmt.Sprintf("%.1f", float64(n)/(1<<20))
	}
	return strings.Join(s, " ") + " MB"
}
