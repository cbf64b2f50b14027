// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package gazetteer

import (
	"fmt"
	"io/fs"
	"path"
	"reflect"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/qalam-nlp/qalam/internal/gentest"
)

const goodFile = `# a comment
  # an indented comment

putin   | PERSON            | Vladimir Putin | فلاديمير بوتين; بوتين | RU | President of Russia
ru      | LOCATION.country  | Russia         | روسيا; روسيا الاتحادية | RU |
nato    | ORGANIZATION.alliance | NATO | حلف شمال الأطلسي; الناتو |  |
nat-ru  | NATIONALITY       | Russia | روسي; روس | RU
`

func TestParse(t *testing.T) {
	g, err := ParseString("good.txt", goodFile)
	require.NoError(t, err)
	require.Equal(t, 4, g.Len())
	e, ok := g.Lookup("putin")
	require.True(t, ok)
	assert.Equal(t, Entry{
		ID: "putin", Type: Person, Canonical: "Vladimir Putin",
		Names: []string{"فلاديمير بوتين", "بوتين"}, Country: "RU",
		Notes: "President of Russia", File: "good.txt", Line: 4,
	}, *e)
	e, _ = g.Lookup("nato")
	assert.Equal(t, Organization, e.Type)
	assert.Equal(t, "alliance", e.Subtype)
	assert.Empty(t, e.Country)
	e, _ = g.Lookup("nat-ru")
	assert.Equal(t, Nationality, e.Type)
	assert.Empty(t, e.Notes)
	_, ok = g.Lookup("absent")
	assert.False(t, ok)

	var ids []string
	for e := range g.Entries() {
		ids = append(ids, e.ID)
	}
	assert.Equal(t, []string{"putin", "ru", "nato", "nat-ru"}, ids)
}

func TestParseLineEndings(t *testing.T) {
	text := "\ufeffa | PERSON | A | ألف |  |\r\nb | PERSON | B | باء |  |"
	g, err := ParseString("crlf.txt", text)
	require.NoError(t, err)
	e, _ := g.Lookup("a")
	assert.Equal(t, []string{"ألف"}, e.Names)
	e, _ = g.Lookup("b")
	assert.Equal(t, 2, e.Line)
}

