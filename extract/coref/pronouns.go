package coref

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// Pronoun passes that need the common-noun mentions: they run after
// linkNominals, so "they" can refer back to "the team" or "local
// residents", and a relative pronoun to the description it follows.

// relativePronouns open a relative clause about the phrase just before
// them; the value says whether they refer to people ("who") or to things
// and organisations ("which"). "that" is left out: it is far more often a
// conjunction ("said that ...") than a relative pronoun.
var relativePronouns = map[string]bool{"who": true, "whom": true, "whose": true, "which": false}

// pluralPronouns refer to a group: people, an organisation ("Boeing said
// they ..."), a team.
var pluralPronouns = lex.Words("coref/pluralPronouns")

// linkLatePronouns adds relative pronouns ("Airbus, which ...", "the
// pilot, who ...") as mentions of the phrase they follow, and the
// plural pronouns coreference has not yet placed as mentions of the most
// recent group mentioned in this or the sentence before.
func linkLatePronouns(d *doc.Document) {
	taken := make([]bool, len(d.Tokens))
	for _, m := range d.Mentions {
		// A pronoun already placed, or a word of a name, is taken; a word
		// inside a longer description ("the people who ...") is not.
		for k := m.FirstTok; k < m.LastTok && (m.Kind == doc.Name || m.LastTok == m.FirstTok+1); k++ {
			taken[k] = true
		}
	}
	added := false
	add := func(k, e int, g doc.Gender) {
		d.AddMention(doc.Mention{Span: d.Tokens[k].Span, Text: d.Tokens[k].Text, Kind: doc.Pronoun,
			Type: d.Entities[e].Type, Gender: g, Entity: e, FirstTok: k, LastTok: k + 1})
		taken[k] = true
		added = true
	}
	for k := range d.Tokens {
		if taken[k] {
			continue
		}
		w := strings.ToLower(d.Tokens[k].Text)
		if person, ok := relativePronouns[w]; ok {
			if e := relativeAntecedent(d, k, person); e >= 0 {
				add(k, e, d.Entities[e].Gender)
			}
			continue
		}
		if _, ok := pronounAt(d, k); pluralPronouns[w] && ok {
			if e := recentGroup(d, k); e >= 0 {
				add(k, e, doc.Plural)
			}
		}
		if _, ok := pronounAt(d, k); w == "it" && ok && actingIt(d, k) {
			if e := clauseSubjectOrg(d, k); e >= 0 {
				add(k, e, doc.Neuter)
				continue
			}
		}
		if _, ok := pronounAt(d, k); (w == "its" || w == "it" && subjectAt(d, k)) && ok {
			if e := bodyOfSubject(d, k); e >= 0 {
				add(k, e, doc.Neuter) // "To protect its sources, the administration ..."
			}
		}
	}
	if added {
		d.SortMentions()
	}
}

// subjectAt reports whether the word at token k is a subject by the
// parse, and not of a relative clause: an object "it" ("no doubt about
// it") is more often a thing or a situation than the body the clause is
// about, and a relative clause more often tells of the other party ("the
// government will give Ardent the funds it has asked for").
func subjectAt(d *doc.Document, k int) bool {
	w := d.TokenWord(k)
	return w >= 0 && doc.RelIs(d.Words[w].Rel, "nsubj") && d.Words[w].Head >= 0 &&
		!doc.RelIs(d.Words[d.Words[w].Head].Rel, "acl")
}

// asideDashes open an aside as a comma does ("Kestrel -- which makes bread -- said").
var asideDashes = map[string]bool{"--": true, "—": true, "–": true}

