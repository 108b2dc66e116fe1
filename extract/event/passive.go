package event

// Passives: whether a verb is passive (also in headlines and past forms
// read as participles), its by-agent and its hearer.

import (
	"github.com/newsgraph/newsgraph/extract/doc"
)

// passiveRecipient reports whether the subject of passive verb w is the
// one who receives, PropBank's Arg2: the hearer of a verb that takes one
// ("residents were told to leave", "he was briefed"), the one asked ("she
// was asked about the plan"), or the first object
// of a verb of giving that keeps its second ("she was offered a job",
// "they were sent letters"; not "the letter was sent"). A hearer can hear,
// or is told something that stays after the verb: "the story was told by
// his aunt" is what is told.
func (x *ctx) passiveRecipient(w int, objs, subjects []int) bool {
	l := x.verbLemma(w)
	if hearerVerbs[l] {
		return len(objs) > 0 || len(x.d.Dependents(w, "ccomp", "xcomp")) > 0 || x.allCanAct(subjects)
	}
	if askVerbs[l] {
		return x.allCanAct(subjects) // "the mayor was asked about it"; not "the question was asked"
	}
	return dativeVerbs[l] && len(objs) > 0
}

// byAgent is the by-phrase of noun h that can act, the agent of the
// infinitive on h: "an attempt by party leaders to declare"; nil when none.
func (x *ctx) byAgent(h int) []int {
	for _, n := range x.d.Dependents(h, "nmod") {
		if caseOf(x.d, n) == "by" && x.canAct(n) {
			return []int{n}
		}
	}
	return nil
}

// passive reports a passive verb: one the parse marks so (doc.Passive),
// a participle modifying a noun ("units sold by GM") or heading an
// adverbial clause without auxiliary or object (passiveClause), a
// participle heading a headline's clause without auxiliary or object
// ("Barra appointed as chief", "Apple swamped by orders"), or the
// participle complement of a predicative verb ("seemed surprised",
// "became frustrated": the subject undergoes it), or a naming participle
// modifying a noun, whatever follows it ("a group called Ola's Friends"),
// or a reduced relative the parse made a clause (reducedrel.go).
func (x *ctx) passive(w int) bool {
	d := x.d
	if x.perfectS(w) {
		return false
	}
	if d.Passive(w) || x.headlinePast(w) || x.pastTaggedParticiple(w) || x.reducedRelative(w) {
		return true
	}
	if d.Words[w].XPOS == "VBN" && d.Words[w].Rel == "acl" && namingVerbs[x.verbLemma(w)] && len(d.Dependents(w, "aux", "nsubj")) == 0 {
		return true // "a memoir titled 'Home'", "a man named Ola": the name is no object of an active verb
	}
	if d.Words[w].XPOS != "VBN" || len(d.Dependents(w, "aux", "aux:pass", "obj")) > 0 {
		return false
	}
	return doc.RelIs(d.Words[w].Rel, "acl") && x.strandedSubject(w) < 0 ||
		doc.RelIs(d.Words[w].Rel, "root", "parataxis") && len(d.Dependents(w, "nsubj")) > 0 && (x.headlineLike(w) || x.beBefore(w)) ||
		doc.RelIs(d.Words[w].Rel, "advcl") && len(d.Dependents(w, "nsubj")) == 0 && x.passiveClause(w) ||
		doc.RelIs(d.Words[w].Rel, "xcomp") && d.Words[w].Head >= 0 && (predicativeVerbs[x.lemma(d.Words[w].Head)] ||
			x.objectBefore(d.Words[w].Head, w))
}

// perfectS reports a participle w after a contracted "'s" that the parse
// read as "is" though w takes an object or a clause, as only "has" lets
// it ("he's admitted that he lied", "she's given charities millions"):
// the perfect, active.
func (x *ctx) perfectS(w int) bool {
	d := x.d
	if d.Words[w].XPOS != "VBN" || len(d.Dependents(w, "obj", "iobj", "ccomp")) == 0 {
		return false
	}
	for _, a := range d.Dependents(w, "aux:pass") {
		if t := d.Words[a].Text; t == "'s" || t == "’s" {
			return true
		}
	}
	return false
}

