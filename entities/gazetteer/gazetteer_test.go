// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package gazetteer

import (
	"io/fs"
	"path"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
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
	text := "\ufeffa | PERSON | A | ا |  |\r\nb | PERSON | B | ب |  |"
	g, err := ParseString("crlf.txt", text)
	require.NoError(t, err)
	e, _ := g.Lookup("a")
	assert.Equal(t, []string{"ا"}, e.Names)
	e, _ = g.Lookup("b")
	assert.Equal(t, 2, e.Line)
}

func TestParseErrors(t *testing.T) {
	for _, tc := range []struct {
		name, line, want string
	}{
		{"too few fields", "a | PERSON | A | ا", "bad.txt:2: 4 fields, want 5 or 6"},
		{"too many fields", "a | PERSON | A | ا | RU | n | x", "bad.txt:2: 7 fields, want 5 or 6"},
		{"one field", "just text", "bad.txt:2: 1 fields"},
		{"empty id", " | PERSON | A | ا | RU |", `bad.txt:2: id "": empty id`},
		{"upper-case id", "Putin | PERSON | A | ا | RU |", `bad.txt:2: id "Putin": want lowercase`},
		{"id with space", "a b | PERSON | A | ا | RU |", `bad.txt:2: id "a b": want lowercase`},
		{"id with underscore", "a_b | PERSON | A | ا | RU |", `bad.txt:2: id "a_b": want lowercase`},
		{"id with hyphen at end", "a- | PERSON | A | ا | RU |", `bad.txt:2: id "a-": must not begin or end with '-'`},
		{"unknown type", "a | PEOPLE | A | ا | RU |", `bad.txt:2: unknown type "PEOPLE"`},
		{"lower-case type", "a | person | A | ا | RU |", `bad.txt:2: unknown type "person"`},
		{"empty type", "a |  | A | ا | RU |", `bad.txt:2: unknown type ""`},
		{"bad subtype", "a | LOCATION.City | A | ا | RU |", `bad.txt:2: subtype "City"`},
		{"empty subtype", "a | LOCATION. | A | ا | RU |", `bad.txt:2: subtype ""`},
		{"empty canonical", "a | PERSON |  | ا | RU |", "bad.txt:2: empty canonical name"},
		{"no names", "a | PERSON | A |  | RU |", "bad.txt:2: no names"},
		{"empty name", "a | PERSON | A | ا;; ب | RU |", "bad.txt:2: empty name in"},
		{"trailing semicolon", "a | PERSON | A | ا; | RU |", "bad.txt:2: empty name in"},
		{"name without letter", "a | PERSON | A | ا; 123 | RU |", `bad.txt:2: name "123" has no letter`},
		{"name twice", "a | PERSON | A | ا; ا | RU |", `bad.txt:2: name "ا" listed twice`},
		{"lower-case country", "a | PERSON | A | ا | ru |", `bad.txt:2: country "ru"`},
		{"alpha-3 country", "a | PERSON | A | ا | RUS |", `bad.txt:2: country "RUS"`},
		{"invalid UTF-8", "a | PERSON | A | \xff | RU |", "bad.txt:2: invalid UTF-8"},
		{"duplicate id", "x | PERSON | B | ب |  |", `bad.txt:2: duplicate id "x" (first at line 1)`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			text := "x | PERSON | X | س |  |\n" + tc.line + "\n"
			g, err := ParseString("bad.txt", text)
			require.Error(t, err)
			assert.Nil(t, g, "nothing is loaded from a bad file")
			assert.Contains(t, err.Error(), tc.want)
		})
	}
}

func TestParseReportsEveryBadLine(t *testing.T) {
	_, err := ParseString("bad.txt", "a | PERSON | A | ا\nb | PERSON | B | ب |  |\nc | X | C | ج |  |\n")
	require.Error(t, err)
	lines := strings.Split(err.Error(), "\n")
	require.Len(t, lines, 2)
	assert.True(t, strings.HasPrefix(lines[0], "bad.txt:1: "))
	assert.True(t, strings.HasPrefix(lines[1], "bad.txt:3: "))
}

func TestParseFSMerge(t *testing.T) {
	fsys := fstest.MapFS{
		"a.txt": {Data: []byte("x | PERSON | X | س | RU |\ny | PERSON | Y | ص |  |\n")},
		"b.txt": {Data: []byte("x | PERSON | X2 | س2 | US |\nz | LOCATION | Z | ز |  |\n")},
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

	fsys["c.txt"] = &fstest.MapFile{Data: []byte("bad line\n")}
	g, err = ParseFS(fsys, "*.txt")
	assert.Nil(t, g)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "c.txt:1: 1 fields")
}

func TestMergeKeepsInputs(t *testing.T) {
	a, err := ParseString("a", "x | PERSON | X | س |  |\n")
	require.NoError(t, err)
	b, err := ParseString("b", "x | PERSON | X2 | س |  |\n")
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
// must not collide with another file's, and it must hold only the types
// its name promises. Run it with -v to see each file's entry count.
func TestDefaultData(t *testing.T) {
	names, err := fs.Glob(DefaultFiles, "data/*.txt")
	require.NoError(t, err)
	require.NotEmpty(t, names)
	owner := map[string]string{}
	total := 0
	for _, name := range names {
		data, err := fs.ReadFile(DefaultFiles, name)
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

func BenchmarkDefault(b *testing.B) {
	var size int64
	names, _ := fs.Glob(DefaultFiles, "data/*.txt")
	for _, name := range names {
		data, _ := fs.ReadFile(DefaultFiles, name)
		size += int64(len(data))
	}
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ParseFS(DefaultFiles, "data/*.txt"); err != nil {
			b.Fatal(err)
		}
	}
}

func FuzzParse(f *testing.F) {
	f.Add(goodFile)
	f.Add("a | PERSON | A | ا;; ب | RU |")
	f.Add("a | LOCATION. | A | \xff |  |\n\n# c\n")
	f.Fuzz(func(t *testing.T, text string) {
		g, err := ParseString("fuzz.txt", text)
		if err != nil {
			if g != nil {
				t.Fatal("a Gazetteer returned with an error")
			}
			if !strings.HasPrefix(err.Error(), "fuzz.txt:") {
				t.Fatalf("error without file:line: %v", err)
			}
			return
		}
		for e := range g.Entries() {
			if checkID(e.ID) != "" || !e.Type.IsEntity() && e.Type < Title || e.Canonical == "" || len(e.Names) == 0 {
				t.Fatalf("invalid entry accepted: %+v", *e)
			}
			if got, _ := g.Lookup(e.ID); got != e {
				t.Fatalf("Lookup(%q) does not find its entry", e.ID)
			}
		}
	})
}
