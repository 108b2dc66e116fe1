package event

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// Participants of event nouns ("the criticism of X by Y", "her death",
// "X held talks"): their possessors, compounds, prepositional dependents
// and the subjects of the verbs that take them.

// nounArgs reads the participants of event noun w: its possessor
// ("Ford's sales", "her death"), names compounded with it ("the GM
// sales"), its prepositional dependents ("the death of X", "an attack by
// X", "talks with X"), and the subject of a support verb that takes it
// ("X held talks", "X posted a loss").
func (x *ctx) nounArgs(w int, typ string) []doc.Arg {
	d := x.d
	a := &argSet{x: x, seen: map[int]bool{}}
	own := "Arg0"
	if implicitTheme[x.lemma(w)] && !x.heldByOwner(w) {
		own = "Arg1"
	}
	lent := x.lentArgs(a, w, own, typ)
	received := lent == "" && x.receivedArgs(a, w, typ) // "faced criticism from residents"
	for _, s := range d.Dependents(w, "nsubj", "nsubj:pass") {
		a.add(own, s) // "X is in talks with Y": the noun is the predicate
	}
	for _, p := range d.Dependents(w, "nmod:poss") {
		if x.venue(w, p) {
			continue // "Iowa's caucus": where it is held
		}
		if x.foreignCataphor(p) {
			continue // "its efforts" taken for a person named later
		}
		if r := x.occasion(w); r != "" {
			a.add(r, p) // "said in his interview"
		} else if ownedThemeFrames[typ] && !x.hasOf(w) && x.isPerson(p) && d.Words[w].XPOS == "NN" {
			// "Lopez's nomination", "his arrest": who undergoes it; "the party's
			// nomination" is the party's to give, "Obama's nominations" his to make
			a.add("Arg1", p)
		} else if own == "Arg0" && !x.agentive(p) && !x.actingBody(p) && occasionFrames[typ] != "Arg0" {
			a.add("Arg1", p) // "its launch": a product is launched, it launches nothing; "Russia's attack" is Russia's; "the office's statement" is its own
		} else {
			a.add(own, p)
		}
	}
	for _, c := range d.Dependents(w, "compound") {
		if x.party(w, c) {
			a.add("Arg0", c) // "the Iran deal": Iran is a party to it
		} else if x.named(c) && !x.isPlace(c) && !x.venue(w, c) {
			if own == "Arg0" && !x.agentive(c) && occasionFrames[typ] != "Arg0" {
				a.add("Arg1", c) // "the A380 delays", "the iPhone launch": a product undergoes them, as "its launch"
			} else {
				a.add(own, c) // "the GM sales"; "the US sales" are where
			}
		}
	}
	for _, n := range append(append(append(append(d.Dependents(w, "nmod"), x.strandedOf(w)...), x.targetsOfAgent(w)...), x.agentOfTheme(w, own)...), append(x.targetsOnVerb(w), x.partnersOnVerb(w)...)...) {
		prep := caseOf(d, n)
		if prep == "" && x.strandedOf(w) != nil && n == x.strandedOf(w)[0] {
			prep = "of"
		}
		if prep == "" || x.placeWord(n, prep, typ) || prep == "of" && x.venue(w, n) {
			continue
		}
		role := nounPrepRoles[prep]
		switch {
		case prep == "of" && (received && x.canAct(n) || ofAgentNouns[x.lemma(w)]):
			role = "Arg0" // "won the endorsement of the union", "the victory of the Democrats"; not "drew criticism of her plan"
		case prep == "with" && lent == "Arg1":
			role = "Arg0" // "said in an interview with Reuters": Reuters asked
		case symmetricFrames[typ] && prep == "with":
			role = "Arg1"
		case symmetricFrames[typ] && prep == "between":
			role = "Arg0"
		}
		switch {
		case prep == "against" || prep == "on" && onFrames[typ]:
			a.addCore(role, n) // "airstrikes on rebel positions": the target, whatever it is; not "losses on paper"
		case prep == "of" && role == "Arg1" && !x.eventNoun(n) && (!x.bare(n) || lex.PluralWord(d.Words[n])) && !x.describingOf(w, n):
			// "criticism of the program", "the loss of jobs": what it acts on, even abstract; a
			// bare singular there is mostly a quality ("a conflict of interest", "a debate of
			// great importance", "a downturn of late")
			a.addTheme(n, true)
		default:
			a.add(role, n)
		}
	}
	if h := x.occasionVerb(w); lent == "Arg1" && x.speechOccasion(w) && !hasRole(a.args, "Arg0") {
		for _, o := range append(d.Dependents(h, "iobj"), x.objects(h)...) {
			if hearerVerbs[x.lemma(h)] || d.Words[o].Rel == "iobj" {
				a.add("Arg0", o) // "told CNN in an interview": CNN asked
			}
		}
	}
	return a.args
}

