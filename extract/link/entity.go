package link

import (
	"fmt"
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
)

// entity is one resolved entity: a cluster of full names with the one-word
// names that can only mean it, or a group of one-word names.
type entity struct {
	items   []int
	cluster bool
	comp    int            // its component, for a cluster (see cluster)
	typ     doc.EntityType // the type its names are matched by (clusterType)
	// votes[t] lists the articles that type it t, each once.
	votes map[doc.EntityType]map[string]bool
	// base is the id its names give it, id the one it has (base, or base
	// with a suffix when another entity has the same base), name the name
	// base comes from.
	base, id, name string
	articles       int
	fullArts       int // see fullNameArticles
}

func splitKey(k string) []string { return strings.Fields(k) }

// fullNameArticles counts the articles that give a cluster a full name
// (cached: attachWords asks once per one-word name).
func (e *entity) fullNameArticles(items []item) int {
	if e.fullArts == 0 {
		arts := map[string]bool{}
		for _, i := range e.items {
			if len(items[i].multi) > 0 {
				arts[items[i].art] = true
			}
		}
		e.fullArts = len(arts)
	}
	return e.fullArts
}

// settle counts the entity's type votes and picks its id: the name most
// of its articles use (for a person, of the full names; ties: the longer,
// then the first in byte order), and of the ids of that name the one most
// articles give (ties: the shorter, then the first). Its name is the name
// that id comes from most often.
func (e *entity) settle(items []item) {
	e.votes = map[doc.EntityType]map[string]bool{}
	arts := map[string]bool{}
	keys := map[string]map[string]bool{}
	ids := map[string]map[string]map[string]bool{}
	names := map[string]map[string]map[string]bool{}
	for _, i := range e.items {
		it := items[i]
		arts[it.art] = true
		addVote(e.votes, it.rec.Type, it.art)
		if e.cluster && e.typ == doc.Person && len(it.multi) == 0 {
			continue // a person is named by a full name, not "Barra"
		}
		key := corpusKey(it.rec.Name)
		if key == "" {
			key = idKey(it.rec.ID)
		}
		addVote(keys, key, it.art)
		addVote(nested(ids, key), it.rec.ID, it.art)
		addVote(nested(names, it.rec.ID), it.rec.Name, it.art)
	}
	e.articles = len(arts)
	key := mostVoted(keys, func(a, b string) bool {
		if len(a) != len(b) {
			return len(a) > len(b)
		}
		return a < b
	})
	e.base = mostVoted(ids[key], func(a, b string) bool {
		if len(a) != len(b) {
			return len(a) < len(b)
		}
		return a < b
	})
	e.name = mostVoted(names[e.base], func(a, b string) bool { return a < b })
}

func nested(m map[string]map[string]map[string]bool, k string) map[string]map[string]bool {
	if m[k] == nil {
		m[k] = map[string]map[string]bool{}
	}
	return m[k]
}

func addVote[K comparable](m map[K]map[string]bool, k K, art string) {
	if m[k] == nil {
		m[k] = map[string]bool{}
	}
	m[k][art] = true
}

// mostVoted returns the key with the most articles, ties broken by before.
func mostVoted(m map[string]map[string]bool, before func(a, b string) bool) string {
	best, n := "", -1
	for k, arts := range m {
		if len(arts) > n || (len(arts) == n && before(k, best)) {
			best, n = k, len(arts)
		}
	}
	return best
}

// assignIDs gives every entity its base id; entities that share a base id
// are ranked by how many articles name them, then by type order, then by
// their first record, and all but the first take their type as a suffix
// ("jordan" and "jordan-person").
func (r *Resolution) assignIDs(items []item) {
	byBase := map[string][]int{}
	for i, e := range r.ents {
		byBase[e.base] = append(byBase[e.base], i)
	}
	r.ids = map[string]bool{}
	var shared []string
	for base, list := range byBase {
		if len(list) == 1 {
			r.ents[list[0]].id = base
			r.ids[base] = true
		} else {
			shared = append(shared, base)
		}
	}
	sort.Strings(shared)
	for _, base := range shared {
		list := byBase[base]
		sort.Slice(list, func(a, b int) bool {
			ea, eb := r.ents[list[a]], r.ents[list[b]]
			if ea.articles != eb.articles {
				return ea.articles > eb.articles
			}
			if ta, tb := doc.TypeRank(ea.best()), doc.TypeRank(eb.best()); ta != tb {
				return ta < tb
			}
			return ea.items[0] < eb.items[0]
		})
		for k, i := range list {
			id := base
			if k > 0 {
				id = r.freeID(base + "-" + strings.ToLower(string(r.ents[i].best())))
			}
			r.ents[i].id = id
			r.ids[id] = true
		}
	}
}