// relativeAntecedent is the entity of the description that holds the
// clause a relative pronoun at k opens, or else of the mention it
// follows: right before it, or before a comma or a dash, or before a comma after a
// parenthesis ("General Motors (GM), which"). Of the mentions ending
// there, the widest that fits the pronoun wins ("the head of Ardent,
// who": the head; "voters in Kessel, which": Kessel). -1 when there is
// none.
func relativeAntecedent(d *doc.Document, k int, person bool) int {
	j := k - 1
	if j >= 0 && (d.Tokens[j].Text == "," || asideDashes[d.Tokens[j].Text]) {
		j-- // "Ana Ruiz, who", "Ana Ruiz -- who"
	}
	if j >= 0 && d.Tokens[j].Text == ")" {
		for j >= 0 && d.Tokens[j].Text != "(" && k-j < 12 {
			j--
		}
		j--
	}
	if j < 0 || !doc.SameSentence(d, j, k) {
		return -1
	}
	if e := relativeOnGroup(d, k); e >= 0 && person {
		return e // "families of Americans who died": the Americans
	}
	// A description that took the clause in ("the people who ...") is
	// what the pronoun refers to; of nested ones, the narrowest.
	inside, narrowest := -1, len(d.Tokens)+1
	for _, m := range d.Mentions {
		if m.Kind != doc.Nominal || m.FirstTok > j || m.LastTok <= k || m.Entity < 0 || m.LastTok-m.FirstTok >= narrowest {
			continue
		}
		if ent := &d.Entities[m.Entity]; !ent.Ambiguous() && (ent.Type == doc.Person) == person {
			inside, narrowest = m.Entity, m.LastTok-m.FirstTok
		}
	}
	if inside >= 0 {
		return inside
	}
	best, width := -1, 0
	for _, m := range d.Mentions {
		if m.LastTok != j+1 || m.Kind == doc.Pronoun || m.Entity < 0 || m.LastTok-m.FirstTok <= width {
			continue
		}
		if ent := &d.Entities[m.Entity]; !ent.Ambiguous() && (ent.Type == doc.Person) == person {
			best, width = m.Entity, m.LastTok-m.FirstTok
		}
	}
	if best < 0 && person {
		best = predicateRelative(d, k) // "Tom Reed is a liar who ...": Reed
	}
	return best
}

// recentGroup is the entity a plural pronoun at k most likely refers to:
// the one mentioned last, in k's sentence or the one before, among
// organisations and plural descriptions ("the rescued fishermen"). -1
// when none was mentioned that close.
func recentGroup(d *doc.Document, k int) int {
	e, subj := governingSubject(d, k, func(m doc.Mention) bool { return groupMention(d, m, true) })
	if e >= 0 {
		return e // "Seacom announced on Twitter that they ...": the subject above, not the last name
	}
	if subj >= 0 && strings.HasSuffix(d.Words[subj].XPOS, "S") {
		// "Republicans in Congress will continue their attacks": the
		// plural the subject's head names; "Sudan's armed forces denied
		// they ...": a group we have no entity for, not the last one named
		if d.Words[subj].UPOS == "NOUN" && ofComplement(d, subj) {
			return -1 // "names of participants would be engraved, at their option": the participants'
		}
		return mentionBy(d, d.Words[subj].Token, func(m doc.Mention) bool {
			ent := &d.Entities[m.Entity]
			people := ent.Type == doc.Person || ent.Type == doc.Organization ||
				ent.Type == doc.Other && (m.Kind == doc.Name || d.Words[subj].XPOS == "NNPS") // "Republicans", a group the tagger typed OTHER
			return headedAt(d, m, subj) && !ent.Ambiguous() && people
		})
	}
	sent := d.Tokens[k].Sentence
	best, bestTok, bestAt := -1, -1, -1
	for i, m := range d.Mentions {
		if m.LastTok > k || m.FirstTok <= bestTok || m.Entity < 0 || sent-d.Tokens[m.FirstTok].Sentence > 1 {
			continue
		}
		// An organisation only in the pronoun's own sentence ("Boeing said
		// they ..."): further back, "they" is more often people the text
		// has not named.
		if !groupMention(d, m, d.Tokens[m.FirstTok].Sentence == sent) || !topicalThing(d, m, k) {
			continue
		}
		best, bestTok, bestAt = m.Entity, m.FirstTok, i
	}
	if bestAt >= 0 {
		if e := mainSubjectOver(d, d.Mentions[bestAt], k); e >= 0 {
			return e // "The rules, which officials said ..., will not cover X. They ...": the rules
		}
		if e, ok := pluralHeadOver(d, d.Mentions[bestAt]); ok {
			return e // "Republicans in Congress will continue their attacks": the Republicans
		}
	}
	if best >= 0 && twoPeopleSince(d, bestTok, k) && !topicalSince(d, best, d.Tokens[bestTok].Sentence, bestTok+1) {
		// "Ruiz warned Lind during their meeting": the two of them, who
		// make no group entity; but a group that is its clause's subject
		// may be what the people named after it belong to
		return -1
	}
	return best
}

