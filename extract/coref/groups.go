package coref

import (
	"sort"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// linkNameGroups adds a mention for names joined by "and" ("Ford and
// Kia", "Ana Ruiz, Ola Berg and Tim Cole"): the coordination refers to the
// group, which coreference annotation marks, and which "they" and "both"
// may refer back to. The group is an entity of its own, plural, of the
// names' type; it has no name mention of its own, so it stays out of the
// graph (package triples keeps named entities only). A place and a person
// or organisation, names joined by "or" or by commas alone, and the same
// entity twice make no group; people and organisations may mix ("Ana Ruiz
// and Kestrel"), since the name tagger often mistypes one of them. The
// group takes the first name's type.
func linkNameGroups(d *doc.Document) {
	var names []int
	for i, m := range d.Mentions {
		if m.Kind == doc.Name && m.Entity >= 0 && groupable(d.Entities[m.Entity].Type) {
			names = append(names, i)
		}
	}
	sort.SliceStable(names, func(a, b int) bool { return d.Mentions[names[a]].FirstTok < d.Mentions[names[b]].FirstTok })
	taken := map[[2]int]bool{}
	for _, m := range d.Mentions {
		taken[[2]int{m.FirstTok, m.LastTok}] = true
	}
	added := false
	for i := 0; i < len(names); {
		first := d.Mentions[names[i]]
		typ := d.Entities[first.Entity].Type
		last, j, and := first, i+1, false
		seen := map[int]bool{first.Entity: true}
		for ; j < len(names); j++ {
			m := d.Mentions[names[j]]
			conj, ok := conjunction(d, last.LastTok, m.FirstTok)
			if !ok || (d.Entities[m.Entity].Type == doc.Place) != (typ == doc.Place) || seen[m.Entity] ||
				!doc.SameSentence(d, first.FirstTok, m.FirstTok) {
				break
			}
			seen[m.Entity] = true
			last, and = m, conj
			if and {
				j++
				break // "A, B and C": the list ends with its "and"
			}
		}
		start := first.FirstTok
		if and {
			start = groupDescriptor(d, first.FirstTok)
		}
		if and && (taken[[2]int{start, last.LastTok}] || inGroup(d, start, last.LastTok)) {
			i = j // the parse's coordination already made this group: its tail is no group of its own
			continue
		}
		if !and || crossesMention(d, start, last.LastTok) || modifiesNoun(d, last.LastTok) {
			i++
			continue
		}
		sp := doc.Span{Start: d.Tokens[start].Start, End: last.End}
		e := len(d.Entities)
		d.AddEntity(doc.Entity{ID: doc.LocalID(d, "coord", sp.Start),
			Name: d.Slice(sp), Type: typ, Gender: doc.Plural})
		d.AddMention(doc.Mention{Span: sp, Text: d.Slice(sp), Kind: doc.Nominal, Type: typ,
			Gender: doc.Plural, Entity: e, FirstTok: start, LastTok: last.LastTok})
		d.Entities[e].Mentions = append(d.Entities[e].Mentions, len(d.Mentions)-1)
		taken[[2]int{start, last.LastTok}] = true
		added = true
		i = j
	}
	if added {
		d.SortMentions()
	}
}

// conjunction reports whether the tokens [a, b) join two items of a list:
// a comma ("A, B"), "and" or ", and" (and is true). Nothing else may stand
// between them.
func conjunction(d *doc.Document, a, b int) (and, ok bool) {
	switch b - a {
	case 1:
		t := strings.ToLower(d.Tokens[a].Text)
		return t == "and", t == "and" || t == ","
	case 2:
		return true, d.Tokens[a].Text == "," && strings.ToLower(d.Tokens[a+1].Text) == "and"
	}
	return false, false
}

// crossesMention reports whether a mention overlaps [a, b) without
// nesting in it or holding it.
func crossesMention(d *doc.Document, a, b int) bool {
	for _, m := range d.Mentions {
		if m.FirstTok < b && a < m.LastTok && !(a <= m.FirstTok && m.LastTok <= b) && !(m.FirstTok <= a && b <= m.LastTok) {
			return true
		}
	}
	return false
}

// groupable reports whether names of entities of type t may form a group.
func groupable(t doc.EntityType) bool {
	return t == doc.Person || t == doc.Organization || t == doc.Place
}

// groupDescriptor returns where a group of names that starts at token
// first begins: at first, or at the start of a plural description right
// before it that the group's names are ("rival carmakers Ford and Kia",
// "US airlines Delta and United"): a plural head noun with the
// determiner and modifiers the chunker takes before a head.
func groupDescriptor(d *doc.Document, first int) int {
	h := first - 1
	if h < 0 || !doc.SameSentence(d, h, first) {
		return first
	}
	w := strings.ToLower(d.Tokens[h].Text)
	if _, head := lex.HeadNoun(w); !head || !lex.PluralNoun(w) {
		return first
	}
	start := h
	for k := h - 1; k >= 0 && h-k <= 5 && doc.SameSentence(d, k, h); k-- {
		t := d.Tokens[k].Text
		kw := strings.ToLower(t)
		if lex.NPDeterminers[kw] {
			return k
		}
		if lex.NotNPWord[kw] || doc.IsEdgeJunk(t) || !(doc.IsCapitalised(t) || lex.IsModifier(kw) || doc.IsNumber(t) ||
			doc.IsPossessive(t) || (strings.Contains(kw, "-") && doc.IsWordToken(t))) {
			break
		}
		start = k
	}
	return start
}

// modifiesNoun reports whether the word at k, right after a list of
// names, is a head noun of a person or group the names modify ("Ford and
// Kia workers", "Kestrel and Ardent parent Holm"): then the list is no
// group of its own.
func modifiesNoun(d *doc.Document, k int) bool {
	if k >= len(d.Tokens) || !doc.SameSentence(d, k-1, k) || !doc.IsLowerWord(d.Tokens[k].Text) {
		return false
	}
	_, head := lex.HeadNoun(d.Tokens[k].Text)
	return head
}

// inGroup reports whether a group mention the parse's coordinations made
// already holds the token range [a, b) ("Mr. Obama and Hillary Clinton"
// holds "Obama and Hillary Clinton").
func inGroup(d *doc.Document, a, b int) bool {
	for _, m := range d.Mentions {
		if m.Kind == doc.Nominal && m.Gender == doc.Plural && m.FirstTok <= a && b <= m.LastTok && m.Entity >= 0 &&
			strings.HasPrefix(d.Entities[m.Entity].ID, "coord-") {
			return true
		}
	}
	return false
}

// joinSameGroups makes the coordinations of the same names one entity
// ("Norland, Vestia and Holm" in the lede and again in the fourth
// paragraph): a group is its members, whichever stage made it (the parse's
// coordination or linkNameGroups), and whatever description opens it.
// Only coordinations of two or more names and nothing else count.
func joinSameGroups(d *doc.Document) {
	first := map[string]int{}
	moved := false
	for i, m := range d.Mentions {
		if m.Kind != doc.Nominal || m.Entity < 0 || !strings.HasPrefix(d.Entities[m.Entity].ID, "coord-") {
			continue
		}
		key := groupMembers(d, i)
		if key == "" {
			continue
		}
		e, ok := first[key]
		if !ok {
			first[key] = m.Entity
			continue
		}
		if e != m.Entity && len(d.Entities[m.Entity].Mentions) == 1 {
			d.Mentions[i].Entity = e
			moved = true
		}
	}
	if moved {
		d.SortMentions()
	}
}

// groupMembers names the entities of the names inside group mention i,
// in order of index, or "" when it holds fewer than two, or a word after
// its first name that is neither a name nor a comma, a bracket or "and"
// (the coordinations of descriptions, "Ana Ruiz and her brother").
func groupMembers(d *doc.Document, i int) string {
	g := d.Mentions[i]
	set := map[int]bool{}
	covered := make([]bool, g.LastTok-g.FirstTok)
	for j, m := range d.Mentions {
		if j == i || m.Kind != doc.Name || m.Entity < 0 || m.FirstTok < g.FirstTok || m.LastTok > g.LastTok {
			continue
		}
		set[m.Entity] = true
		for k := m.FirstTok; k < m.LastTok; k++ {
			covered[k-g.FirstTok] = true
		}
	}
	if len(set) < 2 {
		return ""
	}
	named := false
	for k := g.FirstTok; k < g.LastTok; k++ {
		if covered[k-g.FirstTok] {
			named = true
			continue
		}
		if w := strings.ToLower(d.Tokens[k].Text); named && w != "," && w != "and" && w != "(" && w != ")" {
			return "" // brackets hold a name's short form: "General Motors (GM) and Chrysler"
		}
	}
	return groupKey(set)
}

// groupKey names a set of entities by their indices in order.
func groupKey(set map[int]bool) string {
	ids := make([]int, 0, len(set))
	for e := range set {
		ids = append(ids, e)
	}
	sort.Ints(ids)
	var b strings.Builder
	for _, e := range ids {
		b.WriteString(strconv.Itoa(e))
		b.WriteByte(' ')
	}
	return b.String()
}
