// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

// Command train-tagger trains the entity tagger embedded in package
// entities from the development data beside the repository, measures it
// by cross-validation, and writes the model file.
//
//	go run ./entities/cmd/train-tagger              # cross-validate, then train on all and write entities/model/tagger.qtag
//	go run ./entities/cmd/train-tagger -folds 0     # train and write only
//	go run ./entities/cmd/train-tagger -check       # retrain, and fail unless the scores are those recorded
//
// The cross-validated scores are written beside the model, in
// tagger.scores.txt; -check trains again from the data, writes nothing,
// and exits 1 when an F1 differs from the recorded one by more than 0.5
// or when the model differs from the embedded one.
//
// The data are ../shared/ner/anercorp-dev.tsv and
// ../shared/ner/newsfane-dev.tsv, whose people of NewsFANE's Police class
// the model learns as people (conll.go: personClasses); scores are
// measured against the files' own tags. Cross-validation cuts each file into
// -folds parts at sentence ends; fold k trains on every other part of
// both files and is scored on part k of each, exactly as the shared
// ner-score tool scores a command, for the extractor with the tagger and
// for the gazetteer alone. Then each file is held out whole, the model
// trained on the other, which shows how the model carries to a source it
// has not seen. Last, the held-back proxy (heldback.go): the sentences
// each file shares with the other, scored after training on the other
// file and the rest of this one, the way held-back news of these corpora
// meets a model trained on both. Training is deterministic: the same
// data and flags give the same model file.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/qalam-nlp/qalam/entities"
	"github.com/qalam-nlp/qalam/entities/gazetteer"
	"github.com/qalam-nlp/qalam/entities/tagger"
)

func main() {
	shared := flag.String("shared", "../shared", "the shared development data")
	out := flag.String("out", "entities/model/tagger.qtag", "the model file to write; empty writes none")
	folds := flag.Int("folds", 5, "cross-validation folds; 0 skips cross-validation")
	epochs := flag.Int("epochs", 8, "passes over the training data")
	errs := flag.Int("errors", 0, "print up to this many missed and spurious entities of the first fold")
	check := flag.Bool("check", false, "retrain and compare with the recorded scores and the embedded model; write nothing")
	unlisted := flag.Float64("unlisted", 0.5, "share of training sentences seen again without the gazetteer's features")
	prune := flag.Float64("prune", 0.5, "drop hashed features whose averaged weights stay within this of zero")
	flag.Parse()
	if flag.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "usage: train-tagger [-shared DIR] [-out FILE] [-folds N] [-epochs N] [-prune W]")
		os.Exit(2)
	}
	cfg := config{shared: *shared, out: *out, folds: *folds, epochs: *epochs, errs: *errs, prune: float32(*prune), unlisted: *unlisted}
	if *check {
		if err := checkModel(cfg); err != nil {
			fmt.Fprintln(os.Stderr, "train-tagger:", err)
			os.Exit(1)
		}
		return
	}
	if err := run(cfg); err != nil {
		fmt.Fprintln(os.Stderr, "train-tagger:", err)
		os.Exit(1)
	}
}

// run trains the model, cross-validating first when folds > 1, and
// writes the model to out and the scores beside it.
// config is the command line.
type config struct {
	shared, out         string
	folds, epochs, errs int
	prune               float32
	unlisted            float64
}

func run(cfg config) error {
	out, folds := cfg.out, cfg.folds
	scores, model, err := train(cfg)
	if err != nil {
		return err
	}
	fmt.Print(scores)
	if out == "" {
		return nil
	}
	if err := os.WriteFile(out, model, 0o644); err != nil {
		return err
	}
	if folds > 1 {
		return os.WriteFile(scoresFile(out), []byte(scores), 0o644)
	}
	return nil
}

// scoresFile is where the scores of the model file out are recorded.
func scoresFile(out string) string {
	return strings.TrimSuffix(out, filepath.Ext(out)) + ".scores.txt"
}

