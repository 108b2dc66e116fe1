package link

import (
	"math"
	"sort"
	"time"

	"github.com/newsgraph/newsgraph/extract/doc"
)

// Stories links descriptions across the articles that report one story.
// Reports of one event describe its participants in the same words ("the
// police", "officials", "the store", "a woman"), and in two articles that
// name the same people and places, the police of one are the police of
// the other. Two articles are of one story when they were published
// within storyDays of each other (or either date is unknown) and the
// names they share weigh at least storyShare of the names the lesser
// could share, each name weighted by how rare it is in the corpus (a name
// every article gives says nothing). A description then joins the one of
// the other article with the same head noun and type and no other names
// ("the Vermont senator" is not "the Ohio senator") and no possessive
// ("his office" is another office elsewhere); for a person, when each
// article has only one of that noun: two "men" in one report could be
// either. And where another report of the story gives the noun to one
// named entity ("Ilse Karg, a judge") and the description's own article
// names that entity, a singular, unquantified description ("the judge")
// is that entity: the article's own coreference missed it.
//
// Like Corpus, the outcome depends only on the set of articles: pairs are
// taken by weight, then by article keys.
type Stories struct {
	arts map[string]storyArt
}

type storyArt struct {
	names []string
	descs []Description
	roles []Description // what the article calls its named entities (Named), by resolved id
	date  time.Time
}

const (
	// storyShare is the share of the shareable name weight of the lesser
	// article that two articles of one story have in common.
	storyShare = 0.5
	// storyDays is how far apart two dated reports of one story are
	// published at most.
	storyDays = 7 * 24 * time.Hour
	// storyMaxArticles bounds the articles a name may be given by to count
	// towards a story: names found everywhere are not what tells stories
	// apart, and the bound keeps linking near-linear in the articles.
	storyMaxArticles = 64
)

// NewStories returns an empty set.
func NewStories() *Stories { return &Stories{arts: map[string]storyArt{}} }

// Put adds an article: its date (zero when unknown), the outcomes of its
// named entities (as the corpus resolved them) and its descriptions
// (Descriptions).
func (s *Stories) Put(article string, date time.Time, outs []Outcome, descs []Description) {
	id := map[int]string{}
	names := make([]string, 0, len(outs))
	for _, o := range outs {
		id[o.Local] = o.ID
		names = append(names, o.ID)
	}
	a := storyArt{names: dedupe(names), date: date}
	for _, d := range descs {
		if !d.Named {
			a.descs = append(a.descs, d)
		} else if n, ok := id[d.Local]; ok {
			d.ID = n
			a.roles = append(a.roles, d)
		}
	}
	s.arts[article] = a
}

func dedupe(list []string) []string {
	out := append([]string(nil), list...)
	sort.Strings(out)
	k := 0
	for i, x := range out {
		if i == 0 || x != out[k-1] {
			out[k] = x
			k++
		}
	}
	return out[:k]
}

// descRef is a description: its article (index into the sorted article
// list) and its place in the article's descriptions.
type descRef struct{ art, desc int }

// storyPair is two articles of one story (indices into the sorted
// article list) and the weight of the names they share.
type storyPair struct {
	a, b int
	w    float64
}

// linking is the state of one Link: the articles in canonical order,
// every description in that order (refs, the first of each article at
// first[article]) and the sets they form.
type linking struct {
	s     *Stories
	keys  []string
	refs  []descRef
	first []int
	u     unionFind
}

func (l *linking) desc(i int) Description {
	r := l.refs[i]
	return l.s.arts[l.keys[r.art]].descs[r.desc]
}

// Link returns, per article, the new id of each description (by Local)
// that joined descriptions of other articles; the others keep their own.
func (s *Stories) Link() map[string]map[int]string {
	l := &linking{s: s}
	for k := range s.arts {
		l.keys = append(l.keys, k)
	}
	sort.Strings(l.keys)
	l.first = make([]int, len(l.keys))
	for ai, k := range l.keys {
		l.first[ai] = len(l.refs)
		for di := range s.arts[k].descs {
			l.refs = append(l.refs, descRef{ai, di})
		}
	}
	l.u = newUnionFind(len(l.refs))
	pairs := s.pairs(l.keys)
	l.repeats(pairs)
	l.unite(pairs)
	return l.ids(l.nameSets(pairs))
}

