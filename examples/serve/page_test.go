// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package main

import (
	"io/fs"
	"net/http"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestPage(t *testing.T) {
	h := newServer(t, 1<<20, 2, 2, nil).handler()
	rec := do(h, "GET", "/", "", nil)
	require.Equal(t, http.StatusOK, rec.Code)
	assert.Equal(t, "text/html; charset=utf-8", rec.Header().Get("Content-Type"))
	assert.Equal(t, "default-src 'self'", rec.Header().Get("Content-Security-Policy"))
	html := rec.Body.String()
	for _, want := range []string{`<textarea id="text" name="text" dir="rtl"`, `id="analyse"`, `id="legend"`, `name="viewport"`,
		`href="page.css"`, `src="page.js"`} {
		assert.Contains(t, html, want)
	}
	for _, asset := range []struct{ path, contentType string }{{"/page.js", "text/javascript; charset=utf-8"}, {"/page.css", "text/css; charset=utf-8"}} {
		rec := do(h, "GET", asset.path, "", nil)
		require.Equal(t, http.StatusOK, rec.Code, asset.path)
		assert.Equal(t, asset.contentType, rec.Header().Get("Content-Type"), asset.path)
	}
	assert.Contains(t, do(h, "GET", "/page.js", "", nil).Body.String(), `fetch("v1/analyze"`)
	assert.Equal(t, http.StatusOK, do(h, "HEAD", "/", "", nil).Code)
	errorOf(t, do(h, "GET", "/page.jsx", "", nil), http.StatusNotFound)
}

// TestPageOffline checks that nothing the page loads comes from
// elsewhere: no URL with a scheme or a host, no @import, no inline script
// or style (the CSP would block them).
func TestPageOffline(t *testing.T) {
	external := regexp.MustCompile(`(?i)(https?:|ftp:|src=["']?//|href=["']?//|url\(|@import|<style|<script>|\son[a-z]+=)`)
	n := 0
	require.NoError(t, fs.WalkDir(assets, "page", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := assets.ReadFile(path)
		require.NoError(t, err)
		for i, line := range strings.Split(string(data), "\n") {
			assert.False(t, external.MatchString(line), "%s:%d: %s", path, i+1, line)
		}
		n++
		return nil
	}))
	assert.Equal(t, 3, n)
}
