package link

import "github.com/newsgraph/newsgraph/extract/doc"

// oneTypePerEntity gives the records of one article that resolved to one
// entity one type (idx: the article's items, outs their outcomes, in the
// same order). An article can hold a name its own coreference kept apart
// from the full name ("Bolton" beside "John Bolton", "Exxon" beside "Exxon
// Mobil"), typed otherwise; once resolution joins them they are one node,
// and the type must not depend on which record comes first.
func (r *Resolution) oneTypePerEntity(items []item, idx []int, outs []Outcome) {
	byID := map[string][]int{}
	for k, o := range outs {
		byID[o.ID] = append(byID[o.ID], k)
	}
	for _, group := range byID {
		if len(group) < 2 {
			continue
		}
		t := r.groupType(items, idx, outs, group)
		for _, k := range group {
			outs[k].Type = t
		}
	}
}

// groupType decides the type of an article's records of one entity: the
// only type they give besides "other" (which says only that the tagger did
// not know); among several, the one the other articles give the entity
// most; without them, the type of the fullest name (most name tokens:
// "John Bolton" decides for "Bolton"), ties by doc.TypeOrder.
func (r *Resolution) groupType(items []item, idx []int, outs []Outcome, group []int) doc.EntityType {
	cands := map[doc.EntityType]bool{}
	for _, k := range group {
		if outs[k].Type != doc.Other {
			cands[outs[k].Type] = true
		}
	}
	if len(cands) == 0 {
		return doc.Other
	}
	first := &items[idx[group[0]]]
	e := r.ents[first.ent]
	best, bestN, tie := doc.EntityType(""), 0, false
	for _, t := range doc.TypeOrder {
		if !cands[t] {
			continue
		}
		n := len(e.votes[t])
		if e.votes[t][first.art] {
			n--
		}
		switch {
		case n > bestN:
			best, bestN, tie = t, n, false
		case n == bestN:
			tie = true
		}
	}
	if bestN > 0 && !tie {
		return best
	}
	full, fullN := doc.EntityType(""), -1
	for _, k := range group {
		t := outs[k].Type
		if !cands[t] {
			continue
		}
		n := len(doc.NameTokens(items[idx[k]].rec.Name))
		if n > fullN || (n == fullN && doc.TypeRank(t) < doc.TypeRank(full)) {
			full, fullN = t, n
		}
	}
	return full
}
