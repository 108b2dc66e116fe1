package coref

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// A description whose noun takes a participle of naming and a name ("a
// teacher named Omar Yavuz", "a firm called Dornfeld Partners", "a group
// known as Grey Owl") is one entity with that name, whatever type the
// description's noun suggested.

// namingParticiples give, after a noun, the name of what it describes.
var namingParticiples = lex.Words("coref/namingParticiples")

// joinNamedDescriptions makes each nameless description whose head noun
// takes a naming participle with a name as its complement a mention of
// that name's entity; the rest of a chain it opened follows it
// (joinPredicate).
func joinNamedDescriptions(d *doc.Document) {
	for i := range d.Mentions {
		m := d.Mentions[i]
		if m.Kind != doc.Nominal || m.Entity < 0 || doc.HasNameMention(d, m.Entity) {
			continue
		}
		h := d.HeadNoun(m.FirstTok, m.LastTok)
		if h < 0 || d.Words[h].XPOS == "NNS" {
			continue // "two firms called ...": the names are several
		}
		if e := namedByParticiple(d, m, h); e >= 0 && e != m.Entity {
			retypeNamed(d, e, m.Type)
			joinPredicate(d, i, e)
		}
	}
}

// namedByParticiple is the entity of the name inside description m that
// is the complement of a naming participle on its head noun h: the
// participle's xcomp or object ("named Omar Yavuz"), or an "as" oblique
// ("known as Grey Owl"); -1 when there is none.
func namedByParticiple(d *doc.Document, m doc.Mention, h int) int {
	for _, v := range d.Dependents(h, "acl") {
		if d.Words[v].XPOS != "VBN" || !namingParticiples[strings.ToLower(d.Words[v].Lemma)] {
			continue
		}
		for j := range d.Mentions {
			n := d.Mentions[j]
			if n.Kind != doc.Name || n.Entity < 0 || n.FirstTok < m.FirstTok || n.LastTok > m.LastTok || !doc.HasNameMention(d, n.Entity) {
				continue
			}
			w := d.HeadNoun(n.FirstTok, n.LastTok)
			if w < 0 || d.Words[w].Head != v {
				continue
			}
			rel := d.Words[w].Rel
			if doc.RelIs(rel, "xcomp", "obj") || doc.RelIs(rel, "obl") && d.CaseWords(w) == "as" {
				return n.Entity
			}
		}
	}
	return -1
}

// retypeNamed gives entity e the type t of the organisation noun that
// names it ("a firm called Dornfeld Partners"), when the tagger took the
// name for a person or a place and nothing gave it a gender: the noun
// says what it is.
func retypeNamed(d *doc.Document, e int, t doc.EntityType) {
	ent := &d.Entities[e]
	if t != doc.Organization || ent.Type == t || gendered(ent) {
		return
	}
	ent.Type = t
	for _, mi := range ent.Mentions {
		d.Mentions[mi].Type = t
	}
}
