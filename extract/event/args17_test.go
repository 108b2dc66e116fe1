package event

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRolesOfIntransitiveAgentsAndThemes(t *testing.T) {
	d := parsed(t, "The senator pressed Canada to lower its tariffs.", map[string]doc.EntityType{"Canada": doc.Place})
	assert.Equal(t, "Arg0", roles(d, event(t, d, "lower"))["Canada"], "object control: Canada is to lower them")

	d = parsed(t, "Ola Berg resigned on Monday.", people)
	assert.Equal(t, map[string]string{"Ola Berg": "Arg0"}, roles(d, event(t, d, "resigned")), "the resigner acts")

	d = parsed(t, "Kim Lund and Ola Berg rallied behind the mayor.", people)
	assert.Equal(t, "Arg0", roles(d, event(t, d, "rallied"))["Kim Lund"], "people who rally act")
	d = parsed(t, "Vega Labs rallied in late trading.", map[string]doc.EntityType{"Vega Labs": doc.Organization})
	assert.Equal(t, map[string]string{"Vega Labs": "Arg1"}, roles(d, event(t, d, "rallied")), "a company rallies as its shares rise")

	d = parsed(t, "Kim Lund returned to her hometown.", people)
	assert.Equal(t, "Arg1", roles(d, event(t, d, "returned"))["Kim Lund"], "who goes back undergoes the return")
	d = parsed(t, "Kim Lund returned the money.", people)
	assert.Equal(t, "Arg0", roles(d, event(t, d, "returned"))["Kim Lund"], "who gives it back acts")

	d = parsed(t, "A letter was sent from the director, Kim Lund, to the members.", people)
	assert.Equal(t, "Arg0", roles(d, event(t, d, "sent"))["Kim Lund"], "the sender of a passive sending")
}

func TestASharePollsCountIsWhoSpeaks(t *testing.T) {
	d := parsed(t, "Nearly nine out of 10 say the tax is unfair.", nil)
	assert.Equal(t, map[string]string{"Nearly nine out of 10": "Arg0"}, roles(d, event(t, d, "say")),
		"the count's approximator is in its phrase")
	d = parsed(t, "Nearly a third say they are worried.", nil)
	assert.Equal(t, map[string]string{"a third": "Arg0"}, roles(d, event(t, d, "say")), "the share the parser hung on the verb")
	d = parsed(t, "Half agree with the governor.", nil)
	assert.Equal(t, "Arg0", roles(d, event(t, d, "agree"))["Half"])

	// a number that is no speaker's counts things: no person made; nor for
	// a share of its own of-phrase, nor for a number an infinitive borrows
	d = parsed(t, "Two collapsed in the storm. The papers, all of which confirmed the plan, arrived. "+
		"Kim Lund called 911 to report the fire.", people)
	for _, m := range d.Mentions {
		assert.NotContains(t, []string{"Two", "all of which", "all", "911"}, m.Text)
	}
}

func TestRelativePronounOfADescribedPerson(t *testing.T) {
	names := map[string]doc.EntityType{"Ana Ruiz": doc.Person, "Tom Hale": doc.Person, "Ely": doc.Place}
	// "of Ely" parsed as a conjunct of the name: where she is from, no second person who works
	d := tree(t, "Ana/PROPN/NNP/14/nsubj Ruiz/PROPN/NNP/1/flat ,/PUNCT/,/4/punct 41/NUM/CD/1/amod ,/PUNCT/,/7/punct "+
		"of/ADP/IN/7/case Ely/PROPN/NNP/1/conj ,/PUNCT/,/10/punct who/PRON/WP/10/nsubj works/VERB/VBZ/1/acl:relcl "+
		"in/ADP/IN/12/case retail/NOUN/NN/10/obl ,/PUNCT/,/10/punct agreed/VERB/VBD/0/root ./PUNCT/./14/punct",
		"works=work agreed=agree", names)
	assert.Equal(t, map[string]string{"Ana Ruiz": "Arg0"}, roles(d, event(t, d, "works")))
	assert.Equal(t, map[string]string{"Ana Ruiz": "Arg0"}, roles(d, event(t, d, "agreed")))

	// a "who" clause without a comma after the name that completes a noun
	// restricts the noun: she lives in Ely, the supporter in apposition to her
	items := "Ana/PROPN/NNP/14/nsubj Ruiz/PROPN/NNP/1/flat ,/PUNCT/,/5/punct a/DET/DT/5/det supporter/NOUN/NN/1/appos " +
		"of/ADP/IN/7/case Tom/PROPN/NNP/5/nmod Hale/PROPN/NNP/7/flat who/PRON/WP/10/nsubj lives/VERB/VBZ/7/acl:relcl " +
		"in/ADP/IN/12/case Ely/PROPN/NNP/10/obl ,/PUNCT/,/1/punct disagrees/VERB/VBZ/0/root ./PUNCT/./14/punct"
	d = tree(t, items, "lives=live", names)
	assert.Equal(t, "Arg0", roles(d, event(t, d, "lives"))["Ana Ruiz"])
	assert.NotContains(t, roles(d, event(t, d, "lives")), "Tom Hale")
}

