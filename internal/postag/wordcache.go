package postag

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/linear"
)

// wordCache keeps, for the words a scratch has tagged, the tok and the
// integer sums of the word's own features (ownFeats) in each pass, and
// its last lemma: news text repeats its words, and those features are a
// third of what a decision looks up. The sums are exact integers, so a decision that adds
// them to the rest scores to the bit as one that looks all its rows up.
type wordCache struct {
	at    map[cacheKey]int32 // the entry of a word
	toks  []tok              // by entry
	sums  []int32            // by entry and pass: classes sums each (none for fixed words)
	feats []uint64           // scratch for ownFeats
	lem   []lastLemma        // by entry
}

// lastLemma is the lemma an entry's word got with the class it last took
// (class -1: none yet).
type lastLemma struct {
	class int
	lemma string
	form  string // the word, a copy of the text's
}

// cacheKey is a word as written, with what else its tok and own features
// read: the sentence's title flag and whether the word opens it.
type cacheKey struct {
	w     string
	title uint8
	opens bool
}

// maxCached bounds the entries kept (but for one long sentence's).
const maxCached = 4096

// room makes room for the n words of a sentence: the cache starts over
// when they might not fit, never within a sentence (whose entries are in
// use).
func (c *wordCache) room(n int) {
	if c.at == nil || len(c.at)+n > maxCached {
		c.at = make(map[cacheKey]int32, max(maxCached, n))
		c.toks, c.sums, c.lem = c.toks[:0], c.sums[:0], c.lem[:0]
	}
}

// entry returns the cache entry of word w, computing it when missing.
func (c *wordCache) entry(m *Model, w string, title uint8, opens bool, buf []byte) (int32, []byte) {
	k := cacheKey{w, title, opens}
	if e, ok := c.at[k]; ok {
		return e, buf
	}
	e := int32(len(c.toks))
	c.toks = append(c.toks, tok{})
	t := &c.toks[e]
	buf = fillTok(m.vocab, m.names, m.lex, w, title, t, buf)
	nc := m.w.Classes()
	c.sums = append(c.sums, make([]int32, 2*nc)...)
	if t.fixed == 0 { // a fixed word is never scored
		c.feats = ownFeats(c.feats[:0], t, opens)
		s := c.sums[int(e)*2*nc:][:2*nc]
		m.w.Partial(c.feats, s[:nc])
		if m.w2 != nil {
			m.w2.Partial(c.feats, s[nc:])
		}
	}
	k.w = strings.Clone(w) // not the text the word was cut from
	c.at[k] = e
	c.lem = append(c.lem, lastLemma{class: -1, form: k.w})
	return e, buf
}

// lemma returns the lemma of entry e's word as class cl.
func (c *wordCache) lemma(l *lemmatizer, e int32, cl int) string {
	x := &c.lem[e]
	if x.class != cl {
		x.class, x.lemma = cl, l.lemma(x.form, &c.toks[e], cl)
	}
	return x.lemma
}

// own returns the sums of entry e's own features in pass p.
func (c *wordCache) own(e int32, p int, nc int) []int32 {
	return c.sums[(int(e)*2+p)*nc:][:nc]
}

// scoreCached is linear.Model.Scores of wordFeats for word i given the
// sums of its own features (own).
func scoreCached(w *linear.Model, ts []tok, i int, tags, first []int, own []int32, s *scratch) {
	s.feats = contextFeats(s.feats[:0], ts, i)
	s.feats = dynFeats(s.feats, ts, i, tags)
	if first != nil {
		s.feats = rightFeats(s.feats, ts, i, tags, first)
	}
	w.ScoresPlus(s.feats, s.scores, own, s.zero, s.zero)
}
