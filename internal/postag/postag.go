// Package postag is the project's part-of-speech tagger and lemmatizer
// for Universal Dependencies English: it gives each word of a sentence its
// UPOS and XPOS (Penn Treebank) tags and its lemma, the ground the
// dependency parser and the extraction stages stand on.
//
// The tagger is a greedy left-to-right averaged perceptron (Collins 2002,
// as in Honnibal's "A good part-of-speech tagger in about 200 lines")
// over hashed sparse features (package linear). It predicts the UPOS and
// XPOS of a word as one class (the pairs seen in training), so the two
// never disagree, and trains on its own predicted history, which is what
// it sees when tagging. Besides the word, its affixes and shape and the
// words around it, it reads the ambiguity class of each nearby word (the
// tags the training data gave it; jackknifed in training so that it is as
// unreliable there as on new text), which tells it about the words on its
// right before it has tagged them, and word clusters learnt from
// unlabelled text, with how often the word is capitalised there, when
// Options.Unlabelled gives them. A second pass (Options.StackFolds) reads,
// besides all that, the first pass's classes of the word and of the words
// on its right, learnt from first passes that had not seen the sentence.
//
// The lemmatizer (lemma.go) applies edit scripts ("strip 3 characters, add
// y"): the training data's own script for a known word and tag, otherwise
// the commonest script of the longest known suffix under the tag.
package postag

import (
	"slices"
	"sync"

	"github.com/newsgraph/newsgraph/internal/linear"
)

// Model is a trained tagger and lemmatizer, safe for concurrent use.
type Model struct {
	upos, xpos []string // of each class
	vocab      map[uint64]wordInfo
	names      classSet      // the classes of proper names (XPOS NNP, NNPS)
	lex        *Lexicon      // dictionary classes of words (nil: none)
	w          *linear.Model // the first pass
	w2         *linear.Model // the second pass (nil: none)
	lem        *lemmatizer
	pool       sync.Pool // *scratch
}

// wordInfo is what the model knows of a word type beyond its hash.
type wordInfo struct {
	amb, ambU uint64 // ambiguity classes over the pairs and over UPOS (hashes)
	clus      [2]uint64
	caps      uint8    // capitalisation bucket (capsBucket)
	seen      uint8    // how often the treebanks show the word (seenBucket)
	fixed     int16    // 1 + the class of a frequent word (almost) never tagged otherwise, 0: none
	allowed   classSet // the classes a frequent word may take (tag dictionary; empty: any)
}

// nameClasses returns the classes of proper names: a capitalised word may
// take them whatever its tag dictionary says ("Cat" in "Cat Power").
func nameClasses(xpos []string) classSet {
	var s classSet
	for c, x := range xpos {
		if (x == "NNP" || x == "NNPS") && c < 128 {
			s.add(c)
		}
	}
	return s
}

// classSet is a set of classes (at most 128; a model of more has no tag
// dictionary).
type classSet [2]uint64

func (s *classSet) add(c int)                { s[c>>6] |= 1 << (c & 63) }
func (s *classSet) has(c int) bool           { return s[c>>6]&(1<<(c&63)) != 0 }
func (s *classSet) empty() bool              { return s[0]|s[1] == 0 }
func (s classSet) union(o classSet) classSet { return classSet{s[0] | o[0], s[1] | o[1]} }

// best returns the best-scoring class of the set (empty: of all), ties to
// the lowest.
func best(scores []float32, allowed *classSet) int {
	if allowed.empty() {
		return linear.Best(scores, nil)
	}
	arg := -1
	for c, s := range scores {
		if allowed.has(c) && (arg < 0 || s > scores[arg]) {
			arg = c
		}
	}
	return arg
}

// scratch is the per-call working memory of Tag.
type scratch struct {
	toks   []tok
	tags   []int
	first  []int
	feats  []uint64
	scores []float32
	buf    []byte
	zero   []int32   // classes zeros
	ents   []int32   // the cache entry of each word
	cache  wordCache // nil entries in training's scratch
}

func (m *Model) getScratch(n int) *scratch {
	s, _ := m.pool.Get().(*scratch)
	if s == nil {
		s = &scratch{scores: make([]float32, m.w.Classes()), zero: make([]int32, m.w.Classes())}
	}
	if cap(s.toks) < n+4 {
		s.toks = make([]tok, n+4)
		s.tags = make([]int, n)
		s.ents = make([]int32, n)
	}
	s.toks, s.tags, s.ents = s.toks[:n+4], s.tags[:n], s.ents[:n]
	return s
}

// Tag tags one sentence of UD words (the tokens of a UD treebank: "do"
// and "n't", "John" and "'s"). It returns the UPOS, XPOS and lemma of each.
func (m *Model) Tag(words []string) (upos, xpos, lemmas []string) {
	if len(words) == 0 {
		return nil, nil, nil
	}
	s := m.getScratch(len(words))
	defer m.pool.Put(s)
	m.fillCached(words, s)
	if m.w2 == nil {
		decodeCached(m.w, 0, s.tags, nil, s)
	} else {
		s.first = slices.Grow(s.first[:0], len(words))[:len(words)]
		decodeCached(m.w, 0, s.first, nil, s)
		decodeCached(m.w2, 1, s.tags, s.first, s)
	}
	upos = make([]string, len(words))
	xpos = make([]string, len(words))
	lemmas = make([]string, len(words))
	for i, c := range s.tags {
		upos[i], xpos[i] = m.upos[c], m.xpos[c]
		lemmas[i] = s.cache.lemma(m.lem, s.ents[i], c)
	}
	return upos, xpos, lemmas
}

// fillCached sets s.toks and s.ents of the words from s.cache.
func (m *Model) fillCached(words []string, s *scratch) {
	ts := s.toks
	ts[0], ts[1] = padTok[0], padTok[0]
	ts[len(words)+2], ts[len(words)+3] = padTok[1], padTok[1]
	title := uint8(0)
	if titleCase(words) {
		title = flagTitle
	}
	s.cache.room(len(words))
	for i, w := range words {
		s.ents[i], s.buf = s.cache.entry(m, w, title, i == 0, s.buf)
		ts[i+2] = s.cache.toks[s.ents[i]]
	}
}

// decodeCached is decode with the sums of the words' own features taken
// from s.cache (pass p).
func decodeCached(w *linear.Model, p int, tags, first []int, s *scratch) {
	ts, nc := s.toks, w.Classes()
	for i := range tags {
		if f := ts[i+2].fixed; f != 0 {
			tags[i] = int(f - 1)
			continue
		}
		scoreCached(w, ts, i, tags, first, s.cache.own(s.ents[i], p, nc), s)
		tags[i] = best(s.scores, &ts[i+2].allowed)
	}
}

// decode tags greedily left to right into tags; first, when set, holds the
// first pass's classes (decode is then the second pass).
func decode(w *linear.Model, ts []tok, tags, first []int, s *scratch) {
	for i := range tags {
		if f := ts[i+2].fixed; f != 0 {
			tags[i] = int(f - 1) // "the", ",", "of": nothing to decide
			continue
		}
		s.feats = wordFeats(s.feats[:0], ts, i, tags, first)
		w.Scores(s.feats, s.scores)
		tags[i] = best(s.scores, &ts[i+2].allowed)
	}
}
