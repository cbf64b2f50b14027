// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package gazetteer

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/qalam-nlp/qalam/normalize"
	"github.com/qalam-nlp/qalam/tokenize"
)

// Type is the kind of an entry: an entity type that is reported, or a cue
// lexicon that only helps the extractor's rules.
type Type uint8

// The entry types, in the spelling used in gazetteer files.
const (
	Person       Type = iota + 1 // PERSON
	Location                     // LOCATION
	Organization                 // ORGANIZATION
	Nationality                  // NATIONALITY
	Title                        // TITLE: a role that introduces a person
	GivenName                    // GIVEN_NAME: a first name
	OrgHead                      // ORG_HEAD: a word that begins an organisation name
	LocHead                      // LOC_HEAD: a word that begins a place name
)

var typeNames = [...]string{
	Person:       "PERSON",
	Location:     "LOCATION",
	Organization: "ORGANIZATION",
	Nationality:  "NATIONALITY",
	Title:        "TITLE",
	GivenName:    "GIVEN_NAME",
	OrgHead:      "ORG_HEAD",
	LocHead:      "LOC_HEAD",
}

// String returns the type as written in gazetteer files, e.g. "PERSON".
func (t Type) String() string {
	if int(t) < len(typeNames) && typeNames[t] != "" {
		return typeNames[t]
	}
	return fmt.Sprintf("Type(%d)", uint8(t))
}

// IsEntity reports whether mentions of entries of this type are reported
// by the extractor (PERSON, LOCATION, ORGANIZATION, NATIONALITY), as
// opposed to the cue lexicons.
func (t Type) IsEntity() bool { return t >= Person && t <= Nationality }

// ParseType parses a type name as written in the type field, without its
// subtype.
func ParseType(s string) (Type, bool) {
	for t, name := range typeNames {
		if name != "" && name == s {
			return Type(t), true
		}
	}
	return 0, false
}

// Entry is one line of a gazetteer file. Its strings share memory with the
// text that was parsed.
type Entry struct {
	ID        string   // stable lowercase slug, unique in a gazetteer
	Type      Type     // entity type or cue lexicon
	Subtype   string   // lowercase subtype after the dot ("city"), or ""
	Canonical string   // English name
	Names     []string // Arabic names and variants, preferred form first
	Country   string   // ISO 3166-1 alpha-2 code (or region code such as EU), or ""
	Notes     string   // free text, or ""
	File      string   // name of the file the entry was read from
	Line      int      // line number in File, from 1
}

// A Gazetteer is a set of entries with unique ids, in the order they were
// read. It is immutable once built and safe for concurrent use.
type Gazetteer struct {
	entries []Entry
	byID    map[string]int
}

// Len returns the number of entries.
func (g *Gazetteer) Len() int { return len(g.entries) }

// Entries iterates over the entries in the order they were read (an entry
// that replaced another takes its place). Each entry is a copy, its Names
// too, so a caller may change it without changing g, which may be shared
// (Default).
func (g *Gazetteer) Entries() iter.Seq[*Entry] {
	return func(yield func(*Entry) bool) {
		for i := range g.entries {
			if !yield(g.entry(i)) {
				return
			}
		}
	}
}

// Lookup returns a copy of the entry with the given id, as Entries does.
func (g *Gazetteer) Lookup(id string) (*Entry, bool) {
	i, ok := g.byID[id]
	if !ok {
		return nil, false
	}
	return g.entry(i), true
}

// entry returns a copy of entry i that shares nothing mutable with g.
func (g *Gazetteer) entry(i int) *Entry {
	e := g.entries[i]
	e.Names = slices.Clone(e.Names)
	return &e
}

// Merge returns a gazetteer holding the entries of g and then those of the
// others in order; an entry whose id is already present replaces the
// earlier one in place. g and the others are not changed.
func Merge(gs ...*Gazetteer) *Gazetteer {
	n := 0
	for _, g := range gs {
		n += len(g.entries)
	}
	out := &Gazetteer{entries: make([]Entry, 0, n), byID: make(map[string]int, n)}
	for _, g := range gs {
		for _, e := range g.entries {
			if i, ok := out.byID[e.ID]; ok {
				out.entries[i] = e
				continue
			}
			out.byID[e.ID] = len(out.entries)
			out.entries = append(out.entries, e)
		}
	}
	return out
}