func TestParseErrors(t *testing.T) {
	for _, tc := range []struct {
		name, line, want string
	}{
		{"too few fields", "a | PERSON | A | ألف", "bad.txt:2: 4 fields, want 5 or 6"},
		{"too many fields", "a | PERSON | A | ألف | RU | n | x", "bad.txt:2: 7 fields, want 5 or 6"},
		{"one field", "just text", "bad.txt:2: 1 fields"},
		{"empty id", " | PERSON | A | ألف | RU |", `bad.txt:2: id "": empty id`},
		{"upper-case id", "Putin | PERSON | A | ألف | RU |", `bad.txt:2: id "Putin": want lowercase`},
		{"id with space", "a b | PERSON | A | ألف | RU |", `bad.txt:2: id "a b": want lowercase`},
		{"id with underscore", "a_b | PERSON | A | ألف | RU |", `bad.txt:2: id "a_b": want lowercase`},
		{"id with hyphen at end", "a- | PERSON | A | ألف | RU |", `bad.txt:2: id "a-": must not begin or end with '-'`},
		{"unknown type", "a | PEOPLE | A | ألف | RU |", `bad.txt:2: unknown type "PEOPLE"`},
		{"lower-case type", "a | person | A | ألف | RU |", `bad.txt:2: unknown type "person"`},
		{"empty type", "a |  | A | ألف | RU |", `bad.txt:2: unknown type ""`},
		{"bad subtype", "a | LOCATION.City | A | ألف | RU |", `bad.txt:2: subtype "City"`},
		{"empty subtype", "a | LOCATION. | A | ألف | RU |", `bad.txt:2: subtype ""`},
		{"empty canonical", "a | PERSON |  | ألف | RU |", "bad.txt:2: empty canonical name"},
		{"no names", "a | PERSON | A |  | RU |", "bad.txt:2: no names"},
		{"empty name", "a | PERSON | A | ألف;; باء | RU |", "bad.txt:2: empty name after 1 name"},
		{"trailing semicolon", "a | PERSON | A | ألف; | RU |", "bad.txt:2: empty name after 1 name"},
		{"name without letter", "a | PERSON | A | ألف; 123 | RU |", `bad.txt:2: name "123" has no letter`},
		{"name twice", "a | PERSON | A | ألف; ألف | RU |", `bad.txt:2: name "ألف" listed twice`},
		{"name twice among many", "a | PERSON | A | " + manyNames(20) + "; ألف; باء ألف3 | RU |", `bad.txt:2: name "باء ألف3" listed twice`},
		{"lower-case country", "a | PERSON | A | ألف | ru |", `bad.txt:2: country "ru"`},
		{"alpha-3 country", "a | PERSON | A | ألف | RUS |", `bad.txt:2: country "RUS"`},
		{"invalid UTF-8", "a | PERSON | A | \xff | RU |", "bad.txt:2: invalid UTF-8"},
		{"only tatweel", "a | PERSON | A | ألف; ـــ | RU |", `bad.txt:2: name "ـــ" has no letter`},
		{"only harakat and tatweel", "a | PERSON | A | ألف; ـَـ | RU |", `bad.txt:2: name "ـَـ" has no letter`},
		{"one letter", "a | PERSON | A | ألف; ب | RU |", `bad.txt:2: name "ب" is one letter alone`},
		{"one letter and tatweel", "a | PERSON | A | ـبـ | RU |", `bad.txt:2: name "ـبـ" is one letter alone`},
		{"bare article", "a | PERSON | A | ألف; ال | RU |", `bad.txt:2: name "ال" is the bare article`},
		{"bare article with hamza", "a | LOCATION | A | ألْ | RU |", `bad.txt:2: name "ألْ" is the bare article`},
		{"stop word", "a | ORGANIZATION | A | في | |", `bad.txt:2: name "في" is a stop word`},
		{"stop word in a cue lexicon", "a | GIVEN_NAME | A | لي | |", `bad.txt:2: name "لي" is a stop word`},
		{"duplicate id", "x | PERSON | B | باء |  |", `bad.txt:2: duplicate id "x" (first at line 1)`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			text := "x | PERSON | X | سين |  |\n" + tc.line + "\n"
			g, err := ParseString("bad.txt", text)
			require.Error(t, err)
			assert.Nil(t, g, "nothing is loaded from a bad file")
			assert.Contains(t, err.Error(), tc.want)
		})
	}
}

// manyNames returns n distinct names joined by "; ".
func manyNames(n int) string {
	names := make([]string, n)
	for i := range names {
		names[i] = fmt.Sprintf("باء ألف%d", i)
	}
	return strings.Join(names, "; ")
}

// TestParseAcceptsNames checks names that look like the rejected ones and
// are not: a letter with something else (د. for doctor), a name that only
// folds to a stop word (آنا, Anna, is not أنا), the article in a name.
func TestParseAcceptsNames(t *testing.T) {
	g, err := ParseString("ok.txt", "title-dr | TITLE | Doctor | د. |  |\nanna | GIVEN_NAME | Anna | آنا |  |\nkut | LOCATION.city | Kut | الكوت | IQ |\n")
	require.NoError(t, err)
	assert.Equal(t, 3, g.Len())
}

// TestParseLeftOut checks that an error list cut at 20 says how many more
// errors it left out, in any number of lines.
func TestParseLeftOut(t *testing.T) {
	_, err := ParseString("bad.txt", strings.Repeat("a | PERSON | A | ب |  |\n", 25))
	require.Error(t, err)
	lines := strings.Split(err.Error(), "\n")
	require.Len(t, lines, maxErrors+1)
	assert.Equal(t, "bad.txt: 5 more errors left out", lines[maxErrors])

	_, err = ParseString("bad.txt", "a | PERSON | A | "+strings.Repeat("ب; ", 1000)+"باء |  |\n")
	require.Error(t, err)
	lines = strings.Split(err.Error(), "\n")
	require.Len(t, lines, maxErrors+1)
	assert.Equal(t, "bad.txt: 980 more errors left out", lines[maxErrors])
}

