package mention

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// Noun phrases that a person, organisation or place noun heads but that
// refer to no one (issue #16, branch nonent20): a predicate denied of its
// subject, an office as the predicate of "to be", a free-choice "any"
// under negation, "have no business V-ing", the unknown of a question,
// and bare amounts of money ("worth millions").

// refersToNothing reports a phrase headed by h that names no entity: a
// negated copula's predicate ("Ana Ruiz is not a candidate": no candidate
// is spoken of; "not only a senator" still says she is one), a phrase
// opened by "any" that a negated verb takes ("he is not backing any
// particular candidate"), and "no business" with the verb it licenses
// ("the courts have no business deciding it"). A partitive head ("not one
// of the firms") picks out of a set that exists and is kept.
func refersToNothing(d *doc.Document, h int) bool {
	if ofComplement(d, h) >= 0 {
		return false
	}
	return negatedPredicate(d, h) || officeToBe(d, h) || negatedAny(d, h) || noBusiness(d, h) || interrogative(d, h)
}

// interrogative reports a phrase that asks which or how many ("decide
// which offices the staff can use", "knows how many states she won",
// "Which candidate will win?"): the question's unknown, no one in
// particular. An exclamation ("what a strange world") is a det:predet and
// is kept, and so is a plural subject after "what", which the parser
// gives "what" as its determiner where "what" is the object of a free
// relative ("what analysts expected", "what voters want").
func interrogative(d *doc.Document, h int) bool {
	for _, c := range d.Dependents(h, "det") {
		low := strings.ToLower(d.Words[c].Text)
		if c < h && (low == "which" || low == "what" && !pluralSubject(d, h)) {
			return true
		}
	}
	for _, c := range d.Dependents(h, "amod") {
		if low := strings.ToLower(d.Words[c].Text); c < h && (low == "many" || low == "much") {
			for _, a := range d.Dependents(c, "advmod") {
				if strings.EqualFold(d.Words[a].Text, "how") {
					return true
				}
			}
		}
	}
	return false
}

// officeToBe reports a bare singular person noun as the predicate of "to
// be" ("too reckless to be president", "wants to be mayor"): the office
// aspired to or judged, no holder of it; "to be the mayor's aide" has a
// determiner or a possessor and is a description, and a clause after the
// noun says who is meant ("to be someone who listens").
func officeToBe(d *doc.Document, h int) bool {
	w := d.Words[h]
	if _, person := lex.PersonNouns[strings.ToLower(w.Lemma)]; !person || w.XPOS != "NN" || len(d.Dependents(h, "cop")) == 0 ||
		len(d.Dependents(h, "det", "nmod:poss", "amod", "nummod", "compound", "nmod", "acl", "acl:relcl")) > 0 {
		return false
	}
	for _, c := range d.Dependents(h, "mark") {
		if strings.EqualFold(d.Words[c].Text, "to") && c < h {
			return true
		}
	}
	return false
}

// negatedPredicate reports a copula's predicate noun h with a negation
// of its own ("is not a candidate", "was never a member") and no focus
// adverb beside it ("not just a candidate"), nor a preposition before it
// ("is not in the Lund camp" places the subject by the camp).
func negatedPredicate(d *doc.Document, h int) bool {
	if len(d.Dependents(h, "cop")) == 0 || len(d.Dependents(h, "case")) > 0 {
		return false // "is not in the Lund camp": the camp is spoken of
	}
	neg := false
	for _, c := range d.Dependents(h, "advmod") {
		low := strings.ToLower(d.Words[c].Text)
		if focusAdverbs[low] {
			return false
		}
		if c < h && negationWord(low) {
			neg = true
		}
	}
	return neg
}

// negatedAny reports a phrase opened by "any" whose verb is negated ("did
// not authorize any advertising"): it denies that there is one.
func negatedAny(d *doc.Document, h int) bool {
	v := d.Words[h].Head
	if v < 0 || !doc.RelIs(d.Words[h].Rel, "obj", "nsubj", "nsubj:pass", "obl") || !d.Negated(v) {
		return false
	}
	for _, c := range d.Dependents(h, "det") {
		if strings.EqualFold(d.Words[c].Text, "any") {
			return true
		}
	}
	return false
}

