package depparse

import (
	"math/rand/v2"
	"slices"

	"github.com/newsgraph/newsgraph/internal/conllu"
	"github.com/newsgraph/newsgraph/internal/linear"
)

// Options tune training. The zero value gives the defaults.
type Options struct {
	Epochs int // passes over the data; default 15
	Seed   uint64
	// ExploreFrom is the first epoch (0-based) in which training follows
	// the model's own transitions, with probability ExploreProb, instead
	// of the oracle's (Goldberg and Nivre 2012: 1 and 0.9 by default; a
	// negative ExploreFrom never explores).
	ExploreFrom int
	ExploreProb float64
	// Prune drops averaged weights of smaller magnitude (0: keep all).
	Prune float32
	// MinLift, when positive, keeps the lift-encoded label ("obl||obj") of
	// every encoding seen on at least MinLift training words, so that
	// parses can be lowered again; other lifted words keep their plain
	// label and their lifted head. 0, the default, encodes none: on EWT
	// dev (gold tags) the encoding cost 0.1-0.2 LAS for the 0.17% of
	// words it concerns.
	MinLift int
	// Clusters are word classes at two granularities (coarse, fine) of
	// words normalized by postag.Norm, learnt from unlabelled text (as
	// postag.LearnUnlabelled does); nil: none. The model keeps them.
	Clusters map[string][2]uint16
	// Beam, when 2 or more (at most MaxBeam), trains globally with a beam of that width
	// (beamSentence) instead of greedily with the dynamic oracle; the
	// model then parses with the same beam.
	Beam int
	// Progress, when set, is called after each epoch; avg averages the
	// weights so far into a model pruned at the given magnitude (costly:
	// call it only when needed).
	Progress func(epoch int, avg func(prune float32) *Model)
}

func (o Options) withDefaults() Options {
	if o.Epochs == 0 {
		o.Epochs = 15
	}
	if o.ExploreFrom == 0 {
		o.ExploreFrom = 1
	}
	if o.ExploreProb == 0 {
		o.ExploreProb = 0.9
	}
	return o
}

// example is a training sentence: its hashed attributes and its
// projectivized gold tree (0-based heads, n for the root).
type example struct {
	at    atoms
	head  []int
	label []int
}

// Train learns a parser from sentences with gold trees, reading their
// UPOS, XPOS and lemma columns as given: train on predicted tags (for
// instance jackknifed) to parse predicted tags well. Sentences whose tree
// is malformed are skipped. Training is deterministic: the same sentences
// and options give the same model, bit for bit.
func Train(sents []conllu.Sentence, opt Options) *Model {
	opt = opt.withDefaults()
	opt.Beam = min(opt.Beam, MaxBeam) // what Load accepts
	trees, labels := projectiveTrees(sents, opt.MinLift)
	classes := hashClasses(opt.Clusters)
	m := newModel(labels, classes, nil)
	ids := map[string]int{}
	for i, l := range labels {
		ids[l] = i
	}
	var data []example
	for i, t := range trees {
		if t.heads == nil {
			continue
		}
		ex := example{head: make([]int, len(t.heads)), label: make([]int, len(t.heads))}
		n := len(t.heads)
		for j, h := range t.heads {
			ex.head[j] = h - 1
			if h == 0 {
				ex.head[j] = n
			}
			ex.label[j] = ids[t.labels[j]]
		}
		ws := sents[i].Words
		ex.at.set(column(ws, func(w conllu.Word) string { return w.Form }),
			column(ws, func(w conllu.Word) string { return w.UPOS }),
			column(ws, func(w conllu.Word) string { return w.XPOS }),
			column(ws, func(w conllu.Word) string { return w.Lemma }), classes)
		data = append(data, ex)
	}
	tr := linear.NewTrainer(2 + 2*len(labels))
	t := trainer{m: m, tr: tr, scores: make([]float32, tr.Classes())}
	bm := newBeam(opt.Beam, tr.Classes())
	explore := rand.New(rand.NewPCG(opt.Seed, 1))
	order := make([]int, len(data))
	for e := range opt.Epochs {
		for i := range order {
			order[i] = i
		}
		rand.New(rand.NewPCG(opt.Seed, uint64(2+e))).Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		p := 0.0
		if opt.ExploreFrom >= 0 && e >= opt.ExploreFrom {
			p = opt.ExploreProb
		}
		for _, i := range order {
			if opt.Beam > 1 {
				t.beamSentence(&data[i], opt.Beam, bm)
			} else {
				t.sentence(&data[i], p, explore)
			}
		}
		if opt.Progress != nil {
			opt.Progress(e, func(prune float32) *Model {
				a := newModel(labels, classes, tr.Average(prune))
				a.beam = opt.Beam
				return a
			})
		}
	}
	m.lm = tr.Average(opt.Prune)
	m.beam = opt.Beam
	return m
}

