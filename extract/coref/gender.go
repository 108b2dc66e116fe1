package coref

import (
	_ "embed"
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// readGenders sets the gender of the person entities whose names say it
// before any pronoun is read, strongest evidence first: an honorific
// before or in a name ("Mrs Cruz", "Ms. Ruiz") sets Entity.Gender (and a gendered noun in
// apposition, "Ana Cruz, a retired policeman,", does after it in
// readAppositions). The first name ("Maria Lopez") only gives a likely
// gender, returned per entity: pronoun resolution prefers antecedents
// that agree with it, yet a pronoun that fits no one else still links
// against it (a man called Jean, a woman called Kim), and
// finishNameGenders gives it to the entities nothing else gave one.
func readGenders(d *doc.Document) []doc.Gender {
	likely := make([]doc.Gender, len(d.Entities))
	for mi, m := range d.Mentions {
		if m.Kind != doc.Name || m.Entity < 0 {
			continue
		}
		ent := &d.Entities[m.Entity]
		if ent.Type != doc.Person || ent.Gender != doc.Unknown {
			continue
		}
		if m.FirstTok > 0 {
			if g, ok := lex.Honorifics[strings.ToLower(d.Tokens[m.FirstTok-1].Text)]; ok {
				ent.Gender = g
				continue
			}
		}
		_, titles, _ := untitled(d, &d.Mentions[mi]) // "Ms. Ruiz" as one name mention
		ent.Gender = titleGender(titles)
	}
	for e := range d.Entities {
		ent := &d.Entities[e]
		// Only a name of two words or more has a first name for certain: a
		// lone "Morgan" or "Douglas" is more often a surname.
		if toks := doc.NameTokens(ent.Name); ent.Type == doc.Person && !ent.Ambiguous() && len(toks) >= 2 {
			likely[e] = lex.FirstNameGender(toks[0])
		}
	}
	return likely
}

// finishNameGenders gives the entities that have no gender from
// honorifics, nouns or pronouns the one their first name suggests, for
// the later linking stages; it is marked so that output leaves it out.
func finishNameGenders(d *doc.Document, likely []doc.Gender) {
	for e, g := range likely {
		if g != doc.Unknown && d.Entities[e].Gender == doc.Unknown && d.Entities[e].Type == doc.Person {
			d.Entities[e].Gender = g
			d.Entities[e].GenderFromName = true
		}
	}
}