// ofComplement reports whether noun w has an "of" phrase, whose noun a
// pronoun after them may as well mean ("names of participants").
func ofComplement(d *doc.Document, w int) bool {
	for _, n := range d.Dependents(w, "nmod") {
		if strings.EqualFold(d.CaseMarker(n), "of") {
			return true
		}
	}
	return false
}

// memberPreps set a group in the place or body it belongs to
// ("Republicans in Congress", "workers at Vega").
var memberPreps = lex.Words("coref/memberPreps")

// groupOver is the plural noun before word y that y's phrase modifies
// through a member preposition ("Congress" of "Republicans in
// Congress": "Republicans"), -1 when there is none.
func groupOver(d *doc.Document, y int) int {
	x := d.Words[y].Head
	if x < 0 || x > y || d.Words[y].Rel != "nmod" || !memberPreps[strings.ToLower(d.CaseMarker(y))] {
		return -1
	}
	if t := d.Words[x].XPOS; t != "NNS" && t != "NNPS" {
		return -1
	}
	return x
}

// pluralHeadOver is the entity a plural pronoun takes in place of group
// mention m when m only modifies a plural noun before it that a mention
// names (groupOver): that noun's group ("Republicans in Congress
// will continue their attacks": the Republicans). False when m is no
// such modifier or no mention names the noun.
func pluralHeadOver(d *doc.Document, m doc.Mention) (int, bool) {
	if len(d.Words) == 0 {
		return -1, false
	}
	first, last := d.TokenWord(m.FirstTok), d.TokenWord(m.LastTok-1)
	if first < 0 || last < 0 {
		return -1, false
	}
	h := d.HeadWord(first, last+1)
	if h < 0 {
		return -1, false
	}
	x := groupOver(d, h)
	if x < 0 {
		return -1, false
	}
	e := mentionBy(d, d.Words[x].Token, func(o doc.Mention) bool {
		ent := &d.Entities[o.Entity]
		return o.Entity != m.Entity && headedAt(d, o, x) && !ent.Ambiguous() && ent.Type != doc.Place
	})
	return e, e >= 0
}

// twoPeopleSince reports whether two or more people, each one person,
// are named by name between the group mention at from and the plural
// pronoun at k in k's sentence: a "they" or "their" then means them more
// often than the group named before.
func twoPeopleSince(d *doc.Document, from, k int) bool {
	sent := d.Tokens[k].Sentence
	people := map[int]bool{}
	for _, m := range d.Mentions {
		if m.Kind != doc.Name || m.Entity < 0 || m.FirstTok <= from || m.FirstTok >= k || d.Tokens[m.FirstTok].Sentence != sent {
			continue
		}
		if ent := &d.Entities[m.Entity]; ent.Type == doc.Person && ent.Gender != doc.Plural && !inGroupMention(d, m) {
			people[m.Entity] = true
		}
	}
	return len(people) >= 2
}

// inGroupMention reports whether name mention m lies inside a plural
// description or coordination ("Ruiz and Lind", "the Ruiz brothers").
func inGroupMention(d *doc.Document, m doc.Mention) bool {
	for _, g := range d.Mentions {
		if g.Kind == doc.Nominal && g.Entity >= 0 && d.Entities[g.Entity].Gender == doc.Plural &&
			g.FirstTok <= m.FirstTok && g.LastTok >= m.LastTok {
			return true
		}
	}
	return false
}

// topicalThing reports whether a group mention m that names places or
// things (not people, not an organisation) is one a later plural pronoun
// may take: only as the subject of its clause ("The rules are strict;
// they ..."). Elsewhere "they" more often means people the clause is
// about ("strongholds in Syria and Iraq, where they", "sent back to their
// home countries, they fear"); but countries themselves act (polities),
// named in the sentence of the pronoun at k.
// A document without a parse keeps them all.
func topicalThing(d *doc.Document, m doc.Mention, k int) bool {
	if t := d.Entities[m.Entity].Type; t == doc.Person || t == doc.Organization || len(d.Words) == 0 {
		return true
	}
	first, last := d.TokenWord(m.FirstTok), d.TokenWord(m.LastTok-1)
	if first < 0 || last < 0 {
		return true
	}
	h := d.HeadWord(first, last+1)
	return h >= 0 && (doc.RelIs(d.Words[h].Rel, "nsubj") || polities(d, h) && doc.SameSentence(d, m.FirstTok, k))
}

