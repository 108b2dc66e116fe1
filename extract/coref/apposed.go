package coref

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// Descriptions set off beside a person's name that the narrower rules of
// appositiveName and parsedApposition miss: the name behind a title ("the
// other candidate, former Secretary of State Ana Ruiz, said"), a second
// conjunct of the description ("Ana Ruiz, a steel manufacturer and party
// donor, said": the donor is Ruiz too) and a noun that names firms as
// often as people ("a steel manufacturer" beside a person is a person).

// apposedPerson is the person whose name description c stands in
// apposition to by the parse, set off by a comma or a dash: c's head (or
// the first conjunct c's head is joined to, when c has no determiner of
// its own) is the name's apposition, or the name, maybe behind a title,
// is c's (a person's description only). A description typed as an
// organisation counts only as the name's apposition, beside a name the
// text gave a gender ("Mr.", a first name): a person for sure.
// -1 when there is none.
func apposedPerson(d *doc.Document, c doc.NominalMention) int {
	h := d.TokenWord(c.Head)
	if h < 0 || c.Plural || c.Group || c.Type != doc.Person && c.Type != doc.Organization || opensClause(d, c.FirstTok, c.Head) {
		return -1
	}
	x := h
	if doc.RelIs(d.Words[x].Rel, "conj") && len(d.Dependents(h, "det", "nmod:poss")) == 0 {
		x = d.Words[x].Head // "a manufacturer and [conservative] activist"
	}
	e := -1
	if doc.RelIs(d.Words[x].Rel, "appos") && setOffBefore(d, x) {
		e = personNamedAt(d, d.Words[x].Head)
	}
	for _, a := range d.Dependents(x, "appos") {
		if e < 0 && c.Type == doc.Person && setOffBefore(d, a) {
			e = titledPerson(d, a) // not "nominated the first Muslim to the federal judiciary, Abid Qureshi"
		}
	}
	if e < 0 || c.Type == doc.Organization && !gendered(&d.Entities[e]) {
		return -1
	}
	return e
}

// setOffBefore reports whether the phrase headed by word w opens with,
// or follows, a comma or a dash: an apposition, not a compound the
// parser misread ("Kestrel steel maker").
func setOffBefore(d *doc.Document, w int) bool {
	first, _, _ := d.Subtree(w)
	for _, k := range []int{first, first - 1} {
		if k >= 0 && k < len(d.Words) && (d.Words[k].Text == "," || doc.IsDash(d.Words[k].Text)) {
			return true
		}
	}
	return false
}

// personNamedAt is the person entity of the name mention headed by word
// w, -1 when there is none or it is ambiguous.
func personNamedAt(d *doc.Document, w int) int {
	tok := d.Words[w].Token
	for _, m := range d.Mentions {
		if m.Kind != doc.Name || m.Entity < 0 || tok < m.FirstTok || tok >= m.LastTok || d.HeadNoun(m.FirstTok, m.LastTok) != w {
			continue
		}
		if ent := &d.Entities[m.Entity]; ent.Type == doc.Person && !ent.Ambiguous() {
			return m.Entity
		}
	}
	return -1
}

// titledPerson is the person named at the end of the phrase headed by
// word w when only words of a title come before the name ("former
// Secretary of State Ana Ruiz", however the parse hung the name in it);
// -1 otherwise.
func titledPerson(d *doc.Document, w int) int {
	first, last, _ := d.Subtree(w)
	for first < last && d.Words[first].UPOS == "PUNCT" {
		first++
	}
	for last > first && d.Words[last-1].UPOS == "PUNCT" {
		last--
	}
	if first >= last {
		return -1
	}
	from, to := d.Words[first].Token, d.Words[last-1].Token+1
	for _, m := range d.Mentions {
		if m.Kind != doc.Name || m.LastTok != to || m.FirstTok < from || m.Entity < 0 {
			continue
		}
		if ent := &d.Entities[m.Entity]; ent.Type != doc.Person || ent.Ambiguous() {
			continue
		}
		if titleWordsBetween(d, from, m.FirstTok) {
			return m.Entity
		}
	}
	return -1
}

// titleWordsBetween reports whether tokens [from, name) are all words
// of a title before the name at token name (titleWordBefore), at most
// six of them.
func titleWordsBetween(d *doc.Document, from, name int) bool {
	if name-from > 6 {
		return false
	}
	for k := from; k < name; k++ {
		if !titleWordBefore(d, k, name) {
			return false
		}
	}
	return true
}

// gendered reports whether the text gave person ent a gender: a title,
// an honorific or a known first name.
func gendered(ent *doc.Entity) bool {
	return ent.Gender == doc.Male || ent.Gender == doc.Female
}

