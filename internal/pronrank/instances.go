// Package pronrank measures a learnt ranker of pronoun antecedents against
// the coreference rules (issue #16). It builds ranking instances from a
// processed document and its gold chains: each third-person pronoun the
// system found whose span is a gold mention with an earlier gold mention in
// its chain, with the system's mentions of its sentence (before it) and of
// the three sentences before as candidates.
package pronrank

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
)

// Gold is one gold mention: a span and the chain it belongs to.
type Gold struct {
	Start, End int
	Chain      string
}

// Window is how many sentences before the pronoun's hold candidates.
const Window = 3

// Instance is one pronoun to resolve.
type Instance struct {
	Pronoun int    // index into Document.Mentions
	Form    string // the pronoun lowercased
	Cands   []int  // mention indices, in text order
	Pos     []bool
	// RuleRight: the nearest earlier mention of the entity the rules
	// linked the pronoun to is in the pronoun's gold chain.
	RuleRight bool
	// RuleLinked: the rules linked the pronoun at all.
	RuleLinked bool
	// RuleAnte is that nearest earlier mention, -1 when none.
	RuleAnte int
}

var thirdPerson = map[string]bool{}

func init() {
	for _, w := range strings.Fields("he him his himself she her hers herself it its itself they them their theirs themselves") {
		thirdPerson[w] = true
	}
}

// ThirdPerson reports whether w (lowercased) is a third-person pronoun.
func ThirdPerson(w string) bool { return thirdPerson[w] }

// matcher finds the gold chain of a system span: the gold mention of the
// same span, else the smallest gold mention sharing its start or its end
// and containing it (gold spans often hold a relative clause or an
// apposition the system leaves out).
type matcher struct {
	exact map[[2]int]string
	golds []Gold
}

func newMatcher(golds []Gold) *matcher {
	m := &matcher{exact: map[[2]int]string{}, golds: golds}
	for _, g := range golds {
		k := [2]int{g.Start, g.End}
		if _, ok := m.exact[k]; !ok {
			m.exact[k] = g.Chain
		}
	}
	return m
}

func (m *matcher) chain(start, end int) (string, bool) {
	if c, ok := m.exact[[2]int{start, end}]; ok {
		return c, true
	}
	best, bestLen := "", -1
	for _, g := range m.golds {
		if g.Start <= start && g.End >= end && (g.Start == start || g.End == end) {
			if l := g.End - g.Start; bestLen < 0 || l < bestLen {
				best, bestLen = g.Chain, l
			}
		}
	}
	return best, bestLen >= 0
}

// Instances builds the ranking instances of a processed document.
func Instances(d *doc.Document, golds []Gold) []Instance {
	m := newMatcher(golds)
	firstOf := map[string]int{} // chain -> earliest gold start
	for _, g := range golds {
		if s, ok := firstOf[g.Chain]; !ok || g.Start < s {
			firstOf[g.Chain] = g.Start
		}
	}
	chains := make([]string, len(d.Mentions))
	for i, mn := range d.Mentions {
		if c, ok := m.chain(mn.Start, mn.End); ok {
			chains[i] = c
		}
	}
	var out []Instance
	for p, pm := range d.Mentions {
		form := strings.ToLower(pm.Text)
		if pm.Kind != doc.Pronoun || !thirdPerson[form] {
			continue
		}
		c, ok := m.exact[[2]int{pm.Start, pm.End}]
		if !ok || firstOf[c] >= pm.Start {
			continue
		}
		in := Instance{Pronoun: p, Form: form, RuleAnte: -1}
		ps := sentenceOf(d, pm)
		for k, cm := range d.Mentions {
			if k == p || cm.Nested || cm.End > pm.Start {
				continue
			}
			if cs := sentenceOf(d, cm); cs < ps-Window || cs > ps {
				continue
			}
			in.Cands = append(in.Cands, k)
			in.Pos = append(in.Pos, chains[k] == c)
		}
		if e := pm.Entity; e >= 0 && e < len(d.Entities) {
			in.RuleLinked = true
			prev := -1
			for _, k := range d.Entities[e].Mentions {
				if k != p && d.Mentions[k].Start < pm.Start && (prev < 0 || d.Mentions[k].Start > d.Mentions[prev].Start) {
					prev = k
				}
			}
			in.RuleRight = prev >= 0 && chains[prev] == c
			in.RuleAnte = prev
		}
		out = append(out, in)
	}
	return out
}

func sentenceOf(d *doc.Document, m doc.Mention) int {
	if m.FirstTok >= 0 && m.FirstTok < len(d.Tokens) {
		return d.Tokens[m.FirstTok].Sentence
	}
	return -1
}