// freeID returns id, or id with a number, whichever is not in use.
func (r *Resolution) freeID(id string) string {
	out := id
	for n := 2; r.ids[out]; n++ {
		out = fmt.Sprintf("%s-%d", id, n)
	}
	return out
}

// best is the type most articles give the entity (ties by doc.TypeOrder).
func (e *entity) best() doc.EntityType {
	t, _ := bestVote(e.votes, "")
	return t
}

// bestVote returns the type most articles other than skip give, and how
// many do; ties go by doc.TypeOrder.
func bestVote(votes map[doc.EntityType]map[string]bool, skip string) (doc.EntityType, int) {
	best, bestN := doc.EntityType(""), 0
	for _, t := range doc.TypeOrder {
		n := len(votes[t])
		if votes[t][skip] {
			n--
		}
		if n > bestN {
			best, bestN = t, n
		}
	}
	return best, bestN
}

// Corpus type votes: an entity typed the same way in at least minVotes
// other articles, and in at least majorityShare of them, corrects an
// article that typed it as an organisation or "other name" where the
// corpus says person, or as "other name" where it says anything else; a
// one-word name the tagger took for a person ("Chrysler", "Ontario") also
// takes the corpus's organisation or place. Places and organisations are
// never swapped: "Sweden" is a country and a team.
const (
	minVotes      = 3
	majorityShare = 0.75
)

// typeOf returns the type item it has, given the other articles' votes.
func (e *entity) typeOf(it item) doc.EntityType {
	t := it.rec.Type
	best, bestN := bestVote(e.votes, it.art)
	total := 0
	for _, arts := range e.votes {
		total += len(arts)
		if arts[it.art] {
			total--
		}
	}
	if best == t || bestN < minVotes || float64(bestN) < majorityShare*float64(total) {
		return t
	}
	oneWord := len(doc.NameTokens(it.rec.Name)) == 1
	if t == doc.Other || (best == doc.Person && t == doc.Organization) || (oneWord && t == doc.Person) {
		return best
	}
	return t
}

// outcome is what item it resolved to.
func (r *Resolution) outcome(items []item, it *item) Outcome {
	e := r.ents[it.ent]
	return Outcome{Local: it.rec.Local, ID: e.id, Type: e.typeOf(*it), Merge: r.why(items, it, e)}
}

// why says why an item's entity has an id other than the item's own, ""
// when the ids are the same or differ only by the type suffix.
func (r *Resolution) why(items []item, it *item, e *entity) string {
	if it.rec.ID == e.id || it.rec.ID == e.base {
		return ""
	}
	switch it.via {
	case viaToken, viaFirst, viaLast, viaAcronym, viaPair:
		return quoteName(it.rec.Name) + " is part of the only known name with it, " + quoteName(e.name)
	case viaAlias:
		return quoteName(it.rec.Name) + " is what other articles call " + quoteName(e.name)
	case viaContext:
		return quoteName(it.rec.Name) + " can be several, and the other names of the article are those around " + quoteName(e.name)
	}
	if k := sharedKey(items, it, e); k != "" {
		return "same name " + quoteName(nameWithKey(it.rec, k)) + " as " + e.id
	}
	return "same name " + quoteName(it.rec.Name) + " as " + e.id
}

// sharedKey is the first of it's full-name keys that an item of e with
// another id also has, "" if none.
func sharedKey(items []item, it *item, e *entity) string {
	for _, k := range it.multi {
		for _, i := range e.items {
			o := &items[i]
			if o.rec.ID != it.rec.ID && containsString(o.multi, k) {
				return k
			}
		}
	}
	return ""
}

func nameWithKey(rec Record, k string) string {
	for _, n := range append([]string{rec.Name}, rec.Aliases...) {
		if corpusKey(n) == k {
			return n
		}
	}
	return rec.Name
}

func containsString(list []string, s string) bool {
	i := sort.SearchStrings(list, s)
	return i < len(list) && list[i] == s
}

func quoteName(s string) string { return "\"" + s + "\"" }
