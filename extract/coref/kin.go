package coref

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// A relative described through a named owner ("her husband", "Bill
// Clinton's wife", "his father") is, when the article names exactly one
// other person with the owner's surname whose gender fits the noun, that
// person: news names a politician's spouse or parent in full somewhere
// ("Hillary Clinton", "Melania Trump") and then by the kin noun. Only a
// spouse, or a man's kin of his line (father, brother, son), shares the
// owner's surname often enough: a woman's is often her husband's. A shared
// surname is weak evidence, so a person the article gives a title or role
// ("Sen. Rick Scott", "police chief John Smith"), who is someone in their
// own right, or the subject over the description, is never taken.

// relationNouns are the relation stage's role nouns; those of kind
// "family" are kin.
var relationNouns = lex.Table("relation/relationNouns")

// spouseNouns name a spouse, whose surname is the owner's either way.
var spouseNouns = lex.Words("coref/spouseNouns")

// courtesyTitles say no role: "Mrs. Ruiz" is no one presented by a role.
var courtesyTitles = lex.Words("coref/courtesyTitles")

// kinOfOwner is the person that description c, an owner's kin noun and
// nothing more ("his wife", "Ana Ruiz's own son"), means; -1 when the
// owner is unknown or no one or several fit.
func kinOfOwner(d *doc.Document, c doc.NominalMention) int {
	key, ok := kinKeyOf(d, c)
	if !ok {
		return -1
	}
	noun, owner := key.noun, key.owner
	g := lex.PersonNouns[noun]
	if !spouseNouns[noun] && (g != doc.Male || kinGender(&d.Entities[owner]) != doc.Male) {
		return -1 // "her father", "his mother": a woman's surname is often her husband's
	}
	sur := surname(d.Entities[owner].Name)
	over := governingBy(d, c.Head, func(m doc.Mention) bool { return d.Entities[m.Entity].Type == doc.Person })
	found := -1
	for e := range d.Entities {
		ent := &d.Entities[e]
		if e == owner || ent.Type != doc.Person || ent.Ambiguous() || sur == "" || surname(ent.Name) != sur || !doc.HasNameMention(d, e) {
			continue
		}
		if e == over || titledName(d, e) && !kinNounBefore(d, e, noun) {
			continue // "his father, Creighton coach Greg Moe": the kin noun says it
		}
		if kg := kinGender(ent); g != doc.Unknown && kg != g && (kg != doc.Unknown || !spouseNouns[noun] || initialled(ent.Name)) {
			continue // the noun's gender, given by the text or the first name; a spouse's may go unstated
		}
		if found >= 0 {
			return -1
		}
		found = e
	}
	return found
}

// A kin description says whose kin it is, and the same owner's kin by
// the same noun is the same person wherever the article repeats it: "his
// wife", then "Ana Ruiz's wife" and "her husband" of the wife's own.

// kinKey is what a kin description names: its owner and its noun.
type kinKey struct {
	owner int
	noun  string
}

// kinKeyOf is the key of description c when it is an owner's kin noun and
// nothing more ("his wife", "Ana Ruiz's own son"); ok is false otherwise.
func kinKeyOf(d *doc.Document, c doc.NominalMention) (key kinKey, ok bool) {
	if c.Type != doc.Person || c.Plural || c.Group || c.Head != c.LastTok-1 {
		return kinKey{}, false
	}
	noun := strings.ToLower(d.Tokens[c.Head].Text)
	owner := ownerOf(d, c)
	if relationNouns[noun] != "family" || owner < 0 {
		return kinKey{}, false
	}
	return kinKey{owner, noun}, true
}

// titledName reports whether most name mentions of entity e come right
// after a word of a title or role in their sentence ("Sen. Rick Scott",
// "chief John Smith"): a person the article presents by a role of their
// own, not as someone's kin (a "Former President Bill Clinton" named bare
// elsewhere is not); a kin noun there ("wife Karin Ruiz") says kinship,
// and "Mrs." or "Mr." says no role.
func titledName(d *doc.Document, e int) bool {
	titled, names := 0, 0
	for _, mi := range d.Entities[e].Mentions {
		m := d.Mentions[mi]
		if m.Kind != doc.Name {
			continue
		}
		names++
		if k := m.FirstTok - 1; k >= 0 && doc.SameSentence(d, k, m.FirstTok) && titleWordBefore(d, k, m.FirstTok) &&
			relationNouns[strings.ToLower(d.Tokens[k].Text)] != "family" && !courtesyTitles[titleWord(d.Tokens[k].Text)] {
			titled++
		}
	}
	return 2*titled > names
}

// kinNounBefore reports whether kin noun comes among the five words
// before a name mention of entity e in its sentence ("his father, team
// coach Greg Moe").
func kinNounBefore(d *doc.Document, e int, noun string) bool {
	for _, mi := range d.Entities[e].Mentions {
		m := d.Mentions[mi]
		for k := m.FirstTok - 1; m.Kind == doc.Name && k >= 0 && k >= m.FirstTok-5 && doc.SameSentence(d, k, m.FirstTok); k-- {
			if strings.EqualFold(d.Tokens[k].Text, noun) {
				return true
			}
		}
	}
	return false
}

// ownerOf is the person entity that owns description c: the possessive
// pronoun that opens it ("his wife") or the name before its "'s" ("Bill
// Clinton's wife"), with at most "own" between owner and head; -1
// otherwise.
func ownerOf(d *doc.Document, c doc.NominalMention) int {
	if e := possessiveOwner(d, c); e >= 0 && d.Entities[e].Type == doc.Person {
		return e
	}
	return -1
}

// surname is the last word of a person's name, a suffix ("Jr.") off; ""
// for a one-word name.
func surname(name string) string {
	f := doc.NameTokens(name)
	if len(f) > 2 && nameSuffixes[f[len(f)-1]] {
		f = f[:len(f)-1]
	}
	if len(f) < 2 {
		return ""
	}
	return f[len(f)-1]
}

// kinGender is the gender an entity was given, else the one its first
// name suggests.
func kinGender(ent *doc.Entity) doc.Gender {
	if ent.Gender == doc.Male || ent.Gender == doc.Female {
		return ent.Gender
	}
	if f := doc.NameTokens(ent.Name); len(f) > 1 {
		return lex.FirstNameGender(f[0])
	}
	return doc.Unknown
}

// initialled reports whether a name opens with an initial ("E. J.
// Mannix"), which may be the owner's own name cut short.
func initialled(name string) bool {
	f := doc.NameTokens(name)
	return len(f) > 0 && len([]rune(f[0])) == 1
}