// TestParseLongLineLinear parses a line of 100,000 names and one of
// 10,000 and checks that the first takes about ten times as long, not a
// hundred (the names were once checked for duplicates pairwise).
func TestParseLongLineLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("timing")
	}
	line := func(n int) string {
		var b strings.Builder
		b.WriteString("many | PERSON | Many | ")
		for i := range n {
			if i > 0 {
				b.WriteString("; ")
			}
			b.WriteString("اسم")
			b.WriteString(arabicNumber(i))
		}
		b.WriteString(" |  |\n")
		return b.String()
	}
	measure := func(text string) time.Duration {
		best := time.Duration(1<<63 - 1)
		for range 3 {
			start := time.Now()
			g, err := ParseString("long.txt", text)
			best = min(best, time.Since(start))
			require.NoError(t, err)
			require.Equal(t, 1, g.Len())
		}
		return best
	}
	small, large := measure(line(10_000)), measure(line(100_000))
	t.Logf("10,000 names: %v; 100,000 names: %v", small, large)
	assert.Less(t, large, 40*small+250*time.Millisecond, "parse time grows faster than the line")
}

// arabicNumber spells i in Arabic-Indic digits, for names that differ.
func arabicNumber(i int) string {
	s := []rune(itoa(i))
	for k, r := range s {
		s[k] = r - '0' + '٠'
	}
	return string(s)
}

func TestParseReportsEveryBadLine(t *testing.T) {
	_, err := ParseString("bad.txt", "a | PERSON | A | ا\nb | PERSON | B | باء |  |\nc | X | C | جيم |  |\n")
	require.Error(t, err)
	lines := strings.Split(err.Error(), "\n")
	require.Len(t, lines, 2)
	assert.True(t, strings.HasPrefix(lines[0], "bad.txt:1: "))
	assert.True(t, strings.HasPrefix(lines[1], "bad.txt:3: "))
}

func TestParseFSMerge(t *testing.T) {
	fsys := fstest.MapFS{
		"a.txt": {Data: []byte("x | PERSON | X | سين | RU |\ny | PERSON | Y | صاد |  |\n")},
		"b.txt": {Data: []byte("x | PERSON | X2 | س2 | US |\nz | LOCATION | Z | زاي |  |\n")},
	}
	g, err := ParseFS(fsys, "*.txt")
	require.NoError(t, err)
	require.Equal(t, 3, g.Len())
	e, _ := g.Lookup("x")
	assert.Equal(t, "X2", e.Canonical, "a later file replaces an entry with the same id")
	assert.Equal(t, "b.txt", e.File)
	var ids []string
	for e := range g.Entries() {
		ids = append(ids, e.ID)
	}
	assert.Equal(t, []string{"x", "y", "z"}, ids)

	fsys["b.txt"] = &fstest.MapFile{Data: []byte("x | PERSON | X2 | س2 | US |\nx | PERSON | X3 | س3 | US |\n")}
	g, err = ParseFS(fsys, "*.txt")
	assert.Nil(t, g)
	require.Error(t, err)
	assert.Equal(t, `b.txt:2: duplicate id "x" (first at line 1)`, err.Error(), "an id repeated in one file is an error, in a later file too")

	fsys["c.txt"] = &fstest.MapFile{Data: []byte("bad line\n")}
	g, err = ParseFS(fsys, "*.txt")
	assert.Nil(t, g)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "c.txt:1: 1 fields")
}

func TestIsLetter(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if isLetter(r) != unicode.IsLetter(r) {
			t.Fatalf("isLetter(%U) = %v, unicode.IsLetter says %v", r, isLetter(r), unicode.IsLetter(r))
		}
	}
}