// maxErrors bounds how many line errors one file reports.
const maxErrors = 20

// Parse reads one gazetteer file. name is used in error messages and in
// Entry.File. If any line is malformed, Parse returns a nil Gazetteer and
// an error listing up to 20 problems, each "name:line: what is wrong",
// and then, when there were more, "name: N more errors left out". It
// takes time linear in the length of the file.
func Parse(name string, r io.Reader) (*Gazetteer, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return ParseString(name, string(data))
}

// ParseString is Parse for text already in memory; the entries' strings
// share memory with text.
func ParseString(name, text string) (*Gazetteer, error) {
	p := parser{name: name, g: &Gazetteer{byID: make(map[string]int, strings.Count(text, "\n")+1)}, seen: map[string]struct{}{}}
	firstLine := make(map[string]int)
	line := 0
	for len(text) > 0 {
		line++
		var l string
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			l, text = text[:i], text[i+1:]
		} else {
			l, text = text, ""
		}
		if line == 1 {
			l = strings.TrimPrefix(l, "\ufeff")
		}
		e, ok := p.parseLine(line, l)
		if !ok {
			continue
		}
		if first, dup := firstLine[e.ID]; dup {
			p.errorf(line, "duplicate id %q (first at line %d)", e.ID, first)
			continue
		}
		firstLine[e.ID] = line
		p.g.byID[e.ID] = len(p.g.entries)
		p.g.entries = append(p.g.entries, e)
	}
	if p.count > 0 {
		if more := p.count - len(p.errs); more > 0 {
			p.errs = append(p.errs, fmt.Errorf("%s: %d more %s left out", name, more, plural(more, "error", "errors")))
		}
		return nil, errors.Join(p.errs...)
	}
	return p.g, nil
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// ParseFile reads the gazetteer file at path (see Parse).
func ParseFile(path string) (*Gazetteer, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return ParseString(path, string(data))
}

