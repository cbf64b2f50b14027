// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package main

import (
	"embed"
	"io/fs"
	"net/http"
)

// assets are the page and what it loads: no file from elsewhere, so that
// it works offline.
//
//go:embed page
var assets embed.FS

// page serves index.html at / and the other assets by their names; any
// other path is a 404 in JSON, as the API answers.
func page() http.Handler {
	files, err := fs.Sub(assets, "page")
	if err != nil {
		panic(err) // the embedded tree always has page/
	}
	static := http.FileServerFS(files)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/" {
			if _, err := fs.Stat(files, r.URL.Path[1:]); err != nil {
				writeError(w, http.StatusNotFound, "no such path: "+r.URL.Path)
				return
			}
		}
		if !allow(w, r, http.MethodGet) {
			return
		}
		w.Header().Set("Content-Security-Policy", "default-src 'self'")
		static.ServeHTTP(w, r)
	})
}
