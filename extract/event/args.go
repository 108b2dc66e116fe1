package event

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// Participant selection approximates the parse a dependency parser would
// give, from closed-class words alone: a verb's subject is the nearest noun
// phrase before it that is not inside a prepositional phrase ("Executives
// from GM said": not GM), its object the noun phrase right after it; a
// passive's subject is the patient and its "by" phrase the agent; a noun
// trigger takes only its possessor, the names that modify it ("the GM
// sales") and its of/by/from/with/between phrases, never whoever happens to
// stand nearby in the clause ("GM posted a loss": the loss has no stated
// participant of its own in the noun phrase, GM is the subject of "posted").

// argSet collects participants, one per entity.
type argSet struct {
	d    *doc.Document
	ix   mentionIndex
	seen map[int]bool
	args []doc.Arg
}

func (a *argSet) add(role string, mi int) {
	if m := a.d.Mentions[mi]; m.Kind != doc.Name {
		// "her mother Dee Dee Blanchard": the name the description ends in
		// is the participant
		if n, ok := a.ix.byLast[m.LastTok-1]; ok && a.d.Mentions[n].Kind == doc.Name && a.d.Mentions[n].FirstTok >= m.FirstTok {
			mi = n
		}
	}
	e := a.d.Mentions[mi].Entity
	if e < 0 || a.seen[e] {
		return
	}
	a.seen[e] = true
	a.args = append(a.args, doc.Arg{Role: role, Mention: mi})
}

// addConjuncts adds mention mi and the mentions coordinated with it
// ("X, Y and Z", "the reality star and fashion mogul"), walking left when
// left is set, else right. A comma alone joins only inside a list that an
// "and" closes, so "Before meeting X, Y said" joins nothing.
func (a *argSet) addConjuncts(role string, mi int, ix mentionIndex, lo, hi int, left bool) {
	d := a.d
	lower := func(j int) string { return strings.ToLower(d.Tokens[j].Text) }
	for {
		a.add(role, mi)
		m := d.Mentions[mi]
		if left {
			j := m.FirstTok - 1
			for j > lo && j >= m.FirstTok-2 && isModifierWord(d.Tokens[j].Text) && lower(j) != "and" {
				j-- // "fashion mogul": modifiers belong to the phrase
			}
			if j <= lo || lower(j) != "and" && lower(j) != "," {
				return
			}
			next := j - 1
			if lower(j) == "," && lower(next) == "and" {
				next--
			}
			n, ok := ix.byLast[next]
			if !ok || !argMention(d, d.Mentions[n]) || inPP(d, lo, d.Mentions[n].FirstTok) {
				return
			}
			mi = n
			continue
		}
		j := m.LastTok
		if j >= hi || lower(j) != "and" && lower(j) != "," {
			return
		}
		next := j + 1
		for next < hi && (lower(next) == "and" || npOpeners[lower(next)]) {
			next++
		}
		n, ok := ix.byFirst[next]
		if !ok || !argMention(d, d.Mentions[n]) {
			return
		}
		if lower(j) == "," {
			if e := d.Mentions[n].LastTok; e >= hi || lower(e) != "and" && lower(e) != "," {
				return
			}
		}
		mi = n
	}
}

// eventArgs picks the participants of the trigger at token k.
func eventArgs(d *doc.Document, s doc.Sentence, k int, typ string, passive bool) []doc.Arg {
	lo, hi := clauseBounds(d, s, k)
	ix := indexMentions(d, s.First, s.Last)
	a := &argSet{d: d, ix: ix, seen: map[int]bool{}}
	if nominalTrigger(d, s, k) {
		nounArgs(a, s, k, typ, ix, lo, hi)
		return a.args
	}
	subjRole, objRole := "agent", "patient"
	if symmetricEvents[typ] {
		subjRole, objRole = "participant", "participant"
	} else if passive {
		subjRole = "patient"
	}
	reduced := !passive && k+1 < hi && strings.ToLower(d.Tokens[k+1].Text) == "by"
	if reduced { // "units sold by GM", "Leo Varga, released by Benfica": a participle modifying the noun before it
		j := k - 1
		if j > s.First && d.Tokens[j].Text == "," {
			j--
		}
		if mi, ok := ix.byLast[j]; ok && argMention(d, d.Mentions[mi]) {
			a.add("patient", mi)
		}
	} else if obj, sub := relativeObject(d, s, k, ix); obj >= 0 {
		// "X, which Y founded": Y founded X
		a.add(subjRole, sub)
		a.add(objRole, obj)
		return a.args
	} else if mi := adjunctSubject(d, s, k, ix, hi); mi >= 0 {
		a.addConjuncts(subjRole, mi, ix, lo, hi, true)
	} else if mi := subjectOf(d, s, k, ix, lo); mi >= 0 {
		a.addConjuncts(subjRole, mi, ix, lo, hi, true)
	}
	if typ == "SALE" {
		if mi := recipientOf(d, k, ix, hi); mi >= 0 {
			a.add("recipient", mi) // "delivered the first jet to AirTran"
		}
	}
	if passive || reduced {
		if mi := byAgent(d, k, ix, hi); mi >= 0 {
			a.addConjuncts("agent", mi, ix, lo, hi, false)
		}
		return a.args
	}
	if mi := objectOf(d, k, typ, ix, hi); mi >= 0 {
		a.addConjuncts(objRole, mi, ix, lo, hi, false)
	}
	return a.args
}

