// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package tagger

import (
	"bytes"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode"
)

// A toy language for training: names are capitalised words never seen
// twice, so that only the context tells their type. "mr" comes before a
// person's name, "in" before a place, and "corp" ends an organisation's.
const (
	denseBias        = iota // every token
	denseCapitalised        // the token starts with a capital letter
	numToyDense
)

// toyTemplates are the sentences of the toy language: "P" is a person's
// name, "L" a place's, "N" a word of an organisation's name.
var toyTemplates = []string{
	"mr P P said hello",
	"she lives in L",
	"mr P visited L",
	"N N corp hired mr P",
	"the office in L of N corp",
	"in L mr P P met N N corp",
	"yesterday N corp opened in L",
	"mr P",
}

// toySentence fills a template with fresh names and returns its words
// and gold tags.
func toySentence(rng *rand.Rand, template string) ([]string, []Tag) {
	var words []string
	var gold []Tag
	fields := strings.Fields(template)
	for i, f := range fields {
		var typ SpanType
		switch f {
		case "P":
			typ = Person
		case "L":
			typ = Location
		case "N":
			typ = Organization
		case "corp":
			gold = append(gold, Inside(Organization))
			words = append(words, f)
			continue
		default:
			gold = append(gold, O)
			words = append(words, f)
			continue
		}
		name := make([]byte, 3+rng.IntN(4))
		name[0] = byte('A' + rng.IntN(26))
		for k := 1; k < len(name); k++ {
			name[k] = byte('a' + rng.IntN(26))
		}
		words = append(words, string(name))
		if i > 0 && fields[i-1] == f {
			gold = append(gold, Inside(typ))
		} else {
			gold = append(gold, Begin(typ))
		}
	}
	return words, gold
}

// toyFeatures returns the hashed and dense features of each word.
func toyFeatures(words []string) ([][]uint64, [][]int32) {
	word := func(i int) string {
		if i < 0 || i >= len(words) {
			return "<none>"
		}
		return strings.ToLower(words[i])
	}
	hashed := make([][]uint64, len(words))
	dense := make([][]int32, len(words))
	for i, w := range words {
		hashed[i] = []uint64{
			Hash([]byte("w=" + word(i))),
			Hash([]byte("prev=" + word(i-1))),
			Hash([]byte("next=" + word(i+1))),
		}
		dense[i] = []int32{denseBias}
		if unicode.IsUpper(rune(w[0])) {
			hashed[i] = append(hashed[i], Hash([]byte("capitalised")))
			dense[i] = append(dense[i], denseCapitalised)
		}
	}
	return hashed, dense
}

func toySequence(rng *rand.Rand, template string) Sequence {
	words, gold := toySentence(rng, template)
	hashed, dense := toyFeatures(words)
	return Sequence{Hashed: hashed, Dense: dense, Gold: gold}
}

// toyCorpus returns n sentences drawn from the templates.
func toyCorpus(seed uint64, n int) []Sequence {
	rng := rand.New(rand.NewPCG(seed, 1))
	seqs := make([]Sequence, n)
	for i := range seqs {
		seqs[i] = toySequence(rng, toyTemplates[rng.IntN(len(toyTemplates))])
	}
	return seqs
}

// trainToy trains a trainer on the corpus for the given epochs, in the
// corpus's order, and returns the trainer and the number of tokens tagged
// wrongly in the last epoch.
func trainToy(corpus []Sequence, epochs int) (*Trainer, int) {
	tr := NewTrainer(numToyDense)
	compiled := make([]Compiled, len(corpus))
	for i, s := range corpus {
		compiled[i] = tr.Compile(s)
	}
	var scratch []Scores
	var tags []Tag
	wrong := 0
	for range epochs {
		wrong = 0
		for i := range compiled {
			wrong += tr.Learn(&compiled[i], &scratch, &tags)
		}
	}
	return tr, wrong
}

// tagWith decodes a sequence's features with a model.
func tagWith(m *Model, v *Viterbi, seq Sequence) []Tag {
	scores := make([]Scores, len(seq.Gold))
	for i := range scores {
		for _, k := range seq.Hashed[i] {
			m.AddHashed(&scores[i], k)
		}
		for _, d := range seq.Dense[i] {
			m.AddDense(&scores[i], int(d))
		}
	}
	return v.Decode(nil, m, scores)
}

