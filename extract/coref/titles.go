package coref

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// readTitles gives a person the role its title before a name states:
// "Sen. Ana Ruiz" (an abbreviation, read as "senator"), "Governor Ana
// Ruiz", "rapper Ola Berg" (a singular person noun of the lexicon right
// before the name). A later definite description that takes the role up
// ("the Florida senator") may then refer to that person (pickAntecedent,
// antecedentFor need a known role for nouns that are no epithets).
func readTitles(d *doc.Document) {
	for _, m := range d.Mentions {
		if m.Kind != doc.Name || m.Entity < 0 || m.FirstTok == 0 || !doc.SameSentence(d, m.FirstTok-1, m.FirstTok) {
			continue
		}
		ent := &d.Entities[m.Entity]
		if ent.Type != doc.Person {
			continue
		}
		if role := titleRole(d.Tokens[m.FirstTok-1].Text); role != "" {
			ent.Roles = appendRole(ent.Roles, role)
		}
	}
}

// titleRole is the role noun a title word before a name stands for, ""
// when the word is no title: an abbreviation of the list, or a singular
// person noun that is no honorific ("Mr.") and no epithet ("star"),
// which say nothing of an office.
func titleRole(word string) string {
	w := strings.ToLower(word)
	if r, ok := lex.TitleAbbreviations[w]; ok {
		return r
	}
	if _, honorific := lex.Honorifics[w]; honorific || epithets[w] || lex.PluralNoun(w) {
		return ""
	}
	if t, ok := lex.NounType(w); ok && t == doc.Person {
		return w
	}
	return ""
}
