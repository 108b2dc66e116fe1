package pronrank

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/internal/linear"
)

// Context holds what the features read of one document, computed once.
type Context struct {
	d     *doc.Document
	head  []int // mention -> head word index, -1 when none
	quote []int // mention -> index of the quote holding it, -1 outside quotes
	first []bool
	// UseRules adds the rules' own link as features (the ranker then
	// re-ranks the rules' choice instead of replacing it).
	UseRules bool
}

// NewContext prepares the features of d's mentions.
func NewContext(d *doc.Document, useRules bool) *Context {
	c := &Context{d: d, UseRules: useRules}
	wordOf := make([][]int, len(d.Tokens))
	for i, w := range d.Words {
		if w.Token >= 0 && w.Token < len(wordOf) {
			wordOf[w.Token] = append(wordOf[w.Token], i)
		}
	}
	seen := map[int]bool{}
	for _, m := range d.Mentions {
		c.head = append(c.head, headWord(d, wordOf, m))
		c.quote = append(c.quote, quoteOf(d, m))
		s := sentenceOf(d, m)
		c.first = append(c.first, !seen[s])
		seen[s] = true
	}
	return c
}

// Doc is the document the context reads.
func (c *Context) Doc() *doc.Document { return c.d }

// headWord is the first word of the mention whose head lies outside it.
func headWord(d *doc.Document, wordOf [][]int, m doc.Mention) int {
	var ws []int
	for t := m.FirstTok; t < m.LastTok && t < len(wordOf); t++ {
		if t >= 0 {
			ws = append(ws, wordOf[t]...)
		}
	}
	in := map[int]bool{}
	for _, w := range ws {
		in[w] = true
	}
	for _, w := range ws {
		if !in[d.Words[w].Head] {
			return w
		}
	}
	if len(ws) > 0 {
		return ws[len(ws)-1]
	}
	return -1
}

func quoteOf(d *doc.Document, m doc.Mention) int {
	for i, q := range d.Quotes {
		for _, s := range q.Content {
			if s.Start <= m.Start && m.End <= s.End {
				return i
			}
		}
	}
	return -1
}

// salience counts the mentions of candidate k's entity before offset at:
// news keeps returning to its protagonists.
func (c *Context) salience(k, at int) int {
	e := c.d.Mentions[k].Entity
	if e < 0 || e >= len(c.d.Entities) {
		return 0
	}
	n := 0
	for _, j := range c.d.Entities[e].Mentions {
		if c.d.Mentions[j].Start < at {
			n++
		}
	}
	return n
}

func (c *Context) rel(k int) string {
	if h := c.head[k]; h >= 0 {
		r := c.d.Words[h].Rel
		if i := strings.IndexByte(r, ':'); i > 0 && r[:i] != "nsubj" {
			r = r[:i]
		}
		return r
	}
	return "-"
}

func (c *Context) lemma(k int) string {
	if h := c.head[k]; h >= 0 {
		return strings.ToLower(c.d.Words[h].Lemma)
	}
	return "-"
}

func (c *Context) plural(k int) bool {
	m := c.d.Mentions[k]
	if m.Kind == doc.Pronoun {
		return m.Gender == doc.Plural
	}
	if h := c.head[k]; h >= 0 {
		x := c.d.Words[h].XPOS
		return x == "NNS" || x == "NNPS" || m.Gender == doc.Plural
	}
	return m.Gender == doc.Plural
}

func bucket(n int) int {
	switch {
	case n < 3:
		return n
	case n < 6:
		return 3
	case n < 10:
		return 4
	}
	return 5
}

func agree(a, b doc.Gender) string {
	switch {
	case a == doc.Unknown || b == doc.Unknown:
		return "?"
	case a == b:
		return "="
	}
	return "x"
}

// Features of candidate cands[i] for the pronoun of in.
func (c *Context) Features(in Instance, i int, dst []uint64) []uint64 {
	d := c.d
	p, k := in.Pronoun, in.Cands[i]
	pm, cm := d.Mentions[p], d.Mentions[k]
	sd := sentenceOf(d, pm) - sentenceOf(d, cm)
	md := len(in.Cands) - 1 - i // candidates between
	kind := string(cm.Kind)
	if cm.Kind == doc.Pronoun {
		kind = "PRON:" + strings.ToLower(cm.Text)
	}
	pl := "sg"
	if c.plural(k) {
		pl = "pl"
	}
	ag := agree(pm.Gender, cm.Gender)
	f := func(t uint32, vals ...string) {
		h := linear.Start(t)
		for _, v := range vals {
			h = linear.Add(h, v)
		}
		dst = append(dst, h)
	}
	fi := func(t uint32, n int, vals ...string) {
		h := linear.AddInt(linear.Start(t), n)
		for _, v := range vals {
			h = linear.Add(h, v)
		}
		dst = append(dst, h)
	}
	form := in.Form
	f(1)
	fi(2, sd)
	fi(3, bucket(md))
	fi(4, sd, form)
	f(5, kind)
	f(6, kind, form)
	f(7, string(cm.Type), form)
	f(8, ag, form)
	f(9, pl, form)
	f(10, c.rel(k))
	f(11, c.rel(k), c.rel(p))
	f(12, c.rel(k), form)
	fi(13, sd, c.rel(k))
	f(14, c.lemma(k), form)
	f(15, c.lemma(k))
	qp, qc := c.quote[p] >= 0, c.quote[k] >= 0
	f(16, boolS(qp), boolS(qc), boolS(qp && c.quote[p] == c.quote[k]))
	f(17, boolS(sd == 1 && strings.HasPrefix(c.rel(k), "nsubj")), form)
	f(18, boolS(c.first[k]), form)
	f(19, string(cm.Type), ag, pl, form)
	fi(20, bucket(md), kind)
	fi(25, bucket(c.salience(k, pm.Start)), form)
	f(26, string(cm.Kind), string(cm.Type), form)
	if c.UseRules {
		same := pm.Entity >= 0 && cm.Entity == pm.Entity
		f(21, boolS(same), form)
		f(22, boolS(same), boolS(pm.Entity >= 0), kind)
		f(23, boolS(k == in.RuleAnte), form)
		f(24, boolS(k == in.RuleAnte), kind)
	}
	return dst
}

func boolS(b bool) string {
	if b {
		return "y"
	}
	return "n"
}
