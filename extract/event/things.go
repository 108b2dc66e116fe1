package event

import (
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
	"github.com/newsgraph/newsgraph/extract/mention"
)

// Things are the participants that are no entity of the earlier stages:
// what is sold, launched, bought or closed ("Apple launches the new
// phone", "the market fell", "14 plants will be closed"). News annotation
// (MEANTIME's products and financial objects, ECB+'s objects) counts them
// as participants, and an event without its theme tells half of what
// happened. A subject or object of a predicate whose head is a common
// noun with no mention becomes a mention of its own: the noun phrase from
// the parse (mention.NounPhrase), kind NOMINAL, an entity of type OTHER
// known only in its document (no name, so nothing resolves it across
// articles and the graph holds no node for it). Amounts, times, events,
// the words that stand for no thing ("something", "part") and the nouns
// whose usual sense in WordNet is an act, a state or a thought
// ("development", "confidence": lex.AbstractNoun) are none.

// thingKind is the prefix of a thing entity's document-local id.
const thingKind = doc.ThingKind

// thing returns the mention of the thing argument word w heads, making
// it on first use; -1 when w heads no such phrase.
func (x *ctx) thing(w int) int { return x.thingOf(w, false) }

// thingOf is thing; owned is set for a phrase with a possessor, which
// names something held even when its noun is abstract ("our defenses",
// "their confidence").
func (x *ctx) thingOf(w int, owned bool) int {
	d := x.d
	if w < 0 || w >= len(d.Words) {
		return -1
	}
	if a := x.antecedent(w); a >= 0 {
		w = a // "the plants which it closed": the plants
	}
	if mi := x.head[w]; mi >= 0 {
		return mi
	}
	if !x.thingHead(w, owned) {
		return -1
	}
	return x.newPhrase(w, x.setType(w))
}

// setType is the type of the thing set noun w heads: people when its
// of-phrase names people ("a field of 16 candidates"), Other for any
// other noun.
func (x *ctx) setType(w int) doc.EntityType {
	if !setHeads[x.lemma(w)] {
		return doc.Other
	}
	for _, n := range x.d.Dependents(w, "nmod") {
		if caseOf(x.d, n) != "of" {
			continue
		}
		if t, ok := lex.HeadNoun(strings.ToLower(x.d.Words[n].Text)); x.isPerson(n) || ok && t == doc.Person {
			return doc.Person
		}
	}
	return doc.Other
}

// phraseMention returns a mention of the noun phrase headed by w, no
// mention itself, that holds a mention (participantOf): a thing, even
// one the noun alone would not make ("the Trump controversy", "Boyle's
// question"), or for a noun of people, bodies or places the mention stage
// left ("the Fox News sponsors", "the Sanders and Clinton campaigns") a
// nominal of that type. Either names someone through the mention it
// holds. -1 when the phrase names no participant: an event ("the Iran
// deal"), a time, an amount.
func (x *ctx) phraseMention(w int) int {
	mi := x.thingOf(w, true)
	if mi < 0 {
		if t := x.phraseType(w); t != "" {
			mi = x.newPhrase(w, t)
		}
	}
	if mi >= 0 && x.things[mi] {
		x.owned[mi] = true
	}
	return mi
}

// phraseType is the type of the people, body or place that common noun w
// names (lex.HeadNoun), or that a body's word names when it acts ("the
// campaign said": agencyNouns); "" for other nouns.
func (x *ctx) phraseType(w int) doc.EntityType {
	word := x.d.Words[w]
	if word.UPOS != "NOUN" || x.inName[w] || x.inTime[w] {
		return ""
	}
	if agencyNouns[x.lemma(w)] {
		return doc.Organization
	}
	if t, ok := lex.HeadNoun(strings.ToLower(word.Text)); ok && t != doc.Other {
		return t
	}
	return ""
}