// TestTrimSpace checks trimSpace against strings.TrimSpace with every
// rune of the first planes around a name, alone and doubled.
func TestTrimSpace(t *testing.T) {
	for r := rune(0); r < 0x3100; r++ {
		c := string(r)
		for _, s := range []string{c, c + c, c + "باء" + c, "باء" + c, c + "ب a", " " + c + " x" + c + "\t"} {
			if got, want := trimSpace(s), strings.TrimSpace(s); got != want {
				t.Fatalf("trimSpace(%q) = %q, want %q", s, got, want)
			}
		}
	}
}

func TestMergeKeepsInputs(t *testing.T) {
	a, err := ParseString("a", "x | PERSON | X | سين |  |\n")
	require.NoError(t, err)
	b, err := ParseString("b", "x | PERSON | X2 | سين |  |\n")
	require.NoError(t, err)
	m := Merge(a, b)
	e, _ := m.Lookup("x")
	assert.Equal(t, "X2", e.Canonical)
	e, _ = a.Lookup("x")
	assert.Equal(t, "X", e.Canonical)
}

// fileTypes says which entry types each default data file may hold.
var fileTypes = map[string][]Type{
	"people-":        {Person},
	"places-":        {Location},
	"organizations-": {Organization},
	"given-names":    {GivenName},
	"countries":      {Location},
	"nationalities":  {Nationality},
	"titles":         {Title},
	"heads":          {OrgHead, LocHead},
}

// TestDefaultData checks every embedded data file: it must parse, its ids
// must not collide with another file's, no person may be listed twice
// (same canonical name and country under two ids), and it must hold only
// the types its name promises. Run it with -v to see each file's entry count.
func TestDefaultData(t *testing.T) {
	names, err := fs.Glob(defaultData, "data/*.txt")
	require.NoError(t, err)
	require.NotEmpty(t, names)
	owner := map[string]string{}
	person := map[string]string{} // canonical name and country → where listed
	total := 0
	for _, name := range names {
		data, err := fs.ReadFile(defaultData, name)
		require.NoError(t, err)
		base := path.Base(name)
		g, err := ParseString(base, string(data))
		if err != nil {
			t.Errorf("%s does not load:\n%v", base, err)
			continue
		}
		t.Logf("%-28s %5d entries", base, g.Len())
		total += g.Len()
		var allowed []Type
		for prefix, types := range fileTypes {
			if strings.HasPrefix(base, prefix) {
				allowed = types
			}
		}
		for e := range g.Entries() {
			if prev, dup := owner[e.ID]; dup {
				t.Errorf("%s:%d: id %q is also used at %s", e.File, e.Line, e.ID, prev)
			}
			owner[e.ID] = e.File + ":" + itoa(e.Line)
			if e.Type == Person {
				key := e.Canonical + "|" + e.Country
				if prev, dup := person[key]; dup {
					t.Errorf("%s:%d: %s (%s) is listed twice, also as %s", e.File, e.Line, e.Canonical, e.Country, prev)
				}
				person[key] = e.ID + " at " + e.File + ":" + itoa(e.Line)
			}
			if allowed != nil && !containsType(allowed, e.Type) {
				t.Errorf("%s:%d: type %s does not belong in this file (want %v)", e.File, e.Line, e.Type, allowed)
			}
		}
	}
	t.Logf("%-28s %5d entries", "total", total)
	g, err := Default()
	require.NoError(t, err)
	assert.Equal(t, total, g.Len())
}

func containsType(ts []Type, t Type) bool {
	for _, x := range ts {
		if x == t {
			return true
		}
	}
	return false
}

func itoa(n int) string {
	var b [20]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			return string(b[i:])
		}
	}
}

func TestTypeString(t *testing.T) {
	for _, name := range []string{"PERSON", "LOCATION", "ORGANIZATION", "NATIONALITY", "TITLE", "GIVEN_NAME", "ORG_HEAD", "LOC_HEAD"} {
		typ, ok := ParseType(name)
		require.True(t, ok, name)
		assert.Equal(t, name, typ.String())
	}
	assert.True(t, Person.IsEntity())
	assert.True(t, Nationality.IsEntity())
	assert.False(t, Title.IsEntity())
	assert.Equal(t, "Type(0)", Type(0).String())
}

