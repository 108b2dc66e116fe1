package coref

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// A longer epithet ("the billionaire business mogul", "the former
// reality star and real estate developer") whose first person noun the
// parse makes a modifier is left by descriptionHead, which reads word
// order alone. Such a phrase after a quote or a report refers back to the
// person just named; it is linked only when one person alone was named
// in its sentence before it and the sentence before, and that person's
// gender does not contradict the noun: whoever the text means, it has
// given no one else to mean.

// parsedEpithet is the token of the head noun of the description that
// the determiner at token det opens by the parse, when that noun is a
// singular epithet no more than six words on, with only words and no name between;
// 0 otherwise.
func parsedEpithet(d *doc.Document, det int) int {
	w := d.TokenWord(det)
	if w < 0 || !doc.RelIs(d.Words[w].Rel, "det") {
		return 0
	}
	h := d.Words[w].Head
	if h < 0 || doc.RelIs(d.Words[h].Rel, "compound", "flat", "nmod:poss") {
		return 0 // "in the woman's face": an owner, left to linkNominals as descriptionHead leaves it
	}
	if d.Words[h].UPOS != "NOUN" || d.Words[h].XPOS == "NNS" || !epithets[strings.ToLower(d.Words[h].Lemma)] {
		return 0
	}
	head := d.Words[h].Token
	if head <= det || head-det > 6 || !doc.SameSentence(d, det, head) {
		return 0
	}
	for k := det + 1; k < head; k++ {
		if !doc.IsWordToken(d.Tokens[k].Text) || withinName(d, k) {
			return 0 // "the Kestrel founder": the name says whose
		}
	}
	if laterOne(d, det+1, head) {
		return 0 // "the next billionaire": no one named before
	}
	if head+1 < len(d.Tokens) && withinName(d, head+1) {
		return 0 // "the oil tycoon Mikhail Khodorkovsky": the name after it says who
	}
	return head
}

// withinName reports whether token k lies in a NAME mention.
func withinName(d *doc.Document, k int) bool {
	for _, m := range d.Mentions {
		if m.Kind == doc.Name && m.FirstTok <= k && k < m.LastTok {
			return true
		}
	}
	return false
}

// solePerson is the one person entity mentioned in token tok's sentence
// before it or in the sentence before, when there is exactly one, its
// name unambiguous and its gender not against g; -1 otherwise. An office
// holder the epithet noun does not fit (officeAgainst) counts only when
// no one else is mentioned. (Every entity of ResolveNames has a name.)
func (s *salience) solePerson(d *doc.Document, tok int, g doc.Gender, noun string) int {
	sent := d.Tokens[tok].Sentence
	found, office := -1, -1
	for e, last := range s.lastTok {
		if last < 0 || last >= tok || sent-s.lastSent[e] > 1 || d.Entities[e].Type != doc.Person {
			continue
		}
		ent := &d.Entities[e]
		if ent.Ambiguous() || ent.Gender == doc.Plural {
			return -1
		}
		if (g == doc.Male || g == doc.Female) && ent.Gender != doc.Unknown && ent.Gender != g {
			return -1
		}
		if officeAgainst(d, e, noun) {
			office = pickOne(office, e)
			continue
		}
		if found >= 0 {
			return -1
		}
		found = e
	}
	if found < 0 {
		return max(office, -1) // -1 too when two office holders are there (-2)
	}
	return found
}

// pickOne is e when none was picked yet (picked -1), -2 when one was.
func pickOne(picked, e int) int {
	if picked == -1 {
		return e
	}
	return -2
}

// linkParsedEpithet adds the epithet the determiner at token k opens
// (parsedEpithet) as a nominal mention of the sole person named just
// before it (solePerson), and reports the head's token, or 0 when it
// added none.
func linkParsedEpithet(d *doc.Document, s *salience, k int) int {
	head := parsedEpithet(d, k)
	if head == 0 {
		return 0
	}
	g := lex.PersonNouns[strings.ToLower(d.Tokens[head].Text)]
	e := s.solePerson(d, k, g, strings.ToLower(d.Tokens[head].Text))
	if e < 0 || !addNominal(d, k, head+1, e) {
		return 0
	}
	d.Entities[e].Roles = appendRole(d.Entities[e].Roles, roleText(d, k+1, head+1))
	s.note(d, e, k)
	return head
}
