package event

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
)

// Who says it when the parse gives a verb of saying no subject of its
// own: a present participle hung on a noun ("denounced the attacks,
// saying ...", "issued a statement saying ...") speaks for who does what
// the noun takes part in; an "I" inside a quotation ("'... and I said,
// no'", she recalled) is whoever speaks the quotation.

// sayingAuthor returns the subjects that stand for who says what the
// participle of saying w, hung on a noun that cannot speak, says: the
// noun's possessor ("Trump's tweet saying"), else, for a participle set
// off by a comma, the subject of the clause the noun belongs to, past any
// relative clause ("Sanders denounced supporters who level attacks,
// saying ..."), and without one the subject of the verb whose object the
// noun is ("the embassy issued a statement saying"). Nil when w is no
// such participle, or the noun speaks itself ("voters saying").
func (x *ctx) sayingAuthor(w int) []int {
	d := x.d
	h := d.Words[w].Head
	if h < 0 || d.Words[w].XPOS != "VBG" || d.Words[w].Rel != "acl" || len(d.Dependents(w, "mark", "nsubj")) > 0 {
		return nil
	}
	if u := d.Words[h].UPOS; u != "NOUN" && u != "PROPN" || x.canAct(h) {
		return nil
	}
	for _, p := range d.Dependents(h, "nmod:poss") {
		if x.mentionOf(p) >= 0 {
			return []int{p}
		}
	}
	if !x.setOffByPunct(w) {
		if v := d.Words[h].Head; v >= 0 && doc.RelIs(d.Words[h].Rel, "obj") && d.Words[v].UPOS == "VERB" {
			return x.speakingSubjects(v)
		}
		return nil // "polls saying I'm leading": the polls say it
	}
	for k, steps := h, 0; k >= 0 && steps < 12; k, steps = d.Words[k].Head, steps+1 {
		if k != h && (d.Words[k].UPOS == "VERB" || d.Words[k].UPOS == "AUX") && !doc.RelIs(d.Words[k].Rel, "acl") {
			return x.speakingSubjects(k)
		}
	}
	return nil
}

// speakingSubjects are the subjects of verb v that can speak: not an
// expletive ("there is no point in saying") nor a thing.
func (x *ctx) speakingSubjects(v int) []int {
	var out []int
	for _, s := range x.d.Subjects(v) {
		if x.canAct(s) && !strings.EqualFold(x.d.Words[s].Text, "there") {
			out = append(out, s)
		}
	}
	return out
}

// quotedFirstPerson returns the mention of who speaks the direct
// quotation that holds word s, a first person singular pronoun no
// coreference resolved ("I said, 'stop'" inside her quotation): a person
// the quote stage named, not one of two people of that name. -1
// otherwise.
func (x *ctx) quotedFirstPerson(s int) int {
	d := x.d
	if d.Words[s].UPOS != "PRON" || x.lemma(s) != "i" {
		return -1
	}
	if mi := x.mentionOf(s); mi >= 0 && d.Mentions[mi].Entity >= 0 {
		return -1
	}
	for i := range d.Quotes {
		q := &d.Quotes[i]
		if !q.Direct || q.Speaker < 0 || !x.inContent(q, d.Words[s].Span) {
			continue
		}
		if e := d.Mentions[q.Speaker].Entity; e >= 0 && d.Entities[e].Type == doc.Person && !d.Entities[e].Ambiguous() {
			return q.Speaker
		}
	}
	return -1
}