// unite joins the matching descriptions of each pair of articles of one
// story, heaviest pair first, as long as a set holds the descriptions of
// one article only (one, or its repeats) and names that fit.
func (l *linking) unite(pairs []storyPair) {
	arts := make([]map[int]bool, len(l.refs)) // articles of each root's set
	names := make([]string, len(l.refs))      // the names its descriptions give (Description.Names)
	for i, r := range l.refs {
		arts[i] = map[int]bool{r.art: true}
		names[i] = l.desc(i).Names
	}
	for i := range l.refs { // a set of repeats gives the most names of its members
		if root := l.u.find(i); len(names[i]) > len(names[root]) {
			names[root] = names[i]
		}
	}
	for _, p := range pairs {
		for _, m := range l.s.matches(l.keys[p.a], l.keys[p.b]) {
			x, y := l.u.find(l.first[p.a]+m[0]), l.u.find(l.first[p.b]+m[1])
			if x == y || overlaps(arts[x], arts[y]) || !(namesFit(names[x], names[y]) || namesFit(names[y], names[x])) {
				continue // one set per article; "the senator" joins the Vermont or the Ohio senator, not both
			}
			l.u.union(x, y)
			root := l.u.find(x)
			for a := range arts[x] {
				arts[root][a] = true
			}
			for a := range arts[y] {
				arts[root][a] = true
			}
			if len(names[x]) > len(names[y]) {
				names[root] = names[x]
			} else {
				names[root] = names[y]
			}
		}
	}
}

// repeats joins, in each article of a story, the descriptions of an
// organisation or a place that repeat the first of their head noun, type
// and number ("Italian police" ... "police said"): a report tells of one
// police, one store, and its coreference left them apart where the words
// differ. Only a set that another article's joins is given one id (ids),
// so an article of no story keeps what its coreference decided.
func (l *linking) repeats(pairs []storyPair) {
	inStory := map[int]bool{}
	for _, p := range pairs {
		inStory[p.a], inStory[p.b] = true, true
	}
	for ai := range l.keys {
		if !inStory[ai] {
			continue
		}
		first := map[Description]int{}
		descs := l.s.arts[l.keys[ai]].descs
		for di, d := range descs {
			if d.Relative || d.Type == doc.Person && !d.Plural || d.Type == doc.Other {
				continue // two "men" of one report may be two; "the pirates", "officials" are one group
			}
			k := Description{Head: d.repeatWord(), Type: d.Type, Plural: d.Plural} // a report's police and authorities may be two
			f, ok := first[k]
			if !ok {
				first[k] = di
				continue
			}
			if namesFit(d.Names, descs[f].Names) {
				l.u.union(l.first[ai]+di, l.first[ai]+f)
			}
		}
	}
}

// nameSets returns, for each set of plain descriptions that another
// report of the story gives one named entity's noun ("Ilse Karg, a
// judge"), that entity's id, by the set's root.
func (l *linking) nameSets(pairs []storyPair) map[int]string {
	named := map[int]map[string]bool{}
	for _, p := range pairs {
		for _, dir := range [2][2]int{{p.a, p.b}, {p.b, p.a}} {
			for di, id := range l.s.roleMatches(l.keys[dir[0]], l.keys[dir[1]]) {
				root := l.u.find(l.first[dir[0]] + di)
				if named[root] == nil {
					named[root] = map[string]bool{}
				}
				named[root][id] = true
			}
		}
	}
	plain := map[int]bool{} // roots of sets all plain
	for i := range l.refs {
		root := l.u.find(i)
		if _, seen := plain[root]; !seen {
			plain[root] = true
		}
		plain[root] = plain[root] && l.desc(i).Plain
	}
	out := map[int]string{}
	for root, ids := range named {
		if len(ids) == 1 && plain[root] { // two names: the noun does not say which; "judges" are no one judge
			for id := range ids {
				out[root] = id
			}
		}
	}
	return out
}

// ids gives each description its id: the name of its set where its own
// article names that entity (elsewhere the description may be someone
// else), else the id of the set's first member for a set of two or more.
func (l *linking) ids(nameOf map[int]string) map[string]map[int]string {
	rootID, arts := map[int]string{}, map[int]map[int]bool{}
	for i, r := range l.refs {
		root := l.u.find(i)
		if arts[root] == nil {
			arts[root] = map[int]bool{}
		}
		arts[root][r.art] = true
		if _, ok := rootID[root]; !ok {
			rootID[root] = l.desc(i).ID
		}
	}
	out := map[string]map[int]string{}
	for i, r := range l.refs {
		root, d, art := l.u.find(i), l.desc(i), l.keys[r.art]
		id := rootID[root]
		if n, ok := nameOf[root]; ok && containsString(l.s.arts[art].names, n) {
			id = n
		} else if len(arts[root]) < 2 {
			continue // a set of one article's descriptions (repeats) joined no other article's
		}
		if id == d.ID {
			continue
		}
		if out[art] == nil {
			out[art] = map[int]string{}
		}
		out[art][d.Local] = id
	}
	return out
}

