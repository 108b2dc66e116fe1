package extract

import (
	_ "embed" // the first-name gazetteer
	"strings"
	"sync"
)

// First names and their usual gender ("M maria" would be wrong: "F
// maria"), listed by scripts/firstnames.mjs from the lexicon of the npm
// package compromise (MIT). Names given to both genders are not listed.
//
//go:embed model/first-names.txt
var firstNameData string

var (
	firstNamesOnce sync.Once
	firstNames     map[string]Gender
)

// firstNameGender is the gender the gazetteer gives a first name (any
// case), Unknown when the name is not listed.
func firstNameGender(name string) Gender {
	firstNamesOnce.Do(func() {
		firstNames = map[string]Gender{}
		eachTaggedLine(firstNameData, func(tag, name string) {
			switch tag {
			case "M":
				firstNames[name] = Male
			case "F":
				firstNames[name] = Female
			}
		})
	})
	return firstNames[strings.ToLower(name)]
}

// readGenders sets the gender of the person entities whose names say it
// before any pronoun is read, strongest evidence first: an honorific
// before a name ("Mrs Cruz") sets Entity.Gender (and a gendered noun in
// apposition, "Ana Cruz, a retired policeman,", does after it in
// readAppositions). The first name ("Maria Lopez") only gives a likely
// gender, returned per entity: pronoun resolution prefers antecedents
// that agree with it, yet a pronoun that fits no one else still links
// against it (a man called Jean, a woman called Kim), and
// finishNameGenders gives it to the entities nothing else gave one.
func readGenders(d *Document) []Gender {
	likely := make([]Gender, len(d.Entities))
	for _, m := range d.Mentions {
		if m.Kind != Name || m.Entity < 0 || m.FirstTok == 0 {
			continue
		}
		ent := &d.Entities[m.Entity]
		if g, ok := honorifics[strings.ToLower(d.Tokens[m.FirstTok-1].Text)]; ok && ent.Type == Person && ent.Gender == Unknown {
			ent.Gender = g
		}
	}
	for e := range d.Entities {
		ent := &d.Entities[e]
		// Only a name of two words or more has a first name for certain: a
		// lone "Morgan" or "Douglas" is more often a surname.
		if toks := nameTokens(ent.Name); ent.Type == Person && !ent.Ambiguous() && len(toks) >= 2 {
			likely[e] = firstNameGender(toks[0])
		}
	}
	return likely
}

// finishNameGenders gives the entities that have no gender from
// honorifics, nouns or pronouns the one their first name suggests, for
// the later linking stages; it is marked so that output leaves it out.
func finishNameGenders(d *Document, likely []Gender) {
	for e, g := range likely {
		if g != Unknown && d.Entities[e].Gender == Unknown && d.Entities[e].Type == Person {
			d.Entities[e].Gender = g
			d.Entities[e].GenderFromName = true
		}
	}
}
