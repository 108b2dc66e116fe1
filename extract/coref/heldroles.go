package coref

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
)

// A definite description of a role ("the nominee", "her running mate")
// that the text has already said a named person holds ("Ana Ruiz, her
// running mate", "Ruiz is the party's nominee", "named Ruiz as her
// running mate") is that person, when no other named person holds it by
// the text: the role stands in for the name the way "the senator" does.

// roleOfMention is what a person description says its holder is: the
// lemma of its head noun, the lemmas of the adjectives and nouns that
// modify the head ("presumptive", "running"), and the entity of its
// owner ("her", "the party's"): -2 when it has none, -1 when the owner
// is no placed mention.
type roleOfMention struct {
	head      string
	modifiers map[string]bool
	owner     int
}

// readRole reads the role of the description whose head noun is word h.
func readRole(d *doc.Document, h int) roleOfMention {
	r := roleOfMention{head: strings.ToLower(d.Words[h].Lemma), modifiers: map[string]bool{}, owner: -2}
	for _, c := range d.Dependents(h, "amod", "compound") {
		r.modifiers[strings.ToLower(d.Words[c].Lemma)] = true
	}
	if ws := d.Dependents(h, "nmod:poss"); len(ws) > 0 {
		r.owner = entityHeadedBy(d, ws[0])
	}
	return r
}

// covers reports whether role r, held by someone, is what description
// role x names: the same head, no modifier r lacks, and, when x has an
// owner, the same placed owner ("her running mate" is not his).
func (r roleOfMention) covers(x roleOfMention) bool {
	if r.head != x.head || !subset(x.modifiers, r.modifiers) {
		return false
	}
	return x.owner == -2 || x.owner >= 0 && x.owner == r.owner
}

// entityHeadedBy is the entity of the mention whose head is word w, -1
// when there is none or it is unplaced.
func entityHeadedBy(d *doc.Document, w int) int {
	tok := d.Words[w].Token
	for _, m := range d.Mentions {
		if m.FirstTok <= tok && tok < m.LastTok && m.Entity >= 0 && d.HeadNoun(m.FirstTok, m.LastTok) == w {
			return m.Entity
		}
	}
	return -1
}

// joinHeldRoles makes each definite singular person description that
// no name placed a mention of the one named person whose earlier
// description holds its role (covers); none when two named people do.
func joinHeldRoles(d *doc.Document) {
	for i := range d.Mentions {
		m := d.Mentions[i]
		if m.Kind != doc.Nominal || m.Type != doc.Person || m.Entity < 0 || named(d, m) {
			continue
		}
		h := roleHead(d, m)
		if h < 0 {
			continue
		}
		if e := roleHolder(d, readRole(d, h), m.FirstTok); e >= 0 && e != m.Entity {
			joinPredicate(d, i, e)
		}
	}
}

// roleHead is the head word of description m when it can name a role
// held before: singular, opened by "the" or an owner, no clause or
// phrase after the head that picks out another ("the nominee who wins
// in 2020"), no "next" or "former" one, and not itself a predicate
// (what a predicate is, predicateReferent says). -1 otherwise.
func roleHead(d *doc.Document, m doc.Mention) int {
	h := d.HeadNoun(m.FirstTok, m.LastTok)
	if h < 0 || d.Words[h].UPOS != "NOUN" || d.Words[h].XPOS == "NNS" || d.Words[h].Token != m.LastTok-1 {
		return -1 // "the nominee of the party", "the nominee who wins": not a role said again
	}
	w0 := strings.ToLower(d.Tokens[m.FirstTok].Text)
	if w0 != "the" && len(d.Dependents(h, "nmod:poss")) == 0 || otherDets[w0] || laterOne(d, m.FirstTok+1, d.Words[h].Token) {
		return -1
	}
	if len(d.Dependents(h, "cop", "case", "mark")) > 0 || doc.RelIs(d.Words[h].Rel, "xcomp", "appos", "conj") || irrealis(d, h) {
		return -1
	}
	return h
}

// roleHolder is the one named, unambiguous person with a description
// before token before whose role covers r; -1 when none or two do.
func roleHolder(d *doc.Document, r roleOfMention, before int) int {
	found := -1
	for e := range d.Entities {
		ent := &d.Entities[e]
		if ent.Type != doc.Person || ent.Ambiguous() || !doc.HasNameMention(d, e) || groupEntity(d, e) || !holdsRole(d, e, r, before) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = e
	}
	return found
}

// holdsRole reports whether a description of entity e ending before
// token before has a role that covers r.
func holdsRole(d *doc.Document, e int, r roleOfMention, before int) bool {
	for _, mi := range d.Entities[e].Mentions {
		m := d.Mentions[mi]
		if m.Kind != doc.Nominal || m.LastTok > before {
			continue
		}
		if h := d.HeadNoun(m.FirstTok, m.LastTok); h >= 0 && d.Words[h].XPOS != "NNS" && readRole(d, h).covers(r) {
			return true
		}
	}
	return false
}
