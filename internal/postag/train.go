package postag

import (
	"bytes"
	"cmp"
	"math/rand/v2"
	"slices"

	"github.com/newsgraph/newsgraph/internal/conllu"
	"github.com/newsgraph/newsgraph/internal/linear"
)

// Options control training. The zero value trains with the defaults.
type Options struct {
	Epochs int     // passes over the data (0: 6)
	Seed   uint64  // the shuffling seed: same data, options and seed, same model
	Prune  float32 // averaged weights of smaller magnitude are dropped (0: keep all)
	Folds  int     // folds of the jackknifed ambiguity classes (0: 10; 1: none)
	// AmbShare is the share of a word's occurrences a tag needs to count in
	// its ambiguity class (0: 0.05), so that one odd annotation does not
	// make a word ambiguous.
	AmbShare float64
	// Unlabelled is what unlabelled text says about words (word classes,
	// capitalisation), from LearnUnlabelled; nil: nothing.
	Unlabelled *Unlabelled
	// Primary is the number of leading sentences from the treebank whose
	// conventions the model should follow (EWT before GUM): where the
	// treebanks disagree on a word's lemma ("people" -> "people" or
	// "person"), the primary one's tokens decide.
	Primary int
	// StackFolds, when over 1, adds a second pass that reads the classes
	// the first gave to the words on the right, learnt on first-pass
	// classes jackknifed over this many folds (0: 5; 1: one pass).
	StackFolds int
	// StackEpochs is the number of epochs of the jackknifed first passes
	// (0: 3).
	StackEpochs int
	// Lexicon, when set, gives the dictionary classes of words (features,
	// lexfeats.go); the model keeps it.
	Lexicon *Lexicon
	// Log, when set, receives progress lines.
	Log func(format string, args ...any)
	// EachEpoch, when set, receives the averaged model after each epoch.
	EachEpoch func(epoch int, m *Model)
}

func (o *Options) defaults() {
	if o.Epochs == 0 {
		o.Epochs = 6
	}
	if o.Folds == 0 {
		o.Folds = 10
	}
	if o.StackFolds == 0 {
		o.StackFolds = 5
	}
	if o.StackEpochs == 0 {
		o.StackEpochs = 3
	}
	if o.AmbShare == 0 {
		o.AmbShare = 0.05
	}
	if o.Log == nil {
		o.Log = func(string, ...any) {}
	}
}

// trainSent is one training sentence: its toks (with the ambiguity classes
// of its fold), gold classes and the first pass's (jackknifed) classes.
type trainSent struct {
	toks  []tok
	gold  []int
	first []int
}

// Train learns a tagger and lemmatizer from sentences with gold UPOS, XPOS
// and lemmas. It is deterministic: the same sentences and options give a
// model that saves to the same bytes.
func Train(sents []conllu.Sentence, opt Options) *Model {
	opt.defaults()
	m := &Model{lex: opt.Lexicon}
	classOf := m.makeClasses(sents)
	m.names = nameClasses(m.xpos)
	data, vocab := jackknife(sents, classOf, m.uposIDs(), m.names, opt)
	m.vocab = vocab
	nc := len(m.upos)
	opt.Log("%d sentences, %d classes, %d words known", len(sents), nc, len(vocab))
	all := make([]int, len(data))
	for i := range all {
		all[i] = i
	}
	each := func(ep int, tr *linear.Trainer, second bool) {
		if opt.EachEpoch == nil || ep == opt.Epochs || second != (opt.StackFolds > 1) {
			return
		}
		if second {
			m.w2 = frozen(tr, opt.Prune)
		} else {
			m.w = frozen(tr, opt.Prune)
		}
		opt.EachEpoch(ep, m.withLemmatizer(sents, classOf, opt.Primary))
	}
	m.w = frozen(trainPass(data, all, false, nc, opt, each), opt.Prune)
	if opt.StackFolds > 1 {
		firstPassTags(data, nc, opt)
		m.w2 = frozen(trainPass(data, all, true, nc, opt, each), opt.Prune)
	}
	m.withLemmatizer(sents, classOf, opt.Primary)
	if opt.EachEpoch != nil {
		opt.EachEpoch(opt.Epochs, m)
	}
	return m
}

