package link

import (
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
)

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
		if t, ok := largest(doc.KnownTypes...); ok {
			u.union(o[0], byType[t][0])
		}
	}
}

// cluster joins the items that share a name of two words or more ("Mary
// Barra" in one article, "Mary Barra" or an alias "Mary Barra" in
// another), a one-word name, or an id (the slug of their name: "U.S." and
// "US"), transitively, by the type rules of joinBuckets. A component
// with a full name becomes a cluster entity; the others, one-word names
// only, are returned as groups for attachGroups.
func (r *Resolution) cluster(items []item) (groups [][]int) {
	byKey := map[string][]int{}
	for i, it := range items {
		for _, k := range it.keys() {
			byKey[k] = append(byKey[k], i)
		}
	}
	u := newUnionFind(len(items))
	typeOf := func(i int) doc.EntityType { return items[i].rec.Type }
	for _, idx := range byKey {
		joinBuckets(idx, typeOf, u)
	}
	joinMiddleNames(items, u)
	comps := map[int]int{}
	var members [][]int
	for i := range items {
		root := u.find(i)
		c, ok := comps[root]
		if !ok {
			c = len(members)
			comps[root] = c
			members = append(members, nil)
		}
		members[c] = append(members[c], i)
	}
	for c, m := range members {
		for _, i := range m {
			items[i].comp = c
		}
		full := false
		for _, i := range m {
			full = full || len(items[i].multi) > 0
		}
		if !full {
			groups = append(groups, m)
			continue
		}
		e := &entity{cluster: true, comp: c, items: m, typ: clusterType(items, m)}
		for _, i := range m {
			items[i].ent = len(r.ents)
		}
		r.ents = append(r.ents, e)
	}
	r.comps = len(members)
	return groups
}

// keys are what items are joined by: full-name keys, the key of a
// one-word name ("Apple Inc." is "apple"), and the id.
func (it *item) keys() []string {
	out := append(it.multi[:len(it.multi):len(it.multi)], idKey(it.rec.ID))
	if it.word != "" && it.word[0] != 0 {
		out = append(out, it.word)
	}
	if it.rec.Type == doc.Organization {
		// "Sea Micro" and "SeaMicro", "Wal-Mart" and "Walmart": a firm's
		// name is written with and without its inner spaces and hyphens
		n := len(out)
		for _, k := range out[:n] {
			if k != "" && k[0] != 1 {
				out = append(out, solidKey(k))
			}
		}
	}
	return out
}

// solidKey is a name key without its spaces, hyphens and dots, as a join
// key of its own.
func solidKey(k string) string {
	return "\x02" + strings.NewReplacer(" ", "", "-", "", ".", "").Replace(k)
}

func idKey(id string) string { return "\x01" + id }

// clusterType is the type most of a cluster's items have, "other" only
// when no item is typed otherwise.
func clusterType(items []item, idx []int) doc.EntityType {
	n := map[doc.EntityType]int{}
	for _, i := range idx {
		n[items[i].rec.Type]++
	}
	return doc.MostCommonType(n)
}

// nameIndex lists, for each word, the clusters whose full names have it
// (byToken), start with it (byFirst) or end with it (byLast), or that
// some article also calls by it alone (byAlias).
func (r *Resolution) nameIndex(items []item) {
	sets := map[string]map[string]map[int]bool{"token": {}, "first": {}, "last": {}, "alias": {}, "initials": {}}
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
					if !bodies[sameKindOf(toks[len(toks)-1])] {
						// "Springfield" alone is the place, not
						// "Springfield police"
						add("first", toks[0], e)
					}
					add("last", toks[len(toks)-1], e)
					for _, in := range initials(toks) {
						add("initials", in, e)
					}
					for _, t := range toks {
						add("token", t, e)
					}
				}
			}
		}
	}
	r.byToken, r.byFirst, r.byAlias = sortedSets(sets["token"]), sortedSets(sets["first"]), sortedSets(sets["alias"])
	r.byLast, r.byInitials = sortedSets(sets["last"]), sortedSets(sets["initials"])
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
// Motors), of a fitting type; for a person, the person clusters whose full
// name has the word ("Barra" for Mary Barra); otherwise the clusters of
// its type whose full name starts with it ("Boeing" for Boeing Commercial
// Airplanes, "Gulf" for the Gulf of Aden). via says which rule found each.
func (r *Resolution) candidates(w string, t doc.EntityType) map[int]string {
	out := map[int]string{}
	words, via := r.byFirst[w], viaFirst
	if t == doc.Person {
		words, via = r.byToken[w], viaToken
	}
	for _, e := range words {
		if r.ents[e].typ == t {
			out[e] = via
		}
	}
	if t == doc.Organization || t == doc.Other {
		for _, e := range r.byLast[w] {
			if _, ok := out[e]; !ok && r.ents[e].typ == doc.Organization {
				out[e] = viaLast
			}
		}
	}
	for _, e := range r.byAlias[w] {
		if doc.CompatibleTypes(r.ents[e].typ, t) {
			out[e] = viaAlias
		}
	}
	return out
}

