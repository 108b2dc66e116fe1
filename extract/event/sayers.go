package event

import (
	"slices"
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
// relative clause or reported clause ("Sanders denounced supporters who
// level attacks, saying ...", "she said he holds such values, stating"),
// and without one the subject of a verb of issuing whose object the noun
// is ("the embassy issued a statement saying"). Nil when w is no
// such participle, or the noun speaks itself ("voters saying").
func (x *ctx) sayingAuthor(w int) []int {
	d := x.d
	h := d.Words[w].Head
	if h < 0 || d.Words[w].Rel != "acl" || len(d.Dependents(w, "mark", "nsubj")) > 0 {
		return nil
	}
	if d.Words[w].XPOS != "VBG" {
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
		if v := d.Words[h].Head; v >= 0 && doc.RelIs(d.Words[h].Rel, "obj") && issuingVerbs[x.lemma(v)] {
			return x.speakingSubjects(v)
		}
		return nil // "polls saying I'm leading", "cited a report saying": the polls, the report say it
	}
	for k, steps := h, 0; k >= 0 && steps < 16; k, steps = d.Words[k].Head, steps+1 {
		if k != h && d.Words[k].UPOS == "VERB" && doc.RelIs(d.Words[k].Rel, "root", "conj", "parataxis") {
			return x.speakingSubjects(k) // the clause the comma sets the participle off from, not one inside it
		}
	}
	return nil
}

// speakingSubjects are the subjects of verb v that can speak: not an
// expletive ("there is no point in saying") nor a thing.
func (x *ctx) speakingSubjects(v int) []int { return x.speakable(x.d.Subjects(v)) }

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
		if !q.Direct || q.Speaker < 0 || !x.inContent(q, d.Words[s].Span) || x.innerQuotation(q, s) {
			continue
		}
		if e := d.Mentions[q.Speaker].Entity; e >= 0 && d.Entities[e].Type == doc.Person && !d.Entities[e].Ambiguous() {
			return q.Speaker
		}
	}
	return -1
}

// innerQuotation reports whether word s stands inside a quotation within
// quote q's content, whose words are another's ("he's like, 'No, I
// write them'"): the nearest quotation mark before it opens one.
func (x *ctx) innerQuotation(q *doc.Quote, s int) bool {
	d := x.d
	first, _ := d.SentenceWords(d.Words[s].Sentence)
	for k := s - 1; k >= 0 && k >= first-40; k-- {
		if !x.inContent(q, d.Words[k].Span) {
			return false
		}
		if open, mark := quoteMark(d.Words[k]); mark {
			return open && k > 0 && x.inContent(q, d.Words[k-1].Span) // not the quote's own opening mark
		}
	}
	return false
}

// quoteMark reports whether word w is a quotation mark (doc.IsQuoteMark),
// and whether it opens a quotation: a curly or Penn Treebank mark by its
// shape (taggers often take "‘" for a closing one), a straight one by its
// tag.
func quoteMark(w doc.Word) (open, mark bool) {
	if w.UPOS != "PUNCT" || !doc.IsQuoteMark(w.Text) {
		return false, false
	}
	switch w.Text {
	case "‘", "“", "``", "`", "«", "„":
		return true, true
	case "’", "”", "''", "»":
		return false, true
	}
	return w.XPOS == "``", true
}

// genericSaying reports an infinitive of saying that tells no act, a
// generic event with no sayer (corpora such as ECB+ still count it): the
// subject clause of a judgment on what anyone could say, with an
// expletive "it" ("it is fair to say", "it's too soon to say", "it is
// important to note"). "She was wrong to say it", "I feel bad to say it"
// have her, me say it.
func (x *ctx) genericSaying(w int) bool {
	d := x.d
	if frameOf[x.lemma(w)] != "STATEMENT" || !hasMark(d, w, "to") {
		return false
	}
	p := w // "it's too soon to say", parsed with the infinitive as the predicate
	if len(d.Dependents(w, "cop")) == 0 {
		p = d.Words[w].Head
		if p < 0 || len(d.Dependents(w, "nsubj")) > 0 || !doc.RelIs(d.Words[w].Rel, "csubj", "xcomp", "advcl") ||
			d.Words[p].UPOS != "ADJ" && d.Words[p].UPOS != "ADV" {
			return false
		}
	}
	subjects := d.Dependents(p, "nsubj", "nsubj:outer", "expl")
	for _, s := range subjects {
		if !strings.EqualFold(d.Words[s].Text, "it") {
			return false
		}
	}
	return len(subjects) > 0 // "I feel bad to say it", "able to say": hers
}