// noBusiness reports a noun with the determiner "no" that makes with its
// verb a pair of deniedLicence and has a verb after it: "have no business
// meddling", a judgment that the act is improper, no firm.
func noBusiness(d *doc.Document, h int) bool {
	w := d.Words[h]
	if w.Head < 0 || !deniedLicence[strings.ToLower(d.Words[w.Head].Lemma)+"_"+strings.ToLower(w.Lemma)] {
		return false
	}
	no := false
	for _, c := range d.Dependents(h, "det") {
		no = no || strings.EqualFold(d.Words[c].Text, "no")
	}
	for _, c := range d.Dependents(h, "acl", "acl:relcl", "xcomp") {
		if no && c > h && d.Words[c].UPOS == "VERB" {
			return true
		}
	}
	return false
}

func negationWord(w string) bool {
	switch w {
	case "not", "n't", "n’t", "never":
		return true
	}
	return false
}

// amountOfMoney reports a bare quantity noun ("millions", "thousands")
// with no "of" complement that its construction makes a sum: after
// "worth" ("a tycoon worth millions"), measured in a thing ("millions in
// cash"), or the object of a verb of paying ("spent millions", "accepted
// millions from banks"). After other verbs
// it counts people ("deporting millions", "rallied thousands").
func amountOfMoney(d *doc.Document, h int) bool {
	w := d.Words[h]
	if !partitiveHeads[strings.ToLower(w.Text)] || w.XPOS != "NNS" || ofComplementAny(d, h) {
		return false
	}
	if h > 0 && strings.EqualFold(d.Words[h-1].Text, "worth") {
		return true
	}
	if w.Head >= 0 && strings.EqualFold(d.Words[w.Head].Lemma, "worth") {
		return true
	}
	if sumIn(d, h) {
		return true
	}
	return w.Head >= 0 && doc.RelIs(w.Rel, "obj") && moneyVerbs[strings.ToLower(d.Words[w.Head].Lemma)]
}

// sumIn reports a quantity h measured "in" a common noun of no person
// ("millions in cash", "millions in fees"): a sum; "millions in Falkvik"
// are people of a place.
func sumIn(d *doc.Document, h int) bool {
	for _, c := range d.Dependents(h, "nmod") {
		if c > h && d.CaseWords(c) == "in" && d.Words[c].UPOS == "NOUN" && lex.NonPersonNoun(strings.ToLower(d.Words[c].Text)) {
			return true
		}
	}
	return false
}

// bareInstitution reports a bare singular institution noun ("went to
// college", "trust in government"): the institution in general, no body;
// an article, a possessor or a number makes it one ("the college", "whose
// government").
func bareInstitution(d *doc.Document, h int) bool {
	w := d.Words[h]
	if w.XPOS != "NN" || doc.IsCapitalised(w.Text) || !institutionNouns[strings.ToLower(w.Lemma)] {
		return false
	}
	if len(d.Dependents(h, "det", "nmod:poss", "nummod")) > 0 {
		return false
	}
	for _, c := range d.Dependents(h, "compound", "amod") {
		if d.Words[c].UPOS == "PROPN" {
			return false // "at Tennessee college" in a headline: one college, its article dropped
		}
	}
	return true
}

var (
	institutionNouns = lex.Words("mention/institutionNouns")
	focusAdverbs     = lex.Words("mention/focusAdverbs")
	moneyVerbs       = lex.Words("mention/moneyVerbs")
	deniedLicence    = lex.Words("mention/deniedLicence")
)

// pluralSubject reports a plural noun h that is a clause's subject.
func pluralSubject(d *doc.Document, h int) bool {
	return doc.RelIs(d.Words[h].Rel, "nsubj") && strings.HasSuffix(d.Words[h].XPOS, "S")
}
