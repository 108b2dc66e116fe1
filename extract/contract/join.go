package contract

import (
	"slices"
	"sort"

	"github.com/newsgraph/newsgraph/extract/doc"
)

// JoinSameIDs makes the entities that share an id one entity, where the
// first of them stands: the graph holds one node per id, and the output
// must say the same. Resolution across documents can give one id to two
// entities of an article ("US" and "United States"; the descriptions two
// reports of a story share). The joined entity has every mention once, in
// text order; its name is its fullest name and the others are aliases;
// its type is decided by its mentions (joinedType), not by which came
// first.
func (r *Result) JoinSameIDs() {
	defer r.dropSelfNested()
	at := map[string]int{}
	var out []Entity
	var groups [][]Entity
	for _, e := range r.Entities {
		k, ok := at[e.ID]
		if !ok {
			at[e.ID] = len(out)
			out = append(out, e)
			groups = append(groups, []Entity{e})
			continue
		}
		groups[k] = append(groups[k], e)
	}
	if len(out) == len(r.Entities) {
		return
	}
	for k, g := range groups {
		if len(g) > 1 {
			out[k] = joinEntities(g)
		}
	}
	r.Entities = out
}

func joinEntities(g []Entity) Entity {
	j := g[0]
	for _, e := range g[1:] {
		if hasName(e) && (!hasName(j) || len(doc.NameTokens(e.Name)) > len(doc.NameTokens(j.Name))) {
			j.Name = e.Name
		}
	}
	j.Type = joinedType(g)
	j.Mentions, j.Nested, j.Roles, j.Aliases = nil, nil, nil, nil
	seen := map[[2]int]bool{}
	for _, e := range g {
		j.Nested = append(j.Nested, e.Nested...)
		for _, m := range e.Mentions {
			if k := [2]int{m.Start, m.End}; !seen[k] {
				seen[k] = true
				j.Mentions = append(j.Mentions, m)
			}
		}
		j.Roles = addNew(j.Roles, e.Roles...)
		if hasName(e) {
			j.Aliases = addNew(j.Aliases, e.Name)
		}
		j.Aliases = addNew(j.Aliases, e.Aliases...)
		if j.Gender == "" {
			j.Gender = e.Gender
		}
		if j.Age == 0 {
			j.Age = e.Age
		}
	}
	if j.Mentions == nil {
		j.Mentions = []Mention{} // entities named only inside other names: an empty list, not null
	}
	sort.SliceStable(j.Mentions, func(a, b int) bool { return j.Mentions[a].Start < j.Mentions[b].Start })
	var aliases []string
	for _, a := range j.Aliases {
		if a != j.Name {
			aliases = append(aliases, a)
		}
	}
	j.Aliases = aliases
	return j
}

// joinedType is the type most of the group's name mentions have (all its
// mentions when none is a name), "other" only when nothing else is given;
// ties by doc.TypeOrder, as in resolution.
func joinedType(g []Entity) doc.EntityType {
	n := map[doc.EntityType]int{}
	names, same := false, true
	for _, e := range g {
		names = names || hasName(e)
		same = same && e.Type == g[0].Type
	}
	if same {
		return g[0].Type
	}
	for _, e := range g {
		for _, m := range e.Mentions {
			if !names || m.Kind == doc.Name {
				n[e.Type]++
			}
		}
	}
	return doc.MostCommonType(n)
}

func hasName(e Entity) bool {
	for _, m := range e.Mentions {
		if m.Kind == doc.Name {
			return true
		}
	}
	return false
}

func addNew(list []string, add ...string) []string {
	for _, s := range add {
		if !slices.Contains(list, s) {
			list = append(list, s)
		}
	}
	return list
}

// dropSelfNested drops a nested mention that resolution across documents
// made one with the name around it ("Scientology" in "the Church of
// Scientology", linked as one body): a second span of one thing is no
// mention of another.
func (r *Result) dropSelfNested() {
	ents := r.Entities[:0]
	for _, e := range r.Entities {
		var kept []NestedMention
		for _, n := range e.Nested {
			if n.In != e.ID {
				kept = append(kept, n)
			}
		}
		if e.Nested = kept; len(e.Mentions) > 0 || len(kept) > 0 {
			ents = append(ents, e)
		}
	}
	r.Entities = ents
}
