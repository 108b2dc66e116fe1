package mention

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// groupCandidates returns a candidate for each coordination of mentions
// the parse joins with "and" ("Ford and Kia", "Ana Ruiz of Kestrel and
// Ola Berg of Holm", "the mayor and her deputy"): it refers to the group,
// which coreference annotation marks, and which "they" and "both" may
// refer back to (Group; plural). Its extent runs from the first member's
// noun phrase to the last one's. Members are the linked mentions and the
// candidates cands. Members joined by "or", of different types, the same
// entity twice, or conjuncts that are not all mentions make no group; nor
// do names that modify a noun ("Ford and Kia workers": their head is the
// noun's compound, not a phrase of its own).
func groupCandidates(d *doc.Document, cands []doc.NominalMention) []doc.NominalMention {
	heads := memberHeads(d, cands)
	var out []doc.NominalMention
	for h := range d.Words {
		if _, ok := heads[h]; !ok {
			continue
		}
		members, ok := coordinated(d, h, heads)
		if !ok {
			markRoles(d, h, heads, cands)
			continue
		}
		firstM, lastM := members[0], members[len(members)-1]
		a, _ := NounPhrase(d, h)
		_, b := NounPhrase(d, heads[lastM.head].head)
		start := min(d.Words[a].Token, firstM.first)
		end := max(d.Words[b-1].Token+1, lastM.last)
		n := describeNominal(d, start, end, firstM.typ)
		n.Head, n.Plural, n.Group = d.Words[h].Token, true, true
		if p := d.Words[h].Head; doc.RelIs(d.Words[h].Rel, "compound") && p < h {
			a, b := NounPhrase(d, p) // "US carmakers Ford and Kia": the group is the carmakers
			n.SameAs = doc.Span{Start: d.Words[a].Start, End: d.Words[b-1].End}
		}
		out = append(out, n)
	}
	return out
}

// member is a mention that may stand in a coordination: its token range,
// type, head word and entity (-1 for a candidate not yet linked).
type member struct {
	first, last int
	typ         doc.EntityType
	head        int
	entity      int
}

// memberHeads maps the head word of each linked name or description of a
// person, organisation or place, and of each candidate, to it (the
// widest, when several share a head: "the carmaker Volvo" and "Volvo").
func memberHeads(d *doc.Document, cands []doc.NominalMention) map[int]member {
	heads := map[int]member{}
	note := func(m member) {
		if m.typ != doc.Person && m.typ != doc.Organization && m.typ != doc.Place {
			return
		}
		if o, ok := heads[m.head]; !ok || m.last-m.first > o.last-o.first {
			heads[m.head] = m
		}
	}
	for _, m := range d.Mentions {
		if m.Entity >= 0 && m.Kind != doc.Pronoun {
			if h := d.HeadNoun(m.FirstTok, m.LastTok); h >= 0 {
				note(member{m.FirstTok, m.LastTok, d.Entities[m.Entity].Type, h, m.Entity})
			}
		}
	}
	for _, c := range cands {
		if h := d.TokenWord(c.Head); h >= 0 {
			note(member{c.FirstTok, c.LastTok, c.Type, h, -1})
		}
	}
	return heads
}

// coordinated returns the members of a coordination headed by word h, in
// text order, when h heads a noun phrase (not a compound), each of its
// conjuncts heads a member of another entity of the same type, with no
// preposition of its own ("in Oslo and from Bergen", "in Oslo and across
// Norway" are two obliques) or clause of its own ("the mayor and her deputy
// is a planner": the parser's conjunct is a predicate),
// and the last conjunct is joined by "and". Types must agree: where they
// do not, the parse has more often joined a name to the object of a
// preposition ("Ana Ruiz of the Green Party and Ola Berg").
func coordinated(d *doc.Document, h int, heads map[int]member) ([]member, bool) {
	if doc.RelIs(d.Words[h].Rel, "conj", "flat") || doc.RelIs(d.Words[h].Rel, "compound") && d.Words[h].Head > h {
		return nil, false // a compound after its head is an apposition: "councillors Ana Ruiz and Ola Berg"
	}
	first := heads[h]
	conj := append(d.Dependents(h, "conj"), nameSplitConjuncts(d, h)...)
	conj = append(conj, affiliationConjuncts(d, h, heads)...)
	if len(conj) == 0 {
		return nil, false
	}
	members := []member{first}
	seen := map[int]bool{first.entity: first.entity >= 0}
	for _, c := range conj {
		m, ok := heads[c]
		if !ok || m.typ != first.typ || (m.entity >= 0 && seen[m.entity]) ||
			prepositions(d, c) > 0 || len(d.Dependents(c, "nsubj", "cop")) > 0 || roleConjunct(d, h, roleWord(d, h, c)) {
			return nil, false
		}
		seen[m.entity] = m.entity >= 0
		members = append(members, m)
	}
	and := false
	for _, cc := range d.Dependents(conj[len(conj)-1], "cc") {
		and = and || d.Words[cc].Lemma == "and" || d.Words[cc].Text == "&"
	}
	return members, and
}