// checkModel trains again and compares with the recorded scores (within
// 0.5 F1) and the model file out.
func checkModel(cfg config) error {
	out := cfg.out
	recorded, err := os.ReadFile(scoresFile(out))
	if err != nil {
		return err
	}
	cfg.errs = 0
	scores, model, err := train(cfg)
	if err != nil {
		return err
	}
	fmt.Print(scores)
	want, got := f1s(string(recorded)), f1s(scores)
	if len(want) == 0 || len(want) != len(got) {
		return fmt.Errorf("%s: %d scores recorded, %d measured", scoresFile(out), len(want), len(got))
	}
	for i := range want {
		if math.Abs(want[i]-got[i]) > 0.5 {
			return fmt.Errorf("score %d: F1 %.1f measured, %.1f recorded in %s", i+1, got[i], want[i], scoresFile(out))
		}
	}
	embedded, err := os.ReadFile(out)
	if err != nil {
		return err
	}
	if !bytes.Equal(embedded, model) {
		return fmt.Errorf("the model trained now differs from %s (%d bytes against %d)", out, len(model), len(embedded))
	}
	fmt.Printf("check: the scores are within 0.5 of those recorded, and the model is %s byte for byte\n", out)
	return nil
}

// f1s returns the overall F1 of each line of a scores report.
func f1s(report string) []float64 {
	var out []float64
	for _, line := range strings.Split(report, "\n") {
		if i := strings.LastIndex(line, " F1 "); i >= 0 {
			if f, err := strconv.ParseFloat(strings.TrimSpace(line[i+4:]), 64); err == nil {
				out = append(out, f)
			}
		}
	}
	return out
}