// hashClasses keys word classes by the hash of the word, as atoms reads
// them.
func hashClasses(c map[string][2]uint16) map[uint64][2]uint16 {
	out := make(map[uint64][2]uint16, len(c))
	for w, k := range c {
		out[hashString(w)] = k
	}
	return out
}

func column(ws []conllu.Word, f func(conllu.Word) string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = f(w)
	}
	return out
}

// trainer runs the online learning of one sentence at a time.
type trainer struct {
	m      *Model
	tr     *linear.Trainer
	st     state
	or     oracle
	fz     featurizer
	scores []float32
}

// sentence trains on one example: at each configuration the best-scoring
// transition is compared with the best-scoring one of least cost, the
// perceptron updates when the first costs more, and parsing goes on with
// the model's choice with probability p (exploration), else the oracle's.
func (t *trainer) sentence(ex *example, p float64, rng *rand.Rand) {
	m, s := t.m, &t.st
	s.reset(len(ex.head))
	t.or.reset(ex.head, ex.label)
	for !s.done() {
		ok := s.valid()
		feats := t.fz.features(s, &ex.at, m.lab)
		t.tr.Scores(feats, t.scores)
		kc := t.or.costs(s, ok)
		pred, gold, predCost, goldCost := -1, -1, 0, 1<<30
		for c, sc := range t.scores {
			if !m.allowed(s, ok, c) {
				continue
			}
			k, l := m.kindOf(c)
			cost := kc[k] + t.or.labelCost(s, k, l)
			if pred < 0 || sc > t.scores[pred] {
				pred, predCost = c, cost
			}
			if cost < goldCost || cost == goldCost && sc > t.scores[gold] {
				gold, goldCost = c, cost
			}
		}
		if predCost > goldCost {
			t.tr.Update(feats, gold, 1)
			t.tr.Update(feats, pred, -1)
		}
		t.tr.Tick()
		next := gold
		if p > 0 && rng.Float64() < p {
			next = pred
		}
		k, l := m.kindOf(next)
		s.apply(k, l, m.bit(l))
	}
}

// tree is a sentence's projectivized gold tree (nil heads: malformed).
type tree struct {
	heads  []int
	labels []string
}

// projectiveTrees projectivizes the gold trees and returns them with the
// sorted label set; lift-encoded labels rarer than minLift fall back to
// their plain label.
func projectiveTrees(sents []conllu.Sentence, minLift int) ([]tree, []string) {
	trees := make([]tree, len(sents))
	count := map[string]int{}
	for i, s := range sents {
		heads := column2(s.Words)
		if len(heads) == 0 || !wellFormed(heads) {
			continue
		}
		labels := column(s.Words, func(w conllu.Word) string { return w.Deprel })
		h, l, _ := projectivize(heads, labels)
		trees[i] = tree{h, l}
		for _, x := range l {
			count[x]++
		}
	}
	keep := map[string]bool{"root": true} // a model can always mark its root
	for l, c := range count {
		keep[baseLabel(l)] = true
		if minLift > 0 && c >= minLift {
			keep[l] = true
		}
	}
	labels := make([]string, 0, len(keep))
	for l := range keep {
		labels = append(labels, l)
	}
	slices.Sort(labels)
	for _, t := range trees {
		for j, l := range t.labels {
			if (minLift <= 0 || count[l] < minLift) && baseLabel(l) != l {
				t.labels[j] = baseLabel(l)
			}
		}
	}
	return trees, labels
}

func column2(ws []conllu.Word) []int {
	out := make([]int, len(ws))
	for i, w := range ws {
		out[i] = w.Head
	}
	return out
}

// wellFormed reports whether heads form a tree under the root: in range,
// and every word reaches the root.
func wellFormed(heads []int) bool {
	for i, h := range heads {
		if h < 0 || h > len(heads) || h == i+1 || !dominates(heads, 0, i+1) {
			return false
		}
	}
	return true
}
