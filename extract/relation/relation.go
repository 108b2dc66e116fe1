package relation

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// relationNouns maps role nouns to the relation they state and its kind.
var relationNouns = lex.Table("relation/relationNouns")

// locationVerbs tie a person or organisation to a place when followed by
// "in": "born in Lagos", "lives in Oslo", "based in Austin".
var locationVerbs = lex.Table("relation/locationVerbs")

// normalRelation folds spelling variants: mom -> mother, co-founder -> founder.
var normalRelation = lex.Table("relation/normalRelation")

// relationHead returns the relation noun at token k ("then-boyfriend" ->
// boyfriend, "ex-wife" -> wife) or "".
func relationHead(d *doc.Document, k int) string {
	w := strings.ToLower(d.Tokens[k].Text)
	for _, p := range []string{"then-", "ex-", "former-", "late-", "step-"} {
		w = strings.TrimPrefix(w, p)
	}
	if relationNouns[w] == "" {
		return ""
	}
	if n, ok := normalRelation[w]; ok {
		return n
	}
	return w
}

// FindRelations reads family and affiliation relations from the patterns
// news writing uses to introduce people:
//
//	her mother, Dee Dee Blanchard        POSS ROLE[,] NAME
//	Kim's boyfriend, Ken Urker           NAME's ROLE[,] NAME
//	Ken Urker, her boyfriend             NAME, POSS ROLE
//	Ken Urker, the boyfriend of Kim      NAME, the ROLE of NAME
//	the Skims founder                    the ORG ROLE (a NOMINAL mention of the holder)
//	Skims founder Kim Kardashian         ORG ROLE NAME
//	the founder of Skims                 ROLE of ORG (for a description resolved to the holder)
//
// It runs after coreference, so possessive pronouns are already resolved.
func FindRelations(d *doc.Document) {
	d.Relations = d.Relations[:0]
	f := newFinder(d)
	findLocationRelations(d, f.add)
	findWorkRelations(d)
	for k := range d.Tokens {
		role := relationHead(d, k)
		if role == "" {
			continue
		}
		relative, j := f.relativeOf(k, role)
		if relative < 0 {
			continue
		}
		f.add(role, f.holderOf(k, j), relative, d.Tokens[k].Sentence)
	}
}

// finder holds what FindRelations looks mentions up by, and the relations
// it has added.
type finder struct {
	d      *doc.Document
	starts map[int]int // first token -> mention index (a NAME where several start there)
	seen   map[[3]int]bool
}

func newFinder(d *doc.Document) *finder {
	f := &finder{d: d, starts: map[int]int{}, seen: map[[3]int]bool{}}
	for i, m := range d.Mentions {
		if _, ok := f.starts[m.FirstTok]; !ok || m.Kind == doc.Name {
			f.starts[m.FirstTok] = i
		}
	}
	return f
}

// mentionAt is the mention starting at token k, or -1.
func (f *finder) mentionAt(k int) int {
	if i, ok := f.starts[k]; ok {
		return i
	}
	return -1
}

// mentionEndingAt is the first mention whose last token is k, or -1.
func (f *finder) mentionEndingAt(k int) int {
	for i, m := range f.d.Mentions {
		if m.LastTok == k+1 {
			return i
		}
	}
	return -1
}

// add records that the holder's entity is typ of the relative's, once per
// pair and type, when both are real, different entities and the holder
// can hold it (a person; an organisation for a location).
func (f *finder) add(typ string, holder, relative, sent int) {
	d := f.d
	if holder < 0 || relative < 0 {
		return
	}
	he, re := d.Mentions[holder].Entity, d.Mentions[relative].Entity
	if he < 0 || re < 0 || he == re || d.Entities[he].Ambiguous() || d.Entities[re].Ambiguous() {
		return
	}
	if t := d.Entities[he].Type; t != doc.Person && !(t == doc.Organization && relationNouns[typ] == "location") {
		return
	}
	key := [3]int{he, re, len(typ)}
	if f.seen[key] {
		return
	}
	f.seen[key] = true
	kind := relationNouns[typ]
	if kind == "" {
		kind = "family" // normalized forms such as "fiance"
	}
	d.Relations = append(d.Relations, doc.Relation{Type: typ, Kind: kind,
		Holder: holder, Relative: relative, Sentence: d.Tokens[d.Mentions[holder].FirstTok].Sentence})
}

