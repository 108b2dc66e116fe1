package link

import (
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// Corpus is a set of articles, each known by its records. It is not safe
// for concurrent use.
type Corpus struct {
	arts map[string][]Record
	n    int
}

// NewCorpus returns an empty corpus.
func NewCorpus() *Corpus { return &Corpus{arts: map[string][]Record{}} }

// Put adds an article, or replaces what the corpus knew of it.
func (c *Corpus) Put(article string, recs []Record) {
	c.n += len(recs) - len(c.arts[article])
	c.arts[article] = append([]Record(nil), recs...)
}

// Drop removes an article.
func (c *Corpus) Drop(article string) {
	c.n -= len(c.arts[article])
	delete(c.arts, article)
}

// Has reports whether the corpus holds the article.
func (c *Corpus) Has(article string) bool {
	_, ok := c.arts[article]
	return ok
}

// Len is the number of records the corpus holds.
func (c *Corpus) Len() int { return c.n }

// Articles lists the articles, sorted.
func (c *Corpus) Articles() []string {
	out := make([]string, 0, len(c.arts))
	for a := range c.arts {
		out = append(out, a)
	}
	sort.Strings(out)
	return out
}

// item is one record of one article during resolution.
type item struct {
	art string
	rec Record
	// multi holds the keys of its names of two words or more, sorted.
	multi []string
	// word is the key of its one-word name when it has no multi key
	// ("\x00" + its id when its name has no key at all).
	word string
	comp int    // its component (see cluster)
	ent  int    // the entity it resolved to
	via  string // how a one-word item joined a cluster: viaToken, viaFirst, viaLast, viaAlias, viaContext
}

const (
	viaToken = "token"
	viaFirst = "first"
	viaLast  = "last"
	// viaAcronym: an acronym of the only full name it can stand for
	viaAcronym = "acronym"
	// viaOverruled: an acronym of the one full name of its type it spells,
	// taken over names that open with it, or a place's
	viaOverruled = "acronym of one name"
	// viaPair: a first name or surname its article also gives alone, the
	// two the only full name of the corpus with them (pairNames)
	viaPair  = "pair"
	viaAlias = "alias"
	// viaContext: one of several candidates, the one its article's other
	// entities point to
	viaContext = "context"
)

// items lists every record in canonical order: by article, then by its
// place in the article.
func (c *Corpus) items() []item {
	out := make([]item, 0, c.n)
	for _, a := range c.Articles() {
		recs := append([]Record(nil), c.arts[a]...)
		sort.SliceStable(recs, func(i, j int) bool { return recs[i].Local < recs[j].Local })
		for _, r := range recs {
			out = append(out, newItem(a, r))
		}
	}
	return out
}

func newItem(art string, r Record) item {
	it := item{art: art, rec: r, ent: -1}
	seen := map[string]bool{}
	for _, n := range append([]string{r.Name}, r.Aliases...) {
		if k := corpusKey(n); strings.Contains(k, " ") && !seen[k] {
			seen[k] = true
			it.multi = append(it.multi, k)
		}
	}
	sort.Strings(it.multi)
	if len(it.multi) == 0 {
		it.word = corpusKey(r.Name)
		if it.word == "" {
			it.word = "\x00" + r.ID
		}
	}
	return it
}

// corpusKey normalizes a name for cross-document matching: lower case,
// name tokens, no legal suffix ("General Motors Corporation" is "general
// motors"), the head word of a name of two words or more spelt one way
// ("centre" as "center", spellingOf).
func corpusKey(name string) string {
	var toks []string
	for _, t := range doc.NameTokens(name) {
		if t = strings.Trim(t, ","); t != "" { // "T-Mobile USA, Inc."
			toks = append(toks, t)
		}
	}
	for len(toks) > 1 && lex.LegalSuffixes[toks[len(toks)-1]] {
		toks = toks[:len(toks)-1]
	}
	if n := len(toks); n > 2 && bodyUnits[toks[n-1]] && bodies[sameKindOf(toks[n-2])] {
		toks = toks[:n-1] // "springfield police department": "springfield police"
	}
	if n := len(toks); n > 1 {
		toks[n-1] = spellingOf(toks[n-1]) // "Betty Ford Centre" of one report is "Betty Ford Center" of the next
	}
	return strings.Join(toks, " ")
}

// bodyUnits end a body's formal name after its body noun
// (coref/bodyUnitWords): reports call the same force "the Springfield
// Police Department" and "Springfield police".
var bodyUnits = lex.Words("coref/bodyUnitWords")

// Resolve identifies the entities of every article of the corpus. The
// outcome depends only on the set of articles and their records.
func (c *Corpus) Resolve() *Resolution {
	items := c.items()
	r := &Resolution{out: map[string][]Outcome{}}
	groups := r.cluster(items)
	r.groupEntities(items, r.attachGroups(items, groups))
	for _, e := range r.ents {
		e.settle(items)
	}
	r.assignIDs(items)
	byArt := map[string][]int{}
	for i := range items {
		it := &items[i]
		r.out[it.art] = append(r.out[it.art], r.outcome(items, it))
		byArt[it.art] = append(byArt[it.art], i)
	}
	for art, idx := range byArt {
		r.oneTypePerEntity(items, idx, r.out[art])
	}
	return r
}

// Resolution is the outcome of Resolve.
type Resolution struct {
	out   map[string][]Outcome
	comps int // components of cluster
	ents  []*entity
	// name tokens, first words and one-word aliases of the clusters (see
	// nameIndex); ids in use
	byToken, byFirst, byLast, byAlias map[string][]int
	byInitials                        map[string][]int
	ids                               map[string]bool
}

// Of returns the outcomes of one article's records, in the order of their
// Local index; nil for an article the corpus did not hold.
func (r *Resolution) Of(article string) []Outcome { return r.out[article] }

// spellingOf is the first word of w's sameKindHeads group when that word
// is another spelling of w (the same first three letters: "centre" and
// "center", "theatre" and "theater"), w otherwise: a name is not changed
// for a synonym ("Harwick Police" is no "Harwick Authority").
func spellingOf(w string) string {
	g := sameKindOf(w)
	if len(g) < 3 || len(w) < 3 || g[:3] != w[:3] {
		return w
	}
	return g
}
