package link

import (
	"sort"

	"github.com/newsgraph/newsgraph/extract/doc"
)

// typeOrder breaks ties between types wherever resolution must choose
// one: a fixed order, so that no choice depends on arrival.
var typeOrder = []doc.EntityType{doc.Place, doc.Person, doc.Organization, doc.Work, doc.EventType, doc.Other}

func typeRank(t doc.EntityType) int {
	for i, x := range typeOrder {
		if x == t {
			return i
		}
	}
	return len(typeOrder)
}

type unionFind []int

func newUnionFind(n int) unionFind {
	u := make(unionFind, n)
	for i := range u {
		u[i] = i
	}
	return u
}

func (u unionFind) find(i int) int {
	for u[i] != i {
		u[i] = u[u[i]]
		i = u[i]
	}
	return i
}

func (u unionFind) union(a, b int) { u[u.find(a)] = u.find(b) }

// joinBuckets unites items that share one name (idx) and whose types fit:
// items of one type are one entity; a person reading joins the largest
// organisation, work or event reading of the name (the tagger often types
// a lone name as a person), and "other" joins the largest typed reading.
// Places, organisations, works and events of one name stay apart ("Sweden"
// the country and the team). Only bucket sizes decide, never order.
func joinBuckets(idx []int, typeOf func(int) doc.EntityType, u unionFind) {
	byType := map[doc.EntityType][]int{}
	for _, i := range idx {
		byType[typeOf(i)] = append(byType[typeOf(i)], i)
	}
	for _, b := range byType {
		for _, i := range b[1:] {
			u.union(b[0], i)
		}
	}
	largest := func(types ...doc.EntityType) (doc.EntityType, bool) {
		best, n := doc.EntityType(""), 0
		for _, t := range types {
			if len(byType[t]) > n {
				best, n = t, len(byType[t])
			}
		}
		return best, n > 0
	}
	if p := byType[doc.Person]; len(p) > 0 {
		if t, ok := largest(doc.Organization, doc.Work, doc.EventType); ok {
			u.union(p[0], byType[t][0])
		}
	}
	if o := byType[doc.Other]; len(o) > 0 {
		if t, ok := largest(typeOrder[:len(typeOrder)-1]...); ok {
			u.union(o[0], byType[t][0])
		}
	}
}

// cluster makes one entity of the items that share a name of two words or
// more ("Mary Barra" in one article, "Mary Barra" or an alias "Mary Barra"
// in another), transitively.
func (r *Resolution) cluster(items []item) {
	byKey := map[string][]int{}
	for i, it := range items {
		for _, k := range it.multi {
			byKey[k] = append(byKey[k], i)
		}
	}
	u := newUnionFind(len(items))
	typeOf := func(i int) doc.EntityType { return items[i].rec.Type }
	for _, idx := range byKey {
		joinBuckets(idx, typeOf, u)
	}
	roots := map[int]int{}
	for i := range items {
		if len(items[i].multi) == 0 {
			continue
		}
		root := u.find(i)
		e, ok := roots[root]
		if !ok {
			e = len(r.ents)
			roots[root] = e
			r.ents = append(r.ents, &entity{cluster: true})
		}
		r.ents[e].items = append(r.ents[e].items, i)
		items[i].ent = e
	}
	for _, e := range r.ents {
		e.typ = clusterType(items, e.items)
	}
}

// clusterType is the type most of a cluster's items have, "other" only
// when no item is typed otherwise.
func clusterType(items []item, idx []int) doc.EntityType {
	n := map[doc.EntityType]int{}
	for _, i := range idx {
		n[items[i].rec.Type]++
	}
	best := doc.Other
	for _, t := range typeOrder[:len(typeOrder)-1] {
		if n[t] > n[best] || (best == doc.Other && n[t] > 0) {
			best = t
		}
	}
	return best
}