// trainPass trains the first pass, or the second that also reads the first
// pass's classes, on the sentences of data listed in which.
func trainPass(data []trainSent, which []int, second bool, classes int, opt Options, each func(int, *linear.Trainer, bool)) *linear.Trainer {
	tr := linear.NewTrainer(classes)
	order := slices.Clone(which)
	seed := opt.Seed
	if second {
		seed++
	}
	rng := rand.New(rand.NewPCG(seed, 0x706f73746167))
	scores := make([]float32, classes)
	var feats []uint64
	var tags []int
	for ep := 1; ep <= opt.Epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		errs, n := 0, 0
		for _, si := range order {
			d := &data[si]
			var first []int
			if second {
				first = d.first
			}
			tags = slices.Grow(tags[:0], len(d.gold))[:len(d.gold)]
			for i, g := range d.gold {
				feats = wordFeats(feats[:0], d.toks, i, tags, first)
				tr.Scores(feats, scores)
				p := linear.Best(scores, nil)
				if p != g {
					tr.Update(feats, g, 1)
					tr.Update(feats, p, -1)
					errs++
				}
				tr.Tick()
				tags[i] = p // the model learns on the history it will see
				n++
			}
		}
		opt.Log("pass %d epoch %d: %.2f%% training errors", map[bool]int{false: 1, true: 2}[second], ep, 100*float64(errs)/float64(n))
		if each != nil {
			each(ep, tr, second)
		}
	}
	return tr
}

// firstPassTags sets the first-pass classes of every training sentence,
// each tagged by a first pass trained without its fold: the second pass
// must learn how far to trust a first pass that has not seen the sentence.
func firstPassTags(data []trainSent, classes int, opt Options) {
	k := opt.StackFolds
	for f := range k {
		var train []int
		for i := range data {
			if i%k != f {
				train = append(train, i)
			}
		}
		o := opt
		o.Epochs = opt.StackEpochs
		w := frozen(trainPass(data, train, false, classes, o, nil), 0) // only its tags are kept
		s := &scratch{scores: make([]float32, classes)}
		for i := f; i < len(data); i += k {
			d := &data[i]
			d.first = make([]int, len(d.gold))
			decode(w, d.toks, d.first, nil, s)
		}
		opt.Log("first-pass tags of fold %d/%d", f+1, k)
	}
}

// frozen averages the trainer's weights and passes them through their
// file format, so that the model trained is the model shipped.
func frozen(tr *linear.Trainer, prune float32) *linear.Model {
	var buf bytes.Buffer
	if err := tr.Average(prune).Save(&buf); err != nil {
		panic(err) // a bytes.Buffer does not fail
	}
	w, err := linear.Load(buf.Bytes())
	if err != nil {
		panic(err)
	}
	return w
}

// makeClasses sets the model's classes, the UPOS+XPOS pairs of the data
// (commonest first), and returns a lookup of them.
func (m *Model) makeClasses(sents []conllu.Sentence) map[[2]string]int {
	count := map[[2]string]int{}
	for _, s := range sents {
		for _, w := range s.Words {
			count[[2]string{w.UPOS, w.XPOS}]++
		}
	}
	pairs := make([][2]string, 0, len(count))
	for p := range count {
		pairs = append(pairs, p)
	}
	slices.SortFunc(pairs, func(a, b [2]string) int {
		if c := cmp.Compare(count[b], count[a]); c != 0 {
			return c
		}
		if c := cmp.Compare(a[0], b[0]); c != 0 {
			return c
		}
		return cmp.Compare(a[1], b[1])
	})
	classOf := make(map[[2]string]int, len(pairs))
	for i, p := range pairs {
		classOf[p] = i
		m.upos = append(m.upos, p[0])
		m.xpos = append(m.xpos, p[1])
	}
	return classOf
}

// uposIDs numbers the UPOS of each class.
func (m *Model) uposIDs() []int {
	ids := map[string]int{}
	out := make([]int, len(m.upos))
	for c, u := range m.upos {
		if _, ok := ids[u]; !ok {
			ids[u] = len(ids)
		}
		out[c] = ids[u]
	}
	return out
}

// withLemmatizer learns the model's lemmatizer from the sentences.
func (m *Model) withLemmatizer(sents []conllu.Sentence, classOf map[[2]string]int, primary int) *Model {
	var samples []lemmaSample
	var toks []tok
	var buf []byte
	var words []string
	for si, s := range sents {
		weight := 1
		if si < primary {
			weight = 1000
		}
		words = words[:0]
		for _, w := range s.Words {
			words = append(words, w.Form)
		}
		toks = slices.Grow(toks[:0], len(words)+4)[:len(words)+4]
		buf = fillToks(nil, classSet{}, nil, words, toks, buf)
		for i, w := range s.Words {
			samples = append(samples, lemmaSample{t: toks[i+2], class: classOf[[2]string{w.UPOS, w.XPOS}], form: w.Form, lemma: w.Lemma, weight: weight})
		}
	}
	m.lem = trainLemmatizer(samples, len(m.upos))
	return m
}
