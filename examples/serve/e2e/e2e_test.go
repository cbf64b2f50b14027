// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

// Package e2e tests the page of examples/serve in a real browser: headless
// Chromium driven by chromedp. It is a module of its own so that the
// library's importers never download chromedp.
//
// The test builds and starts the server on a free port of localhost, loads
// the page, enters the seed article, runs the analysis and checks what a
// reader sees: the entities highlighted with the colour of their type, the
// hover text, the legend, right-to-left text, and a layout that fits a
// phone. It saves screenshots (PNG) in $QALAM_E2E_ARTIFACTS, or in a
// temporary folder, and logs their paths.
//
// It needs Chromium (Debian's chromium package; CHROMIUM names another
// binary) and skips without it; it also skips without ../shared, which
// holds the seed article.
package e2e

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"

	"github.com/qalam-nlp/qalam/internal/shared"
)

// chromium returns the path of the browser to drive, or skips the test.
func chromium(t *testing.T) string {
	if path := os.Getenv("CHROMIUM"); path != "" {
		return path
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if path, err := exec.LookPath(name); err == nil {
			return path
		}
	}
	t.Skip("no Chromium found (apt-get install chromium, or set CHROMIUM)")
	return ""
}

var listening = regexp.MustCompile(`msg=listening url=(\S+)`)

// startServer builds examples/serve, starts it on a free port of
// localhost and returns its URL; the server is stopped with SIGTERM when
// the test ends.
func startServer(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "serve")
	build := exec.Command("go", "build", "-o", bin, "./examples/serve")
	build.Dir = filepath.Join("..", "..", "..") // the main module, with its go.sum
	out, err := build.CombinedOutput()
	if err != nil {
		t.Fatalf("building the server: %v\n%s", err, out)
	}
	cmd := exec.Command(bin, "-addr", "127.0.0.1:0")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		cmd.Process.Signal(os.Interrupt)
		cmd.Wait()
	})
	lines := bufio.NewScanner(stderr)
	for lines.Scan() {
		if m := listening.FindStringSubmatch(lines.Text()); m != nil {
			go io.Copy(io.Discard, stderr) // the request log
			return m[1]
		}
	}
	t.Fatalf("the server did not start: %v", lines.Err())
	return ""
}

// browser starts headless Chromium with a fresh profile and returns a
// context for one tab.
func browser(t *testing.T) context.Context {
	t.Helper()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromium(t)),
		chromedp.NoSandbox, // as root in CI
		chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.NoFirstRun,
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1200, 900),
	)
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	t.Cleanup(cancel)
	ctx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	t.Cleanup(cancelAlloc)
	ctx, cancelTab := chromedp.NewContext(ctx)
	t.Cleanup(cancelTab)
	return ctx
}

// artifacts returns the folder for screenshots: $QALAM_E2E_ARTIFACTS, or a
// temporary one.
func artifacts(t *testing.T) string {
	if dir := os.Getenv("QALAM_E2E_ARTIFACTS"); dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		return dir
	}
	return t.TempDir()
}

