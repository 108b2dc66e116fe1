package coref

// Descriptions that name their referent in place: appositions ("Name, 43,",
// "Name, a 63-year-old ...") and the definite descriptions of a person or body
// ("the reality star", "the party"), with the noun-phrase extent they take.

import (
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
	"github.com/newsgraph/newsgraph/extract/mention"
)

// epithets are person nouns that news writing uses to refer back to someone
// already named ("the reality star", "the billionaire"). Other person nouns
// ("the judge") refer back only to someone known to hold that role.
var epithets = lex.Words("coref/epithets")

// childNouns name a child ("the boy", "the girl").
var childNouns = lex.Words("coref/childNouns")

// child reports whether the text made ent a child: an age under 18, or a
// child noun it was already called by ("Tom Hale, 9," or "the boy, Tom
// Hale"). An adult, or someone of no stated age, is not the "boy" of a
// report: news gives a child's age.
func child(ent *doc.Entity) bool {
	if ent.Age > 0 {
		return ent.Age < 18
	}
	for _, r := range ent.Roles {
		if f := strings.Fields(strings.ToLower(r)); len(f) > 0 && childNouns[f[len(f)-1]] {
			return true
		}
	}
	return false
}

// notModifier stops the scan for a description's head noun.
var notModifier = lex.Words("coref/notModifier")

// readAppositions reads "Name, 43," (age) and "Name, a 63-year-old
// grandmother," (role, age) and "her mother, Name" (role) next to name
// mentions, adding the descriptive phrase as a NOMINAL mention of the name's entity.
//
// Complexity 46 (gocyclo): an ordered cascade of
// word-order rules whose order is the behaviour (kept byte-identical
// through the package split); it stays whole until the stages are rebuilt
// on the dependency parse (issues 15 and 16), which replaces it.
func readAppositions(d *doc.Document) {
	n := len(d.Mentions)
	for i := 0; i < n; i++ {
		m := d.Mentions[i]
		if m.Kind != doc.Name || m.Entity < 0 || d.Entities[m.Entity].Type != doc.Person {
			continue
		}
		ent := &d.Entities[m.Entity]
		j := m.LastTok
		if j+1 < len(d.Tokens) && d.Tokens[j].Text == "," && doc.SameSentence(d, j, m.FirstTok) {
			if age, err := strconv.Atoi(d.Tokens[j+1].Text); err == nil && age > 0 && age < 130 &&
				j+2 < len(d.Tokens) && isClauseEnd(d.Tokens[j+2].Text) {
				ent.Age, ent.AgeEvidence = age, d.Sentences[d.Tokens[j].Sentence].Span
			} else if w := strings.ToLower(d.Tokens[j+1].Text); w == "a" || w == "an" || w == "the" {
				if head, age := descriptionHead(d, j+1); head > 0 && !opensClause(d, j+1, head) {
					addNominal(d, j+1, head+1, m.Entity)
					if g := lex.PersonNouns[strings.ToLower(d.Tokens[head].Text)]; ent.Gender == doc.Unknown && (g == doc.Male || g == doc.Female) {
						ent.Gender = g // "Ana Cruz, a retired policewoman,"
					}
					ent.Roles = appendRole(ent.Roles, roleText(d, j+2, head+1))
					if age > 0 {
						ent.Age, ent.AgeEvidence = age, d.Sentences[d.Tokens[j].Sentence].Span
					}
				}
			}
		}
		// "a very infamous felon - Jane Doe": a description set off by a dash before the name.
		if k := m.FirstTok - 1; k >= 2 && doc.IsDash(d.Tokens[k].Text) && doc.SameSentence(d, k, m.FirstTok) {
			for det := k - 2; det >= 0 && det >= k-7 && doc.SameSentence(d, det, k); det-- {
				w := strings.ToLower(d.Tokens[det].Text)
				if w != "a" && w != "an" && w != "the" {
					continue
				}
				if head, age := descriptionHead(d, det); head == k-1 {
					addNominal(d, det, head+1, m.Entity)
					ent.Roles = appendRole(ent.Roles, roleText(d, det+1, head+1))
					if age > 0 {
						ent.Age, ent.AgeEvidence = age, d.Sentences[d.Tokens[k].Sentence].Span
					}
				}
				break
			}
		}
		// "her mother, Dee Dee Blanchard": the relational phrase before the name.
		if k := m.FirstTok - 1; k >= 2 && d.Tokens[k].Text == "," && doc.SameSentence(d, k, m.FirstTok) {
			head := k - 1
			noun := strings.ToLower(d.Tokens[head].Text)
			if _, ok := lex.PersonNouns[noun]; ok && !prepositionalApart(d, head, m) {
				start := head
				for start > 0 && head-start < 4 && !notModifier[strings.ToLower(d.Tokens[start-1].Text)] &&
					doc.IsWordToken(d.Tokens[start-1].Text) && !lex.PossessiveDets[strings.ToLower(d.Tokens[start-1].Text)] {
					start--
				}
				if start > 0 {
					det := strings.ToLower(d.Tokens[start-1].Text)
					if lex.PossessiveDets[det] || lex.DefiniteDets[det] || det == "a" || det == "an" {
						start--
					}
				}
				addNominal(d, start, head+1, m.Entity)
				ent.Roles = appendRole(ent.Roles, noun)
			}
		}
	}
}