// conjoinedSayer returns the subjects of who says what verb of saying w
// says, w a conjunct after "and" or "but", without a subject, that the
// parse hung on a verb whose subject cannot speak: the nearest conjunct
// before it that has one ("the hearing was closed but King spoke to
// reporters and said ..."), else, when the parse gives none, "it", a
// clause or an event and no infinitive, the subject of the first verb
// above ("she rejected the idea that the changes amounted to a shake-up
// and said ...", "he said it takes time but added ..."). Nil when the
// subject the parse gives can speak, or is a thing that may say it ("the
// ad is horrific and reminds me"), or none is found.
func (x *ctx) conjoinedSayer(w int, subjects []int) []int {
	d := x.d
	h := d.Words[w].Head
	if h < 0 || !doc.RelIs(d.Words[w].Rel, "conj") || len(d.Dependents(w, "cc")) == 0 || len(d.Dependents(w, "nsubj")) > 0 ||
		len(x.speakable(subjects)) > 0 {
		return nil // "..., said prison spokesman Al Ruiz" with the name taken for a clause: no conjunction, no conjunct
	}
	for _, c := range slices.Backward(d.Dependents(h, "conj")) {
		if c > h && c < w && d.Words[c].UPOS == "VERB" {
			if s := x.speakable(d.Dependents(c, "nsubj")); len(s) > 0 {
				return s
			}
		}
	}
	if hasMark(d, h, "to") {
		return nil // "told them what to say or not say": the infinitive's own
	}
	for _, s := range subjects {
		if !x.eventNoun(s) && !strings.EqualFold(d.Words[s].Text, "it") && d.Words[s].UPOS != "VERB" {
			return nil // "the ad is horrific and reminds me": a text may say it
		}
	}
	for k, steps := d.Words[h].Head, 0; k >= 0 && steps < 12; k, steps = d.Words[k].Head, steps+1 {
		if d.Words[k].UPOS == "VERB" {
			return x.speakable(d.Subjects(k))
		}
	}
	return nil
}

// speakable keeps the words of ss that can speak.
func (x *ctx) speakable(ss []int) []int {
	var out []int
	for _, s := range ss {
		if x.canAct(s) && !strings.EqualFold(x.d.Words[s].Text, "there") {
			out = append(out, s)
		}
	}
	return out
}

// finiteSayer returns the noun a finite verb of saying w without a subject
// is hung on as a modifier, when the noun can speak and heads a phrase of
// the main clause: "Ana Ruiz, the mayor, said ..." parsed with "said" on
// the name, since no modifier of a noun is finite; not a noun inside a
// relative clause or a prepositional phrase ("Sanders, whose coalition
// includes independents, said"). -1 otherwise.
func (x *ctx) finiteSayer(w int) int {
	d := x.d
	h := d.Words[w].Head
	t := d.Words[w].XPOS
	if h < 0 || d.Words[w].Rel != "acl" || t != "VBD" && t != "VBZ" && t != "VBP" ||
		len(d.Dependents(w, "nsubj", "aux:pass", "mark")) > 0 || !x.canAct(h) {
		return -1
	}
	if doc.RelIs(d.Words[h].Rel, "appos") && x.setOffByPunct(h) {
		return h // "..., Mayor Ana Ruiz noted." with the name taken for an apposition of the noun before
	}
	for k, steps := h, 0; k >= 0 && steps < 16; k, steps = d.Words[k].Head, steps+1 {
		if doc.RelIs(d.Words[k].Rel, "acl", "obl", "nmod", "obj", "iobj", "conj", "appos") {
			return -1
		}
	}
	return h
}