// toyModel is a model trained on the toy language, shared by the tests
// that only read it.
var toyModel = sync.OnceValue(func() *Model {
	tr, _ := trainToy(toyCorpus(1, 200), 5)
	return tr.Model("toy", 0)
})

func TestTrainLearnsToyTask(t *testing.T) {
	tr, wrong := trainToy(toyCorpus(1, 200), 5)
	if wrong != 0 {
		t.Errorf("%d tokens still tagged wrongly in the fifth epoch", wrong)
	}
	m := tr.Model("toy", 0)
	if m.Features != "toy" || m.Dense() != numToyDense || m.Hashed() == 0 {
		t.Fatalf("model %q has %d dense and %d hashed features", m.Features, m.Dense(), m.Hashed())
	}
	var v Viterbi
	// Held out: another seed draws names never seen in training.
	for _, seq := range toyCorpus(2, 100) {
		if got := tagWith(m, &v, seq); !slices.Equal(got, seq.Gold) {
			t.Errorf("tags %v, want %v", got, seq.Gold)
		}
	}
}

func TestLearnCountsMistakes(t *testing.T) {
	tr := NewTrainer(numToyDense)
	c := tr.Compile(toyCorpus(3, 1)[0])
	var scratch []Scores
	var tags []Tag
	// With all weights zero Decode ties everywhere and picks O, so the
	// first step gets every name token wrong.
	names := 0
	for _, g := range c.gold {
		if g != O {
			names++
		}
	}
	if got := tr.Learn(&c, &scratch, &tags); got != names {
		t.Errorf("first step: %d tokens wrong, want the %d name tokens", got, names)
	}
	for range 20 {
		tr.Learn(&c, &scratch, &tags)
	}
	if got := tr.Learn(&c, &scratch, &tags); got != 0 {
		t.Errorf("after 20 steps on one sentence, %d tokens still wrong", got)
	}
}