// nameIndex lists, for each word, the clusters whose full names have it
// (byToken), or that some article also calls by it alone (byAlias).
func (r *Resolution) nameIndex(items []item) {
	sets := map[string]map[string]map[int]bool{"token": {}, "alias": {}}
	add := func(kind, k string, e int) {
		if sets[kind][k] == nil {
			sets[kind][k] = map[int]bool{}
		}
		sets[kind][k][e] = true
	}
	for e, ent := range r.ents {
		for _, i := range ent.items {
			it := items[i]
			for _, n := range append([]string{it.rec.Name}, it.rec.Aliases...) {
				toks := splitKey(corpusKey(n))
				switch {
				case len(toks) == 1:
					add("alias", toks[0], e)
				case len(toks) > 1:
					for _, t := range toks {
						add("token", t, e)
					}
				}
			}
		}
	}
	r.byToken, r.byAlias = sortedSets(sets["token"]), sortedSets(sets["alias"])
}

func sortedSets(m map[string]map[int]bool) map[string][]int {
	out := make(map[string][]int, len(m))
	for k, set := range m {
		list := make([]int, 0, len(set))
		for e := range set {
			list = append(list, e)
		}
		sort.Ints(list)
		out[k] = list
	}
	return out
}

// candidates returns the clusters a one-word name of type t can stand for:
// clusters that some article calls by that word alone (within-document
// coreference took it for another name of the entity: "GM" for General
// Motors, "Boeing" for Boeing Commercial Airplanes), of a fitting type,
// and for a person, the person clusters whose full name has the word
// ("Barra" for Mary Barra). via says which rule found each.
func (r *Resolution) candidates(w string, t doc.EntityType) map[int]string {
	out := map[int]string{}
	if t == doc.Person {
		for _, e := range r.byToken[w] {
			if r.ents[e].typ == t {
				out[e] = viaToken
			}
		}
	}
	for _, e := range r.byAlias[w] {
		if _, ok := out[e]; !ok && doc.CompatibleTypes(r.ents[e].typ, t) {
			out[e] = viaAlias
		}
	}
	return out
}

// attachWords joins each one-word name to the only cluster it can stand
// for, unless the word alone names something in more articles than the
// cluster's full names do ("CNN" is not "CNN Headline News", "Muslims" not
// "Rohingya Muslims"). Several candidates mean no merge: "Kelly" with
// Megyn Kelly and Mark Kelly in the corpus stays "Kelly", whichever article
// came first.
func (r *Resolution) attachWords(items []item) {
	r.nameIndex(items)
	alone := map[string]map[string]bool{}
	for _, it := range items {
		if it.word != "" {
			addVote(alone, it.word, it.art)
		}
	}
	for i := range items {
		it := &items[i]
		if it.word == "" || it.word[0] == 0 {
			continue
		}
		cands := r.candidates(it.word, it.rec.Type)
		if len(cands) != 1 {
			continue
		}
		for e, via := range cands {
			if r.ents[e].fullNameArticles(items) < len(alone[it.word]) {
				continue
			}
			it.ent, it.via = e, via
			r.ents[e].items = append(r.ents[e].items, i)
		}
	}
}

// groupWords makes one entity of the one-word names left over that are
// the same word, by the type rules of joinBuckets ("Jordan" the country
// and "Jordan" the player are two).
func (r *Resolution) groupWords(items []item) {
	byWord := map[string][]int{}
	for i, it := range items {
		if it.word != "" && it.ent < 0 {
			byWord[it.word] = append(byWord[it.word], i)
		}
	}
	u := newUnionFind(len(items))
	typeOf := func(i int) doc.EntityType { return items[i].rec.Type }
	for _, idx := range byWord {
		joinBuckets(idx, typeOf, u)
	}
	roots := map[int]int{}
	for i := range items {
		if items[i].word == "" || items[i].ent >= 0 {
			continue
		}
		root := u.find(i)
		e, ok := roots[root]
		if !ok {
			e = len(r.ents)
			roots[root] = e
			r.ents = append(r.ents, &entity{})
		}
		r.ents[e].items = append(r.ents[e].items, i)
		items[i].ent = e
	}
	// attached items were appended after the cluster's own: keep every
	// entity's items in canonical order
	for _, e := range r.ents {
		sort.Ints(e.items)
		if !e.cluster {
			e.typ = clusterType(items, e.items)
		}
	}
}