// kindName reports whether name mention m, one word of no person or
// place, heads a noun phrase opened by "a" or "an" by the parse, with one to three
// lower-case words between ("gave to a super PAC"): the capitalised word
// names a kind there, and the phrase brings in one of it, not the one
// with that name the text named before. The description stands for it
// (linkNominals). "an Arizonan", "a Corvane", with no word between, are
// left to the names' types.
func kindName(d *doc.Document, m *doc.Mention) bool {
	h := d.HeadNoun(m.FirstTok, m.LastTok)
	if h < 0 || m.LastTok-m.FirstTok != 1 || m.Type == doc.Person || m.Type == doc.Place {
		return false // "a silver Toyota Camry", "a dual-core Intel Xeon": a product's name is still the name
	}
	for _, c := range d.Dependents(h, "det") {
		w, k := d.Words[c].Text, d.Words[c].Token
		if w != "a" && w != "an" && (w != "A" && w != "An" || k != d.Sentences[d.Tokens[k].Sentence].First) ||
			m.FirstTok-k < 2 || m.FirstTok-k > 4 {
			continue // "Serie A club Atalanta": no article
		}
		for j := k + 1; j < m.FirstTok; j++ {
			if t := d.Tokens[j].Text; !doc.IsWordToken(t) || doc.IsCapitalised(t) {
				return false // "a felon - Ana Ruiz", "a Kestrel Labs unit"
			}
		}
		return true
	}
	return false
}

// adoptKindNames gives the name mention that heads description c and
// names a kind (kindName: "PAC" of "a super PAC"), which clusterNames
// left without an entity, c's entity e: the name is still a name, of the
// one the description brings in.
func (l *nominalLinker) adoptKindNames(c doc.NominalMention, e int) {
	d := l.d
	for i := range d.Mentions {
		m := &d.Mentions[i]
		if m.Kind == doc.Name && m.Entity < 0 && !c.Group && m.FirstTok <= c.Head && c.Head < m.LastTok && kindName(d, m) {
			m.Entity = e
			d.Entities[e].Mentions = append(d.Entities[e].Mentions, i)
		}
	}
}

// placeKindNames gives each name of a kind that no description took in
// (adoptKindNames) an entity of its own, with an id of this document
// alone: still a name, of none named before.
func placeKindNames(d *doc.Document) {
	for i := range d.Mentions {
		m := &d.Mentions[i]
		if m.Kind != doc.Name || m.Entity >= 0 || !kindName(d, m) {
			continue
		}
		m.Entity = d.AddEntity(doc.Entity{ID: doc.LocalID(d, doc.Slug(m.Text), m.Start), Name: m.Text, Type: m.Type})
		d.Entities[m.Entity].Mentions = append(d.Entities[m.Entity].Mentions, i)
	}
}

// apposedBody is the organisation that a singular description headed by
// a collective noun, which the nominal stage types as people ("a
// secessionist group"), stands beside as an apposition or is said to be
// by a copula ("the Harbor Front, a secessionist group"; "Harbor Watch is
// a watchdog group"): a group beside a body's name is that body. -1 when
// there is none.
func apposedBody(d *doc.Document, c doc.NominalMention) int {
	if c.Type != doc.Person || c.Plural || c.Group || !collectiveNouns[strings.ToLower(d.Tokens[c.Head].Text)] {
		return -1
	}
	o := c
	o.Type = doc.Organization
	for _, f := range []func(*doc.Document, doc.NominalMention) int{appositiveName, copulaSubject, parsedApposition, parsedCopula} {
		if e := f(d, o); e >= 0 {
			return e
		}
	}
	return -1
}

// describedAround is the entity of the name that a wider candidate with
// the same head describes, when candidate c lies inside it: one head, one
// referent ("President" inside "President Tom Hale's", "General" inside
// "General Ana Ruiz" of a title the parse split). -1 otherwise.
func describedAround(d *doc.Document, c doc.NominalMention) int {
	for _, n := range d.Nominals {
		nm := n.Described
		if n.Head != c.Head || nm == nil || nm.Entity < 0 || nm.Type != c.Type || n.Group ||
			n.FirstTok > c.FirstTok || n.LastTok < c.LastTok || n.LastTok-n.FirstTok <= c.LastTok-c.FirstTok {
			continue
		}
		return nm.Entity
	}
	return -1
}

// personConjunct reports whether conjunct word k of an apposed
// coordination is one person described: a singular noun with its own
// determiner that the lexicon or the nominal stage makes a person ("a
// key supporter of the mayor"), or "one of" people ("an entrepreneur
// and one of the founders of the club").
func personConjunct(d *doc.Document, k int) bool {
	w := d.Words[k]
	if w.UPOS == "NUM" && strings.EqualFold(w.Text, "one") {
		return singularPersonAt(d, w.Token)
	}
	if w.UPOS != "NOUN" || w.XPOS != "NN" || len(d.Dependents(k, "det")) == 0 {
		return false
	}
	_, person := lex.PersonNouns[strings.ToLower(w.Text)]
	return person || singularPersonAt(d, w.Token)
}

// singularPersonAt reports whether a singular, uncoordinated nominal
// candidate typed as a person has its head at token tok.
func singularPersonAt(d *doc.Document, tok int) bool {
	for _, n := range d.Nominals {
		if n.Head == tok && !n.Group && !n.Plural && n.Type == doc.Person {
			return true
		}
	}
	return false
}
