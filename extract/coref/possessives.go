package coref

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// The early pronoun pass reads "its" before the descriptions have
// entities, so "the party's platform and its convention" took the last
// organisation named ("the AP"), not the party. Once linkNominals has
// placed them, a description of a body nearer before the pronoun in its
// sentence takes it over.

// relinkOrgPossessives gives each "its" the entity of the nearest
// definite description of a body ("the party", "the company") before it
// in its sentence, when no other organisation or place is mentioned
// between them; a conjunct ("Kestrel and its") keeps it, and the subject
// above, which may now be a description ("the party said its"), takes
// it first. A pronoun left unresolved is added as a mention.
func relinkOrgPossessives(d *doc.Document) {
	changed := false
	for k := range d.Tokens {
		if strings.ToLower(d.Tokens[k].Text) != "its" {
			continue
		}
		if _, ok := pronounAt(d, k); !ok || coordinatedOrg(d, k) >= 0 {
			continue
		}
		e := governingOrg(d, k) // with the descriptions placed: "the party said its ..."
		if e < 0 {
			e = nearestBodyDescription(d, k)
		}
		if e < 0 {
			continue
		}
		mi := pronounMentionAt(d, k)
		if mi < 0 {
			d.AddMention(doc.Mention{Span: d.Tokens[k].Span, Text: d.Tokens[k].Text, Kind: doc.Pronoun,
				Type: d.Entities[e].Type, Gender: doc.Neuter, Entity: e, FirstTok: k, LastTok: k + 1})
			changed = true
			continue
		}
		if d.Mentions[mi].Entity != e {
			d.Mentions[mi].Entity, d.Mentions[mi].Type = e, d.Entities[e].Type
			changed = true
		}
	}
	if changed {
		d.SortMentions() // also rebuilds each entity's list of mentions
	}
}

// nearestBodyDescription is the entity of the definite description headed
// by a body noun (lex.GroupNouns) nearest before token k in its sentence,
// when no other organisation or place is mentioned after it before k;
// -1 otherwise.
func nearestBodyDescription(d *doc.Document, k int) int {
	best, bestTok := -1, -1
	for _, m := range d.Mentions {
		if m.FirstTok >= k || m.LastTok > k || m.Entity < 0 || m.FirstTok <= bestTok || !doc.SameSentence(d, m.FirstTok, k) {
			continue
		}
		ent := &d.Entities[m.Entity]
		switch {
		case m.Kind == doc.Nominal && ent.Type == doc.Organization && !ent.Ambiguous() && bodyDescription(d, m):
			best, bestTok = m.Entity, m.FirstTok
		case m.Kind != doc.Pronoun && (ent.Type == doc.Organization || ent.Type == doc.Place):
			best, bestTok = -1, m.FirstTok // a body or place named after it is the nearer candidate
		}
	}
	return best
}

// bodyDescription reports whether nominal m is "the" + a body noun as
// its head ("the party's", "the ruling party"), singular.
func bodyDescription(d *doc.Document, m doc.Mention) bool {
	if !strings.EqualFold(d.Tokens[m.FirstTok].Text, "the") {
		return false
	}
	h := lex.NominalHead(d, m.FirstTok, m.LastTok)
	return lex.GroupNouns[strings.ToLower(d.Tokens[h].Text)]
}

// pronounMentionAt is the index of the pronoun mention at token k, -1 if
// none.
func pronounMentionAt(d *doc.Document, k int) int {
	for i, m := range d.Mentions {
		if m.Kind == doc.Pronoun && m.FirstTok == k {
			return i
		}
	}
	return -1
}
