package link

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
)

// index keeps what Guess looks entities up by: the full-name keys and
// ids of every entity (byToken and byAlias come from attachGroups).
func (r *Resolution) index(items []item) {
	r.items = items
	keys := map[string]map[int]bool{}
	for _, it := range items {
		for _, k := range it.keys() {
			if keys[k] == nil {
				keys[k] = map[int]bool{}
			}
			keys[k][it.ent] = true
		}
	}
	r.byKey = sortedSets(keys)
}

// Guess identifies the records of an article the resolution does not hold
// by the rules of Resolve, against the entities it resolved: a full name
// joins the cluster that has it, a one-word name the only cluster it can
// stand for or the group of that word, anything else is a new entity under
// its own id (with its type as a suffix if that id is taken). It is the
// provisional outcome of a new article until the corpus with it is
// resolved again, and usually the same.
func (r *Resolution) Guess(recs []Record) []Outcome {
	out := make([]Outcome, 0, len(recs))
	for _, rec := range recs {
		it := newItem("", rec)
		e := r.guessEntity(&it)
		if e < 0 {
			id := rec.ID
			if r.ids[id] {
				id = r.freeID(id + "-" + strings.ToLower(string(rec.Type)))
			}
			out = append(out, Outcome{Local: rec.Local, ID: id, Type: rec.Type})
			continue
		}
		ent := r.ents[e]
		out = append(out, Outcome{Local: rec.Local, ID: ent.id, Type: ent.typeOf(it), Merge: r.why(r.items, &it, ent)})
	}
	return out
}

// guessEntity returns the entity a new item stands for, or -1.
func (r *Resolution) guessEntity(it *item) int {
	t := it.rec.Type
	best := -1
	for _, k := range it.keys() {
		for _, e := range r.byKey[k] {
			if doc.CompatibleTypes(r.ents[e].typ, t) && (best < 0 || r.ents[e].articles > r.ents[best].articles) {
				best = e
			}
		}
	}
	if best >= 0 || it.word == "" || it.word[0] == 0 {
		return best
	}
	if cands := r.candidates(it.word, t); len(cands) == 1 {
		for e, via := range cands {
			it.via = via
			return e
		}
	}
	return -1
}