// screenshot saves the page as a PNG, whole or (with a selector) the
// screen with that element scrolled to its top, and logs its path.
func screenshot(t *testing.T, ctx context.Context, name, selector string) {
	t.Helper()
	shot := chromedp.FullScreenshot(100)
	if selector != "" {
		if _, err := chromedp.Run(ctx, chromedp.Evaluate[any](`document.querySelector(`+strconv.Quote(selector)+`).scrollIntoView()`)); err != nil {
			t.Fatal(err)
		}
		shot = chromedp.CaptureScreenshot()
	}
	png, err := chromedp.Run(ctx, shot)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(artifacts(t), name)
	if err := os.WriteFile(path, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", path)
}

// mark is what the page shows of one highlighted mention.
type mark struct {
	Text, Type, ID, Canonical, Title string
	Background                       string // computed colour
}

const marksJS = `[...document.querySelectorAll("#article mark")].map(m => ({
	text: m.textContent, type: m.dataset.type, id: m.dataset.id, canonical: m.dataset.canonical,
	title: m.title, background: getComputedStyle(m).backgroundColor}))`

// find returns the first mark with the entity id, or fails.
func find(t *testing.T, marks []mark, id string) mark {
	t.Helper()
	for _, m := range marks {
		if m.ID == id {
			return m
		}
	}
	t.Fatalf("no highlighted mention of %s among %d", id, len(marks))
	return mark{}
}

func TestPage(t *testing.T) {
	seed, err := os.ReadFile(shared.Path(t, "corpus/seed-article.txt"))
	if err != nil {
		t.Fatal(err)
	}
	ctx := browser(t)
	url := startServer(t)

	if err := chromedp.Do(ctx,
		chromedp.Navigate(url),
		chromedp.WaitVisible(chromedp.CSS("#text")),
		chromedp.SetValue(chromedp.CSS("#text"), string(seed)),
		chromedp.Click(chromedp.CSS("#analyse")),
		chromedp.WaitVisible(chromedp.CSS("#result")),
		chromedp.WaitVisible(chromedp.CSS("#article mark")),
	); err != nil {
		t.Fatal(err)
	}

	// The article comes back whole, with its mentions highlighted.
	shown, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.getElementById("article").textContent`))
	if err != nil {
		t.Fatal(err)
	}
	if want := strings.ReplaceAll(string(seed), "\r\n", "\n"); shown != want {
		t.Errorf("the article shown differs from the one entered (%d bytes, want %d)", len(shown), len(want))
	}
	marks, err := chromedp.Run(ctx, chromedp.Evaluate[[]mark](marksJS))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d mentions highlighted", len(marks))
	colours := map[string]string{}
	for _, c := range []struct{ id, typ, canonical string }{
		{"vladimir-putin", "PERSON", "Vladimir Putin"},
		{"donald-trump", "PERSON", "Donald Trump"},
		{"alaska-us", "LOCATION", "Alaska"},
	} {
		m := find(t, marks, c.id)
		if m.Type != c.typ || m.Canonical != c.canonical || !strings.Contains(m.Title, c.canonical) || !strings.Contains(m.Title, c.id) {
			t.Errorf("%s: shown as %+v, want type %s, hover text with %q and the id", c.id, m, c.typ, c.canonical)
		}
		colours[c.typ] = m.Background
	}
	// Each type has its colour, the legend's.
	for _, m := range marks {
		if want, ok := colours[m.Type]; ok && m.Background != want {
			t.Errorf("%q (%s) has the colour %s, other mentions of its type %s", m.Text, m.Type, m.Background, want)
		}
	}
	if colours["PERSON"] == colours["LOCATION"] {
		t.Errorf("PERSON and LOCATION share the colour %s", colours["PERSON"])
	}
	legend, err := chromedp.Run(ctx, chromedp.Evaluate[map[string]string](`Object.fromEntries([...document.querySelectorAll("#legend .ent")].map(e => [e.textContent, getComputedStyle(e).backgroundColor]))`))
	if err != nil {
		t.Fatal(err)
	}
	for typ, colour := range colours {
		if legend[typ] != colour {
			t.Errorf("legend: %s is %q, its mentions %q", typ, legend[typ], colour)
		}
	}
	if len(legend) != 4 {
		t.Errorf("legend has %d types, want 4: %v", len(legend), legend)
	}

	// Hovering over Putin names him in the info line.
	box, err := chromedp.Run(ctx, chromedp.Evaluate[[]float64](`(() => { const m = document.querySelector('#article mark[data-id="vladimir-putin"]'); m.scrollIntoView({block: "center"}); const r = m.getBoundingClientRect(); return [r.x + r.width/2, r.y + r.height/2]; })()`))
	if err != nil {
		t.Fatal(err)
	}
	var info string
	if err := chromedp.Do(ctx, chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, box[0], box[1])); err != nil {
		t.Fatal(err)
	}
	if info, err = chromedp.Run(ctx, chromedp.Text(chromedp.CSS("#info"))); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(info, "Vladimir Putin") || !strings.Contains(info, "vladimir-putin") {
		t.Errorf("hover over Putin: info line %q, want the name Vladimir Putin and the id", info)
	}

	// The text runs right to left; the grouped table and the key terms are there.
	layout, err := chromedp.Run(ctx, chromedp.Evaluate[map[string]any](`({
		article: getComputedStyle(document.getElementById("article")).direction,
		textarea: getComputedStyle(document.getElementById("text")).direction,
		groups: [...document.querySelectorAll("#entities tr.group")].map(r => r.textContent),
		rows: document.querySelectorAll("#entities tbody tr:not(.group)").length,
		terms: document.querySelectorAll("#terms li").length,
	})`))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("layout: %v", layout)
	if layout["article"] != "rtl" || layout["textarea"] != "rtl" {
		t.Errorf("direction: article %v, text area %v, want rtl", layout["article"], layout["textarea"])
	}
	if groups := fmt.Sprint(layout["groups"]); !strings.Contains(groups, "PERSON") || !strings.Contains(groups, "LOCATION") {
		t.Errorf("entity table groups: %s", groups)
	}
	if layout["terms"].(float64) == 0 || layout["rows"].(float64) < 10 {
		t.Errorf("entity rows %v, key terms %v", layout["rows"], layout["terms"])
	}
	screenshot(t, ctx, "page-desktop.png", "")

	// On a phone's width nothing runs off the side.
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(390, 844, chromedp.EmulateScale(2), chromedp.EmulateMobile)); err != nil {
		t.Fatal(err)
	}
	overflow, err := chromedp.Run(ctx, chromedp.Evaluate[float64](`document.documentElement.scrollWidth - window.innerWidth`))
	if err != nil {
		t.Fatal(err)
	}
	if overflow > 0 {
		t.Errorf("at 390 px the page is %v px wider than the screen", overflow)
	}
	// A tap shows the same as a hover.
	if err := chromedp.Do(ctx, chromedp.Tap(chromedp.CSS(`#article mark[data-id="donald-trump"]`))); err != nil {
		t.Fatal(err)
	}
	if info, err = chromedp.Run(ctx, chromedp.Text(chromedp.CSS("#info"))); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(info, "Donald Trump") {
		t.Errorf("tap on Trump: info line %q", info)
	}
	screenshot(t, ctx, "page-phone.png", "#title")
	screenshot(t, ctx, "page-phone-table.png", "#entities")
}