// targetsOfAgent repairs a parse that hung the target of event noun w on
// its agent: in "efforts by the coalition against the militants" the
// against-phrase is the effort's, no coalition is against anyone. It
// returns the on- and against-phrases of w's by- and from-phrases that
// can act.
func (x *ctx) targetsOfAgent(w int) []int {
	d := x.d
	var out []int
	for _, n := range d.Dependents(w, "nmod") {
		if p := caseOf(d, n); (p == "by" || p == "from") && x.canAct(n) {
			for _, t := range d.Dependents(n, "nmod") {
				if p := caseOf(d, t); p == "on" || p == "against" {
					out = append(out, t)
				}
			}
		}
	}
	return out
}

// targetsOnVerb repairs a parse that hung the target of event noun w, the
// object of a verb, on that verb: "launched airstrikes on rebel
// positions", "will tone down his attacks against X". It returns the on-
// and against-phrases of the verb that open right after w's phrase.
func (x *ctx) targetsOnVerb(w int) []int {
	d := x.d
	h := d.Words[w].Head
	if h < 0 || d.Words[w].Rel != "obj" {
		return nil
	}
	_, last, _ := d.Subtree(w)
	var out []int
	for _, o := range d.Dependents(h, "obl") {
		if p := caseOf(d, o); p != "on" && p != "against" {
			continue
		}
		if cs := d.Dependents(o, "case"); len(cs) > 0 && cs[0] == last {
			out = append(out, o)
		}
	}
	return out
}

// agentOfTheme repairs a parse that hung the agent of event noun w on its
// of-phrase: in "the criticism of the program by union leaders" the
// leaders criticize, no program is theirs. It returns the by-phrase that
// can act of w's of-phrase, when w takes an agent, has no by-phrase of
// its own and the of-phrase is no event ("the review of the killing by
// police" may be the killing's).
func (x *ctx) agentOfTheme(w int, own string) []int {
	d := x.d
	if own != "Arg0" || len(x.byAgent(w)) > 0 {
		return nil
	}
	for _, n := range d.Dependents(w, "nmod") {
		if caseOf(d, n) != "of" || x.eventNoun(n) || x.typed(n, doc.Work, doc.EventType) {
			continue
		}
		return x.byAgent(n)
	}
	return nil
}

// lentArgs adds to a the subject of the verb that lends event noun w its
// agent (lender), in role own or the role an occasion of speech gives
// it; it returns that role, "" when no verb lends one.
func (x *ctx) lentArgs(a *argSet, w int, own, typ string) string {
	h := x.lender(w)
	if h < 0 {
		return ""
	}
	role := own
	if r := x.occasion(w); r != "" {
		role = r // "in an interview, he said": the one interviewed
	} else if r := occasionFrames[typ]; r != "" && givingVerbs[x.lemma(h)] {
		role = r // "gave an interview": the one interviewed; "gave a statement": the one stating
	} else if organizerVerbs[x.lemma(h)] {
		role = "Arg0" // "held rallies": who holds them, not what rallies
	}
	subjects, partaking := x.subjects(h), x.partaker(w) == h
	if partaking {
		subjects = x.partakers(h)
	}
	for _, s := range subjects {
		if partaking && x.harmedPartaker(h, s, typ) {
			a.add("Arg1", s) // "the victim was involved in the shooting"
		} else {
			a.add(role, s)
		}
	}
	return role
}

// hasRole reports whether some argument of args has role.
func hasRole(args []doc.Arg, role string) bool {
	for _, a := range args {
		if a.Role == role {
			return true
		}
	}
	return false
}