// recipientOf finds the "to" phrase of a transfer ("sold its stake to X",
// "was delivered today to X"): the first "to" after the verb in its clause,
// before any other preposition or punctuation, followed by a participant.
func recipientOf(d *doc.Document, k int, ix mentionIndex, hi int) int {
	for j := k + 1; j < hi && j <= k+8; j++ {
		w := strings.ToLower(d.Tokens[j].Text)
		if w == "to" {
			for i := j + 1; i < hi && i <= j+3; i++ {
				if mi, ok := ix.byFirst[i]; ok {
					if argMention(d, d.Mentions[mi]) {
						return mi
					}
					return -1
				}
				if !npOpeners[strings.ToLower(d.Tokens[i].Text)] {
					return -1
				}
			}
			return -1
		}
		if prepositions[w] || !isModifierWord(d.Tokens[j].Text) && !isNumberish(w) && !insideMention(d, j) && !npOpeners[w] {
			return -1
		}
	}
	return -1
}

// subjectOf finds the subject of the verb at k: inside "X, who met Y," it
// is X; otherwise the nearest mention before k that is not the object of a
// preposition, crossing auxiliaries, adverbs, control verbs ("plans to
// cut"), appositions and relative clauses but not a clause boundary.
func subjectOf(d *doc.Document, s doc.Sentence, k int, ix mentionIndex, lo int) int {
	rel := relativeClauses(d, s)
	for _, r := range rel {
		if r.Start <= k && k < r.End {
			if mi, ok := ix.byLast[r.Start-2]; ok && argMention(d, d.Mentions[mi]) {
				return mi
			}
		}
	}
	if j := skipChain(d, k, lo); j >= lo {
		if w := strings.ToLower(d.Tokens[j].Text); w == "and" || w == "but" || w == "or" {
			return clauseSubject(d, s, ix, lo, j, rel) // "X bought Y and later sold Z": X sells
		}
		if d.Tokens[j].Text == "," && j == k-1 && strings.HasSuffix(strings.ToLower(d.Tokens[k].Text), "ing") {
			return clauseSubject(d, s, ix, lo, j, rel) // "X renewed its offer, meeting Y": X meets
		}
	}
	for j := k - 1; j >= lo; j-- {
		if r, ok := enclosing(rel, j); ok && !(r.Start <= k && k < r.End) {
			j = r.Start - 1 // step over ", which had filed for bankruptcy,"
			continue
		}
		w := strings.ToLower(d.Tokens[j].Text)
		if w == "that" || w == "whether" || w == "if" || w == ":" || clauseOpeners[w] {
			return -1 // the subject of "after she was released" is not in the main clause
		}
		if w == "and" || w == "but" || w == "while" {
			if j > lo && d.Tokens[j-1].Text == "," {
				return -1 // ", and Japan's Nikkei fell": a new clause
			}
		}
		if reportedClause(d, j, k) {
			return -1 // "X said the company expects to cut": the reported clause has its own subject
		}
		mi, ok := ix.byLast[j]
		if !ok {
			continue
		}
		m := d.Mentions[mi]
		if argMention(d, m) && !inPP(d, lo, m.FirstTok) && !(m.Kind == doc.Pronoun && isObjectPronoun(m.Text)) {
			return mi
		}
		j = m.FirstTok // step over the whole mention
	}
	return -1
}

