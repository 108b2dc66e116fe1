package eventlink

import (
	"sort"
)

// Corpus is a set of articles, each known by its events and names. It is
// not safe for concurrent use.
type Corpus struct {
	arts map[string]Article
}

// NewCorpus returns an empty corpus.
func NewCorpus() *Corpus { return &Corpus{arts: map[string]Article{}} }

// Put adds an article, or replaces what the corpus knew of it.
func (c *Corpus) Put(article string, a Article) { c.arts[article] = a }

// Drop removes an article.
func (c *Corpus) Drop(article string) { delete(c.arts, article) }

// Resolution is the outcome of Resolve: an id for every event.
type Resolution struct {
	out map[string][]Outcome
}

// Outcome is how resolution identified one event of an article: its
// Local index there, its type, and the id of the event it reports.
type Outcome struct {
	Local int
	Type  string
	ID    string
}

// Of returns the outcomes of one article's events in the order of their
// Local index; nil for an article the corpus did not hold.
func (r *Resolution) Of(article string) []Outcome { return r.out[article] }

// IDs returns the ids of one article's events by their Local index.
func (r *Resolution) IDs(article string) map[int]string {
	out := map[int]string{}
	for _, o := range r.out[article] {
		out[o.Local] = o.ID
	}
	return out
}

// Resolve identifies the events of every article of the corpus: articles
// in canonical (sorted) order are grouped into stories, the events of a
// story into groups of one type, and the events of a group joined
// (cluster.go); then an event told again in a later story joins its first
// reports (retold.go). The outcome depends only on the set of articles.
func (c *Corpus) Resolve() *Resolution {
	keys := make([]string, 0, len(c.arts))
	for k, a := range c.arts {
		if len(a.Events) > 0 { // an article without events tells no story here (nor is it stored: Encode)
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	names := make([]map[string]int, len(keys))
	days := make([]int, len(keys))
	for i, k := range keys {
		names[i] = c.arts[k].Names
		days[i] = dayNumber(c.arts[k].Published)
	}
	story := stories(names, days)
	var evs []item
	groups := map[groupKey][]int{}
	in := map[int]bodies{} // by story
	for ai, k := range keys {
		a := c.arts[k]
		if in[story[ai]] == nil {
			in[story[ai]] = bodies{}
		}
		in[story[ai]].add(a.Members)
		locals := append([]Event(nil), a.Events...)
		sort.Slice(locals, func(i, j int) bool { return locals[i].Local < locals[j].Local })
		for _, e := range locals {
			g := groupKey{story[ai], e.Type}
			groups[g] = append(groups[g], len(evs))
			evs = append(evs, item{art: ai, ev: e})
		}
	}
	for _, b := range in {
		b.prune()
	}
	u := newClusters(evs, in, story)
	for _, idx := range groups { // groups never share an event: their order does not matter
		u.join(idx)
	}
	u.joinRetold()
	r := &Resolution{out: map[string][]Outcome{}}
	for i, id := range u.ids(keys) { // canonical order: by article, then Local
		k := keys[evs[i].art]
		r.out[k] = append(r.out[k], Outcome{Local: evs[i].ev.Local, Type: evs[i].ev.Type, ID: id})
	}
	return r
}

// groupKey is a story and an event type: only events of one group are
// ever joined.
type groupKey struct {
	story int
	typ   string
}

// item is one event of one article (its index in canonical order).
type item struct {
	art int
	ev  Event
}
