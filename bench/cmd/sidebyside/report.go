// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// The whole-process runs, stored with the children's results under these
// names.
const (
	processQalam     = "process-examples-stem"
	processStemwords = "process-stemwords"
)

// runAll runs every measurement cfg.repeat times and writes the report.
func runAll(cfg config, stdout, stderr io.Writer) error {
	root := repoRoot()
	command := fmt.Sprintf("cd bench && go run ./cmd/sidebyside -mb %g -repeat %d", cfg.mb, cfg.repeat)
	if cfg.wall {
		command += " -wall"
	}
	if cfg.input != "" {
		command += " -input " + cfg.input
	} else {
		path, err := defaultInput(root)
		if err != nil {
			return err
		}
		cfg.input = path
	}
	text, err := loadText(cfg.input, cfg.mb)
	if err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "sidebyside")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	words := filepath.Join(tmp, "words.txt")
	vocabulary, lines, err := writeWordList(words, text)
	if err != nil {
		return err
	}
	if vocabulary == 0 {
		return fmt.Errorf("%s has no Arabic words to compare on", cfg.input)
	}

	// The whole-process comparison needs examples/stem built from the
	// repository and the C stemwords on PATH.
	var processNote string
	qalamStem := filepath.Join(tmp, "stem")
	stemwords, _ := exec.LookPath("stemwords")
	if root == "" {
		processNote = "not run: the qalam repository (for examples/stem) was not found above the current directory"
	} else if out, err := goBuild(root, qalamStem, "./examples/stem"); err != nil {
		processNote = fmt.Sprintf("not run: building examples/stem failed: %v %s", err, out)
	} else if stemwords == "" {
		processNote = "not run: `stemwords` is not on PATH (Debian: apt-get install libstemmer-tools)"
	}

	results := make(map[string][]result)
	for i := range cfg.repeat {
		for _, m := range measurements {
			fmt.Fprintf(stderr, "run %d/%d: %s\n", i+1, cfg.repeat, m.name)
			r, err := runChildProcess(m, cfg, words)
			if err != nil {
				return err
			}
			results[m.name] = append(results[m.name], r)
		}
		if processNote != "" {
			continue
		}
		fmt.Fprintf(stderr, "run %d/%d: examples/stem and stemwords\n", i+1, cfg.repeat)
		qOut, cOut := filepath.Join(tmp, "qalam.out"), filepath.Join(tmp, "stemwords.out")
		q, err := runProcess(cfg.wall, qOut, qalamStem, "-algorithm", "snowball", "-lang", "none", words)
		if err != nil {
			return err
		}
		c, err := runProcess(cfg.wall, cOut, stemwords, "-l", "arabic", "-i", words)
		if err != nil {
			return err
		}
		results[processQalam] = append(results[processQalam], q)
		results[processStemwords] = append(results[processStemwords], c)
		if i == 0 {
			processNote, err = compareFiles(qOut, cOut)
			if err != nil {
				return err
			}
		}
	}

	in := report{
		cfg:        cfg,
		command:    command,
		text:       text,
		results:    results,
		vocabulary: vocabulary,
		lines:      lines,
		process:    processNote,
	}
	_, err = io.WriteString(stdout, in.String())
	return err
}

// goBuild builds the package pkg of the module at root into the file out.
func goBuild(root, out, pkg string) ([]byte, error) {
	cmd := exec.Command("go", "build", "-o", out, pkg)
	cmd.Dir = root
	return cmd.CombinedOutput()
}

// compareFiles says whether the two stemmers' outputs are the same.
func compareFiles(qalam, stemwords string) (string, error) {
	a, err := os.ReadFile(qalam)
	if err != nil {
		return "", err
	}
	b, err := os.ReadFile(stemwords)
	if err != nil {
		return "", err
	}
	if bytes.Equal(a, b) {
		return "the two outputs are identical", nil
	}
	al, bl := strings.Split(string(a), "\n"), strings.Split(string(b), "\n")
	differ := 0
	for i := range min(len(al), len(bl)) {
		if al[i] != bl[i] {
			differ++
		}
	}
	return fmt.Sprintf("the outputs DIFFER: %d lines of %d vs %d", differ, len(al), len(bl)), nil
}

// report is the Markdown the command prints.
type report struct {
	cfg               config
	command           string
	text              []byte
	results           map[string][]result
	vocabulary, lines int
	process           string // what became of the whole-process comparison
}

// Figures of a result. A time below the clock's resolution counts as 1 ns.
func mbPerSecond(r result) float64    { return float64(r.Bytes) / 1e6 / seconds(r) }
func wordsPerSecond(r result) float64 { return float64(r.Words) / 1e6 / seconds(r) }
func seconds(r result) float64        { return max(r.Seconds, 1e-9) }
func rssMB(r result) float64          { return float64(r.MaxRSS) / 1e6 }
func count(r result) float64          { return float64(r.Count) }