func overlaps(a, b map[int]bool) bool {
	for k := range a {
		if b[k] {
			return true
		}
	}
	return false
}

// pairs lists the pairs of articles of one story, heaviest first (ties by
// article order).
func (s *Stories) pairs(keys []string) []storyPair {
	byName := map[string][]int{}
	for ai, k := range keys {
		for _, n := range s.arts[k].names {
			byName[n] = append(byName[n], ai)
		}
	}
	n := float64(len(keys))
	weight := func(name string) float64 { return math.Log(1 + n/float64(len(byName[name]))) }
	total := make([]float64, len(keys)) // shareable name weight of each article
	for ai, k := range keys {
		for _, name := range s.arts[k].names {
			if df := len(byName[name]); df >= 2 && df <= storyMaxArticles {
				total[ai] += weight(name)
			}
		}
	}
	type key struct{ a, b int }
	shared := map[key]float64{}
	names := make([]string, 0, len(byName))
	for name := range byName {
		names = append(names, name)
	}
	sort.Strings(names) // sums in a fixed order
	for _, name := range names {
		list := byName[name]
		if len(list) < 2 || len(list) > storyMaxArticles {
			continue
		}
		w := weight(name)
		for i, a := range list {
			for _, b := range list[i+1:] {
				shared[key{a, b}] += w
			}
		}
	}
	var out []storyPair
	for k, w := range shared {
		if w >= storyShare*math.Min(total[k.a], total[k.b]) && s.near(keys[k.a], keys[k.b]) {
			out = append(out, storyPair{k.a, k.b, w})
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].w != out[j].w {
			return out[i].w > out[j].w
		}
		if out[i].a != out[j].a {
			return out[i].a < out[j].a
		}
		return out[i].b < out[j].b
	})
	return out
}

// roleMatches maps each description of article a that has the only
// description of its noun and type there to the named entity article b
// gives that noun, when b gives it to one entity only.
func (s *Stories) roleMatches(a, b string) map[int]string {
	only := func(descs []Description) map[Description]int {
		n, at := map[Description]int{}, map[Description]int{}
		for i, d := range descs {
			if !d.Plain || (d.Type == doc.Place && !d.Kind && d.Named) {
				continue // "the room" says little of which place
			}
			k := Description{Head: d.Head, Type: d.Type, Plural: d.Plural}
			n[k]++
			at[k] = i
		}
		for k, c := range n {
			if c > 1 {
				delete(at, k)
			}
		}
		return at
	}
	da, rb := only(s.arts[a].descs), only(s.arts[b].roles)
	out := map[int]string{}
	for k, i := range da {
		if j, ok := rb[k]; ok && namesFit(s.arts[a].descs[i].Names, s.arts[b].roles[j].Names) {
			out[i] = s.arts[b].roles[j].ID
		}
	}
	return out
}

// near reports whether two articles were published close enough to
// report one story, true when either date is unknown.
func (s *Stories) near(a, b string) bool {
	da, db := s.arts[a].date, s.arts[b].date
	if da.IsZero() || db.IsZero() {
		return true
	}
	d := da.Sub(db)
	return d <= storyDays && d >= -storyDays
}

// matches pairs the descriptions of two articles of one story that have
// the same head noun, number and type and no possessive or quantifier:
// for one person, each the only one of its kind in its article; for a
// group of people ("the pirates"), a place or an organisation, the first
// of its kind (two descriptions of
// "the store" in one report are far more often one store its coreference
// left apart than two stores).
func (s *Stories) matches(a, b string) [][2]int {
	only := func(descs []Description) map[Description]int {
		n, at := map[Description]int{}, map[Description]int{}
		for i, d := range descs {
			if d.Relative {
				continue // "his office", "no state": another one in another article
			}
			k := Description{Head: d.Head, Type: d.Type, Plural: d.Plural}
			n[k]++
			if _, ok := at[k]; !ok {
				at[k] = i
			}
		}
		for k, c := range n {
			if c > 1 && k.Type == doc.Person && !k.Plural {
				delete(at, k) // two "men" in one report: the other's man could be either
			}
		}
		return at
	}
	da, db := only(s.arts[a].descs), only(s.arts[b].descs)
	var out [][2]int
	for k, i := range da {
		j, ok := db[k]
		if !ok {
			continue
		}
		if x, y := s.arts[a].descs[i].Names, s.arts[b].descs[j].Names; namesFit(x, y) || namesFit(y, x) {
			out = append(out, [2]int{i, j}) // not "the Vermont senator" and "the Ohio senator"
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	return out
}