// polities reports whether word h is a plural of a noun that stands for a
// country ("countries", "nations"): states act and plan as bodies do, so
// a plural pronoun may take them wherever they stand ("a challenge for
// countries will be how they meet their pledges").
// "Their home countries" are the countries of a group named before,
// which the pronoun means rather.
func polities(d *doc.Document, h int) bool {
	return d.Words[h].XPOS == "NNS" && countryNouns[strings.ToLower(d.Words[h].Lemma)] &&
		len(d.Dependents(h, "nmod:poss")) == 0
}

// groupMention reports whether mention m names a group a plural pronoun
// may refer to: a plural, a collective description, or (org true) an
// organisation.
func groupMention(d *doc.Document, m doc.Mention, org bool) bool {
	ent := &d.Entities[m.Entity]
	if ent.Ambiguous() {
		return false
	}
	return ent.Gender == doc.Plural || collectiveMention(d, m) ||
		(org && ent.Type == doc.Organization && !creditOnly(d, m.Entity))
}

// collectiveNouns name a body of people that English refers to as "they"
// as readily as "it": "the team ... They won", "the family said they".
var collectiveNouns = lex.Words("coref/collectiveNouns")

// collectiveMention reports whether m is a description headed by a
// collective noun ("the visiting team"), which a plural pronoun in the
// next sentence may refer back to.
func collectiveMention(d *doc.Document, m doc.Mention) bool {
	if m.Kind != doc.Nominal {
		return false
	}
	return collectiveNouns[strings.ToLower(d.Tokens[lex.NominalHead(d, m.FirstTok, m.LastTok)].Text)]
}

// actingIt reports whether "it" at k is followed by "is", "was" or "would"
// and a verb that shows an agent: a present participle ("it is seeking",
// "it was closing"), or after "would" any verb but a copula or a verb of
// seeming ("it would cut", not "it would be"). The early pronoun pass
// leaves these, which are as often the expletive "it is clear that".
func actingIt(d *doc.Document, k int) bool {
	if k+2 >= len(d.Tokens) {
		return false
	}
	aux := strings.ToLower(d.Tokens[k+1].Text)
	if aux != "is" && aux != "was" && aux != "would" {
		return false
	}
	j := k + 2
	if t := d.Tokens[j].Text; (t == "also" || t == "still" || strings.HasSuffix(t, "ly")) && j+1 < len(d.Tokens) {
		j++
	}
	v := d.Tokens[j].Text
	if !doc.IsLowerWord(v) {
		return false
	}
	if aux == "would" {
		return v != "be" && v != "seem" && v != "appear" && v != "have" && v != "not" && v != "make" && v != "take"
	}
	return strings.HasSuffix(v, "ing") && v != "going" && v != "being"
}

// clauseSubjectOrg is the organisation an acting "it" at k refers to: the
// entity named last before it in its sentence ("Boeing said that it would
// cancel"), when that is an organisation; for an "it" that opens its
// sentence, the organisation named first in the sentence before, its
// subject ("Ford cut costs. It is also seeking ..."). -1 otherwise: a
// place or a person named in between makes the reference unsure.
func clauseSubjectOrg(d *doc.Document, k int) int {
	sent := d.Tokens[k].Sentence
	last, lastTok := -1, -1
	first, firstTok := -1, len(d.Tokens)
	for _, m := range d.Mentions {
		if m.Entity < 0 || m.Kind != doc.Name || m.FirstTok >= k {
			continue
		}
		switch d.Tokens[m.FirstTok].Sentence {
		case sent:
			if m.FirstTok > lastTok {
				last, lastTok = m.Entity, m.FirstTok
			}
		case sent - 1:
			if m.FirstTok < firstTok {
				first, firstTok = m.Entity, m.FirstTok
			}
		}
	}
	e := last
	if lastTok < 0 && d.Sentences[sent].First == k {
		e = first
	}
	if e < 0 {
		return -1
	}
	if ent := &d.Entities[e]; ent.Type != doc.Organization || ent.Ambiguous() || creditOnly(d, e) {
		return -1
	}
	return e
}