// named reports whether word w is a name: a proper noun, or a capitalised
// head of a name mention the tagger took for a common noun ("Apple plans a
// launch", the fruit's word; not "style" of "a Rubio-style debate").
func (x *ctx) named(w int) bool {
	if x.d.Words[w].UPOS == "PROPN" {
		return true
	}
	mi := x.mentionOf(w)
	r, _ := utf8.DecodeRuneInString(x.d.Words[w].Text)
	return mi >= 0 && x.d.Mentions[mi].Kind == doc.Name && unicode.IsUpper(r)
}

// heldByOwner reports a heldNoun owned by someone who can act ("his
// rallies"): an event the owner holds, not the owner's change.
func (x *ctx) heldByOwner(w int) bool {
	if !heldNouns[x.lemma(w)] {
		return false
	}
	for _, p := range x.d.Dependents(w, "nmod:poss") {
		if x.canAct(p) {
			return true
		}
	}
	return false
}

// hasOf reports whether noun w has an of-phrase.
func (x *ctx) hasOf(w int) bool {
	for _, n := range x.d.Dependents(w, "nmod") {
		if caseOf(x.d, n) == "of" {
			return true
		}
	}
	return false
}

// venue reports whether word m, a possessor, compound or of-phrase of
// event noun w, is the place a gathering is held: a place, or a name the
// lexicon lists as one that the tagger took for a body ("the Cleveland
// convention").
func (x *ctx) venue(w, m int) bool {
	mi := x.mentionOf(m)
	if !venueNouns[x.lemma(w)] || mi < 0 || x.d.Mentions[mi].Kind != doc.Name {
		return false // "its primary" is held by its state, wherever that is
	}
	text := x.d.Mentions[mi].Text
	if known := lex.KnownType(text); known != "" {
		return known == doc.Place
	}
	first, _, two := strings.Cut(text, " ")
	return x.isPlace(m) && !(two && lex.FirstNameGender(first) != doc.Unknown) // not "Donald Trump's rallies" mistyped
}

// occasion returns the role the speaker takes in event noun w when it is
// an occasion of speech an oblique of a verb names ("said in a statement":
// Arg0; "said in an interview": Arg1), "" when it is none.
func (x *ctx) occasion(w int) string {
	if x.occasionVerb(w) < 0 {
		return ""
	}
	return occasionFrames[frameOf[x.lemma(w)]]
}

// occasionVerb is the verb event noun w is an oblique of, -1 when none;
// an indefinite in-phrase the parser hung on the verb's object is the
// verb's too ("condemned the rule in statements", "backed the bill in an
// interview": no rule is in a statement; "the passages in the statement"
// may be).
func (x *ctx) occasionVerb(w int) int {
	d := x.d
	h := d.Words[w].Head
	if h >= 0 && doc.RelIs(d.Words[w].Rel, "nmod") && doc.RelIs(d.Words[h].Rel, "obj") && caseOf(d, w) == "in" &&
		x.indefinite(w) {
		h = d.Words[h].Head
	} else if !doc.RelIs(d.Words[w].Rel, "obl") {
		return -1
	}
	if h < 0 || d.Words[h].UPOS != "VERB" {
		return -1
	}
	return h
}

// indefinite reports a noun with no possessor and no determiner but "a"
// or "an": "in statements", "in an interview".
func (x *ctx) indefinite(w int) bool {
	if len(x.d.Dependents(w, "nmod:poss")) > 0 {
		return false
	}
	for _, c := range x.d.Dependents(w, "det") {
		if l := x.lemma(c); l != "a" && l != "an" {
			return false
		}
	}
	return true
}

// isPlace reports whether word w stands for a place entity.
func (x *ctx) isPlace(w int) bool {
	mi := x.mentionOf(w)
	return mi >= 0 && x.d.Entities[x.d.Mentions[mi].Entity].Type == doc.Place
}

// typed reports whether word w stands for an entity of one of types: a
// book or a law is by its author ("a review of the book by X").
func (x *ctx) typed(w int, types ...doc.EntityType) bool {
	mi := x.mentionOf(w)
	if mi < 0 {
		return false
	}
	t := x.d.Entities[x.d.Mentions[mi].Entity].Type
	for _, u := range types {
		if t == u {
			return true
		}
	}
	return false
}

// agentive reports whether word w stands for a person or an
// organisation, the kinds of entity that act.
func (x *ctx) agentive(w int) bool {
	mi := x.mentionOf(w)
	if mi < 0 {
		return false
	}
	t := x.d.Entities[x.d.Mentions[mi].Entity].Type
	return t == doc.Person || t == doc.Organization
}