// pastTaggedParticiple reports a participle modifying a noun that the
// tagger read as a past tense ("First Airbus A380 delivered", "in a
// letter released Monday", "delivered" and "released" VBD): a clause of a
// noun has no tensed verb without a subject. Only on a noun that cannot
// be the verb's subject: a headline's root, or the noun of a prepositional
// phrase; after a subject or an object the verb may be the clause's own,
// misparsed ("paid employees worked in Manhattan"). A verb of saying after
// someone who can act is a speech tag hung on the speaker ("the farm, Kim
// Lund announced"), no participle.
func (x *ctx) pastTaggedParticiple(w int) bool {
	d := x.d
	h := d.Words[w].Head
	if d.Words[w].XPOS != "VBD" || !doc.RelIs(d.Words[w].Rel, "acl") || h < 0 ||
		len(d.Dependents(w, "nsubj", "aux", "aux:pass", "obj", "ccomp", "xcomp")) > 0 {
		return false
	}
	if d.Words[h].Head >= 0 && len(d.Dependents(h, "case")) == 0 {
		return false
	}
	return frameOf[x.lemma(w)] != "STATEMENT" || !x.canAct(h)
}

// headlinePast reports a headline's passive that the tagger read as a
// past tense: a verb without auxiliary or object whose by-phrase names
// someone who acts ("Stein removed from debate site by police").
// Running text writes the auxiliary; there "stood by his wife" is active.
func (x *ctx) headlinePast(w int) bool {
	d := x.d
	if d.Words[w].XPOS != "VBD" || !doc.RelIs(d.Words[w].Rel, "root", "parataxis") || len(d.Dependents(w, "nsubj")) == 0 ||
		len(d.Dependents(w, "aux", "aux:pass", "obj", "ccomp", "xcomp")) > 0 || !x.headlineLike(w) {
		return false
	}
	obls, preps := d.Obliques(w)
	for i, o := range obls {
		if preps[i] == "by" && x.canAct(o) {
			return true
		}
	}
	return false
}

// objectBefore reports whether verb h has an object before its complement
// w: the participle after it tells what is done to that object ("had his
// head examined", "kept the files hidden").
func (x *ctx) objectBefore(h, w int) bool {
	for _, o := range x.d.Dependents(h, "obj") {
		if o < w {
			return true
		}
	}
	return false
}

// headlineLike reports whether word w stands in a sentence that may be a
// headline: alone in the first paragraph or without a full stop at its
// end (closing quotes and brackets aside). A participle without
// auxiliary heads a headline's passive ("Barra appointed as chief"); in
// running text it is a past tense the tagger took for one ("In Dayton,
// the crowd booed loudly.", also in a text without blank lines).
func (x *ctx) headlineLike(w int) bool {
	d := x.d
	s := d.Words[w].Sentence
	if s == 0 && (len(d.Sentences) == 1 || d.Sentences[1].Paragraph != 0) {
		return true
	}
	end := w
	for end+1 < len(d.Words) && d.Words[end+1].Sentence == s {
		end++
	}
	for end > w && closingMark(d.Words[end].Text) {
		end--
	}
	switch d.Words[end].Text {
	case ".", "!", "?":
		return false
	}
	return true
}

// beBefore reports a form of "be" between participle w and its subject
// that the parser did not attach to it: "she was \"whisked off\"", "were
// sworn to secrecy", "are so vehemently opposed".
func (x *ctx) beBefore(w int) bool {
	for _, s := range x.d.Dependents(w, "nsubj") {
		_, last, _ := x.d.Subtree(s)
		for k := max(s+1, last); k < w; k++ {
			if x.lemma(k) == "be" {
				return true
			}
		}
	}
	return false
}

// closingMark reports a closing quotation mark or bracket.
func closingMark(t string) bool {
	switch t {
	case "\"", "”", "’", "'", "''", ")", "]", "»":
		return true
	}
	return false
}