// relativeObject handles a relative clause whose pronoun is the object
// ("Northwind, which Ada Vance founded,"): when a mention stands between
// the pronoun and the verb at k, it is the subject and the antecedent the
// object. It returns the antecedent and the subject, or -1.
func relativeObject(d *doc.Document, s doc.Sentence, k int, ix mentionIndex) (int, int) {
	for _, r := range relativeClauses(d, s) {
		if !(r.Start < k && k < r.End) || strings.ToLower(d.Tokens[r.Start].Text) == "who" {
			continue
		}
		ante, ok := ix.byLast[r.Start-2]
		if !ok || !argMention(d, d.Mentions[ante]) {
			return -1, -1
		}
		if sub, ok := ix.byFirst[r.Start+1]; ok && argMention(d, d.Mentions[sub]) && d.Mentions[sub].LastTok <= k &&
			skipChain(d, k, d.Mentions[sub].LastTok) < d.Mentions[sub].LastTok {
			return ante, sub
		}
		return -1, -1
	}
	return -1, -1
}

// skipChain walks left from the verb at k over auxiliaries and adverbs and
// returns the first other token.
func skipChain(d *doc.Document, k, lo int) int {
	j := k - 1
	for j >= lo {
		w := strings.ToLower(d.Tokens[j].Text)
		if !(verbChain[w] && w != "to") && !(strings.HasSuffix(w, "ly") && len(w) > 3) && w != "since" {
			break
		}
		j--
	}
	return j
}

// clauseSubject is the subject a coordinated verb shares with the first
// verb of its clause: the first mention from the clause start that is not
// inside a prepositional phrase or relative clause, before token end.
func clauseSubject(d *doc.Document, s doc.Sentence, ix mentionIndex, lo, end int, rel []doc.Span) int {
	start := lo
	for j := end - 1; j >= lo; j-- {
		if w := strings.ToLower(d.Tokens[j].Text); w == "that" || clauseOpeners[w] && !insideAny(rel, j) {
			start = j + 1 // "said that X bought Y and sold Z": X is the subject
			break
		}
	}
	for j := start; j < end; j++ {
		if insideAny(rel, j) {
			continue
		}
		if mi, ok := ix.byFirst[j]; ok {
			m := d.Mentions[mi]
			if argMention(d, m) && !inPP(d, start, m.FirstTok) && !possessor(d, m) {
				return mi
			}
			j = m.LastTok - 1
		}
	}
	return -1
}

// reportedClause reports whether token j is a finite reporting verb that
// opens a clause of its own before the verb at k: "said the company",
// "announced it", but not "announced plans to" (its object) nor "the
// share" (a noun).
func reportedClause(d *doc.Document, j, k int) bool {
	w := strings.ToLower(d.Tokens[j].Text)
	if _, speech := lex.CueVerbs[w]; !speech || j+1 >= k || !(lex.PastForm(w) || strings.HasSuffix(w, "s")) {
		return false
	}
	if j > 0 && npOpeners[strings.ToLower(d.Tokens[j-1].Text)] {
		return false // "its reports"
	}
	next := d.Tokens[j+1].Text
	return npOpeners[strings.ToLower(next)] || isSubjectPronoun(next) || strings.ToLower(next) == "it" || doc.StartsUpper(next)
}

// adjunctSubject gives a sentence-initial gerund its understood subject,
// the subject of the main clause: "Before meeting X, Y said" - Y meets.
func adjunctSubject(d *doc.Document, s doc.Sentence, k int, ix mentionIndex, hi int) int {
	if !strings.HasSuffix(strings.ToLower(d.Tokens[k].Text), "ing") || k-1 != s.First ||
		!prepositions[strings.ToLower(d.Tokens[k-1].Text)] {
		return -1
	}
	for j := k + 1; j+1 < s.Last; j++ {
		if d.Tokens[j].Text == "," {
			if mi, ok := ix.byFirst[j+1]; ok && argMention(d, d.Mentions[mi]) {
				return mi
			}
			return -1
		}
	}
	return -1
}