// median of figure f over the runs of measurement name.
func (rp *report) median(name string, f func(result) float64) float64 {
	return median(rp.results[name], f)
}

// speed is a row comparing throughputs (higher is better).
func (rp *report) speed(b *strings.Builder, title, qalam, peer string, f func(result) float64, unit string) {
	q, p := rp.median(qalam, f), rp.median(peer, f)
	fmt.Fprintf(b, "| %s | %s | %s | %s |\n", title, figure(q, unit), figure(p, unit), ratio(q/p, "faster", "slower"))
}

// cost is a row comparing costs (lower is better).
func (rp *report) cost(b *strings.Builder, title, qalam, peer string, f func(result) float64, unit string) {
	q, p := rp.median(qalam, f), rp.median(peer, f)
	fmt.Fprintf(b, "| %s | %s | %s | %s |\n", title, figure(q, unit), figure(p, unit), ratio(p/q, "faster", "slower"))
}

// memory is a row comparing peak resident memory. Its ratio compares what
// each side adds to a child that only loads the text, with 1 MB standing in
// for less than 1 MB.
func (rp *report) memory(b *strings.Builder, title, qalam, peer string) {
	base := rp.median("baseline", rssMB)
	q, p := rp.median(qalam, rssMB), rp.median(peer, rssMB)
	cell := ratio(max(p-base, 1)/max(q-base, 1), "less", "more")
	switch {
	case q-base < 1 && p-base < 1:
		cell = "both add under 1 MB"
	case q-base < 1:
		cell = strings.Replace(cell, "**", "**≥ ", 1)
	}
	fmt.Fprintf(b, "| %s | %s (+%s) | %s (+%s) | %s |\n", title,
		figure(q, "MB"), figure(max(q-base, 0), "MB"), figure(p, "MB"), figure(max(p-base, 0), "MB"), cell)
}

// figure formats v with three significant digits (all its digits from 100
// up) and a unit.
func figure(v float64, unit string) string {
	switch {
	case v >= 100:
		return fmt.Sprintf("%.0f %s", v, unit)
	case v >= 10:
		return fmt.Sprintf("%.1f %s", v, unit)
	case v >= 1:
		return fmt.Sprintf("%.2f %s", v, unit)
	default:
		return fmt.Sprintf("%.3g %s", v, unit)
	}
}