// roleConjunct reports whether conjunct c of the phrase headed by h is a
// second role of one person rather than a second member of a group: a
// singular common noun without a determiner or possessor of its own ("the
// president and chief executive", "Kestrel's founder and owner"). Two
// kin nouns of one owner or of two genders are two people ("my mother and
// father", "his wife and daughter"); without an owner one person may be
// both ("a loving father and grandfather", "the son and brother of
// presidents").
func roleConjunct(d *doc.Document, h, c int) bool {
	w := d.Words[c]
	common := w.UPOS == "NOUN" || w.UPOS == "PROPN" && !doc.IsCapitalised(w.Text) // "U.S. senator" tagged as a name
	if !common || w.XPOS == "NNS" || otherKin(d, h, c) {
		return false
	}
	return len(d.Dependents(c, "det", "nmod:poss")) == 0
}

// relationNouns are the relation stage's role nouns; those of kind
// "family" are kin.
var relationNouns = lex.Table("relation/relationNouns")

// otherKin reports whether words h and c are different kin nouns that no
// one person is at once: of two genders ("mother and father"), or of the
// owner that a possessive before h gives both ("her wife and daughter").
func otherKin(d *doc.Document, h, c int) bool {
	a, b := strings.ToLower(d.Words[h].Lemma), strings.ToLower(d.Words[c].Lemma)
	if a == b || relationNouns[a] != "family" || relationNouns[b] != "family" {
		return false
	}
	ga, gb := lex.PersonNouns[a], lex.PersonNouns[b]
	if (ga == doc.Male || ga == doc.Female) && (gb == doc.Male || gb == doc.Female) && ga != gb {
		return true
	}
	return len(d.Dependents(h, "nmod:poss")) > 0
}

// markRoles sets SameAs on the candidates that are second roles of the
// person noun phrase headed by h ("the reality star and fashion mogul",
// "president and chief executive of Kestrel"): one person, not a group.
func markRoles(d *doc.Document, h int, heads map[int]member, cands []doc.NominalMention) {
	first, ok := heads[h]
	if !ok || first.typ != doc.Person || doc.RelIs(d.Words[h].Rel, "conj") {
		return
	}
	a, b := NounPhrase(d, h)
	span := doc.Span{Start: d.Words[a].Start, End: d.Words[b-1].End}
	if first.last-first.first > 0 {
		span = doc.Span{Start: d.Tokens[first.first].Start, End: d.Tokens[first.last-1].End}
	}
	conj := d.Dependents(h, "conj")
	joined := lastConjunctJoined(d, conj)
	for _, c := range conj {
		c = roleWord(d, h, c)
		if !secondRole(d, h, c, joined) {
			continue
		}
		for i := range cands {
			if cands[i].Head == d.Words[c].Token && cands[i].Type == doc.Person {
				cands[i].SameAs = span
			}
		}
	}
}

// lastConjunctJoined reports whether a coordination with conjuncts conj
// (and their own conjuncts: "chief defender, chief promoter and muscle")
// is joined by a coordinator, not by commas alone: its last conjunct in
// the text has one, or one before it does and no comma sets the last off.
// An "and" before the last comma does not join what follows it ("Woman
// Killed in Hit-And-Run, Driver Charged", where the parse may hang "Run"
// on "Woman" too); one the parse gives a word of the last conjunct does
// ("president and [chief] [operating officer]").
func lastConjunctJoined(d *doc.Document, conj []int) bool {
	last, and := -1, false
	for _, c := range conj {
		for _, k := range append([]int{c}, d.Dependents(c, "conj")...) {
			last = max(last, k)
			and = and || len(d.Dependents(k, "cc")) > 0
		}
	}
	if last < 0 {
		return false
	}
	return len(d.Dependents(last, "cc")) > 0 || and && !setOff(d, last)
}

