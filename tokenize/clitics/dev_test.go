// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package clitics

import (
	"bufio"
	"fmt"
	"os"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/qalam-nlp/qalam/internal/letters"
	"github.com/qalam-nlp/qalam/internal/shared"
)

// goldSentence is one sentence of a UD CoNLL-U file: its text and the byte
// offsets where the treebank cuts between two Arabic letters.
type goldSentence struct {
	text string
	cuts map[int]bool
}

// isScored is the scorer's notion of an Arabic letter (segment-score's
// is_ar): a cut counts only between two of these.
func isScored(r rune) bool {
	return r >= 0x0621 && r <= 0x064A || r >= 0x066E && r <= 0x06D3 || r >= 0x0671 && r <= 0x06FF
}

// pudDev returns the sentences of ../shared/segment/pud-dev.conllu, or
// skips t when it is absent.
func pudDev(t testing.TB) []goldSentence {
	t.Helper()
	return readGold(t, shared.Path(t, "segment/pud-dev.conllu"))
}

// evenOdd splits sents into the even and the odd ones: one half to tune
// on, the other held out.
func evenOdd(sents []goldSentence) (even, odd []goldSentence) {
	for i, s := range sents {
		if i%2 == 0 {
			even = append(even, s)
		} else {
			odd = append(odd, s)
		}
	}
	return even, odd
}

func readGold(t testing.TB, path string) []goldSentence {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var sents []goldSentence
	for _, block := range strings.Split(strings.TrimSpace(string(data)), "\n\n") {
		var s goldSentence
		s.cuts = map[int]bool{}
		pos := 0
		for _, line := range strings.Split(block, "\n") {
			if text, ok := strings.CutPrefix(line, "# text = "); ok {
				s.text = text
				continue
			}
			if line == "" || line[0] == '#' {
				continue
			}
			cols := strings.Split(line, "\t")
			if len(cols) < 10 || strings.ContainsAny(cols[0], "-.") {
				continue
			}
			i := strings.Index(s.text[pos:], cols[1])
			if i < 0 {
				t.Fatalf("cannot align %q in %q", cols[1], s.text)
			}
			end := pos + i + len(cols[1])
			if strings.Contains(cols[9], "SpaceAfter=No") && end > 0 && end < len(s.text) {
				prev, _ := utf8.DecodeLastRuneInString(s.text[:end])
				next, _ := utf8.DecodeRuneInString(s.text[end:])
				if isScored(prev) && isScored(next) {
					s.cuts[end] = true
				}
			}
			pos = end
		}
		sents = append(sents, s)
	}
	return sents
}

// wordResult is one scored word: the whitespace-delimited chunk with the
// gold cuts and the predicted cuts, byte offsets within the chunk.
type wordResult struct {
	chunk      string
	gold, pred []int
}

func (w wordResult) right() bool {
	if len(w.gold) != len(w.pred) {
		return false
	}
	for i := range w.gold {
		if w.gold[i] != w.pred[i] {
			return false
		}
	}
	return true
}

func marked(chunk string, cuts []int) string {
	var b strings.Builder
	for i, j := 0, 0; i < len(chunk); {
		for j < len(cuts) && cuts[j] == i {
			b.WriteByte('+')
			j++
		}
		_, n := utf8.DecodeRuneInString(chunk[i:])
		b.WriteString(chunk[i : i+n])
		i += n
	}
	return b.String()
}

// isWordRune says what the test passes to the segmenter: runs of Arabic
// letters and marks, with punctuation peeled off as a tokenizer does.
func isWordRune(r rune) bool { return letters.Code(r) != 0 || letters.IsInWord(r) }

// segmentChunk runs seg on every Arabic run of chunk and returns the cuts
// between two scored letters.
func segmentChunk(seg *Segmenter, chunk string, buf []Segment) []int {
	var cuts []int
	for i := 0; i < len(chunk); {
		r, n := utf8.DecodeRuneInString(chunk[i:])
		if !isWordRune(r) {
			i += n
			continue
		}
		j := i
		for j < len(chunk) {
			r, n := utf8.DecodeRuneInString(chunk[j:])
			if !isWordRune(r) {
				break
			}
			j += n
		}
		buf = seg.AppendSegments(buf[:0], chunk[i:j])
		for _, s := range buf[:len(buf)-1] {
			c := i + s.End
			prev, _ := utf8.DecodeLastRuneInString(chunk[:c])
			next, _ := utf8.DecodeRuneInString(chunk[c:])
			if isScored(prev) && isScored(next) {
				cuts = append(cuts, c)
			}
		}
		i = j
	}
	return cuts
}