// attachGroups joins each group of one-word names to the cluster its
// names stand for: the only one they can stand for, or, when they can
// stand for several, the one the other names of their articles point to
// (see byContext); else none: "Kelly" with Megyn Kelly and Mark Kelly in
// the corpus stays "Kelly" unless its articles say which, whichever
// article came first. A person's name found only as a word of one full
// name ("Muslims" in "Rohingya Muslims") joins it only if more articles
// give the full name than the word alone. A first name and a surname one
// article gives apart go to the one person with both (pairNames) before
// their groups are looked at. It returns the groups left.
func (r *Resolution) attachGroups(items []item, groups [][]int) (left [][]int) {
	r.nameIndex(items)
	ctx := newContext(items, r.comps)
	paired := r.pairNames(items)
	for _, g := range groups {
		var rest []int
		for _, i := range g {
			if e, ok := paired[i]; ok {
				items[i].ent, items[i].via = e, viaPair
				r.ents[e].items = append(r.ents[e].items, i)
			} else {
				rest = append(rest, i)
			}
		}
		if g = rest; len(g) == 0 {
			continue
		}
		e, via := r.groupCandidate(items, g, ctx)
		if e < 0 {
			left = append(left, g)
			continue
		}
		for _, i := range g {
			items[i].ent, items[i].via = e, via
		}
		r.ents[e].items = append(r.ents[e].items, g...)
	}
	return left
}

// groupCandidate returns the cluster a group's names stand for, and by
// which rule, or -1.
func (r *Resolution) groupCandidate(items []item, g []int, ctx *context) (int, string) {
	cands := map[int]string{}
	arts := map[string]bool{}
	for _, i := range g {
		it := items[i]
		arts[it.art] = true
		if it.word == "" || it.word[0] == 0 {
			continue
		}
		byWord := r.candidates(it.word, it.rec.Type)
		if e := r.expansion(it); e >= 0 {
			byWord = expansionOnly(byWord, e, it.rec.Type == doc.Place)
		} else if isAcronym(it.rec.Name) && (it.rec.Type == doc.Organization || it.rec.Type == doc.Other) {
			for _, e := range r.byInitials[it.word] { // several: the context may say which
				if _, ok := byWord[e]; !ok && r.ents[e].typ == doc.Organization {
					byWord[e] = viaAcronym
				}
			}
		}
		for e, via := range byWord {
			if cands[e] != viaAlias {
				cands[e] = via
			}
		}
	}
	if len(cands) > 1 {
		return r.byContext(items, g, sortedKeys(cands), ctx)
	}
	for e, via := range cands {
		if via == viaOverruled && r.ents[e].fullNameArticles(items) < len(arts) {
			return -1, "" // an acronym more articles use than the name ("PAC"): another body's, or a common noun's
		}
		if (via == viaToken && r.ents[e].fullNameArticles(items) < len(arts)) || via == viaLast || via == viaAcronym || via == viaOverruled {
			// a word more articles use alone, the last word of an
			// organisation's name ("Falcons") or an acronym ("NWC" for
			// the Nordic Water Council) stands for the full name only
			// where the articles' other names point to it
			if c, _ := r.byContext(items, g, []int{e}, ctx); c < 0 {
				return -1, ""
			}
		}
		return e, via
	}
	return -1, ""
}

// expansion is the one cluster of the corpus whose full name an acronym
// item spells by its initials ("United Nations" for "UN"), of the item's
// type (an organisation's for an untyped name), or -1 when it is no
// acronym or none or several fit.
func (r *Resolution) expansion(it item) int {
	if !isAcronym(it.rec.Name) {
		return -1
	}
	want := it.rec.Type
	if want == doc.Other {
		want = doc.Organization
	}
	if want != doc.Organization && (want != doc.Place || len(it.word) < 3) {
		return -1 // two capitals of a place are as often a state's code ("OH", "LA")
	}
	found := -1
	for _, e := range r.byInitials[it.word] {
		if r.ents[e].typ != want {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = e
	}
	return found
}

// expansionOnly keeps, of an acronym's candidates, its expansion e and
// those some article calls by the acronym alone: a full name that opens
// with the acronym ("UN Security Council", "CIS Executive Committee") is
// a part of what the acronym names, not it.
func expansionOnly(cands map[int]string, e int, place bool) map[int]string {
	out := map[int]string{e: viaAcronym}
	if place {
		out[e] = viaOverruled // new to places: only where the name is as common
	}
	for c, via := range cands {
		if via != viaAlias && c != e {
			out[e] = viaOverruled // it wins over another reading: the same
		}
	}
	for c, via := range cands {
		if via == viaAlias {
			out[c] = via
		}
	}
	return out
}

// groupEntities makes an entity of each group left.
func (r *Resolution) groupEntities(items []item, groups [][]int) {
	for _, g := range groups {
		for _, i := range g {
			items[i].ent = len(r.ents)
		}
		r.ents = append(r.ents, &entity{items: g, typ: clusterType(items, g)})
	}
	// attached items were appended after the cluster's own: keep every
	// entity's items in canonical order
	for _, e := range r.ents {
		sort.Ints(e.items)
	}
}