// opensClause reports whether the description that opens at token first,
// after a comma, with its head noun at token head, is the subject of the
// main clause rather than an apposition to the name before the comma: the
// name closes an opening phrase ("In an interview with Ana Ruiz, the
// candidate stated that ...": the candidate is not Ruiz), and a finite
// verb follows the head and runs on with no comma closing it soon. A
// name in the main clause keeps its apposition ("Police named him as Ana
// Ruiz, a nurse wanted for fraud"), and so does a participle the tagger
// took for a past tense that a comma soon closes ("Ruiz, a Lind appointee
// considered a moderate, ...").
func opensClause(d *doc.Document, first, head int) bool {
	if first < 1 || head+1 >= len(d.Tokens) || d.Tokens[first-1].Text != "," || !doc.SameSentence(d, head, head+1) {
		return false
	}
	if subjectStart(d, d.Tokens[head].Sentence) != first {
		return false // the comma closes no opening phrase ("In ..., ", "After ..., ")
	}
	w := d.TokenWord(head + 1)
	if w < 0 {
		return false
	}
	switch d.Words[w].XPOS {
	case "VBD", "VBZ", "VBP", "MD":
	default:
		return false
	}
	for k := head + 2; k < head+6 && k < len(d.Tokens) && doc.SameSentence(d, head, k); k++ {
		if d.Tokens[k].Text == "," {
			return false
		}
	}
	return true
}

// prepositionalApart reports whether the noun at token head, before the
// comma and name mention m, heads a prepositional phrase and the name is
// the subject of a clause of its own by the parse, not the noun's
// apposition ("pledged to support Ruiz as the nominee, Hale said"). A
// name in apposition to a noun with a preposition stays one ("the wife
// of the senator, Ana Ruiz", "won over the sitting vice president, Tom
// Hale", however the parse hangs the name).
func prepositionalApart(d *doc.Document, head int, m doc.Mention) bool {
	h, n := d.TokenWord(head), d.HeadNoun(m.FirstTok, m.LastTok)
	if h < 0 || n < 0 || len(d.Dependents(h, "case")) == 0 {
		return false
	}
	return d.Words[n].Head != h && d.Words[h].Head != n && doc.RelIs(d.Words[n].Rel, "nsubj")
}

func isClauseEnd(s string) bool { return s == "," || s == "." || s == ";" || s == ")" }

func appendRole(roles []string, r string) []string {
	r = strings.TrimSpace(r)
	if r == "" || containsFold(roles, r) {
		return roles
	}
	return append(roles, r)
}

func roleText(d *doc.Document, from, to int) string {
	var words []string
	for k := from; k < to; k++ {
		if ageOf(d.Tokens[k].Text) > 0 {
			continue
		}
		words = append(words, d.Tokens[k].Text)
	}
	return strings.Join(words, " ")
}

