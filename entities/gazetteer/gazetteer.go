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
	"unsafe"

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
	return ParseString(name, stringOf(data))
}

// ParseString is Parse for text already in memory; the entries' strings
// share memory with text.
func ParseString(name, text string) (*Gazetteer, error) {
	b := newBuilder(strings.Count(text, "\n") + 1)
	if err := b.parse(name, text); err != nil {
		return nil, err
	}
	return b.g, nil
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
	return ParseString(path, stringOf(data))
}

// ParseFS reads every file of fsys matching the glob pattern, in lexical
// order, and merges them as Merge does (a later file replaces entries
// with the same id). If any file is malformed it returns a nil Gazetteer
// and the errors of every malformed file.
func ParseFS(fsys fs.FS, pattern string) (*Gazetteer, error) {
	return parseFS(fsys, pattern, false)
}

// parseFS is ParseFS; trusted files are parsed as builder.trusted says.
func parseFS(fsys fs.FS, pattern string, trusted bool) (*Gazetteer, error) {
	names, err := fs.Glob(fsys, pattern)
	if err != nil {
		return nil, err
	}
	// The files are read first, so that the gazetteer is made the size
	// of all of them at once.
	texts := make([]string, len(names))
	readErrs := make([]error, len(names))
	lines := 0
	for i, name := range names {
		data, err := fs.ReadFile(fsys, name)
		texts[i], readErrs[i] = stringOf(data), err
		lines += strings.Count(texts[i], "\n") + 1
	}
	b := newBuilder(lines)
	b.trusted = trusted
	var errs []error
	for i, name := range names {
		err := readErrs[i]
		if err == nil {
			err = b.parse(path.Base(name), texts[i])
		}
		if err != nil {
			errs = append(errs, err)
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return b.g, nil
}

// stringOf returns the bytes of a file just read as a string without
// copying them: the caller owns them (io.ReadAll, os.ReadFile and
// fs.ReadFile give a slice of its own) and never writes them, so they can
// back the entries' strings.
func stringOf(data []byte) string { return unsafe.String(unsafe.SliceData(data), len(data)) }

// builder reads files into one gazetteer, merging them as they come: an
// id that a file repeats is an error, one that an earlier file holds is
// replaced in place, as Merge does.
type builder struct {
	g      *Gazetteer
	fileOf []int32 // the file each entry was read from, counted from 0
	files  int32   // the files parsed so far
	names  nameChecker
	seen   map[string]struct{} // the names of the line being parsed
	block  []string            // where entries' Names are kept, many to an allocation
	// trusted files are known to be well formed (the embedded data, which
	// the package's tests check line by line): only their structure is
	// read, fields, types and ids, without checking their values.
	trusted bool
}

// maxNameBlock is the most names one allocation of builder.block holds.
const maxNameBlock = 4096

// nameSpace returns an empty slice with room for n names, taken from
// b.block; keepNames keeps the names a line puts there.
func (b *builder) nameSpace(n int) []string {
	if cap(b.block)-len(b.block) < n {
		b.block = make([]string, 0, max(n, min(2*cap(b.block), maxNameBlock), 16))
	}
	return b.block[len(b.block) : len(b.block) : len(b.block)+n]
}

// keepNames takes the names of an entry, from nameSpace, out of the free
// part of b.block.
func (b *builder) keepNames(names []string) { b.block = b.block[:len(b.block)+len(names)] }

// newBuilder returns a builder with room for about lines entries.
func newBuilder(lines int) *builder {
	return &builder{
		g:      &Gazetteer{entries: make([]Entry, 0, lines), byID: make(map[string]int, lines)},
		fileOf: make([]int32, 0, lines),
		seen:   map[string]struct{}{},
	}
}

// parse reads the file called name, whose content is text, into b.g. It
// returns the file's errors (see Parse), joined.
func (b *builder) parse(name, text string) error {
	p := parser{name: name, b: b}
	file := b.files
	b.files++
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
		if i, dup := b.g.byID[e.ID]; dup {
			if b.fileOf[i] == file {
				p.errorf(line, "duplicate id %q (first at line %d)", e.ID, b.g.entries[i].Line)
			} else {
				b.g.entries[i], b.fileOf[i] = e, file
			}
			continue
		}
		b.g.byID[e.ID] = len(b.g.entries)
		b.g.entries = append(b.g.entries, e)
		b.fileOf = append(b.fileOf, file)
	}
	if p.count == 0 {
		return nil
	}
	if more := p.count - len(p.errs); more > 0 {
		p.errs = append(p.errs, fmt.Errorf("%s: %d more %s left out", name, more, plural(more, "error", "errors")))
	}
	return errors.Join(p.errs...)
}

// parser reads one file.
type parser struct {
	name  string
	b     *builder
	errs  []error // the first maxErrors errors
	count int     // errors, those left out of errs included
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
	if !p.b.trusted && !utf8.ValidString(l) {
		p.errorf(line, "invalid UTF-8")
		return e, false
	}
	var f [6]string
	n := 0
	for field := range strings.SplitSeq(l, "|") {
		if n < len(f) {
			f[n] = trimSpace(field)
		}
		n++
	}
	if n != 5 && n != 6 {
		p.errorf(line, "%d fields, want 5 or 6 (id | type | canonical | names | country | notes)", n)
		return e, false
	}
	bad := p.count
	e.ID = f[0]
	if !p.b.trusted {
		if msg := checkID(e.ID); msg != "" {
			p.errorf(line, "id %q: %s", e.ID, msg)
		}
	}
	typ, sub, _ := strings.Cut(f[1], ".")
	if t, known := ParseType(typ); known {
		e.Type = t
	} else {
		p.errorf(line, "unknown type %q (want PERSON, LOCATION, ORGANIZATION, NATIONALITY, TITLE, GIVEN_NAME, ORG_HEAD or LOC_HEAD)", f[1])
	}
	if !p.b.trusted && strings.Contains(f[1], ".") && !isSlug(sub, false) {
		p.errorf(line, "subtype %q: want lowercase letters, digits, '-' or '_'", sub)
	}
	e.Subtype = sub
	e.Canonical = f[2]
	if !p.b.trusted && e.Canonical == "" {
		p.errorf(line, "empty canonical name")
	}
	if f[3] == "" {
		p.errorf(line, "no names")
	} else {
		e.Names = p.names(line, f[3])
	}
	e.Country = f[4]
	if !p.b.trusted && e.Country != "" && !isCountryCode(e.Country) {
		p.errorf(line, "country %q: want an ISO 3166-1 alpha-2 code in capitals (RU), or nothing", e.Country)
	}
	e.Notes = f[5]
	if p.count > bad {
		return e, false
	}
	p.b.keepNames(e.Names)
	e.File, e.Line = p.name, line
	return e, true
}

// names splits the names field of a line and checks each name, unless
// the file is trusted.
func (p *parser) names(line int, field string) []string {
	count := strings.Count(field, ";") + 1
	names := p.b.nameSpace(count)
	if count > maxNamesCompared {
		clear(p.b.seen)
	}
	for name := range strings.SplitSeq(field, ";") {
		name = trimSpace(name)
		if p.b.trusted || p.nameOK(line, name, names, count) {
			names = append(names, name)
		}
	}
	return names
}

// nameOK reports whether name, of count on its line, may follow the names
// before it, recording an error of line if not.
func (p *parser) nameOK(line int, name string, before []string, count int) bool {
	if name == "" {
		p.errorf(line, "empty name after %d %s (two ';' in a row, or a ';' at an end)", len(before), plural(len(before), "name", "names"))
		return false
	}
	if msg := p.b.names.check(name); msg != "" {
		p.errorf(line, "name %q %s", name, msg)
		return false
	}
	if p.listed(before, name, count) {
		p.errorf(line, "name %q listed twice", name)
		return false
	}
	return true
}

// maxNamesCompared is the most names a line may have for parseLine to
// find a name listed twice by comparing it with those before it; the
// names of a longer line (a million in a bad file) go through a set, so
// that the time stays linear.
const maxNamesCompared = 16

// listed reports whether name is among the names before it on its line,
// of count in all, and adds it to b.seen when the line has many.
func (p *parser) listed(before []string, name string, count int) bool {
	if count <= maxNamesCompared {
		return slices.Contains(before, name)
	}
	if _, dup := p.b.seen[name]; dup {
		return true
	}
	p.b.seen[name] = struct{}{}
	return false
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

// nameChecker checks names, keeping the memory of its normalisation.
type nameChecker struct{ folded []byte }

// check returns what is wrong with a name of an entry, or "". A name is
// compared with text after search normalisation, so it must keep a
// letter once normalised (tatweel and harakat are none), and more than
// one unless something else stands with it (د. for doctor); a name that is
// a lone letter, the article alone or a stop word as written
// (tokenize.ArabicStopwords.ContainsWritten: أنا, not آنا) would be found
// all over any text.
func (c *nameChecker) check(name string) string {
	c.folded = normalize.Search.AppendString(c.folded[:0], name)
	letters, others := 0, 0
	for b := c.folded; len(b) > 0; {
		r, size := utf8.DecodeRune(b)
		b = b[size:]
		switch {
		case isLetter(r):
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
	case string(c.folded) == "ال":
		return "is the bare article ال"
	case tokenize.ArabicStopwords.ContainsWritten(name):
		return "is a stop word (tokenize.ArabicStopwords)"
	}
	return ""
}

// trimSpace is strings.TrimSpace, quick for a field that begins and ends
// with ASCII or a two-byte Arabic-block letter once ASCII spaces are cut:
// no other white space is encoded as such (U+0085 and U+00A0 begin with
// 0xC2, the rest take three bytes).
func trimSpace(s string) string {
	for len(s) > 0 && asciiSpace(s[0]) {
		s = s[1:]
	}
	for len(s) > 0 && asciiSpace(s[len(s)-1]) {
		s = s[:len(s)-1]
	}
	if len(s) > 0 && (!asciiOrArabic(s[0]) || !asciiOrArabicEnd(s)) {
		return strings.TrimSpace(s)
	}
	return s
}

func asciiSpace(c byte) bool { return c == ' ' || '\t' <= c && c <= '\r' }

// asciiOrArabic reports whether c is an ASCII byte or the first of a
// character of U+0600..U+06FF.
func asciiOrArabic(c byte) bool { return c < utf8.RuneSelf || 0xD8 <= c && c <= 0xDB }

// asciiOrArabicEnd reports whether s ends in an ASCII byte or a whole
// character of U+0600..U+06FF.
func asciiOrArabicEnd(s string) bool {
	n := len(s)
	return s[n-1] < utf8.RuneSelf || n >= 2 && 0xD8 <= s[n-2] && s[n-2] <= 0xDB && s[n-1]&0xC0 == 0x80
}

// isLetter is unicode.IsLetter, deciding ASCII and the Arabic letters
// U+0620–U+064A (tatweel, a modifier letter, among them), most of the
// runes of names, without searching the Unicode tables.
func isLetter(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return 'a' <= r|0x20 && r|0x20 <= 'z'
	case 0x0620 <= r && r <= 0x064A:
		return true
	}
	return unicode.IsLetter(r)
}
