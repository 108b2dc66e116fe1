package link

import "sort"

// context holds what tells the candidates of a one-word name apart: which
// components (clusters and groups of names, see cluster) each article
// names, in how many articles each component is named, and, for the
// clusters asked about, how many of their articles name each component.
type context struct {
	byArt map[string][]int
	size  []int
	// cooc[c][k] counts the articles that name both cluster component c
	// and component k (filled on demand)
	cooc map[int]map[int]int
	arts map[int][]string // component -> the articles naming it, in order
}

func newContext(items []item, comps int) *context {
	c := &context{byArt: map[string][]int{}, size: make([]int, comps), cooc: map[int]map[int]int{}, arts: map[int][]string{}}
	for _, it := range items { // canonical order: by article, so each list is built in order
		list := c.byArt[it.art]
		if containsInt(list, it.comp) {
			continue
		}
		c.byArt[it.art] = append(list, it.comp)
		c.size[it.comp]++
		c.arts[it.comp] = append(c.arts[it.comp], it.art)
	}
	return c
}

func containsInt(list []int, x int) bool {
	for _, y := range list {
		if y == x {
			return true
		}
	}
	return false
}

// coocOf returns, for cluster component k, how many of its articles name
// each other component.
func (c *context) coocOf(k int) map[int]int {
	if m, ok := c.cooc[k]; ok {
		return m
	}
	m := map[int]int{}
	for _, a := range c.arts[k] {
		for _, o := range c.byArt[a] {
			m[o]++
		}
	}
	c.cooc[k] = m
	return m
}

// score says how strongly the other names of an article point to cluster
// component k: each component the article names counts the share of its
// articles that also name k, so that names found everywhere ("U.S.")
// weigh little. self is the component of the name being resolved.
func (c *context) score(art string, self, k int) float64 {
	m := c.coocOf(k)
	s := 0.0
	for _, o := range c.byArt[art] { // in a fixed order, so the sum is too
		if o != self && o != k {
			s += float64(m[o]) / float64(c.size[o])
		}
	}
	return s
}

// contextDominance is how much more the best candidate of a one-word name
// must score than the next for the name to join it.
const contextDominance = 2

// byContext returns the candidate cluster that the other names of a
// group's articles point to, or -1: the one whose articles share the most
// of those names (summed over the group's names), if it scores above zero
// and contextDominance times the next.
func (r *Resolution) byContext(items []item, g []int, cands []int, ctx *context) (int, string) {
	best, first, second := -1, 0.0, 0.0
	for _, e := range cands {
		s := 0.0
		for _, i := range g {
			s += ctx.score(items[i].art, items[i].comp, r.ents[e].comp)
		}
		switch {
		case s > first:
			best, first, second = e, s, first
		case s > second:
			second = s
		}
	}
	if best < 0 || first == 0 || first < contextDominance*second {
		return -1, ""
	}
	return best, viaContext
}

func sortedKeys(m map[int]string) []int {
	out := make([]int, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Ints(out)
	return out
}
