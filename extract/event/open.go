package event

import (
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// OpenConfidence is the confidence of an open relation: a bare
// subject-verb-object reading without a frame, so below any event frame.
const OpenConfidence = 0.4

// FindOpenRelations is the fallback for verbs outside the event frames:
// "Halvard Steel supplies Marlow Freight" becomes the relation (Halvard
// Steel, supply, Marlow Freight) of kind "open", with the verb lemma as
// its type. It fires only when both sides are resolved entities and the
// pattern is tight: the subject ends right before the verb (auxiliaries and
// adverbs aside), the object starts right after it (particles, determiners
// and modifiers aside, or one preposition: "works for", "competes with").
// Negated verbs ("did not sign") state nothing and are skipped; so are
// copulas, speech verbs (the quote stage has them) and event triggers
// (their frames carry the participants).
func FindOpenRelations(d *doc.Document) {
	for si, s := range d.Sentences {
		ix := indexMentions(d, s.First, s.Last)
		for k := s.First + 1; k < s.Last; k++ {
			lemma, ok := openVerb(d, s, k)
			if !ok {
				continue
			}
			subj, aux, be, negated := openSubject(d, s, k, ix)
			if subj < 0 || negated {
				continue
			}
			lw := strings.ToLower(d.Tokens[k].Text)
			past := lex.PastForm(lw) || lex.IrregularVerbs[lw] != ""
			if be && !past {
				continue // "he is deeply mistrustful of X": a predicate adjective
			}
			if !aux && !past {
				// without an auxiliary or a past ending only a present -s
				// form of a person or organisation reads as a verb: "US
				// automakers GM and Ford" is a noun phrase
				t := d.Entities[d.Mentions[subj].Entity].Type
				if !strings.HasSuffix(lw, "s") || t != doc.Person && t != doc.Organization || lex.AgentPlural(lw) {
					continue
				}
			}
			obj, prep := openObject(d, s, k, ix)
			if obj < 0 {
				continue
			}
			if past {
				switch {
				case prep == "by": // "X was hired by Y", "X, owned by Y": Y hires X
					subj, obj, prep = obj, subj, ""
				case be:
					continue // "X was profiled in Y": a passive without its agent
				}
			}
			se, oe := d.Mentions[subj].Entity, d.Mentions[obj].Entity
			if se == oe || !named(d, se) || !named(d, oe) {
				continue // only between resolved, named entities
			}
			typ := lemma
			if prep != "" {
				typ += " " + prep
			}
			d.Relations = append(d.Relations, doc.Relation{Type: typ, Kind: "open", Holder: subj, Relative: obj,
				Sentence: si, Confidence: OpenConfidence})
		}
	}
}

// named reports whether entity e is a real-world entity the graph keeps:
// named somewhere in the article and not an ambiguous short name.
func named(d *doc.Document, e int) bool {
	if d.Entities[e].Ambiguous() {
		return false
	}
	for _, mi := range d.Entities[e].Mentions {
		if d.Mentions[mi].Kind == doc.Name {
			return true
		}
	}
	return false
}

// possessor reports whether mention m is followed by a possessive marker:
// in "played her mom's songs" the mother is not what was played.
func possessor(d *doc.Document, m doc.Mention) bool {
	if m.LastTok >= len(d.Tokens) {
		return false
	}
	switch d.Tokens[m.LastTok].Text {
	case "'s", "’s", "'", "’":
		return true
	}
	return false
}

// notOpenVerbs are verbs whose subject-object reading is no relation:
// copulas and auxiliaries, speech and cognition (quotes have them), light
// verbs that need their object to mean anything.
var notOpenVerbs = lex.Words("event/notOpenVerbs")

// openVerb reports whether token k may be a verb outside the frames, and
// its lemma.
func openVerb(d *doc.Document, s doc.Sentence, k int) (string, bool) {
	w := d.Tokens[k].Text
	lw := strings.ToLower(w)
	if len(lw) < 3 || lw != w || lex.EventTriggers[lw] != "" {
		return "", false
	}
	for _, r := range lw {
		if !unicode.IsLetter(r) {
			return "", false
		}
	}
	if verbChain[lw] || prepositions[lw] || npOpeners[lw] || clauseOpeners[lw] || lex.Pronouns[lw] != doc.Unknown ||
		lw == "and" || lw == "or" || lw == "but" || lw == "that" || strings.HasSuffix(lw, "ly") ||
		strings.HasSuffix(lw, "ing") || strings.HasSuffix(lw, "'s") {
		return "", false
	}
	lemma := lex.VerbLemma(lw)
	if _, speech := lex.CueVerbs[lw]; speech || notOpenVerbs[lemma] || insideMention(d, k) {
		return "", false // reporting verbs belong to the quote stage
	}
	return lemma, true
}

// openSubject is the mention right before the verb at k, over auxiliaries
// and adverbs; aux says whether an auxiliary stood between (so the word is
// a verb even without a tense ending), be whether it was a form of "be" or
// "get" (a passive with a participle), negated whether a negation did.
func openSubject(d *doc.Document, s doc.Sentence, k int, ix mentionIndex) (subj int, aux, be, negated bool) {
	for j := k - 1; j >= s.First && j >= k-4; j-- {
		lw := strings.ToLower(d.Tokens[j].Text)
		if mi, ok := ix.byLast[j]; ok {
			m := d.Mentions[mi]
			if m.Entity < 0 || m.Kind == doc.Pronoun && isObjectPronoun(m.Text) || !openEntity(d, m) ||
				inPP(d, s.First, m.FirstTok) {
				return -1, false, false, false
			}
			return mi, aux, be, negated
		}
		switch {
		case lw == "not" || lw == "n't" || lw == "never" || lw == "no":
			negated = true
		case verbChain[lw] && lw != "to" && lw != "all" && lw != "both":
			aux = aux || !(lw == "also" || lw == "just" || lw == "already" || lw == "still" || lw == "then" ||
				lw == "later" || lw == "first" || lw == "even" || lw == "again")
			be = be || lex.PassiveAux[lw]
		case strings.HasSuffix(lw, "ly") && len(lw) > 3:
		case lw == "," && j-1 > s.First:
			if _, ok := ix.byLast[j-1]; !ok {
				return -1, false, false, false // "X, the chief, works": the apposition's own name comes next
			}
		default:
			return -1, false, false, false
		}
	}
	return -1, false, false, false
}

// openObject is the mention after the verb at k: over particles,
// determiners and modifiers, or after a single preposition (returned) when
// the object is not a place (a place after a preposition is where, not
// whom).
func openObject(d *doc.Document, s doc.Sentence, k int, ix mentionIndex) (int, string) {
	prep := ""
	for j := k + 1; j < s.Last && j <= k+6; j++ {
		lw := strings.ToLower(d.Tokens[j].Text)
		if mi, ok := ix.byFirst[j]; ok {
			m := d.Mentions[mi]
			if m.Entity < 0 || !openEntity(d, m) || possessor(d, m) || prep != "" && d.Entities[m.Entity].Type == doc.Place {
				return -1, ""
			}
			if m.LastTok < s.Last && doc.StartsUpper(d.Tokens[m.LastTok].Text) {
				return -1, "" // "chose Virginia Sen. Tim Kaine": the name modifies a head that follows
			}
			return mi, prep
		}
		switch {
		case prepositions[lw] && prep == "" && j == k+1 && lw != "than" && lw != "as" && lw != "like":
			prep = lw
		case lw == "up" || lw == "out" || lw == "down" || lw == "off" || lw == "back" || lw == "away":
			if prep != "" {
				return -1, ""
			}
		case npOpeners[lw] || isNumberish(lw):
		case prep == "" && isModifierWord(d.Tokens[j].Text) && lw == d.Tokens[j].Text && !lex.PastForm(lw):
			// after a preposition a lowercase word may be a verb: "agreed to serve the firm"
		default:
			return -1, ""
		}
	}
	return -1, ""
}

// openEntity: people, organisations, places and works take part in open
// relations; untyped names (products, nationalities) do not.
func openEntity(d *doc.Document, m doc.Mention) bool {
	if !argMention(d, m) && d.Entities[m.Entity].Type != doc.Place {
		return false
	}
	switch d.Entities[m.Entity].Type {
	case doc.Person, doc.Organization, doc.Place, doc.Work:
		return true
	}
	return false
}
