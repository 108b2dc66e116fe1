package event

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/stretchr/testify/assert"
)

// kind owns no event noun; one of the same kind does.
func TestPossessiveOwnerFromCataphoraOfAnotherKind(t *testing.T) {
	items := "After/ADP/IN/3/case its/PRON/PRP$/3/nmod:poss bid/NOUN/NN/7/obl ,/PUNCT/,/7/punct Eva/PROPN/NNP/7/nsubj " +
		"Stone/PROPN/NNP/5/flat resigned/VERB/VBD/0/root ./PUNCT/./7/punct"
	d := tree(t, items, "resigned=resign", people)
	linkAhead(d, "its", "Eva Stone")
	FindEvents(d)
	for _, ev := range d.Events {
		if d.Slice(ev.Trigger) == "bid" {
			assert.Empty(t, ev.Args, "\"its\" stands for no person")
		}
	}

	d = tree(t, strings.Replace(items, "its/", "her/", 1), "resigned=resign", people)
	linkAhead(d, "her", "Eva Stone")
	FindEvents(d)
	assert.Equal(t, map[string]string{"Eva Stone": "Arg0"}, roles(d, event(t, d, "bid")))
}

// linkAhead adds pronoun as a mention of the entity named name.
func linkAhead(d *doc.Document, pronoun, name string) {
	for i, tok := range d.Tokens {
		if tok.Text != pronoun {
			continue
		}
		for e := range d.Entities {
			if d.Entities[e].Name == name {
				d.Mentions = append(d.Mentions, doc.Mention{Span: tok.Span, Text: pronoun, Kind: doc.Pronoun, Type: d.Entities[e].Type,
					Entity: e, FirstTok: i, LastTok: i + 1})
				d.Entities[e].Mentions = append(d.Entities[e].Mentions, len(d.Mentions)-1)
			}
		}
	}
}

// The partner of an event one takes part in is its participant when the
// parser hangs the with-phrase on the verb of taking part.
func TestThePartnerHungOnTheVerbOfTakingPart(t *testing.T) {
	d := tree(t, "Eva/PROPN/NNP/3/nsubj Stone/PROPN/NNP/1/flat took/VERB/VBD/0/root part/NOUN/NN/3/obj in/ADP/IN/7/case "+
		"the/DET/DT/7/det talks/NOUN/NNS/3/obl with/ADP/IN/10/case Vega/PROPN/NNP/10/compound Labs/PROPN/NNPS/3/obl "+
		"./PUNCT/./3/punct", "took=take", people)
	assert.Equal(t, map[string]string{"Eva Stone": "Arg0", "Vega Labs": "Arg1"}, roles(d, event(t, d, "talks")))
}

// A name compounded with an event noun is its party also when the tagger
// takes the name for a common noun, as a headline's capitals mislead it.
func TestANameTaggedAsANounCompounded(t *testing.T) {
	d := tree(t, "Orvo/NOUN/NN/2/compound plans/NOUN/NNS/0/root a/DET/DT/4/det launch/NOUN/NN/2/obj",
		"plans=plan", map[string]doc.EntityType{"Orvo": doc.Organization})
	assert.Equal(t, map[string]string{"Orvo": "Arg0"}, roles(d, event(t, d, "plans")))
}

// In a headline without a verb, "X to do Y", X does Y, whether the parser
// hangs the infinitive on X as a clause of a noun or an adverbial one.
func TestTheNameOfAHeadlineDoesItsInfinitive(t *testing.T) {
	d := tree(t, "Orvo/PROPN/NNP/0/root to/PART/TO/3/mark lower/VERB/VB/1/acl its/PRON/PRP$/5/nmod:poss prices/NOUN/NNS/3/obj",
		"", map[string]doc.EntityType{"Orvo": doc.Organization})
	assert.Equal(t, "Arg0", roles(d, event(t, d, "lower"))["Orvo"])
	d = tree(t, "Ola/PROPN/NNP/0/root Berg/PROPN/NNP/1/flat to/PART/TO/4/mark visit/VERB/VB/1/advcl Ohio/PROPN/NNP/4/obj", "", people)
	assert.Equal(t, map[string]string{"Ola Berg": "Arg0", "Ohio": "Arg1"}, roles(d, event(t, d, "visit")))
}

// A name compounded with an event noun that cannot act undergoes the
// event, as a possessor that cannot act does: "the Orvo delays" delay the
// product; "the Vega Labs sales" are the firm's.
func TestANamedThingCompoundedUndergoesTheEvent(t *testing.T) {
	names := map[string]doc.EntityType{"Orvo": doc.Other, "Vega Labs": doc.Organization}
	d := tree(t, "The/DET/DT/3/det Orvo/PROPN/NNP/3/compound delays/NOUN/NNS/4/nsubj angered/VERB/VBD/0/root "+
		"buyers/NOUN/NNS/4/obj ./PUNCT/./4/punct", "delays=delay angered=anger", names)
	assert.Equal(t, map[string]string{"Orvo": "Arg1"}, roles(d, event(t, d, "delays")))
	d = tree(t, "The/DET/DT/4/det Vega/PROPN/NNP/3/compound Labs/PROPN/NNPS/4/compound sales/NOUN/NNS/5/nsubj "+
		"fell/VERB/VBD/0/root ./PUNCT/./5/punct", "sales=sale", names)
	assert.Equal(t, map[string]string{"Vega Labs": "Arg0"}, roles(d, event(t, d, "sales")))
}

// A lower-case common noun ending a name mention is no name: the manner
// of "a Rubio - style debate" is no party to the debate.
func TestALowerCaseNounOfANameIsNoParty(t *testing.T) {
	d := tree(t, "Eva/PROPN/NNP/3/nsubj Stone/PROPN/NNP/1/flat won/VERB/VBD/0/root a/DET/DT/8/det Rubio/NOUN/NN/7/compound "+
		"-/PUNCT/HYPH/5/punct style/NOUN/NN/8/compound debate/NOUN/NN/3/obj ./PUNCT/./3/punct", "won=win",
		map[string]doc.EntityType{"Eva Stone": doc.Person, "Rubio - style": doc.Other})
	assert.Empty(t, roles(d, event(t, d, "debate"))["Rubio - style"])
}