// secondRole reports whether role conjunct c of the person phrase headed
// by h is a second role of that person. After a description, when the
// coordination has an "and" ("the reality star and fashion mogul"; with
// commas alone it is a headline's second report: "Woman Killed in Crash,
// Driver Charged"). After a name, unless a name follows it: then it is
// that name's title ("Chris Christie, former Florida governor Jeb Bush";
// commas alone are the parser's conjunct for an apposition: "Andrew Rice,
// former state senator who ...").
func secondRole(d *doc.Document, h, c int, joined bool) bool {
	if !roleConjunct(d, h, c) {
		return false
	}
	if d.Words[h].UPOS != "PROPN" {
		return joined // "candidate and former governor Ted Strickland": both his titles
	}
	next := d.Words[c].Token + 1
	for _, m := range d.Mentions {
		if m.Kind == doc.Name && m.FirstTok == next && m.Type != doc.Place && m.Type != doc.Organization {
			return false
		}
	}
	return true
}

// roleWord returns the word of conjunct c that may be a second role of the
// description headed by h: c itself, or, when c is a name, the common noun
// it carries as its title right before it (hung on it as nmod:desc or
// compound). The parse may coordinate the second role with the name it
// titles ("the union's founder and [former president Mary Kerr]") as well
// as with the first role ("[the union's founder and former president] Mary
// Kerr"); either way the role is the conjunct. After a name the title is
// the next name's ("Governor Tom Reilly and treasury secretary Ann Walsh").
func roleWord(d *doc.Document, h, c int) int {
	if d.Words[c].UPOS != "PROPN" || d.Words[h].UPOS == "PROPN" {
		return c
	}
	for _, t := range d.Dependents(c, "nmod:desc", "compound") {
		if t < c && d.Words[t].UPOS == "NOUN" {
			return t
		}
	}
	return c
}

// prepositions counts the prepositions that mark word w (its case
// dependents other than a possessive marker).
func prepositions(d *doc.Document, w int) int {
	n := 0
	for _, c := range d.Dependents(w, "case") {
		if d.Words[c].XPOS != "POS" {
			n++
		}
	}
	return n
}

// nameSplitConjuncts returns the conjuncts the parse hangs on a word of
// the name at head h that it split off as an apposition of another word
// of the name ("Ho Ka-lun of the Greens and Ola Berg of Holm" with
// "lun" an appos of "Ho" and "Ola" a conjunct of "lun"): conjuncts of
// the whole name, as splitNameEnd takes the part's complements.
func nameSplitConjuncts(d *doc.Document, h int) []int {
	var out []int
	for _, w := range splitNameParts(d, h) {
		out = append(out, d.Dependents(w, "conj")...)
	}
	return out
}

// splitNameParts returns the words of the name at head h that the parse
// hung on another word of the name as an apposition.
func splitNameParts(d *doc.Document, h int) []int {
	t := d.Words[h].Token
	for _, m := range d.Mentions {
		if m.Kind != doc.Name || t < m.FirstTok || t >= m.LastTok {
			continue
		}
		first, last := d.TokenWords(m.FirstTok, m.LastTok)
		return appositionParts(d, first, last, h)
	}
	return nil
}

// appositionParts returns the words of a name [first, last) of words,
// other than its head h, that the parse hung on another word of the name
// as an apposition (splitNameParts, splitNameEnd).
func appositionParts(d *doc.Document, first, last, h int) []int {
	var out []int
	for w := first; w < last; w++ {
		if p := d.Words[w].Head; w != h && p >= first && p < last && doc.RelIs(d.Words[w].Rel, "appos") {
			out = append(out, w)
		}
	}
	return out
}

// affiliationConjuncts returns the people the parse joined to the body
// after person h's "of" or "from" ("Ana Ruiz of Kestrel and Ola Berg of
// Holm" with "Ola" a conjunct of "Kestrel"): a conjunct that is a member
// of h's type with an "of" or "from" of its own, which no body has, is a
// second person like h.
func affiliationConjuncts(d *doc.Document, h int, heads map[int]member) []int {
	if heads[h].typ != doc.Person {
		return nil
	}
	var out []int
	for _, w := range append([]int{h}, splitNameParts(d, h)...) {
		for _, o := range d.Dependents(w, "nmod") {
			if cw := d.CaseWords(o); o < h || cw != "of" && cw != "from" || heads[o].typ != doc.Organization {
				continue
			}
			for _, c := range d.Dependents(o, "conj") {
				if m, ok := heads[c]; ok && m.typ == doc.Person && affiliated(d, c) {
					out = append(out, c)
				}
			}
		}
	}
	return out
}

// affiliated reports whether word c has an "of" or "from" complement.
func affiliated(d *doc.Document, c int) bool {
	for _, o := range d.Dependents(c, "nmod") {
		if cw := d.CaseWords(o); cw == "of" || cw == "from" {
			return true
		}
	}
	return false
}
