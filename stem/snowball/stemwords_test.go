// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package snowball

import (
	"bufio"
	"bytes"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/qalam-nlp/qalam/internal/shared"
)

// TestStemwords compares the port with the C reference, Snowball's stemwords
// (Debian libstemmer-tools), on every distinct token of the shared corpus
// and on synthetic words built to reach every branch of the algorithm. It
// skips when stemwords is not on the PATH.
func TestStemwords(t *testing.T) {
	stemwords, err := exec.LookPath("stemwords")
	if err != nil {
		shared.MissingTool(t, "stemwords not on PATH (apt-get install libstemmer-tools)")
	}
	sets := []struct {
		name  string
		words func(testing.TB) []string
	}{
		{"table", func(testing.TB) []string {
			var words []string
			for _, tt := range stemTests {
				words = append(words, tt.Word)
			}
			return words
		}},
		{"affixes", func(testing.TB) []string { return affixWords() }},
		{"short", func(testing.TB) []string { return shortWords() }},
		{"stacked", func(testing.TB) []string { return stackedWords(200_000) }},
		{"long", func(testing.TB) []string {
			return []string{
				strings.Repeat(kaf+"\u064E", 5000), // 5000 possessive suffixes, harakat between
				strings.Repeat(heh, 3000),
				alef + lam + strings.Repeat("\u0640", 2000) + kaf + teh + alef + beh,
				strings.Repeat("\uFEFB", 1000) + strings.Repeat(yehHamza, 1000),
				strings.Repeat("\x80", 500) + "\uFEDB" + strings.Repeat(alefHamzaAbove, 500),
			}
		}},
		{"random", func(testing.TB) []string { return randomWords(300_000, 1) }},
		{"corpus", func(t testing.TB) []string {
			// stemwords lowers A–Z before stemming; so do we, here.
			words := corpusTokens(t)
			for i, w := range words {
				words[i] = strings.Map(func(r rune) rune {
					if 'A' <= r && r <= 'Z' {
						return r + 'a' - 'A'
					}
					return r
				}, w)
			}
			slices.Sort(words)
			return slices.Compact(words)
		}},
	}
	for _, set := range sets {
		t.Run(set.name, func(t *testing.T) {
			if testing.Short() && set.name != "table" {
				t.Skip("-short")
			}
			words := set.words(t)
			want := runStemwords(t, stemwords, words)
			var s Stemmer
			wrong := 0
			for i, word := range words {
				if got := s.Stem(word); got != want[i] {
					wrong++
					if wrong <= 20 {
						t.Errorf("Stem(%q) = %q, stemwords gives %q", word, got, want[i])
					}
				}
			}
			t.Logf("%d of %d words give the stemwords stem", len(words)-wrong, len(words))
		})
	}
}

// runStemwords stems words with the C reference, one a line.
func runStemwords(t testing.TB, stemwords string, words []string) []string {
	t.Helper()
	var in bytes.Buffer
	for _, w := range words {
		if strings.ContainsAny(w, "\n\x00") || strings.ContainsFunc(w, func(r rune) bool { return 'A' <= r && r <= 'Z' }) {
			// stemwords splits at newlines, stops at NUL and lowers A–Z:
			// the generators never make such words.
			t.Fatalf("word %q cannot go through stemwords unchanged", w)
		}
		in.WriteString(w)
		in.WriteByte('\n')
	}
	dir := t.TempDir()
	inFile, outFile := filepath.Join(dir, "in.txt"), filepath.Join(dir, "out.txt")
	if err := os.WriteFile(inFile, in.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(stemwords, "-l", "arabic", "-i", inFile, "-o", outFile)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("stemwords: %v\n%s", err, out)
	}
	out, err := os.ReadFile(outFile)
	if err != nil {
		t.Fatal(err)
	}
	stems := strings.Split(string(out), "\n")
	if len(stems) != len(words)+1 || stems[len(words)] != "" {
		t.Fatalf("stemwords wrote %d lines for %d words", len(stems)-1, len(words))
	}
	return stems[:len(words)]
}

// amongStrings returns the strings of the amongs that match at the start
// of a word (forward) or at its end (backward).
func amongStrings(backward bool) []string {
	amongs := []*among{checks1Among, prefixStep1Among, prefixStep2Among, prefixStep3aNounAmong,
		prefixStep3bNounAmong, prefixStep3VerbAmong, prefixStep4VerbAmong, normalizePostAmong}
	if backward {
		amongs = []*among{suffixNounStep1aAmong, suffixNounStep1bAmong, suffixNounStep2aAmong,
			suffixNounStep2bAmong, suffixNounStep2c1Among, suffixNounStep2c2Among, suffixNounStep3Among,
			suffixVerbStep1Among, suffixVerbStep2aAmong, suffixVerbStep2bAmong, suffixVerbStep2cAmong,
			suffixAllAlefMaqsuraAmong, normalizePostLastAmong}
	}
	var all []string
	for _, a := range amongs {
		for _, e := range a.entries {
			all = append(all, e.s)
		}
	}
	slices.Sort(all)
	return slices.Compact(all)
}