// dated is a DATE time expression of text.
func dated(text, sub, value string) doc.Timex {
	return doc.Timex{Span: span(text, sub), Text: sub, Type: "DATE", Value: value, Anchor: -1}
}

func TestPlaceAndTimeOfTheClausesObliques(t *testing.T) {
	places := map[string]doc.EntityType{"Geneva": doc.Place, "Ohio": doc.Place, "Paris": doc.Place, "Kim Lund": doc.Person,
		"Ola Berg": doc.Person, "Ana Ruiz": doc.Person}
	text := "Next week in Geneva, the ministers will sign the treaty."
	d := parsed(t, text, places, dated(text, "Next week", "2024-W11"))
	ev := event(t, d, "sign")
	require.GreaterOrEqual(t, ev.Place, 0, "the place the time phrase names")
	assert.Equal(t, "Geneva", d.Mentions[ev.Place].Text)
	assert.Equal(t, "2024-W11", ev.Time)

	d = parsed(t, "Ana Ruiz spoke at a rally with supporters in Ohio.", places)
	ev = event(t, d, "spoke")
	require.GreaterOrEqual(t, ev.Place, 0, "one is where one's company is")
	assert.Equal(t, "Ohio", d.Mentions[ev.Place].Text)

	text = "In the 2020 election, Kim Lund defeated Ola Berg."
	d = parsed(t, text, places, dated(text, "2020", "2020"))
	assert.Equal(t, "2020", event(t, d, "defeated").Time, "defeated within the election")

	text = "Relations soured during the 2012 presidential race when Kim Lund traveled to Paris."
	d = parsed(t, text, places, dated(text, "2012", "2012"))
	assert.Equal(t, "2012", event(t, d, "traveled").Time, "the when-clause tells what happened in the race")
}

func TestWhoClinchesANominationAndWhoIssuesAStatement(t *testing.T) {
	d := parsed(t, "Kim Lund clinched the nomination.", people)
	assert.Equal(t, map[string]string{"Kim Lund": "Arg1"}, roles(d, event(t, d, "nomination")), "the nominee")
	d = parsed(t, "Ola Berg issued a statement.", people)
	assert.Equal(t, map[string]string{"Ola Berg": "Arg0"}, roles(d, event(t, d, "statement")), "the issuer states")
}

func TestContractedHasBeforeAParticipleWithAnObject(t *testing.T) {
	// "'s" read as a passive's "is": with an object or a clause it is "has"
	d := tree(t, "Kim/PROPN/NNP/4/nsubj Lund/PROPN/NNP/1/flat 's/AUX/VBZ/4/aux:pass admitted/VERB/VBN/0/root that/SCONJ/IN/8/mark "+
		"she/PRON/PRP/8/nsubj was/AUX/VBD/8/cop wrong/ADJ/JJ/4/ccomp ./PUNCT/./4/punct", "admitted=admit", people)
	assert.Equal(t, map[string]string{"Kim Lund": "Arg0"}, roles(d, event(t, d, "admitted")))
	d = tree(t, "Kim/PROPN/NNP/4/nsubj:pass Lund/PROPN/NNP/1/flat 's/AUX/VBZ/4/aux:pass arrested/VERB/VBN/0/root ./PUNCT/./4/punct",
		"arrested=arrest", people)
	assert.Equal(t, map[string]string{"Kim Lund": "Arg1"}, roles(d, event(t, d, "arrested")), "without one it may be 'is'")
}