// thousands formats a count with a comma between groups of three digits.
func thousands(v float64) string {
	s := fmt.Sprintf("%.0f", v)
	for i := len(s) - 3; i > 0 && s[i-1] != '-'; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// ratio formats how many times qalam is better (x ≥ 1, in bold) or worse.
func ratio(x float64, better, worse string) string {
	if x >= 1 {
		return fmt.Sprintf("**%s× %s**", strings.TrimSpace(figure(x, "")), better)
	}
	return fmt.Sprintf("%s× %s", strings.TrimSpace(figure(1/x, "")), worse)
}

func (rp *report) String() string {
	var b strings.Builder
	mb := float64(len(rp.text)) / 1e6
	docs := len(articles(rp.text))
	fmt.Fprintf(&b, "Machine: %s  \n", machine())
	fmt.Fprintf(&b, "Input: %s, %s in memory (%d articles); median of %d runs  \n", filepath.Base(rp.cfg.input), figure(mb, "MB"), docs, rp.cfg.repeat)
	fmt.Fprintf(&b, "Command: `%s`\n\n", rp.command)

	b.WriteString("| comparison | qalam | peer | qalam vs peer |\n|---|---|---|---|\n")
	rp.speed(&b, "1. normalisation: `normalize.Search` vs bleve `normalize_ar` ¹", "normalize-search", "normalize-bleve", mbPerSecond, "MB/s")
	rp.speed(&b, "1. normalisation: `normalize.Lucene` vs bleve `normalize_ar` ¹", "normalize-lucene", "normalize-bleve", mbPerSecond, "MB/s")
	rp.speed(&b, "2. analyzer, Snowball stems, vs bleve `ar` ²", "analyzer-snowball", "analyzer-bleve", mbPerSecond, "MB/s")
	rp.speed(&b, "2. analyzer, light stems, vs bleve `ar` ²", "analyzer-light", "analyzer-bleve", mbPerSecond, "MB/s")
	rp.memory(&b, "2. analyzer peak memory, article by article ²", "analyzer-snowball", "analyzer-bleve")
	rp.memory(&b, "2. analyzer peak memory, whole text as one document ²", "analyzer-snowball-whole", "analyzer-bleve-whole")
	rp.speed(&b, "3. stemming: `stem/snowball` vs `snowballstem/arabic` ³", "stem-snowball", "stem-snowballstem", wordsPerSecond, "M words/s")
	rp.speed(&b, "3. stemming: `stem/light` vs bleve `normalize_ar`+`stemmer_ar` ³", "stem-light", "stem-bleve-light", wordsPerSecond, "M words/s")
	if len(rp.results[processQalam]) > 0 {
		rp.cost(&b, "3. whole process: `examples/stem` vs C `stemwords -l arabic` ³", processQalam, processStemwords, seconds, "s")
	}
	rp.speed(&b, "4. entity extraction (gazetteer and tagger) vs bleve `ar` analysing ⁴", "entities", "analyzer-bleve", mbPerSecond, "MB/s")
	rp.speed(&b, "4. entity extraction, gazetteer alone (`-model none`) vs bleve `ar` analysing ⁴", "entities-gazetteer", "analyzer-bleve", mbPerSecond, "MB/s")
	rp.memory(&b, "4. entity extraction peak memory vs bleve `ar` analysing ⁴", "entities", "analyzer-bleve")
	fmt.Fprintf(&b, "| 4. gazetteer and model load and build (`entities.Default`) ⁴ | %s, %s heap | – | – |\n",
		figure(rp.median("entities", func(r result) float64 { return r.LoadSeconds * 1e3 }), "ms"),
		figure(rp.median("entities", func(r result) float64 { return float64(r.LoadHeap) / 1e6 }), "MB"))

	clock := "CPU time (user and system, all threads, so garbage collection counts; steadier than wall time on a shared machine)"
	if rp.cfg.wall {
		clock = "wall time"
	}
	tokens := rp.median("normalize-bleve", count)
	fmt.Fprintf(&b, `
Speeds are MB (10⁶ bytes) of the input text per second of %s. Each side runs in a child process of its own, which loads the text first (not timed).

1. qalam: one `+"`Normalizer.Append`"+` call over the whole text, every byte included, into a new buffer. bleve: each article (text split at blank lines) is tokenized by bleve's unicode tokenizer (not timed) and the `+"`normalize_ar`"+` filter is run over its tokens (timed): %s tokens holding %.0f%% of the bytes. Both speeds are the whole text's size over the time.
2. qalam: `+"`tokenize.Analyzer{Stopwords: tokenize.ArabicStopwords, AppendStem: snowball.AppendStem}`"+` (or `+"`light.AppendStem`"+`; the normaliser is `+"`normalize.Search`"+`), iterating `+"`TermsBytes`"+` over each article: %s terms. bleve: `+"`registry.NewCache().AnalyzerNamed(\"ar\")`"+` (unicode tokenizer, lowercase, NFKC, stop_ar, normalize_ar, stemmer_ar), `+"`Analyze`"+` on each article: %s tokens. Peak memory is the child process's peak resident memory (VmHWM in /proc/self/status), the %s text included, and in brackets what it adds to a child that only loads the text (%.1f MB); the ratio compares the latter. "One document" passes the whole text to one `+"`TermsBytes`"+` / `+"`Analyze`"+` call.
3. The word list is the text's vocabulary, its %s distinct Arabic words as written, repeated to %s words (as many as the text has). `+"`stem/snowball`"+`: `+"`Stemmer.AppendStem`"+` into a reused buffer; snowballstem: `+"`Env.SetCurrent`"+` and `+"`arabic.Stem`"+` on one reused Env (strings in, strings out). `+"`stem/light`"+`: `+"`light.AppendStem`"+` (which applies Lucene's normalisation first); bleve: `+"`normalize_ar`"+` then `+"`stemmer_ar`"+` on a one-token stream per word. Whole process: the time of `+"`stem -algorithm snowball -lang none WORDS > out`"+` (examples/stem, built with go build) vs `+"`stemwords -l arabic -i WORDS > out`"+`, start-up included; %s.
4. qalam: `+"`entities.Default()`"+` (parse the embedded gazetteer and tagger model, build the extractor; timed apart, and the heap it holds after a GC), then `+"`AppendMentions`"+` on each article: %s mentions; the gazetteer alone is `+"`entities.New(g)`"+` on the default gazetteer. bleve: its `+"`ar`"+` analyzer's `+"`Analyze`"+` on each article, as in 2. The target is entity extraction at least 2× faster than bleve's analysis.
`,
		clock, thousands(tokens), 100*float64(tokenBytes(rp.text))/float64(len(rp.text)),
		thousands(rp.median("analyzer-snowball", count)), thousands(rp.median("analyzer-bleve", count)),
		figure(mb, "MB"), rp.median("baseline", rssMB),
		thousands(float64(rp.vocabulary)), thousands(float64(rp.lines)), rp.process,
		thousands(rp.median("entities", count)))
	return b.String()
}