// train cross-validates (folds > 1) and trains on all the data; it
// returns the report of the scores and the model file.
func train(cfg config) (string, []byte, error) {
	shared, folds, errs := cfg.shared, cfg.folds, cfg.errs
	var w strings.Builder
	var cs []*corpus
	for _, name := range []string{"anercorp-dev.tsv", "newsfane-dev.tsv"} {
		c, err := readCoNLL(filepath.Join(shared, "ner", name))
		if err != nil {
			return "", nil, err
		}
		c.name = name
		if fine := strings.TrimSuffix(name, ".tsv") + ".fine.tsv"; name == "newsfane-dev.tsv" {
			f, err := readCoNLL(filepath.Join(shared, "ner", fine))
			if err != nil {
				return "", nil, err
			}
			if err := c.learnFine(f); err != nil {
				return "", nil, err
			}
		}
		cs = append(cs, c)
	}
	g, err := gazetteer.Default()
	if err != nil {
		return "", nil, err
	}
	gaz := entities.New(g)
	opts := entities.TrainOptions{Epochs: cfg.epochs, Prune: cfg.prune, Unlisted: cfg.unlisted, Seed: 1}
	train := func(ps []part) *tagger.Model {
		ls := make([]entities.Labeled, len(ps))
		for i, p := range ps {
			ls[i] = p.labeled()
		}
		return entities.Train(gaz, ls, opts)
	}
	if folds > 1 {
		byCorpus := make([][]part, len(cs))
		for i, c := range cs {
			byCorpus[i] = c.parts(folds)
		}
		tagged := make([]map[gazetteer.Type]counts, len(cs))
		alone := make([]map[gazetteer.Type]counts, len(cs))
		for i := range cs {
			tagged[i], alone[i] = map[gazetteer.Type]counts{}, map[gazetteer.Type]counts{}
		}
		for k := range folds {
			var ps []part
			for i := range cs {
				for f, p := range byCorpus[i] {
					if f != k {
						ps = append(ps, p)
					}
				}
			}
			start := time.Now()
			x := entities.New(g, entities.WithModel(train(ps)))
			for i := range cs {
				p := byCorpus[i][k]
				ms := x.Extract(p.text)
				addAll(tagged[i], p.score(ms))
				if k == 0 && errs > 0 {
					p.printErrors(&w, cs[i].name, ms, errs)
				}
				addAll(alone[i], p.score(gaz.Extract(p.text)))
			}
			fmt.Fprintf(os.Stderr, "fold %d of %d trained and scored in %v\n", k+1, folds, time.Since(start).Round(time.Millisecond))
		}
		fmt.Fprintf(&w, "train-tagger -folds %d -epochs %d -prune %g -unlisted %g\n", folds, cfg.epochs, cfg.prune, cfg.unlisted)
		fmt.Fprintf(&w, "%d-fold cross-validation, exact spans (F1 per type; all types P/R/F1):\n", folds)
		for i, c := range cs {
			report(&w, c.name+" tagger+gazetteer", tagged[i])
			report(&w, c.name+" gazetteer alone", alone[i])
		}
		fmt.Fprintln(&w, "one source held out, trained on the other:")
		for i, c := range cs {
			other := cs[1-i]
			x := entities.New(g, entities.WithModel(train(other.parts(1))))
			whole := c.parts(1)[0]
			report(&w, c.name+" tagger+gazetteer", whole.score(x.Extract(whole.text)))
		}
		fmt.Fprintf(&w, "held-back proxy: the text each file shares with the other, %d folds, trained on the other file and the rest of this one:\n", folds)
		for i, c := range cs {
			other := cs[1-i].parts(1)
			seen := c.seenIn(cs[1-i])
			fold := c.proxyFolds(seen, folds)
			tagged, alone := map[gazetteer.Type]counts{}, map[gazetteer.Type]counts{}
			for k := range folds {
				test, rest := c.proxyParts(fold, k)
				x := entities.New(g, entities.WithModel(train(append(rest, other...))))
				addAll(tagged, test.score(x.Extract(test.text)))
				addAll(alone, test.score(gaz.Extract(test.text)))
			}
			report(&w, c.name+" tagger+gazetteer", tagged)
			report(&w, c.name+" gazetteer alone", alone)
			fmt.Fprintf(&w, "    (%d of its %d tokens are in sentences the other file holds)\n", c.tokensOf(seen), len(c.tokens))
		}
		agree, n := cs[0].agreement(cs[1])
		report(&w, fmt.Sprintf("%s as %s annotates it", cs[0].name, cs[1].name), agree)
		fmt.Fprintf(&w, "    (the %d tokens of the sentences both files tokenise alike)\n", n)
	}
	var all []part
	for _, c := range cs {
		all = append(all, c.parts(1)...)
	}
	// The words of the news corpus get precomputed scores in the model.
	news, err := os.ReadFile(filepath.Join(shared, "corpus", "ant-v1.1.txt"))
	if err != nil {
		return "", nil, err
	}
	opts.Vocabulary, opts.MinCount = []string{string(news)}, vocabularyMinCount
	m := train(all)
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		return "", nil, err
	}
	fmt.Fprintf(&w, "model: %d hashed and %d dense features, %d words, %d bytes\n", m.Hashed(), m.Dense(), m.Words(), buf.Len())
	return w.String(), buf.Bytes(), nil
}

// vocabularyMinCount is how often a word of the news corpus must occur
// for the model to store its scores.
const vocabularyMinCount = 3

func addAll(dst, src map[gazetteer.Type]counts) {
	for t, c := range src {
		d := dst[t]
		d.add(c)
		dst[t] = d
	}
}

func report(w io.Writer, name string, by map[gazetteer.Type]counts) {
	var all counts
	fmt.Fprintf(w, "  %-40s", name)
	for _, t := range []gazetteer.Type{gazetteer.Person, gazetteer.Location, gazetteer.Organization} {
		c := by[t]
		all.add(c)
		_, _, f := c.f1()
		fmt.Fprintf(w, " %s %5.1f", t.String()[:3], f)
	}
	p, r, f := all.f1()
	fmt.Fprintf(w, "  all P %5.1f R %5.1f F1 %5.1f\n", p, r, f)
}