// lender is the verb whose subject is the agent of event noun w, -1 when
// none: a support or planner verb taking it as object ("held talks",
// "announced job cuts"; for a planner only an undertaking, not "announced
// the death of"), a container's support verb ("launched a round of
// attacks"), any verb whose statement or meeting it names ("said in a
// statement", "in an interview, he said"), or a support verb of a relative
// clause on it (relativeLender).
func (x *ctx) lender(w int) int {
	d := x.d
	h := d.Words[w].Head
	if h < 0 {
		return -1
	}
	rel, hl := d.Words[w].Rel, x.lemma(h)
	switch {
	case doc.RelIs(rel, "obj") && (supportVerbs[hl] || plannerVerbs[hl] && !implicitTheme[x.lemma(w)] && !x.ownedUndertaking(w)):
		return h
	case doc.RelIs(rel, "nmod") && containerNouns[hl] && doc.RelIs(d.Words[h].Rel, "obj") && d.Words[h].Head >= 0 &&
		supportVerbs[x.lemma(d.Words[h].Head)]:
		return d.Words[h].Head
	case x.occasion(w) != "" && len(d.Dependents(w, "nmod:poss")) == 0:
		return x.occasionVerb(w)
	case x.partaker(w) >= 0:
		return h // "were engaged in clashes", "took part in the talks"
	case x.petitioner(w) >= 0:
		return x.petitioner(w) // "filed for bankruptcy protection"
	}
	return x.relativeLender(w)
}

// strandedOf repairs a broken parse of "NOUN of NAME": when the "of"
// right after event noun w is no case marker of the name after it (the
// parser lost the phrase), the name is w's of-phrase. It returns that
// name's head word, nil when the parse is whole.
func (x *ctx) strandedOf(w int) []int {
	d := x.d
	_, last := d.SentenceWords(d.Words[w].Sentence)
	of := w + 1
	if of+1 >= last || !strings.EqualFold(d.Words[of].Text, "of") || doc.RelIs(d.Words[of].Rel, "fixed") {
		return nil
	}
	if h := d.Words[of].Head; h > of && d.Words[h].Head == w {
		return nil // "death of Guinea immigrant X": "of" marks a phrase of w, the name only modifies its noun
	}
	for mi, m := range d.Mentions {
		if m.Kind != doc.Name || m.FirstTok != d.Words[of+1].Token || m.Entity < 0 || m.LastTok >= len(d.Tokens) ||
			doc.IsPossessive(d.Tokens[m.LastTok].Text) {
			continue
		}
		first, last := d.TokenWords(m.FirstTok, m.LastTok)
		h := d.HeadWord(first, last)
		if h >= 0 && x.head[h] == mi && d.Words[h].Head != w && d.Words[of].Head != h {
			return []int{h} // "of" marks nothing of the name: the parse lost the phrase
		}
	}
	return nil
}

// caseOf is the lower-case preposition marking nominal w, "" when none.
func caseOf(d *doc.Document, w int) string {
	for _, c := range d.Dependents(w, "case") {
		if d.Words[c].UPOS == "ADP" {
			return lowerLemma(d, c)
		}
	}
	return ""
}

// foreignCataphor reports a possessive pronoun p whose entity the text
// names only after it, and which the pronoun cannot stand for: "its" for
// a person, "his" or "her" for no person. Coreference links a pronoun
// ahead to the subject of the clause it opens ("In its report, the Times
// said"); when the kinds disagree that link is wrong, and an event noun
// it owns is no one's the text has named.
func (x *ctx) foreignCataphor(p int) bool {
	d := x.d
	mi := x.mentionOf(p)
	if d.Words[p].UPOS != "PRON" || mi < 0 || d.Mentions[mi].Entity < 0 {
		return false
	}
	e := d.Mentions[mi].Entity
	for _, m := range d.Mentions {
		if m.Entity == e && m.Start < d.Mentions[mi].Start {
			return false // named before: no cataphora
		}
	}
	person := d.Entities[e].Type == doc.Person
	switch strings.ToLower(d.Words[p].Text) {
	case "its":
		return person
	case "his", "her":
		return !person
	}
	return false
}
