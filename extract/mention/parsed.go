package mention

import (
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// parsedNominals finds the candidates on the dependency parse: every noun
// that heads a noun phrase and names a person, an organisation or a place
// (by the mention tagger's tag on a phrase it heads, else by the noun
// lexicon) gives one candidate whose extent is its noun phrase
// (NounPhrase). A phrase headed by a name is the name's, not a
// candidate, unless a description of the name's type stands before it
// ("the carmaker Volvo"). A phrase that would cut a name in two is left
// out.
func parsedNominals(d *doc.Document, tagged []doc.NominalMention) []doc.NominalMention {
	inName := nameOfToken(d)
	taggedType := map[int]doc.EntityType{} // head word -> the tagger's type
	for _, c := range tagged {
		if h := d.HeadNoun(c.FirstTok, c.LastTok); h >= 0 {
			taggedType[h] = c.Type
		}
	}
	out := describedNames(d, inName)
	out = append(out, nameNounPhrases(d, inName, NameNounPhrases)...)
	out = append(out, placeAppositions(d, inName)...)
	seen := map[doc.Span]bool{}
	for _, n := range out {
		seen[n.Span] = true
	}
	for h := range d.Words {
		var typ doc.EntityType
		ok := false
		if ofComplement(d, h) < 0 {
			typ, ok = headType(d, h, inName, taggedType)
		} else {
			typ, ok = partitiveType(d, h, inName, taggedType) // the complement's kind: "hundreds of plants" are no people
		}
		if !ok || refersToNothing(d, h) {
			continue // "Ana Ruiz is not a candidate": no one is spoken of
		}
		if typ == doc.Person && amountOfMoney(d, h) || typ == doc.Organization && bareInstitution(d, h) {
			typ = doc.Other // "a tycoon worth millions": a sum, no people; "went to college": no one college
		}
		a, b := NounPhrase(d, h)
		first, last := d.Words[a].Token, d.Words[b-1].Token+1
		if cutsName(d, inName, first, last) {
			continue
		}
		n := describeNominal(d, first, last, typ)
		if seen[n.Span] {
			continue
		}
		seen[n.Span] = true
		n.Head = d.Words[h].Token
		n.Plural = pluralWord(d, h)
		n.Restricted = restricted(d, h)
		out = append(out, n)
	}
	for _, g := range groupCandidates(d, out) {
		if !seen[g.Span] {
			seen[g.Span] = true
			out = append(out, g)
		}
	}
	sort.SliceStable(out, func(a, b int) bool {
		if out[a].Start != out[b].Start {
			return out[a].Start < out[b].Start
		}
		return out[a].End > out[b].End
	})
	return out
}

// nameOfToken maps each token to the NAME mention it is part of, -1 for none.
func nameOfToken(d *doc.Document) []int {
	in := make([]int, len(d.Tokens))
	for i := range in {
		in[i] = -1
	}
	for mi, m := range d.Mentions {
		if m.Kind == doc.Name {
			for k := m.FirstTok; k < m.LastTok; k++ {
				in[k] = mi
			}
		}
	}
	return in
}

// headType is the type of the phrase word h heads, false when h heads no
// noun phrase of a person, organisation or place: a common noun (or a
// capitalised title the tagger took for a proper noun) outside names,
// heading its phrase rather than modifying another noun.
func headType(d *doc.Document, h int, inName []int, tagged map[int]doc.EntityType) (doc.EntityType, bool) {
	w := d.Words[h]
	if inName[w.Token] >= 0 || (w.UPOS != "NOUN" && w.UPOS != "PROPN" && !indefinitePerson(d, h)) {
		return "", false
	}
	if doc.RelIs(w.Rel, "compound") && !onVerb(d, h) || doc.RelIs(w.Rel, "flat", "fixed", "goeswith") || lex.IdiomObject(d, h) || inTitle(d, h) ||
		gatheringHeads[strings.ToLower(w.Text)] || sideWithout(d, h) {
		return "", false // "gained ground": no place; "Secretary of State": a title's word; "the convention": an event
	}
	if indefinitePerson(d, h) {
		return doc.Person, true
	}
	if companionHeads[strings.ToLower(w.Text)] && companionship(d, h) {
		return "", false // "was good company": companionship
	}
	if districtHeads[strings.ToLower(w.Text)] {
		return districtType(d, h, inName), true
	}
	if staffHeads[strings.ToLower(w.Text)] {
		if owned(d, h) && doc.RelIs(w.Rel, "nsubj", "nsubj:pass", "obl:agent") {
			return doc.Organization, true // "his office declined"; "in his office" is a room
		}
		if w.XPOS == "NN" && len(d.Dependents(h, "det", "nmod:poss", "amod", "compound", "nummod")) == 0 {
			return "", false // "took office": a position
		}
	}
	if t, ok := partnerType(d, h, inName); ok {
		return t, true // "his allies": people
	}
	// A listed head noun's own type wins over the tagger's: the tagger
	// types a span, and often gives it its possessor's or its modifier's
	// type ("the governor's own party", "Pentagon officials").
	if t, ok := lex.HeadNoun(strings.ToLower(w.Text)); ok && t != doc.Other {
		if t == doc.Organization && peopleKind(d, h) {
			return doc.Person, true // "ethnic groups", "focus groups": kinds of people
		}
		if t == doc.Place && scopedBody(d, h) {
			return doc.Organization, true // "the university's Center on Global Energy Policy"
		}
		return t, true
	}
	if lex.OtherHead(strings.ToLower(w.Text)) {
		return "", false // "the environment": the tagger's place follows the article, not the noun
	}
	if t, ok := tagged[h]; ok {
		if t == doc.Person && nounOfNoPerson(d, h) {
			return doc.Other, true // "a visa ban", "Nordic barriers": typed after the modifier
		}
		if areaHeads[strings.ToLower(w.Text)] {
			return doc.Place, true // "the state's counties", typed a body after its possessor
		}
		return t, true
	}
	return "", false
}

// nounOfNoPerson reports a head noun of which no sense is a person
// (lex.NonPersonNoun: "ban", "barriers"), the tagger's person type on it
// taken from its modifiers ("a visa ban"); not one that a "who" clause
// or an of-phrase of people makes people ("the one who called", "the 1
// percent who voted", "all kinds of people"), nor the last part of a
// hyphened noun ("second-in-command").
func nounOfNoPerson(d *doc.Document, h int) bool {
	w := d.Words[h]
	if !lex.NonPersonNoun(strings.ToLower(w.Text)) || h > 0 && d.Words[h-1].Span.End == w.Start && strings.HasSuffix(d.Words[h-1].Text, "-") {
		return false
	}
	for _, n := range d.Dependents(h, "nmod") {
		if t, ok := lex.HeadNoun(strings.ToLower(d.Words[n].Text)); ok && t == doc.Person && d.CaseMarker(n) == "of" {
			return false // "all kinds of people", "a raft of officials": the people
		}
	}
	for _, c := range d.Dependents(h, "acl:relcl") {
		for _, r := range d.Dependents(c, "nsubj", "nsubj:pass", "obj", "nmod:poss") {
			if t := strings.ToLower(d.Words[r].Text); t == "who" || t == "whom" || t == "whose" {
				return false
			}
		}
	}
	return true
}

// scopedBody reports a capitalised head of bodies' names with what the
// body works for or on after it, capitalised ("Center on Energy Policy",
// "Institute for Fiscal Studies"): a body the name tagger left, no place
// ("the Rockefeller Center" has no scope; "the center of town" no capital;
// "checked into Promises Treatment Center on Friday": a day is no scope).
func scopedBody(d *doc.Document, h int) bool {
	if !doc.IsCapitalised(d.Words[h].Text) || !orgHeadWords[strings.ToLower(d.Words[h].Text)] {
		return false
	}
	for _, n := range d.Dependents(h, "nmod") {
		if n > h && scopeMarkers[d.CaseWords(n)] && doc.IsCapitalised(d.Words[n].Text) && !dayNames[strings.ToLower(d.Words[n].Text)] {
			return true
		}
	}
	return false
}

// companionship reports a bare companion head h (no determiner,
// possessor, number or noun before it) that is a predicate or follows
// "in": "was good company", "in good company", "in company with"; not
// "the only stand-alone company in the world", whose article the parser
// hung elsewhere.
func companionship(d *doc.Document, h int) bool {
	w := d.Words[h]
	if w.XPOS != "NN" || doc.IsCapitalised(w.Text) || len(d.Dependents(h, "det", "nmod:poss", "compound", "nummod")) > 0 {
		return false
	}
	k := h
	if doc.RelIs(w.Rel, "conj") && w.Head >= 0 && len(d.Dependents(h, "cop")) == 0 {
		k = w.Head // "was affable and good company"
	}
	return len(d.Dependents(k, "cop")) > 0 || d.CaseWords(h) == "in"
}

// areaHeads are parts of a state or city: places whatever the tagger
// says; companionHeads bare are companionship.
var (
	areaHeads      = lex.Words("mention/areaHeads")
	companionHeads = lex.Words("mention/companionHeads")
)

// onVerb reports whether the parse hangs word h on the verb of a clause:
// no noun it could modify, so a compound there is the parser's misreading
// of a subject ("..., lawyer says" with "lawyer" a compound of "says"),
// and h heads a phrase of its own. A verb in a noun's place (a participle
// as its modifier or conjunct, "president and chief operating officer"; a
// noun the tagger took for a verb, "state exchanges", "world food needs";
// a word hyphened to a noun, "land-locked") stands in a noun phrase, and
// so does its compound.
func onVerb(d *doc.Document, h int) bool {
	v := d.Words[h].Head
	if v != h+1 || d.Words[v].UPOS != "VERB" || len(d.Dependents(v, "compound")) > 1 {
		return false // a subject is one noun right before its verb; "world food needs" is a noun the tagger took for a verb
	}
	if doc.RelIs(d.Words[v].Rel, "conj") {
		hv := d.Words[v].Head // a clause joined to a clause, not a word to a noun or an adjective
		return hv >= 0 && (d.Words[hv].UPOS == "VERB" || d.Words[hv].UPOS == "AUX")
	}
	return doc.RelIs(d.Words[v].Rel, "root", "parataxis", "ccomp", "advcl", "xcomp", "csubj")
}

// peopleKinds make groups kinds of people ("age groups").
var peopleKinds = lex.Words("mention/peopleKinds")

// peopleKind reports whether group noun h has a modifier that sorts
// people into kinds rather than naming bodies.
func peopleKind(d *doc.Document, h int) bool {
	if !strings.EqualFold(d.Words[h].Text, "groups") {
		return false
	}
	for _, c := range d.Dependents(h, "amod", "compound") {
		if peopleKinds[strings.ToLower(d.Words[c].Text)] {
			return true
		}
	}
	return false
}

// districtHeads name an electoral district or its voters (districtType).
var districtHeads = lex.Words("mention/districtHeads")

// districtType reads a district head by its phrase: a place after a
// locative preposition ("won in this constituency") or a place's name
// ("the Kowloon West constituency"), else the people who vote there ("a
// sizable constituency", "the Latino constituency").
func districtType(d *doc.Document, h int, inName []int) doc.EntityType {
	if doc.RelIs(d.Words[h].Rel, "obl", "nmod") && locativeCases[d.CaseWords(h)] {
		return doc.Place
	}
	for _, c := range d.Dependents(h, "compound") {
		if mi := inName[d.Words[c].Token]; mi >= 0 && d.Mentions[mi].Type == doc.Place {
			return doc.Place
		}
	}
	return doc.Person
}

// locativeCases place what they govern: the prepositions of an event's
// place (lex event/placePreps: in, at, across, throughout ...).
var locativeCases = lex.Words("event/placePreps")

// staffHeads stand for their staff when someone owns them and they act
// ("his office said"), and for a position with no word before them
// ("took office").
var staffHeads = lex.Words("mention/staffHeads")

// owned reports whether noun h has a possessor: a possessive determiner or
// a possessive phrase ("his office", "the governor's office").
func owned(d *doc.Document, h int) bool {
	for _, c := range d.Dependents(h, "nmod:poss") {
		if c < h {
			return true
		}
	}
	return false
}

// indefinitePerson reports whether pronoun w is an indefinite one of
// people ("everyone", "nobody", "others": the indefinitePersons list, or
// the noun lexicon's people), which heads a phrase of its own as a noun
// does, or is the "one" of "no one", or "those" with a "who" clause
// ("those who left"); personal pronouns are coreference's.
func indefinitePerson(d *doc.Document, h int) bool {
	w := d.Words[h]
	low := strings.ToLower(w.Text)
	if low == "one" {
		for _, c := range d.Dependents(h, "det") {
			if strings.EqualFold(d.Words[c].Text, "no") && c == h-1 {
				return true
			}
		}
	}
	if low == "those" {
		for _, c := range d.Dependents(h, "acl:relcl") {
			if c > h && personRelative(d, c) && nextTo(d, h, c) {
				return true // "those who stayed": "who" stands for people
			}
		}
	}
	if w.UPOS != "PRON" {
		return false
	}
	if indefinitePersons[low] {
		return true
	}
	if _, personal := lex.Pronouns[low]; personal {
		return false
	}
	t, ok := lex.HeadNoun(low)
	return ok && t == doc.Person
}

// indefinitePersons are the indefinite pronouns of people.
var indefinitePersons = lex.Words("mention/indefinitePersons")

// cutsName reports whether the token range [first, last) holds part of a
// name but not all of it.
func cutsName(d *doc.Document, inName []int, first, last int) bool {
	for _, k := range []int{first, last - 1} {
		if mi := inName[k]; mi >= 0 && (d.Mentions[mi].FirstTok < first || d.Mentions[mi].LastTok > last) {
			return true
		}
	}
	return false
}

// pluralWord reports whether noun h is plural by its tag, or by its form
// (lex.PluralWord) when the tagger gave none: here a singular tag wins.
func pluralWord(d *doc.Document, h int) bool {
	if x := d.Words[h].XPOS; x == "NN" || x == "NNP" {
		return false
	}
	return lex.PluralWord(d.Words[h])
}

// restricted reports whether noun h says which ones are meant, so that
// its phrase picks out a new referent rather than one named before: a
// complement or clause after it that is not set off by a comma ("the
// schools that charge fees", "teams from Iran", "lanterns made by
// pupils"), or the determiner "no" ("no crowds", which names no one).
func restricted(d *doc.Document, h int) bool {
	for _, c := range d.Dependents(h, "det") {
		if strings.EqualFold(d.Words[c].Text, "no") {
			return true
		}
	}
	a, b := NounPhrase(d, h)
	for _, c := range d.Dependents(h, "acl", "nmod") {
		if c < h || c < a || c >= b || d.Words[c].Rel == "nmod:poss" {
			continue
		}
		if first, _, _ := d.Subtree(c); first > 0 && d.Words[first-1].Text == "," {
			continue
		}
		return true
	}
	return false
}