// objectOf finds the direct object right after the verb at k: a mention
// reached over particles, determiners and modifiers only, or after a "with"
// right after the verb ("met with X", "merged with X"); meeting and contact
// verbs also take "to" ("reached out to X").
func objectOf(d *doc.Document, k int, typ string, ix mentionIndex, hi int) int {
	for j := k + 1; j < hi && j <= k+7; j++ {
		w := strings.ToLower(d.Tokens[j].Text)
		if mi, ok := ix.byFirst[j]; ok {
			m := d.Mentions[mi]
			if m.Kind == doc.Pronoun && isSubjectPronoun(m.Text) {
				return -1 // "saying she would": a clause follows, not an object
			}
			if m.Kind == doc.Pronoun && npOpeners[strings.ToLower(m.Text)] && m.LastTok < hi &&
				(isModifierWord(d.Tokens[m.LastTok].Text) || isNumberish(d.Tokens[m.LastTok].Text)) {
				continue // "sold its rail unit": a possessive determiner, the object follows
			}
			if argMention(d, m) && !possessor(d, m) {
				return mi
			}
			j = m.LastTok - 1
			continue
		}
		switch {
		case w == "up" || w == "out" || w == "down" || w == "off" || w == "back" || strings.HasSuffix(w, "ly"):
		case w == "with" && j == k+1, // "merged with X"
			(w == "with" || w == "to") && (symmetricEvents[typ] || typ == "COMMUNICATE"), // "met up with X"
			(w == "to" || w == "at" || w == "with") && typ == "STATEMENT":
		case npOpeners[w] || isNumberish(w):
		case isModifierWord(d.Tokens[j].Text) && lex.EventTriggers[w] == "" && !strings.HasSuffix(w, "ed"):
		default:
			return -1
		}
	}
	return -1
}

// byAgent finds the agent of a passive: the mention opening the first
// "by" phrase after the verb in its clause.
func byAgent(d *doc.Document, k int, ix mentionIndex, hi int) int {
	for j := k + 1; j < hi; j++ {
		if strings.ToLower(d.Tokens[j].Text) != "by" {
			continue
		}
		for i := j + 1; i < hi && i <= j+3; i++ {
			if mi, ok := ix.byFirst[i]; ok && argMention(d, d.Mentions[mi]) {
				return mi
			}
			if !npOpeners[strings.ToLower(d.Tokens[i].Text)] && !isModifierWord(d.Tokens[i].Text) {
				break
			}
		}
		return -1
	}
	return -1
}

// nounArgs takes the participants a noun phrase states: the possessor
// ("Ford's sales", "its launch"), names modifying the noun ("the GM
// sales"), and the phrase after it ("the death of X", "an order from X",
// "a meeting with X", "talks between X and Y").
func nounArgs(a *argSet, s doc.Sentence, k int, typ string, ix mentionIndex, lo, hi int) {
	d := a.d
	for j := k - 1; j >= lo && j >= k-5; j-- {
		w := d.Tokens[j].Text
		lw := strings.ToLower(w)
		if lw == "'s" || lw == "’s" || lw == "'" || lw == "’" {
			if mi, ok := ix.byLast[j-1]; ok && argMention(d, d.Mentions[mi]) {
				a.add("agent", mi)
			}
			break
		}
		if mi, ok := ix.byLast[j]; ok {
			m := d.Mentions[mi]
			if m.Kind == doc.Pronoun { // its, their, his, her
				if argMention(d, m) && npOpeners[strings.ToLower(m.Text)] {
					a.add("agent", mi) // "during their meeting"
				}
				break
			}
			if argMention(d, m) {
				a.add("participant", mi)
			}
			j = m.FirstTok
			continue
		}
		if npOpeners[lw] || lex.PastForm(lw) || !isNumberish(lw) && !isModifierWord(w) {
			break // "posted a loss": the determiner opens the phrase
		}
	}
	if k+1 >= hi {
		return
	}
	role := ""
	switch strings.ToLower(d.Tokens[k+1].Text) {
	case "of", "against":
		role = "patient"
	case "by", "from":
		role = "agent"
	case "with", "between":
		role = "participant"
	default:
		return
	}
	for i := k + 2; i < hi && i <= k+5; i++ {
		if mi, ok := ix.byFirst[i]; ok {
			if argMention(d, d.Mentions[mi]) {
				a.addConjuncts(role, mi, ix, lo, hi, false)
			}
			return
		}
		if !npOpeners[strings.ToLower(d.Tokens[i].Text)] && !isNumberish(d.Tokens[i].Text) && !isModifierWord(d.Tokens[i].Text) {
			return
		}
	}
}