// descriptionHead scans from a determiner at token det over up to five
// modifiers to a person noun (or an "N-year-old"), returning the head's
// token index (0 when there is none) and the age the phrase states.
func descriptionHead(d *doc.Document, det int) (head, age int) {
	sent := d.Tokens[det].Sentence
	for k := det + 1; k < len(d.Tokens) && k <= det+6 && d.Tokens[k].Sentence == sent; k++ {
		t := d.Tokens[k].Text
		w := strings.ToLower(t)
		if notModifier[w] || !doc.IsWordToken(t) {
			return 0, 0
		}
		if a := ageOf(t); a > 0 {
			age = a
		}
		_, isNoun := lex.PersonNouns[w]
		if isNoun || ageOf(t) > 0 {
			next := ""
			if k+1 < len(d.Tokens) {
				next = strings.ToLower(d.Tokens[k+1].Text)
			}
			if _, more := lex.PersonNouns[next]; more {
				continue // compound: "the reality star" -> star; "the 63-year-old grandmother"
			}
			return k, age
		}
	}
	return 0, 0
}

// addNominal adds the description [first, last) (its head noun last) as
// a nominal mention of entity, widened to the noun phrase the parse gives
// its head ("the victim of a fraud", "a grandmother serving a sentence"),
// the extent the nominal stage gives every other description; unless it
// would cross or repeat a mention.
func addNominal(d *doc.Document, first, last, entity int) bool {
	first, last = phraseExtent(d, first, last)
	for _, m := range d.Mentions {
		inside := first <= m.FirstTok && m.LastTok <= last && m.LastTok < last // "the [Skims] founder"
		if m.FirstTok < last && first < m.LastTok && !inside {
			return false // the same span, or crossing an existing mention
		}
	}
	sp := doc.Span{Start: d.Tokens[first].Start, End: d.Tokens[last-1].End}
	d.AddMention(doc.Mention{
		Span: sp, Text: d.Slice(sp), Kind: doc.Nominal, Type: doc.Person, Entity: entity, FirstTok: first, LastTok: last,
	})
	return true
}

// headsPhrase reports whether the noun at token head heads the noun
// phrase the determiner at token det opens, by the parse: not a
// modifier of a later noun ("the billionaire brothers Charles and David
// Koch" are no billionaire the text named before). A document without a
// parse is read by word order alone.
func headsPhrase(d *doc.Document, det, head int) bool {
	h, dw := d.TokenWord(head), d.TokenWord(det)
	if h < 0 || dw < 0 {
		return true
	}
	if doc.RelIs(d.Words[h].Rel, "compound", "flat", "nmod:poss") {
		return false
	}
	a, b := mention.NounPhrase(d, h)
	return a <= dw && dw < b
}

// phraseHoldsName reports whether the noun phrase of the description
// [first, last) holds a name ("the government of Norway", "the Oslo
// firm"): the name says which one it is, not the last one mentioned.
func phraseHoldsName(d *doc.Document, first, last int) bool {
	first, last = phraseExtent(d, first, last)
	for _, m := range d.Mentions {
		if m.Kind == doc.Name && first <= m.FirstTok && m.LastTok <= last {
			return true
		}
	}
	return false
}

// institutionNouns name a kind of body that a name says it is ("the
// party": the Labour Party; "the court": the Supreme Court), unlike
// "the company" or "the group", which fit any firm.
var institutionNouns = lex.Words("coref/institutionNouns")

// kindAgrees reports whether organisation e may be what "the noun"
// refers to: any organisation for a noun of firms, one whose name holds
// the noun (or the entity has it as a role) for an institution noun.
func kindAgrees(d *doc.Document, e int, noun string) bool {
	if !institutionNouns[noun] {
		return true
	}
	ent := &d.Entities[e]
	if hasRole(ent.Roles, noun) {
		return true
	}
	for _, n := range append([]string{ent.Name}, ent.Aliases...) {
		if aliasHolds(n, noun) {
			return true // "the party" after "the GOP"
		}
		for _, w := range strings.Fields(strings.ToLower(n)) {
			if w == noun || w == noun+"s" {
				return true
			}
		}
	}
	return false
}

// phraseExtent is the token range of the noun phrase of the description
// [first, last) whose head is its last token, when the parse has one that
// holds the whole description; [first, last) otherwise.
func phraseExtent(d *doc.Document, first, last int) (int, int) {
	h := d.TokenWord(last - 1)
	if h < 0 || (d.Words[h].UPOS != "NOUN" && d.Words[h].UPOS != "PROPN") {
		return first, last
	}
	a, b := mention.NounPhrase(d, h)
	if nf, nl := d.Words[a].Token, d.Words[b-1].Token+1; nf <= first && nl >= last {
		return nf, nl
	}
	return first, last
}
