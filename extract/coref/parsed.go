package coref

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// Links the parse makes plain where word order does not: an apposition
// or a copula's subject may stand away from the description ("Kestrel,
// founded in 1990, is the largest bakery in Oslo"; "the firm's founder,
// Ana Ruiz, who ...").

// parsedApposition returns the entity of the name or described mention a
// singular description stands in apposition to by the parse (the
// description's head is the appos of the mention's head, or the other
// way round), when both are of one type; -1 otherwise.
func parsedApposition(d *doc.Document, c doc.NominalMention) int {
	h := d.TokenWord(c.Head)
	if h < 0 || c.Plural || c.Group || opensClause(d, c.FirstTok, c.Head) {
		return -1
	}
	if d.Words[h].Rel == "appos" && !sourceLabel(d, d.Words[h].Head, h) {
		if e := mentionEntityAt(d, d.Words[h].Head, c); e >= 0 {
			return e
		}
	}
	for _, a := range d.Dependents(h, "appos") {
		if sourceLabel(d, h, a) {
			continue
		}
		if e := mentionEntityAt(d, a, c); e >= 0 {
			return e
		}
	}
	return -1
}

// sourceLabel reports whether apposition a of word h is the parser's
// reading of a headline's source label: a bare noun phrase opening the
// sentence, a colon, then the report ("Lawyer: Ana Ruiz checks into rehab", "Police:
// ..."). The label names who says it, not the one the report is about; a
// description with a determiner may be answered after a colon ("the
// winner: Ana Ruiz").
func sourceLabel(d *doc.Document, h, a int) bool {
	if a <= h+1 || d.Words[h+1].Text != ":" || len(d.Dependents(h, "det", "nmod:poss")) > 0 {
		return false
	}
	first, _ := d.SentenceWords(d.Words[h].Sentence)
	for w := first; w < h; w++ {
		if d.Words[w].Head != h {
			return false // "Defense Lawyer:" opens the sentence; "They named the winner:" does not
		}
	}
	return true
}

// parsedCopula returns the entity of the subject of a singular description
// that is the predicate of an affirmative copula ("Kestrel is the largest
// bakery", "She was the first woman to lead it"): a name or a linked
// pronoun of the description's type. A negated, modal or irrealis
// predicate ("is not the only one", "could be the next leader", "if she
// were a senator") says nothing of who the subject is.
func parsedCopula(d *doc.Document, c doc.NominalMention) int {
	h := d.TokenWord(c.Head)
	if h < 0 || c.Plural || c.Group || len(d.Dependents(h, "cop")) == 0 || d.Negated(h) || d.Modal(h) != "" || irrealis(d, h) {
		return -1
	}
	for _, s := range d.Dependents(h, "nsubj") {
		if e := mentionEntityAt(d, s, c); e >= 0 {
			return e
		}
		if e := relativeCopulaSubject(d, h, s, c); e >= 0 {
			return e
		}
	}
	return -1
}

// relativeCopulaSubject is the entity a relative pronoun subject s of
// the predicate h stands for ("Ana Ruiz, who is a harsh critic of the
// plan"), when h heads a relative clause and the entity is of c's type;
// -1 otherwise ("asked Ana Ruiz who was the winner" is a question). The
// noun the parse hangs the clause on decides where it holds a placed
// mention ("Ana Ruiz, an aide to Tom Baker who is now a fellow": the
// aide), else the mention before the pronoun or its comma. A
// group the clause follows is not what a singular predicate describes,
// nor is a place it is in ("which was in a partnership with Intel").
func relativeCopulaSubject(d *doc.Document, h, s int, c doc.NominalMention) int {
	if d.Words[h].Rel != "acl:relcl" || len(d.Dependents(h, "case")) > 0 {
		return -1
	}
	if _, ok := relativePronouns[strings.ToLower(d.Words[s].Text)]; !ok {
		return -1
	}
	if n := d.Words[h].Head; n < 0 || d.Words[n].UPOS != "NOUN" && d.Words[n].UPOS != "PROPN" && d.Words[n].UPOS != "PRON" {
		return -1 // a "relative clause" on a verb is the parse's misreading of a question
	}
	accept := func(m doc.Mention) bool {
		ent := &d.Entities[m.Entity] // not "Ana Ruiz and Tom Baker, who was her aide"
		return m.Kind != doc.Pronoun && ent.Type == c.Type && !ent.Ambiguous() && ent.Gender != doc.Plural
	}
	n := d.Words[h].Head
	if e := narrowestAt(d, d.Words[n].Token, accept); e >= 0 && !conjunctBefore(d, n, d.Words[s].Token) {
		return e // "Ana Ruiz, an aide to Tom Baker who is now ...": the aide, as the parse hangs it
	}
	return relativeSubject(d, s, accept)
}

// conjunctBefore reports whether a conjunct of noun n ends right before
// token t or its comma: "Carter and Eric Fanning, who was his chief of
// staff" is Fanning's, however the parse hangs the clause on the first.
func conjunctBefore(d *doc.Document, n, t int) bool {
	for _, c := range d.Dependents(n, "conj") {
		_, last, _ := d.Subtree(c)
		if e := d.Words[last-1].Token + 1; e == t || e == t-1 && d.Tokens[t-1].Text == "," {
			return true
		}
	}
	return false
}

// narrowestAt is the entity of the narrowest placed mention that holds
// token t and that accept takes, -1 when there is none.
func narrowestAt(d *doc.Document, t int, accept func(m doc.Mention) bool) int {
	best, width := -1, len(d.Tokens)+1
	for _, m := range d.Mentions {
		if m.FirstTok <= t && t < m.LastTok && m.Kind != doc.Pronoun && m.Entity >= 0 && m.LastTok-m.FirstTok < width && accept(m) {
			best, width = m.Entity, m.LastTok-m.FirstTok
		}
	}
	return best
}