// ParseFS reads every file of fsys matching the glob pattern, in lexical
// order, and merges them (a later file replaces entries with the same id).
// If any file is malformed it returns a nil Gazetteer and the errors of
// every malformed file.
func ParseFS(fsys fs.FS, pattern string) (*Gazetteer, error) {
	names, err := fs.Glob(fsys, pattern)
	if err != nil {
		return nil, err
	}
	gs := make([]*Gazetteer, 0, len(names))
	var errs []error
	for _, name := range names {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		g, err := ParseString(path.Base(name), string(data))
		if err != nil {
			errs = append(errs, err)
			continue
		}
		gs = append(gs, g)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return Merge(gs...), nil
}

type parser struct {
	name  string
	g     *Gazetteer
	errs  []error             // the first maxErrors errors
	count int                 // errors, those left out of errs included
	seen  map[string]struct{} // the names of the line being parsed
}

// errorf records an error of line, or only counts it once maxErrors are
// recorded (a line of a million bad names costs no message each).
func (p *parser) errorf(line int, format string, args ...any) {
	p.count++
	if len(p.errs) < maxErrors {
		p.errs = append(p.errs, fmt.Errorf("%s:%d: %s", p.name, line, fmt.Sprintf(format, args...)))
	}
}

// parseLine parses one line; ok is false for blank and comment lines and
// for malformed lines (which record an error).
func (p *parser) parseLine(line int, l string) (e Entry, ok bool) {
	l = strings.TrimRight(l, "\r")
	trimmed := strings.TrimSpace(l)
	if trimmed == "" || trimmed[0] == '#' {
		return e, false
	}
	if !utf8.ValidString(l) {
		p.errorf(line, "invalid UTF-8")
		return e, false
	}
	var f [6]string
	n := 0
	for field := range strings.SplitSeq(l, "|") {
		if n < len(f) {
			f[n] = strings.TrimSpace(field)
		}
		n++
	}
	if n != 5 && n != 6 {
		p.errorf(line, "%d fields, want 5 or 6 (id | type | canonical | names | country | notes)", n)
		return e, false
	}
	bad := p.count
	e.ID = f[0]
	if msg := checkID(e.ID); msg != "" {
		p.errorf(line, "id %q: %s", e.ID, msg)
	}
	typ, sub, _ := strings.Cut(f[1], ".")
	if t, known := ParseType(typ); known {
		e.Type = t
	} else {
		p.errorf(line, "unknown type %q (want PERSON, LOCATION, ORGANIZATION, NATIONALITY, TITLE, GIVEN_NAME, ORG_HEAD or LOC_HEAD)", f[1])
	}
	if strings.Contains(f[1], ".") && !isSlug(sub, false) {
		p.errorf(line, "subtype %q: want lowercase letters, digits, '-' or '_'", sub)
	}
	e.Subtype = sub
	e.Canonical = f[2]
	if e.Canonical == "" {
		p.errorf(line, "empty canonical name")
	}
	if f[3] == "" {
		p.errorf(line, "no names")
	} else {
		e.Names = make([]string, 0, strings.Count(f[3], ";")+1)
		clear(p.seen)
		for name := range strings.SplitSeq(f[3], ";") {
			name = strings.TrimSpace(name)
			if name == "" {
				p.errorf(line, "empty name after %d %s (two ';' in a row, or a ';' at an end)", len(e.Names), plural(len(e.Names), "name", "names"))
				continue
			}
			if msg := checkName(name); msg != "" {
				p.errorf(line, "name %q %s", name, msg)
				continue
			}
			if _, dup := p.seen[name]; dup {
				p.errorf(line, "name %q listed twice", name)
				continue
			}
			p.seen[name] = struct{}{}
			e.Names = append(e.Names, name)
		}
	}
	e.Country = f[4]
	if e.Country != "" && !isCountryCode(e.Country) {
		p.errorf(line, "country %q: want an ISO 3166-1 alpha-2 code in capitals (RU), or nothing", e.Country)
	}
	e.Notes = f[5]
	if p.count > bad {
		return e, false
	}
	e.File, e.Line = p.name, line
	return e, true
}

func checkID(id string) string {
	switch {
	case id == "":
		return "empty id"
	case !isSlug(id, true):
		return "want lowercase ASCII letters, digits and '-'"
	case id[0] == '-' || id[len(id)-1] == '-':
		return "must not begin or end with '-'"
	}
	return ""
}

func isSlug(s string, strict bool) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-' || !strict && c == '_') {
			return false
		}
	}
	return true
}

func isCountryCode(s string) bool {
	return len(s) == 2 && 'A' <= s[0] && s[0] <= 'Z' && 'A' <= s[1] && s[1] <= 'Z'
}

// checkName returns what is wrong with a name of an entry, or "". A name
// is compared with text after search normalisation, so it must keep a
// letter once normalised (tatweel and harakat are none), and more than
// one unless something else stands with it (د. for doctor); a name that is
// a lone letter, the article alone or a stop word as written
// (tokenize.ArabicStopwords.ContainsWritten: أنا, not آنا) would be found
// all over any text.
func checkName(name string) string {
	folded := normalize.Search.String(name)
	letters, others := 0, 0
	for _, r := range folded {
		switch {
		case unicode.IsLetter(r):
			letters++
		case !unicode.IsSpace(r):
			others++
		}
	}
	switch {
	case letters == 0:
		return "has no letter (tatweel and harakat are none)"
	case letters == 1 && others == 0:
		return "is one letter alone: it would match a clitic or a lone letter"
	case folded == "ال":
		return "is the bare article ال"
	case tokenize.ArabicStopwords.ContainsWritten(name):
		return "is a stop word (tokenize.ArabicStopwords)"
	}
	return ""
}
