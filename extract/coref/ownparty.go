package coref

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// An owner's party ("his party", "my own party") is the one party the
// article named, but only when the person named last is marked as one of
// its members ("Republican Sen. Ana Ruiz", "Rep. Tom Baker, R-Ohio"):
// in news of two parties the one named by name is often not the owner's.

// possessiveDets are "my", "his", "our" ...: the owner's "his party".
var possessiveDets = lex.Words("common/possessiveDeterminers")

// ownersKind reports whether description c is an owner's institution and
// nothing more ("his party", "my own party", not "his party's leaders").
func ownersKind(d *doc.Document, c doc.NominalMention, w0 string, words map[string]bool) bool {
	head := strings.ToLower(d.Tokens[c.Head].Text)
	return possessiveDets[w0] && !c.Plural && c.Type == doc.Organization && len(words) == 1 &&
		institutionNouns[head] && !rulingNouns[head]
}

// ownersParty is the party named before owner's description c that the
// person named last before it, in its sentence or the one before, is
// marked as a member of: the one party named, or the one of several the
// mark picks; -1 otherwise.
func ownersParty(d *doc.Document, c doc.NominalMention, noun string, lastSeen func(e, before int) int) int {
	if nameGoesOn(d, c) {
		return -1
	}
	sent := d.Tokens[c.FirstTok].Sentence
	person, at := -1, -1
	for _, m := range d.Mentions {
		if m.Kind == doc.Name && m.Type == doc.Person && m.Entity >= 0 && m.LastTok <= c.FirstTok && m.FirstTok > at &&
			sent-d.Tokens[m.FirstTok].Sentence <= 1 {
			person, at = m.Entity, m.FirstTok
		}
	}
	if person < 0 {
		return -1
	}
	return onlyNamed(d, doc.Organization, c.FirstTok, lastSeen, func(e int) bool {
		return nameEndsIn(&d.Entities[e], noun) && markedMember(d, person, e)
	})
}

// markedMember reports whether person is marked as a member of party
// (partyMarkTokens): a word of the party's name or a listed alias of it
// ("GOP presidential candidate X", "the Republican nominee"), or a party
// tag whose letter opens the party's name ("X, R-Texas").
func markedMember(d *doc.Document, person, party int) bool {
	marks := partyMarks(&d.Entities[party])
	return partyMarkTokens(d, person, func(k int, tag bool) bool {
		t := strings.ToLower(d.Tokens[k].Text)
		if tag {
			return marks[t[:1]+"-"]
		}
		return marks[t]
	})
}

// partyMarks are the words that mark a member of party: the word before
// "party" in its names ("republican", "labour"), its one-word aliases
// ("gop", "tories"), and the initial of that word with a hyphen ("r-").
func partyMarks(ent *doc.Entity) map[string]bool {
	out := map[string]bool{}
	names := append([]string{ent.Name}, ent.Aliases...)
	for _, n := range names {
		if g := lex.AliasGroup(n); g > 0 {
			names = append(names, lex.AliasNames(g)...)
		}
	}
	for _, n := range names {
		f := strings.Fields(strings.ToLower(n))
		switch {
		case len(f) == 1:
			out[f[0]] = true
		case len(f) == 2 && f[1] == "party":
			out[f[0]] = true
			out[f[0][:1]+"-"] = true
		}
	}
	return out
}