// pronounAt is the gender (or number) the pronoun list gives the personal
// or possessive pronoun at token k ("he", "her", "its", "they"), and
// whether the word is one there: the parse must take it for a pronoun,
// and not for the expletive subject of "it is clear that ..." (expl, with
// the clause it stands for), which refers to nothing; an expletive the
// parse finds elsewhere is as often its mistake ("it is also encouraging
// citizens", "complaints that it had not taken measures"). A document
// without a parse is read by the list alone.
func pronounAt(d *doc.Document, k int) (doc.Gender, bool) {
	g, ok := lex.Pronouns[strings.ToLower(d.Tokens[k].Text)]
	if !ok || len(d.Words) == 0 {
		return g, ok
	}
	w := d.TokenWord(k)
	if w < 0 {
		return g, true
	}
	if d.Words[w].Rel == "expl" && extraposed(d, d.Words[w].Head) || extraposingNoun(d, k) || infinitiveIt(d, w) {
		return g, false // "it is clear that ...", "it's no surprise that ...": the clause it stands for follows
	}
	return g, d.Words[w].UPOS == "PRON"
}

// extraposingNoun reports whether "it" at token k opens "it is no
// surprise that ...", "it was a shame that ...": a copula, an optional
// determiner and a noun that takes an extraposed "that" clause, read off
// the tokens because the parse often takes the "that" for a relative
// pronoun.
func extraposingNoun(d *doc.Document, k int) bool {
	if !strings.EqualFold(d.Tokens[k].Text, "it") {
		return false
	}
	i := k + 1
	if i >= len(d.Tokens) || !copulas[strings.ToLower(d.Tokens[i].Text)] && d.Tokens[i].Text != "'s" && d.Tokens[i].Text != "’s" {
		return false
	}
	i++
	if i < len(d.Tokens) && extraposingDets[strings.ToLower(d.Tokens[i].Text)] {
		i++
	}
	return i+1 < len(d.Tokens) && extraposingNouns[strings.ToLower(d.Tokens[i].Text)] &&
		strings.EqualFold(d.Tokens[i+1].Text, "that")
}

var (
	extraposingNouns   = lex.Words("coref/extraposingNouns")
	extraposingDets    = lex.Words("coref/extraposingDets")
	extraposingToVerbs = lex.Words("coref/extraposingToVerbs")
)

// infinitiveIt reports whether word w is an "it" subject that stands for
// the infinitive after its predicate's "to" phrase: "it has fallen to the
// court to decide", "it is up to voters to choose" (extraposingToVerbs).
// "It fell to third place" names something: no infinitive follows.
func infinitiveIt(d *doc.Document, w int) bool {
	h := d.Words[w].Head
	if !strings.EqualFold(d.Words[w].Text, "it") || !doc.RelIs(d.Words[w].Rel, "nsubj") || h < 0 ||
		!extraposingToVerbs[strings.ToLower(d.Words[h].Lemma)] {
		return false
	}
	to := -1
	for _, o := range d.Dependents(h, "obl") {
		if o > h && strings.EqualFold(d.CaseMarker(o), "to") {
			to = o
			break
		}
	}
	if to < 0 {
		return false
	}
	for _, c := range d.Dependents(h, "advcl", "xcomp", "ccomp", "csubj") {
		for _, m := range d.Dependents(c, "mark") {
			if c > to && strings.EqualFold(d.Words[m].Text, "to") {
				return true
			}
		}
	}
	return false
}

// extraposed reports whether predicate h has the shape of an extraposed
// subject clause: an adjective ("clear", "likely") or a passive participle
// ("was reported") with a clausal complement or subject after it.
func extraposed(d *doc.Document, h int) bool {
	if h < 0 {
		return false
	}
	if d.Words[h].UPOS != "ADJ" && len(d.Dependents(h, "aux:pass")) == 0 {
		return false
	}
	for _, c := range d.Dependents(h, "ccomp", "csubj") {
		if c > h {
			return true
		}
	}
	return false
}