// affixWords puts every prefix string of the algorithm, alone or after
// another one, before stems of 0 to 5 letters followed by every suffix
// string, alone or after another one. The stems vary the length across each
// step's length condition, so that every among string is seen both where
// its condition holds and where it fails.
func affixWords() []string {
	fwd, back := amongStrings(false), amongStrings(true)
	prefixes := []string{""}
	for _, p := range fwd {
		prefixes = append(prefixes, p)
		for _, first := range []string{waw, feh, beh, kaf, lam, seen, alefHamzaAbove, alef} {
			prefixes = append(prefixes, first+p)
		}
	}
	suffixes := []string{""}
	for _, s := range back {
		suffixes = append(suffixes, s)
		for _, last := range []string{noon, alef, teh, tehMarbuta, yeh, waw, heh, kaf, alefMaksura} {
			suffixes = append(suffixes, s+last)
		}
	}
	stems := []string{"", reh, reh + dal, reh + dal + jeem, khah + reh + jeem, reh + dal + jeem + ain, meem + reh + dal + jeem + ain}
	var words []string
	for _, p := range prefixes {
		for _, stem := range stems {
			for _, s := range suffixes {
				words = append(words, p+stem+s)
			}
		}
	}
	return words
}

// shortWords returns every word of one to three letters over the letters the
// algorithm names, and every four-letter word over the letters its affixes
// are made of.
func shortWords() []string {
	many := []string{hamza, alefHamzaAbove, alefHamzaBelow, alefMadda, wawHamza, yehHamza, alef, alefMaksura,
		beh, tehMarbuta, teh, jeem, reh, seen, ain, feh, kaf, lam, meem, noon, heh, waw, yeh, "\u0640", "\u064E", "\u0651",
		"\uFEDF", "\uFEFB", "\u0661", "a", "1", "-"}
	few := []string{alefHamzaAbove, wawHamza, alef, alefMaksura, beh, tehMarbuta, teh, seen, feh, kaf, lam, meem,
		noon, heh, waw, yeh, reh}
	var words []string
	var build func(alphabet []string, prefix string, n int)
	build = func(alphabet []string, prefix string, n int) {
		if n == 0 {
			words = append(words, prefix)
			return
		}
		for _, l := range alphabet {
			build(alphabet, prefix+l, n-1)
		}
	}
	for n := 1; n <= 3; n++ {
		build(many, "", n)
	}
	build(few, "", 4)
	return words
}

// randomWords returns n random words (seeded, so always the same) of up to
// twelve pieces: affix strings, letters, harakat, tatweel, presentation
// forms, digits, Latin letters, punctuation and bytes that are not UTF-8.
func randomWords(n int, seed uint64) []string {
	rng := rand.New(rand.NewPCG(seed, 2))
	pieces := append(amongStrings(false), amongStrings(true)...)
	for r := rune(0x0600); r <= 0x06FF; r++ {
		pieces = append(pieces, string(r))
	}
	for r := rune(0xFE70); r <= 0xFEFF; r++ {
		pieces = append(pieces, string(r))
	}
	pieces = append(pieces, "a", "z", "é", "0", "9", ".", "-", "'", " ", "\r", "\t", "«", "\u200c", "\u200f", "\u0670", "ک", "ی", "😀",
		"\x80", "\xbf", "\xc0", "\xd8", "\xd9", "\xef", "\xef\xba", "\xef\xbb", "\xff", "\xd8\xd8")
	letters := []string{alef, lam, beh, kaf, waw, feh, seen, yeh, teh, noon, heh, meem, alefHamzaAbove, tehMarbuta, reh}
	words := make([]string, n)
	var b strings.Builder
	for i := range words {
		b.Reset()
		for range rng.IntN(13) {
			if rng.IntN(2) == 0 {
				b.WriteString(letters[rng.IntN(len(letters))])
			} else {
				b.WriteString(pieces[rng.IntN(len(pieces))])
			}
		}
		words[i] = b.String()
	}
	return words
}

// stackedWords returns n random words (seeded) made of up to three prefix
// strings, up to three stem pieces (a few letters, a haraka, a presentation
// form) and up to seven suffix strings, to reach the repeated steps
// (atleast 1 Suffix_Verb_Step1) and the long words.
func stackedWords(n int) []string {
	rng := rand.New(rand.NewPCG(99, 2))
	fwd, back := amongStrings(false), amongStrings(true)
	stem := []string{reh, dal, meem, "\u064E", "\uFEDF"}
	words := make([]string, n)
	var b strings.Builder
	for i := range words {
		b.Reset()
		for range rng.IntN(4) {
			b.WriteString(fwd[rng.IntN(len(fwd))])
		}
		for range rng.IntN(4) {
			b.WriteString(stem[rng.IntN(len(stem))])
		}
		for range rng.IntN(8) {
			b.WriteString(back[rng.IntN(len(back))])
		}
		words[i] = b.String()
	}
	return words
}

// corpusTokens returns the distinct tokens of the shared corpus (the whole
// ANT file and the sample articles): every whitespace-separated field as it
// is, punctuation and all, and every run of letters and marks inside it.
func corpusTokens(t testing.TB) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(shared.Path(t, "corpus/articles"), "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	files = append(files, shared.Path(t, "corpus/ant-v1.1.txt"))
	seen := map[string]bool{}
	var tokens []string
	add := func(s string) {
		if s != "" && !seen[s] {
			seen[s] = true
			tokens = append(tokens, s)
		}
	}
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<20)
		sc.Split(bufio.ScanWords)
		for sc.Scan() {
			field := sc.Text()
			add(field)
			for _, run := range strings.FieldsFunc(field, func(r rune) bool {
				return !unicode.IsLetter(r) && !unicode.IsMark(r) && r != utf8.RuneError
			}) {
				add(run)
			}
		}
		f.Close()
		if err := sc.Err(); err != nil {
			t.Fatal(err)
		}
	}
	return tokens
}