// relativeOf finds the relative of the role noun at k: a possessive just
// before it (skipping modifiers: "her late mother"), an organisation name
// before an affiliation ("the Skims founder"), or "the ROLE of NAME". It
// returns the mention (-1 for none) and the token the backward scan
// stopped at.
func (f *finder) relativeOf(k int, role string) (relative, j int) {
	d := f.d
	sent := d.Tokens[k].Sentence
	relative = -1
	j = k - 1
	for j >= 0 && k-j <= 3 && d.Tokens[j].Sentence == sent && doc.IsWordToken(d.Tokens[j].Text) &&
		!lex.PossessiveDets[strings.ToLower(d.Tokens[j].Text)] && relationHead(d, j) == "" && !doc.StartsUpper(d.Tokens[j].Text) {
		j-- // adjectives: "her late mother"
	}
	if j >= 0 && d.Tokens[j].Sentence == sent {
		switch {
		case lex.PossessiveDets[strings.ToLower(d.Tokens[j].Text)]:
			relative = pronounAt(d, j)
		case doc.IsPossessiveMark(d.Tokens[j].Text) && j > 0:
			relative = f.mentionEndingAt(j - 1)
		case d.Mentions != nil && j == k-1 && doc.StartsUpper(d.Tokens[j].Text):
			// "the Skims founder", "Skims founder Kim Kardashian": an organisation name before the role
			if mi := f.mentionEndingAt(j); mi >= 0 && d.Mentions[mi].Type == doc.Organization && relationNouns[role] == "affiliation" {
				relative = mi
			}
		}
	}
	if relative < 0 && k+2 < len(d.Tokens) && strings.ToLower(d.Tokens[k+1].Text) == "of" {
		relative = f.mentionAt(k + 2) // "the ROLE of NAME"
	}
	return relative, j
}

// holderOf finds who holds the role noun at k: a name right after it ("her
// mother, Dee Dee", "boyfriend Ken Urker"), a name before it in apposition
// ("Ken Urker, her boyfriend"; j is where relativeOf stopped), or the
// description the role heads ("the Skims founder"). -1 for none.
func (f *finder) holderOf(k, j int) int {
	d := f.d
	sent := d.Tokens[k].Sentence
	holder := -1
	next := k + 1
	if next < len(d.Tokens) && d.Tokens[next].Text == "," {
		next++
	}
	if mi := f.mentionAt(next); mi >= 0 && d.Mentions[mi].Kind == doc.Name && next < len(d.Tokens) && d.Tokens[next].Sentence == sent {
		holder = mi
	}
	if holder < 0 && j > 0 && d.Tokens[j-1].Text == "," {
		holder = f.mentionEndingAt(j - 2)
	}
	if holder < 0 {
		// a NOMINAL mention covering the role noun: "the Skims founder"
		for i, m := range d.Mentions {
			if m.Kind == doc.Nominal && m.FirstTok <= k && k < m.LastTok {
				holder = i
			}
		}
	}
	return holder
}

// pronounAt returns the PRONOUN mention at token k, or -1.
func pronounAt(d *doc.Document, k int) int {
	for i, m := range d.Mentions {
		if m.Kind == doc.Pronoun && m.FirstTok == k {
			return i
		}
	}
	return -1
}

// findLocationRelations reads "X was born in P", "X, who lives in P", "X is
// based in P": the holder is the nearest person or organisation before the
// verb in its sentence, the relative the place right after "in" (or "up in").
func findLocationRelations(d *doc.Document, add func(typ string, holder, relative, sent int)) {
	for k, t := range d.Tokens {
		typ, ok := locationVerbs[strings.ToLower(t.Text)]
		if !ok {
			continue
		}
		j := k + 1
		if j < len(d.Tokens) && strings.ToLower(d.Tokens[j].Text) == "up" {
			j++
		}
		if j+1 >= len(d.Tokens) || strings.ToLower(d.Tokens[j].Text) != "in" {
			continue
		}
		place := -1
		for i, m := range d.Mentions {
			if m.FirstTok == j+1 && m.Entity >= 0 && d.Entities[m.Entity].Type == doc.Place {
				place = i
			}
		}
		holder := -1
		sent := t.Sentence
		for i, m := range d.Mentions {
			if m.LastTok <= k && d.Tokens[m.FirstTok].Sentence == sent && m.Entity >= 0 &&
				(d.Entities[m.Entity].Type == doc.Person || d.Entities[m.Entity].Type == doc.Organization) &&
				(holder < 0 || m.FirstTok > d.Mentions[holder].FirstTok) {
				holder = i
			}
		}
		if place >= 0 && holder >= 0 {
			add(typ, holder, place, sent)
		}
	}
}