func TestTrainDeterministic(t *testing.T) {
	write := func() []byte {
		tr, _ := trainToy(toyCorpus(4, 150), 3)
		m := tr.Model("toy", 0.01)
		m.SetWords([]string{"mr", "in", "corp"}, 2, toyWordRows(m))
		var buf bytes.Buffer
		if _, err := m.WriteTo(&buf); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	a, b := write(), write()
	if !bytes.Equal(a, b) {
		t.Errorf("two trainings on the same data wrote different files (%d and %d bytes)", len(a), len(b))
	}
}

func TestTrainPrune(t *testing.T) {
	tr, _ := trainToy(toyCorpus(5, 200), 4)
	all := tr.Model("toy", 0)
	allKeys := sortedKeys(&all.features)
	if all.Hashed() >= len(tr.keys) {
		t.Errorf("prune 0 keeps all %d hashed features, even those never updated", len(tr.keys))
	}
	var prev = all.Hashed()
	for _, prune := range []float32{0.5, 0.99, 1.5, 3, 10} {
		m := tr.Model("toy", prune)
		if m.Hashed() > prev {
			t.Errorf("prune %v keeps %d hashed features, more than a smaller prune's %d", prune, m.Hashed(), prev)
		}
		prev = m.Hashed()
		if m.Dense() != all.Dense() || m.trans != all.trans {
			t.Errorf("prune %v changed the dense features or transitions", prune)
		}
		// A kept feature keeps its weights; a dropped one had all its
		// weights within prune of zero.
		for _, k := range allKeys {
			var want, got Scores
			all.AddHashed(&want, k)
			m.AddHashed(&got, k)
			if _, kept := m.features.Get(k); kept {
				if got != want {
					t.Errorf("prune %v: feature %#x kept with weights %v, want %v", prune, k, got, want)
				}
			} else if maxAbs(&want) > prune {
				t.Errorf("prune %v dropped feature %#x with weights %v", prune, k, want)
			}
		}
	}
	// The toy task is learnt in a few mistakes, most features being
	// moved once, to an average weight just under 1.
	if m := tr.Model("toy", 1.5); m.Hashed() == 0 || m.Hashed() >= all.Hashed() {
		t.Errorf("prune 1.5 keeps %d of %d hashed features", m.Hashed(), all.Hashed())
	}
	if none := tr.Model("toy", 1e9); none.Hashed() != 0 {
		t.Errorf("prune 1e9 keeps %d hashed features", none.Hashed())
	}
}

func TestModelOfUntrained(t *testing.T) {
	tr := NewTrainer(2)
	tr.Compile(toyCorpus(6, 1)[0])
	m := tr.Model("none", 0)
	if m.Dense() != 2 || m.Hashed() != 0 {
		t.Errorf("untrained model has %d dense and %d hashed features, want 2 and 0", m.Dense(), m.Hashed())
	}
	if m.trans != ([NumTags + 1]Scores{}) {
		t.Errorf("untrained model has transitions %v", m.trans)
	}
}

// toyWordRows computes a word's rows as entities does: role 0 is the
// word itself, role 1 the word as the previous one.
func toyWordRows(m *Model) func(string) []Scores {
	return func(w string) []Scores {
		rows := make([]Scores, 2)
		m.AddHashed(&rows[0], Hash([]byte("w="+w)))
		m.AddHashed(&rows[1], Hash([]byte("prev="+w)))
		return rows
	}
}

func TestSetWords(t *testing.T) {
	m := toyModel()
	words := []string{"mr", "in", "corp", "hello", "mr", "unheard"}
	m = cloneModel(m)
	m.SetWords(words, 2, toyWordRows(m))
	if m.Words() != 5 {
		t.Errorf("Words() = %d after setting 5 distinct words (one twice)", m.Words())
	}
	for _, w := range words {
		rows := m.Word(Hash([]byte(w)))
		var self, prev Scores
		m.AddHashed(&self, Hash([]byte("w="+w)))
		m.AddHashed(&prev, Hash([]byte("prev="+w)))
		if !slices.Equal(rows, []Scores{self, prev}) {
			t.Errorf("Word(%q) = %v, want %v", w, rows, []Scores{self, prev})
		}
		if len(rows) != cap(rows) {
			t.Errorf("Word(%q) has room past its rows: appending would overwrite the next word's", w)
		}
	}
	if rows := m.Word(Hash([]byte("absent"))); rows != nil {
		t.Errorf("Word of a word not set = %v, want nil", rows)
	}
	var zero Scores
	if rows := m.Word(Hash([]byte("unheard"))); rows[0] != zero || rows[1] != zero {
		t.Errorf("a word without features has rows %v", rows)
	}
	// Setting again replaces the words.
	m.SetWords([]string{"in"}, 1, func(w string) []Scores { return []Scores{{O: 3}} })
	if m.Words() != 1 || m.Word(Hash([]byte("mr"))) != nil || m.Word(Hash([]byte("in")))[0][O] != 3 {
		t.Errorf("SetWords did not replace the words: %d words", m.Words())
	}
}

// cloneModel returns a copy of m that can be changed without changing m.
func cloneModel(m *Model) *Model {
	c := *m
	c.dense = slices.Clone(m.dense)
	c.rows = slices.Clone(m.rows)
	c.wordRows = slices.Clone(m.wordRows)
	c.features = Index{slots: slices.Clone(m.features.slots), n: m.features.n}
	c.words = Index{slots: slices.Clone(m.words.slots), n: m.words.n}
	return &c
}

// TestModelAverages follows the perceptron by hand on one token whose
// gold tag is B-Person: the first step, with zero weights, tags it O and
// moves its features' and the start transition's weights by one, after
// which the two more steps find it right. The model averages the weights
// the three steps decoded with: 0, 1 and 1.
func TestModelAverages(t *testing.T) {
	tr := NewTrainer(1)
	c := tr.Compile(Sequence{Hashed: [][]uint64{{42}}, Dense: [][]int32{{0}}, Gold: []Tag{BPerson}})
	var scratch []Scores
	var tags []Tag
	for step, want := range []int{1, 0, 0} {
		if wrong := tr.Learn(&c, &scratch, &tags); wrong != want {
			t.Fatalf("step %d: %d wrong, want %d", step+1, wrong, want)
		}
	}
	m := tr.Model("hand", 0)
	const third = float32(1) / 3
	want := Scores{O: -2 * third, BPerson: 2 * third}
	var dense, hashed Scores
	m.AddDense(&dense, 0)
	m.AddHashed(&hashed, 42)
	for _, got := range []Scores{dense, hashed, m.trans[NumTags]} {
		if !closeScores(got, want, 1e-6) {
			t.Errorf("averaged weights %v, want %v", got, want)
		}
	}
	for a := range NumTags {
		if m.trans[a] != (Scores{}) {
			t.Errorf("transition from %d moved: %v", a, m.trans[a])
		}
	}
}