func evaluate(seg *Segmenter, sents []goldSentence) []wordResult {
	var out []wordResult
	buf := make([]Segment, 0, 8)
	for _, s := range sents {
		start := 0
		for _, chunk := range strings.Split(s.text, " ") {
			end := start + len(chunk)
			if strings.IndexFunc(chunk, isScored) >= 0 {
				w := wordResult{chunk: chunk}
				for c := range s.cuts {
					if start < c && c < end {
						w.gold = append(w.gold, c-start)
					}
				}
				sort.Ints(w.gold)
				w.pred = segmentChunk(seg, chunk, buf)
				out = append(out, w)
			}
			start = end + 1
		}
	}
	return out
}

type scores struct {
	words, right, tp, fp, fn int
}

func score(ws []wordResult) scores {
	var s scores
	for _, w := range ws {
		s.words++
		if w.right() {
			s.right++
		}
		g := map[int]bool{}
		for _, c := range w.gold {
			g[c] = true
		}
		for _, c := range w.pred {
			if g[c] {
				s.tp++
				delete(g, c)
			} else {
				s.fp++
			}
		}
		s.fn += len(g)
	}
	return s
}

func (s scores) accuracy() float64 { return 100 * float64(s.right) / float64(s.words) }

func (s scores) String() string {
	p := float64(s.tp) / float64(s.tp+s.fp)
	r := float64(s.tp) / float64(s.tp+s.fn)
	return fmt.Sprintf("words %d right %d acc %.2f%%  boundaries P %.2f R %.2f F1 %.2f",
		s.words, s.right, s.accuracy(), 100*p, 100*r, 200*p*r/(p+r))
}

// TestPUDDev measures the default segmenter on the UD Arabic-PUD development
// sentences the way ../shared/tools/segment-score does, on the whole file and
// on its even and odd sentences.
func TestPUDDev(t *testing.T) {
	sents := pudDev(t)
	even, odd := evenOdd(sents)
	all := evaluate(Default, sents)
	total := score(all)
	t.Logf("all:  %v", total)
	t.Logf("even: %v", score(evaluate(Default, even)))
	t.Logf("odd:  %v", score(evaluate(Default, odd)))
	if path := os.Getenv("CLITICS_ERRORS"); path != "" {
		f, err := os.Create(path)
		if err != nil {
			t.Fatal(err)
		}
		bw := bufio.NewWriter(f)
		for _, w := range all {
			if !w.right() {
				fmt.Fprintf(bw, "%s\t%s\t%s\n", errorCategory(w), marked(w.chunk, w.gold), marked(w.chunk, w.pred))
			}
		}
		bw.Flush()
		f.Close()
	}
	if testing.Verbose() {
		counts := map[string]int{}
		for _, w := range all {
			if !w.right() {
				for _, c := range strings.Split(errorCategory(w), ", ") {
					counts[c]++
				}
			}
		}
		cats := make([]string, 0, len(counts))
		for c := range counts {
			cats = append(cats, c)
		}
		sort.Slice(cats, func(i, j int) bool {
			return counts[cats[i]] > counts[cats[j]] || counts[cats[i]] == counts[cats[j]] && cats[i] < cats[j]
		})
		for _, c := range cats {
			t.Logf("%4d %s", counts[c], c)
		}
	}
	const floor = 99.0
	if total.accuracy() < floor {
		t.Errorf("word accuracy %.2f%% fell below %.2f%%", total.accuracy(), floor)
	}
}

// errorCategory names the kind of each wrong cut in a word: a missed or
// spurious cut after proclitic letters (و ف ب ل ك س, by letter), before a
// pronoun enclitic, between the ل of لل, next to a tatweel, or elsewhere.
func errorCategory(w wordResult) string {
	var cats []string
	for _, c := range append(slices.Clone(w.gold), w.pred...) {
		g, p := slices.Contains(w.gold, c), slices.Contains(w.pred, c)
		if g == p {
			continue
		}
		what := "missed"
		if p {
			what = "over-split"
		}
		before := strings.TrimLeftFunc(w.chunk[:c], func(r rune) bool { return !isScored(r) })
		after := strings.TrimRightFunc(w.chunk[c:], func(r rune) bool { return !isScored(r) })
		var side string
		switch {
		case strings.HasSuffix(before, "ـ") || strings.HasPrefix(after, "ـ"):
			side = "tatweel"
		case strings.HasSuffix(before, "ل") && strings.HasPrefix(after, "ل") && utf8.RuneCountInString(before) <= 2:
			side = "proclitic ل before ل (ل+ل)"
		case utf8.RuneCountInString(before) <= 2 && strings.Trim(before, "وفبلكس") == "":
			r, _ := utf8.DecodeLastRuneInString(before)
			side = "proclitic " + string(r)
		case isEncliticText(after):
			side = "enclitic " + after
		default:
			side = "other"
		}
		cats = append(cats, what+" "+side)
	}
	sort.Strings(cats)
	return strings.Join(cats, ", ")
}

func isEncliticText(s string) bool {
	switch s {
	case "ه", "ها", "هم", "هما", "هن", "ك", "كم", "كما", "كن", "ي", "ني", "نا":
		return true
	}
	return false
}