// newPhrase makes the noun phrase headed by w (mention.NounPhrase) a
// NOMINAL mention of an entity of type typ known only in its document;
// -1 when the parse cuts a name.
func (x *ctx) newPhrase(w int, typ doc.EntityType) int {
	first, last := mention.NounPhrase(x.d, w)
	return x.newPhraseOf(w, first, last, typ)
}

// newPhraseOf is newPhrase for the phrase of words first to last
// (exclusive), headed by w.
func (x *ctx) newPhraseOf(w, first, last int, typ doc.EntityType) int {
	d := x.d
	if first >= last || x.crossesName(first, last) {
		return -1
	}
	firstTok, lastTok := d.Words[first].Token, d.Words[last-1].Token+1
	sp := doc.Span{Start: d.Tokens[firstTok].Start, End: d.Tokens[lastTok-1].End}
	text := d.Slice(sp)
	kind := thingKind
	if typ != doc.Other {
		kind = strings.ToLower(d.Words[w].Text)
	}
	key, owned := x.phraseOwner(w, typ)
	e, seen := x.ownedPhrases[key] // "her campaign" ... "her campaign": one body
	if !seen {
		e = d.AddEntity(doc.Entity{ID: doc.LocalID(d, kind, sp.Start), Name: text, Type: typ})
		if owned {
			x.ownedPhrases[key] = e
		}
	}
	mi := d.AddLinkedMention(doc.Mention{Span: sp, Text: text, Kind: doc.Nominal, Type: typ, Entity: e,
		FirstTok: firstTok, LastTok: lastTok})
	x.head[w] = mi
	x.things[mi] = true
	return mi
}

// ownedKey names an owned phrase by its head noun and its owner's entity.
type ownedKey struct {
	lemma string
	owner int
}

// phraseOwner is the key of phrase head w, a noun of people, bodies or
// places (typ), by its owner: the entity of its possessor or of a name
// compounded with it ("her campaign", "the Cruz campaign"); ok is false
// for a thing or a phrase without an owner that is an entity.
func (x *ctx) phraseOwner(w int, typ doc.EntityType) (k ownedKey, ok bool) {
	if typ == doc.Other {
		return k, false
	}
	for _, p := range x.d.Dependents(w, "nmod:poss", "compound") {
		if mi := x.mentionOf(p); mi >= 0 && x.d.Mentions[mi].Entity >= 0 {
			return ownedKey{x.lemma(w), x.d.Mentions[mi].Entity}, true
		}
	}
	return k, false
}

// thingHead reports whether word w can head a thing: a common noun (or a
// capitalised word the name tagger left: "iPod") that is no amount, no
// time, no event, no person, group or place (lex.HeadNoun) and not one of the
// nouns that stand for no thing; abstract nouns only when owned.
func (x *ctx) thingHead(w int, owned bool) bool {
	d := x.d
	word := d.Words[w]
	if word.UPOS != "NOUN" && word.UPOS != "PROPN" || x.inName[w] || x.inTime[w] || x.measure(w) {
		return false
	}
	if (word.UPOS == "PROPN" || capitalised(word.Text) && (!sentenceStart(d, w) || bareSingular(d, w))) &&
		!productShape(word.Text) {
		return false // "Jobs", "Press": a name the name stage missed, no thing
	}
	l := x.lemma(w)
	if !isWordLemma(l) || x.eventNoun(w) && !x.venueNamed(w) || notThings[l] && !owned || aspectNouns[l] || timeWords[l] || lex.AbstractNoun(l) && !owned || lex.IdiomObject(d, w) {
		return false
	}
	if x.definite(w) && x.nameHead(word.Text) {
		return false // "the Harbour Trust ... the trust": the named entity, coreference's to find
	}
	if _, ok := lex.HeadNoun(strings.ToLower(word.Text)); ok {
		return false // "hackers", "the agency", "the facility": a person, group or place the mention stage left
	}
	return !strings.ContainsAny(word.Text, "$€£¥%")
}

// capitalised reports whether s opens with an upper-case letter.
func capitalised(s string) bool {
	for _, r := range s {
		return unicode.IsUpper(r)
	}
	return false
}

