package event

import (
	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

// predicateRole is the role of object o of passive verb w when o is a
// predicate of the verb's subject, not a second thing it acts on: "she was
// elected mayor", "he was crowned the champion", "they were not
// credentialed media". The subject already undergoes the event (Arg1);
// the predicate of a naming verb is the name or office it gives (Arg2,
// elect.01, name.01), unless it is a bare noun for an office ("elected
// president"), which names no one; of any other verb it is no participant.
// A participle modifying a noun has that noun for subject ("an ad titled
// 'Unifier'"). It returns ok false when o is no such predicate: the verb is
// active, has no subject, or its subject receives o ("was offered a job").
func (x *ctx) predicateRole(w, o int, passive bool) (role string, ok bool) {
	subjects := x.subjects(w)
	if h := x.d.Words[w].Head; len(subjects) == 0 && h >= 0 && x.d.Words[w].Rel == "acl" && x.d.Words[w].XPOS == "VBN" {
		subjects = []int{h} // "an ad titled 'Unifier'": the ad is titled
	}
	if !passive || len(subjects) == 0 || x.passiveRecipient(w, x.objects(w), subjects) || o < w {
		return "", false
	}
	if namingVerbs[x.verbLemma(w)] && !x.bareOffice(o) {
		return "Arg2", true
	}
	return "", true
}

// bareOffice reports a singular common noun with no determiner nor
// possessor: "president" of "was elected president", a role, not a
// person.
func (x *ctx) bareOffice(o int) bool {
	d := x.d
	return d.Words[o].XPOS == "NN" && len(d.Dependents(o, "det", "nmod:poss")) == 0
}

// saidPart reports whether argument a of the statement of cue word w, a
// quote's cue, is a part of what the quote says rather than all of it:
// "saying her right foot was swollen", "say Ana Ruiz, the nurse, held
// two licenses" with the name parsed as the verb's object. What is said is
// the quote's content, a claim; an entity named inside it is no theme of
// the saying. The argument is all of it when its word heads the content's
// one phrase, alone or conjoined ("stated his intention to run", "noted
// the costs and the risks"). Other cues keep their object: "thanked Ruiz
// for ...", "accused him of ...".
func (x *ctx) saidPart(w int, a doc.Arg) bool {
	q := quoteWithCue(x.d, x.d.Words[w].Span)
	if q == nil || a.Role != "Arg1" {
		return false
	}
	d := x.d
	m := d.Mentions[a.Mention]
	for _, c := range q.Content {
		if !c.Contains(m.Span) {
			continue
		}
		first, last := d.TokenWords(m.FirstTok, m.LastTok)
		h := d.HeadWord(first, last)
		if h < 0 {
			return false
		}
		roots := x.contentRoots(c, w)
		for len(roots) == 1 && h != roots[0] && doc.RelIs(d.Words[h].Rel, "conj") && d.Words[h].Head >= 0 {
			h = d.Words[h].Head // "noted the costs and the risks"
		}
		return len(roots) != 1 || h != roots[0]
	}
	return false
}

// contentRoots are the words inside span c, in the sentence of cue word
// w, whose head lies outside it: the heads of its phrases. Punctuation and
// the cue's own modifiers that the span takes in ("stated his intention
// to run on Friday", "explained it by citing") are none.
func (x *ctx) contentRoots(c doc.Span, w int) []int {
	d := x.d
	var roots []int
	first, last := d.SentenceWords(d.Words[w].Sentence)
	for k := first; k < last; k++ {
		wd := d.Words[k]
		if wd.UPOS == "PUNCT" || !c.Contains(wd.Span) || wd.Head == w && cueModifier(wd.Rel) {
			continue
		}
		if wd.Head < 0 || !c.Contains(d.Words[wd.Head].Span) {
			roots = append(roots, k)
		}
	}
	return roots
}

// cueModifier reports a relation by which a word modifies the verb of
// saying rather than telling what is said; an open complement after its
// object goes with the object ("stated his intention to run").
func cueModifier(rel string) bool {
	for _, r := range []string{"obl", "advmod", "advcl", "xcomp", "mark", "cc", "aux", "discourse"} {
		if doc.RelIs(rel, r) {
			return true
		}
	}
	return false
}

// withoutSaidParts drops the arguments of the statement of cue word w
// that are parts of what is said (saidPart).
func (x *ctx) withoutSaidParts(args []doc.Arg, w int, typ string) []doc.Arg {
	if typ != "STATEMENT" {
		return args
	}
	var out []doc.Arg
	for _, a := range args {
		if !x.saidPart(w, a) {
			out = append(out, a)
		}
	}
	return out
}

// isPredicate reports whether object o of verb w is a predicate of its
// subject (predicateRole).
func (x *ctx) isPredicate(w, o int, passive bool) bool {
	_, ok := x.predicateRole(w, o, passive)
	return ok
}

// actingBody reports whether word w, no person nor organisation, stands
// for a body that acts: a named place or a polity noun for one ("Russia's
// attempt", "the country's decision", "its efforts" for a state), a group
// named in the plural ("the Democrats' proposals") or a group of people a
// common noun names ("the farmers' plan"). An
// event noun it owns is its act; a product's launch is not its own.
func (x *ctx) actingBody(w int) bool {
	if mi := x.mentionOf(w); mi >= 0 && x.isPlace(w) {
		e := x.d.Mentions[mi].Entity
		return polityNouns[x.lemma(w)] || x.d.Mentions[mi].Kind == doc.Name || e >= 0 && doc.HasNameMention(x.d, e)
	}
	if x.typed(w, doc.Other) && x.named(w) && x.d.Words[w].XPOS == "NNPS" {
		return true // "the Democrats' proposals": a party, a people
	}
	_, person := lex.PersonNouns[x.lemma(w)]
	return person && x.d.Words[w].UPOS == "NOUN"
}