// TestParseDefault checks that ParseDefault, which reads the embedded
// files without checking their values, gives what ParseFS gives.
func TestParseDefault(t *testing.T) {
	checked, err := ParseFS(defaultData, "data/*.txt")
	require.NoError(t, err)
	trusted, err := ParseDefault()
	require.NoError(t, err)
	require.Equal(t, checked.byID, trusted.byID)
	require.Equal(t, len(checked.entries), len(trusted.entries))
	for i := range checked.entries {
		require.Equal(t, checked.entries[i], trusted.entries[i])
	}
}

// BenchmarkDefault measures ParseFS, which checks every line, on the
// embedded files, and ParseDefault, which reads them without checking.
func BenchmarkDefault(b *testing.B) {
	var size int64
	names, _ := fs.Glob(defaultData, "data/*.txt")
	for _, name := range names {
		data, _ := fs.ReadFile(defaultData, name)
		size += int64(len(data))
	}
	for _, bc := range []struct {
		name  string
		parse func() (*Gazetteer, error)
	}{
		{"checked", func() (*Gazetteer, error) { return ParseFS(defaultData, "data/*.txt") }},
		{"trusted", ParseDefault},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(size)
			b.ReportAllocs()
			for b.Loop() {
				if _, err := bc.parse(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func FuzzParse(f *testing.F) {
	f.Add(goodFile)
	f.Add("a | PERSON | A | ألف;; باء | RU |")
	f.Add("a | LOCATION. | A | \xff |  |\n\n# c\n")
	f.Add("a | PERSON | A | ـــ; ب; ال; في; آنا; د. |  |\n")
	f.Add(strings.Repeat("a | PERSON | A | ب |  |\n", 30))
	f.Fuzz(func(t *testing.T, text string) {
		g, err := ParseString("fuzz.txt", text)
		if err != nil {
			if g != nil {
				t.Fatal("a Gazetteer returned with an error")
			}
			lines := strings.Split(err.Error(), "\n")
			if len(lines) > maxErrors+1 {
				t.Fatalf("%d error lines, want at most %d", len(lines), maxErrors+1)
			}
			for _, line := range lines {
				if !strings.HasPrefix(line, "fuzz.txt:") {
					t.Fatalf("error line without file:line: %q", line)
				}
			}
			return
		}
		for e := range g.Entries() {
			if checkID(e.ID) != "" || !e.Type.IsEntity() && e.Type < Title || e.Canonical == "" || len(e.Names) == 0 {
				t.Fatalf("invalid entry accepted: %+v", *e)
			}
			if got, _ := g.Lookup(e.ID); got == nil || !reflect.DeepEqual(*got, *e) {
				t.Fatalf("Lookup(%q) does not find its entry", e.ID)
			}
			seen := map[string]bool{}
			var names nameChecker
			for _, name := range e.Names {
				if msg := names.check(name); msg != "" || seen[name] || strings.TrimSpace(name) != name {
					t.Fatalf("%s:%d: name %q accepted (%s)", e.File, e.Line, name, msg)
				}
				seen[name] = true
			}
		}
	})
}

// TestCountriesAreGenerated checks that data/countries.txt is what
// internal/gencountries makes today.
func TestCountriesAreGenerated(t *testing.T) {
	gentest.Check(t, "data/countries.txt", "./internal/gencountries")
}

// TestEntriesAreCopies checks that what Entries and Lookup hand out can be
// changed without changing the gazetteer, which Default shares.
func TestEntriesAreCopies(t *testing.T) {
	g, err := Default()
	require.NoError(t, err)
	e, ok := g.Lookup("vladimir-putin")
	require.True(t, ok)
	want := slices.Clone(e.Names)
	e.Names[0] = "changed"
	e.Canonical = "changed"
	for e := range g.Entries() {
		if e.ID == "vladimir-putin" {
			e.Names[0] = "changed too"
		}
	}
	again, _ := g.Lookup("vladimir-putin")
	assert.Equal(t, want, again.Names)
	assert.Equal(t, "Vladimir Putin", again.Canonical)
}