// sentenceStart reports whether word w opens its sentence, where every
// word is capitalised.
func sentenceStart(d *doc.Document, w int) bool {
	first, _ := d.SentenceWords(d.Words[w].Sentence)
	return w == first
}

// bareSingular reports a singular noun without a determiner or a
// possessor: a count noun needs one, a name does not ("Page said").
func bareSingular(d *doc.Document, w int) bool {
	return d.Words[w].XPOS == "NN" && len(d.Dependents(w, "det", "nmod:poss")) == 0
}

// productShape reports whether a capitalised word the name stage left
// has the shape of a product's name rather than a person's or a firm's:
// a lower-case letter first ("iPod") or a digit in it ("A380").
func productShape(s string) bool {
	for i, r := range s {
		if i == 0 && unicode.IsLower(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// nameHead reports whether s is the last word of a name in the document
// ("Trust" of "the Harbour Trust"): a description with it for head names
// that entity again.
func (x *ctx) nameHead(s string) bool {
	if x.nameHeads == nil {
		x.nameHeads = map[string]bool{}
		for _, m := range x.d.Mentions {
			if m.Kind == doc.Name && m.LastTok > m.FirstTok && m.LastTok <= len(x.d.Tokens) {
				x.nameHeads[strings.ToLower(x.d.Tokens[m.LastTok-1].Text)] = true
			}
		}
	}
	return x.nameHeads[strings.ToLower(s)]
}

// crossesName reports whether the word range [first, last) holds part of
// a name mention but not the whole of it: a phrase the parse cut badly.
func (x *ctx) crossesName(first, last int) bool {
	d := x.d
	for w := first; w < last; w++ {
		if !x.inName[w] {
			continue
		}
		for _, m := range d.Mentions {
			if m.Kind != doc.Name {
				continue
			}
			mf, ml := d.TokenWords(m.FirstTok, m.LastTok)
			if w >= mf && w < ml && (mf < first || ml > last) {
				return true
			}
		}
	}
	return false
}

// realArgs counts the arguments of ev that are entities of the earlier
// stages, not things: an event whose only participant is a thing names
// no one. A thing coreference made for a pronoun counts: the text names
// it twice ("The new rules ... They will expand ...").
func (x *ctx) realArgs(ev doc.Event) int {
	n := 0
	for _, a := range ev.Args {
		if !x.things[a.Mention] || x.owned[a.Mention] {
			n++
		}
	}
	return n
}

// dropUnusedThings detaches the things of events the stage did not keep
// (a thing is an entity only as a participant), and puts the mentions
// back in text order.
func (x *ctx) dropUnusedThings() {
	used := map[int]bool{}
	for _, ev := range x.d.Events {
		for _, a := range ev.Args {
			used[a.Mention] = true
		}
	}
	for mi := range x.things {
		if !used[mi] {
			if e := x.d.Mentions[mi].Entity; e >= 0 {
				x.d.Entities[e].Mentions = nil
			}
			x.d.Mentions[mi].Entity = -1
		}
	}
	if len(x.things) > 0 {
		x.d.SortMentions()
	}
}

// abstractTheme returns the thing the direct object w of an event verb
// names when its noun is abstract ("expand the program", "ease the
// pressure", "scrap the requirement"): what the event acts on, the theme
// a reader asks for, though the noun alone makes no thing elsewhere. Not
// an event noun (an event of its own, or the event a support verb
// makes), nor a noun that stands for no thing; -1 otherwise.
func (x *ctx) abstractTheme(w int) int {
	if w < 0 || w >= len(x.d.Words) {
		return -1
	}
	if a := x.antecedent(w); a >= 0 {
		w = a // "the rules that it eased": the rules
	}
	if mi := x.head[w]; mi >= 0 {
		return mi
	}
	l := x.lemma(w)
	if !lex.AbstractNoun(l) || notThings[l] || !x.thingHead(w, true) {
		return -1
	}
	return x.newPhrase(w, x.setType(w))
}