// parsedCopulaName returns the entity of the name that a singular
// description, the subject of an affirmative copula, has as its predicate
// ("the candidate holding the spotlight was Ana Ruiz"); -1 otherwise.
func parsedCopulaName(d *doc.Document, c doc.NominalMention) int {
	h := d.TokenWord(c.Head)
	if h < 0 || c.Plural || c.Group || !doc.RelIs(d.Words[h].Rel, "nsubj") {
		return -1
	}
	p := d.Words[h].Head
	if p < 0 || d.Words[p].UPOS != "PROPN" || len(d.Dependents(p, "cop")) == 0 || d.Negated(p) || d.Modal(p) != "" {
		return -1
	}
	for _, m := range d.Mentions {
		if m.Kind == doc.Name && m.FirstTok <= d.Words[p].Token && d.Words[p].Token < m.LastTok {
			if e := mentionEntityAt(d, d.HeadNoun(m.FirstTok, m.LastTok), c); e >= 0 {
				return e
			}
		}
	}
	return -1
}

// mentionEntityAt is the entity of the name or pronoun mention headed by
// word w, when it is linked, unambiguous and of c's type; -1 otherwise.
func mentionEntityAt(d *doc.Document, w int, c doc.NominalMention) int {
	tok := d.Words[w].Token
	for _, m := range d.Mentions {
		if m.FirstTok > tok || tok >= m.LastTok || m.Entity < 0 || (m.Kind != doc.Name && m.Kind != doc.Pronoun) {
			continue
		}
		if d.HeadNoun(m.FirstTok, m.LastTok) != w {
			continue
		}
		if ent := &d.Entities[m.Entity]; ent.Type == c.Type && !ent.Ambiguous() {
			return m.Entity
		}
	}
	return -1
}

// asObjectVerbs' "as" phrase describes their object; posingVerbs' no one.
var (
	asObjectVerbs = lex.Words("coref/asObjectVerbs")
	posingVerbs   = lex.Words("coref/posingVerbs")
)

// parsedAs is the person a description after "as" on a verb names, by the
// parse: for a verb of asObjectVerbs, its object ("named Ana Ruiz as its
// chair") or a person named between it and "as" (the parse's object gone
// astray: "referred to Ruiz as a leader"); else the verb's subject ("Ruiz
// served as a senator", "Ruiz met Obama as a student"); -1 otherwise, and
// for "such as", "as well as", a posing verb or a negated verb.
func parsedAs(d *doc.Document, c doc.NominalMention) int {
	h := d.TokenWord(c.Head)
	if h < 0 || c.Plural || c.Group || c.Type != doc.Person || !doc.RelIs(d.Words[h].Rel, "obl", "advcl", "xcomp") {
		return -1
	}
	as := -1
	for _, k := range d.Dependents(h, "case", "mark") {
		if strings.EqualFold(d.Words[k].Text, "as") && len(d.Dependents(k, "fixed")) == 0 && (k == 0 || !strings.EqualFold(d.Words[k-1].Text, "such")) {
			as = k
		}
	}
	v := d.Words[h].Head
	if as < 0 || v < 0 || d.Words[v].UPOS != "VERB" || d.Negated(v) {
		return -1
	}
	lemma := strings.ToLower(d.Words[v].Lemma)
	if posingVerbs[lemma] {
		return -1
	}
	if ws := d.Dependents(v, "obj"); len(ws) > 0 && doc.IsReflexive(d.Words[ws[0]].Text) {
		return mentionEntityAt(d, ws[0], c) // "distinguished himself as the candidate"
	}
	if asObjectVerbs[lemma] {
		if ws := d.Dependents(v, "obj"); len(ws) > 0 {
			if e := mentionEntityAt(d, ws[0], c); e >= 0 {
				return e
			}
			return nameCovering(d, d.Words[ws[0]].Token, c.Type) // "chose Ohio Sen. Tom Hale as": the parse's head is "Ohio"
		}
		if e := personBetween(d, d.Words[v].Token, d.Words[as].Token, c.Type); e >= 0 {
			return e
		}
	} else if len(d.Dependents(v, "obj")) > 0 && doc.RelIs(d.Words[h].Rel, "xcomp") {
		return -1 // an object's complement of a verb not listed: whose is open
	}
	if ws := d.Dependents(v, "nsubj"); len(ws) > 0 {
		return mentionEntityAt(d, ws[0], c)
	}
	return -1
}

// nameCovering is the named entity of type typ whose name or noun phrase
// mention holds token tok ("Ohio Sen. Tom Hale"), -1 when none does: a
// description ("a woman") is no one the "as" phrase can name.
func nameCovering(d *doc.Document, tok int, typ doc.EntityType) int {
	for _, m := range d.Mentions {
		if (m.Kind == doc.Name || m.Kind == doc.Nominal) && m.FirstTok <= tok && tok < m.LastTok && m.Entity >= 0 && d.Entities[m.Entity].Type == typ &&
			!d.Entities[m.Entity].Ambiguous() && doc.HasNameMention(d, m.Entity) {
			return m.Entity
		}
	}
	return -1
}

// personBetween is the entity of the last name or pronoun of type typ in
// tokens (from, to), -1 when there is none.
func personBetween(d *doc.Document, from, to int, typ doc.EntityType) int {
	e, at := -1, -1
	for _, m := range d.Mentions {
		if (m.Kind == doc.Name || m.Kind == doc.Pronoun) && m.FirstTok > from && m.LastTok <= to && m.FirstTok > at &&
			m.Entity >= 0 && d.Entities[m.Entity].Type == typ {
			e, at = m.Entity, m.FirstTok
		}
	}
	return e
}
