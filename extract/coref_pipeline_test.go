package extract

import (
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/newsgraph/newsgraph/extract/quote"
	"github.com/newsgraph/newsgraph/extract/relation"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestGenderedNominalSkipsEntityOfTheOtherGender(t *testing.T) {
	// The whole pipeline: the chunker's "the pregnant woman at the clinic"
	// does not join Tom Reed, whom "he" and his first name make a man.
	d := doc.NewDocument("t", "Tom Reed said he would visit Kessel. The pregnant woman at the clinic thanked the crowd.",
		time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC))
	Process(d)
	require.Equal(t, "Tom Reed", doctest.EntityOf(d, "he", 0))
	assert.NotEqual(t, "Tom Reed", doctest.EntityOf(d, "The pregnant woman at the clinic", 0))
}

// The coreference tests that need the quote and relation stages after
// it: first-person pronouns inside quotes.

func TestFirstPersonInsideAQuoteIsTheSpeaker(t *testing.T) {
	d := doctest.Parsed(t, `"I told my staff that 'I quit' was not an option," Rosa Delgado said.`,
		map[string]doc.EntityType{"Rosa Delgado": doc.Person})
	Resolve(d)
	quote.FindQuotes(d)
	quote.LinkQuotedSpeakers(d)
	assert.Equal(t, "Rosa Delgado", doctest.EntityOf(d, "I", 0))
	assert.Equal(t, "Rosa Delgado", doctest.EntityOf(d, "my", 0))
	assert.Equal(t, "<no mention I>", doctest.EntityOf(d, "I", 1), "the nested 'I quit' is someone else's voice")
}
func TestFirstPersonPossessiveDescription(t *testing.T) {
	d := doctest.Parsed(t, `"Our drivers are tired," said Ola Berg.`, map[string]doc.EntityType{"Ola Berg": doc.Person})
	Resolve(d)
	relation.FindRelations(d)
	quote.FindQuotes(d)
	quote.LinkQuotedSpeakers(d)
	kinds := map[string]doc.MentionKind{}
	for _, m := range d.Mentions {
		kinds[m.Text] = m.Kind
	}
	assert.Equal(t, doc.Nominal, kinds["Our drivers"], "the description is a mention")
	assert.Equal(t, doc.Pronoun, kinds["Our"], "and its possessive is one too")
	assert.NotEqual(t, doctest.EntityOf(d, "Our", 0), doctest.EntityOf(d, "Our drivers", 0))
}
func TestWeInAQuoteIsTheSpeakersOrganization(t *testing.T) {
	d := doctest.Parsed(t, `Norbeck Shipping spokesman Halvard Lind said: "We will appeal and our lawyers agree."`,
		map[string]doc.EntityType{"Norbeck Shipping": doc.Organization, "Halvard Lind": doc.Person})
	Resolve(d)
	relation.FindRelations(d)
	quote.FindQuotes(d)
	quote.LinkQuotedSpeakers(d)
	assert.Equal(t, "Norbeck Shipping", doctest.EntityOf(d, "We", 0))
	assert.Equal(t, "Norbeck Shipping", doctest.EntityOf(d, "our", 0))
}
func TestWeOfASpeakerIntroducedWithTheirFirm(t *testing.T) {
	d := doctest.Parsed(t, `Ola Berg of Norbeck Shipping spoke on Monday. "We will appeal," Berg said.`,
		map[string]doc.EntityType{"Norbeck Shipping": doc.Organization, "Ola Berg": doc.Person, "Berg": doc.Person})
	Resolve(d)
	relation.FindRelations(d)
	quote.FindQuotes(d)
	quote.LinkQuotedSpeakers(d)
	assert.Equal(t, "Norbeck Shipping", doctest.EntityOf(d, "We", 0))
}
func TestWeOfAnUnaffiliatedSpeakerIsOneGroup(t *testing.T) {
	d := doctest.Parsed(t, `"We were tired," Mira Hale said. "But we kept walking," Hale added.`,
		map[string]doc.EntityType{"Mira Hale": doc.Person, "Hale": doc.Person})
	Resolve(d)
	relation.FindRelations(d)
	quote.FindQuotes(d)
	quote.LinkQuotedSpeakers(d)
	var ents []int
	for _, m := range d.Mentions {
		if m.Text == "We" || m.Text == "we" {
			ents = append(ents, m.Entity)
		}
	}
	if assert.Len(t, ents, 2) {
		assert.Equal(t, ents[0], ents[1], "one speaker's 'we' is one group")
		assert.NotEqual(t, "Mira Hale", d.Entities[ents[0]].Name, "the group is not the speaker")
		assert.Equal(t, doc.Plural, d.Entities[ents[0]].Gender)
	}
}

func TestADescriptionRightBeforeABodysNameIsThatBody(t *testing.T) {
	// "the company" of "the company Brennick Steel" had joined the firm
	// named before it by recency, as a bare "the company" does.
	d := doctest.Parsed(t, "The union met Halvex Corp on Monday. The union sued the company Brennick Steel on Tuesday.",
		map[string]doc.EntityType{"Halvex Corp": doc.Organization, "Brennick Steel": doc.Organization})
	Resolve(d)
	assert.Equal(t, "Brennick Steel", doctest.EntityOf(d, "the company", 0))
}

func TestAnOwnersSpouseIsThePersonNamedWithTheSurname(t *testing.T) {
	// named by his title once and bare once: a title on every mention would
	// make him someone in his own right, not thereby her husband (kin.go)
	d := doctest.Parsed(t, "Former governor Tomas Varga spoke in Reno on Friday. Tomas Varga left early. Nadia Varga, the candidate, thanked her husband for his work. "+
		"She said her father had been a miner.",
		map[string]doc.EntityType{"Tomas Varga": doc.Person, "Nadia Varga": doc.Person})
	Resolve(d)
	assert.Equal(t, "Tomas Varga", doctest.EntityOf(d, "her husband", 0))
	assert.NotEqual(t, "Tomas Varga", doctest.EntityOf(d, "her father", 0), "a woman's surname is often her husband's, not her father's")
}

func TestAMansFatherIsTheOneOtherManOfHisSurname(t *testing.T) {
	d := doctest.Parsed(t, "Luka Brandt, 31, runs the family vineyard. Josef Brandt planted it in 1970. "+
		"Luka Brandt said his father still walks the rows every day.",
		map[string]doc.EntityType{"Luka Brandt": doc.Person, "Josef Brandt": doc.Person})
	Resolve(d)
	assert.Equal(t, "Josef Brandt", doctest.EntityOf(d, "his father", 0))
}

func TestHisCountryIsTheCountryOfTheOwnersNationality(t *testing.T) {
	d := doctest.Parsed(t, "Officials in Canada met on Monday. Norwegian Prime Minister Elsa Lund visited Ottawa. "+
		"She said her country would buy more wheat from Norway's neighbours.",
		map[string]doc.EntityType{"Canada": doc.Place, "Elsa Lund": doc.Person, "Ottawa": doc.Place, "Norway": doc.Place})
	Resolve(d)
	assert.Equal(t, "Norway", doctest.EntityOf(d, "her country", 0), "her nationality's country, not the article's")

	d = doctest.Parsed(t, "Aid reached Canada on Monday. Two million Syrians have fled their country since the war in Syria began.",
		map[string]doc.EntityType{"Canada": doc.Place, "Syrians": doc.Other, "Syria": doc.Place})
	Resolve(d)
	assert.Equal(t, "Syria", doctest.EntityOf(d, "their country", 0), "a people's country by its regular name")

	d = doctest.Parsed(t, "Prime Minister Elsa Lund visited Ottawa and Norway on Monday. She said her country would buy more wheat.",
		map[string]doc.EntityType{"Elsa Lund": doc.Person, "Ottawa": doc.Place, "Norway": doc.Place})
	Resolve(d)
	assert.NotEqual(t, "Norway", doctest.EntityOf(d, "her country", 0), "no nationality marks her")
}

func TestThePartyOfMembersIsTheirParty(t *testing.T) {
	d := doctest.Parsed(t, "Senate Democrats met in Denver on Monday. Ana Ruiz said the party would vote against the budget.",
		map[string]doc.EntityType{"Ana Ruiz": doc.Person, "Denver": doc.Place})
	Resolve(d)
	assert.Equal(t, "Democratic Party", doctest.EntityOf(d, "the party", 0), "the party its members' word marks")
	d = doctest.Parsed(t, "Democrats and Republicans met in Denver on Monday. Ana Ruiz said the party would vote against the budget.",
		map[string]doc.EntityType{"Ana Ruiz": doc.Person, "Denver": doc.Place})
	Resolve(d)
	assert.Equal(t, "the party", doctest.EntityOf(d, "the party", 0), "two parties marked: which one is open")
}

func TestTheNextPresidentIsNotTheOneInOffice(t *testing.T) {
	d := doctest.Parsed(t, "President Ana Ruiz signed the budget on Monday. The decision on the dam will fall to the next president.",
		map[string]doc.EntityType{"Ana Ruiz": doc.Person})
	Resolve(d)
	assert.NotEqual(t, "Ana Ruiz", doctest.EntityOf(d, "the next president", 0))
	d = doctest.Parsed(t, "President Ana Ruiz signed the budget on Monday. The decision on the dam will fall to the president.",
		map[string]doc.EntityType{"Ana Ruiz": doc.Person})
	Resolve(d)
	assert.Equal(t, "Ana Ruiz", doctest.EntityOf(d, "the president", 0), "without \"next\" she is the one")
}

func TestHisPartyOfAMarkedMemberIsThatParty(t *testing.T) {
	d := doctest.Parsed(t, "Democratic Sen. Ana Ruiz spoke in Denver on Monday. She said her party would not back the budget.",
		map[string]doc.EntityType{"Ana Ruiz": doc.Person, "Denver": doc.Place})
	Resolve(d)
	assert.Equal(t, "Democratic Party", doctest.EntityOf(d, "her party", 0))
	d = doctest.Parsed(t, "Democratic attacks on Ana Ruiz went on in Denver on Monday. She said her party would not back the budget.",
		map[string]doc.EntityType{"Ana Ruiz": doc.Person, "Denver": doc.Place})
	Resolve(d)
	assert.Equal(t, "her party", doctest.EntityOf(d, "her party", 0), "words before the name that are no title mark nothing")
}

func TestADescriptionAfterAsOnAVerbIsItsObjectOrSubject(t *testing.T) {
	d := doctest.Parsed(t, "Tomas Varga met the board in Reno. In 2004 he served as a senator for the state.",
		map[string]doc.EntityType{"Tomas Varga": doc.Person, "Reno": doc.Place})
	Resolve(d)
	assert.Equal(t, "Tomas Varga", doctest.EntityOf(d, "a senator for the state", 0))
	d = doctest.Parsed(t, "Tomas Varga met Nadia Lind in Reno. On Friday he named Nadia Lind as his deputy.",
		map[string]doc.EntityType{"Tomas Varga": doc.Person, "Nadia Lind": doc.Person, "Reno": doc.Place})
	Resolve(d)
	assert.Equal(t, "Nadia Lind", doctest.EntityOf(d, "his deputy", 0), "the verb's object, not its subject")
}

func TestADescriptionRepeatingANamesHeadIsThatName(t *testing.T) {
	d := doctest.Parsed(t, "The Bayside Community Center opened in 1990. Volunteers say the center now serves 300 meals a week.",
		map[string]doc.EntityType{"Bayside Community Center": doc.Organization})
	Resolve(d)
	assert.Equal(t, "Bayside Community Center", doctest.EntityOf(d, "the center", 0), "the name's head word, whatever type the noun reads as")

	d = doctest.Parsed(t, "The Bayside Community Center opened in 1990. The city says the new center will open in May.",
		map[string]doc.EntityType{"Bayside Community Center": doc.Organization})
	Resolve(d)
	assert.NotEqual(t, "Bayside Community Center", doctest.EntityOf(d, "the new center", 0), "a word the name lacks: another center")

	d = doctest.Parsed(t, "The Bayside Community Center opened in 1990. The city says the health center will close in May.",
		map[string]doc.EntityType{"Bayside Community Center": doc.Organization})
	Resolve(d)
	assert.NotEqual(t, "Bayside Community Center", doctest.EntityOf(d, "the health center", 0), "another kind of center")
}

func TestTheOnlyNameWithTheHeadIsMeantFarOn(t *testing.T) {
	far := " Rain fell all week. Buses ran late. Schools closed early. Shops shut at noon."
	d := doctest.Parsed(t, "The Bayside Community Center opened in 1990."+far+" Volunteers say the center now serves 300 meals a week.",
		map[string]doc.EntityType{"Bayside Community Center": doc.Organization})
	Resolve(d)
	assert.Equal(t, "Bayside Community Center", doctest.EntityOf(d, "the center", 0), "the article's only center, however far back")

	d = doctest.Parsed(t, "The Bayside Community Center and the Marlow Health Center opened in 1990."+far+" Volunteers say the center now serves 300 meals a week.",
		map[string]doc.EntityType{"Bayside Community Center": doc.Organization, "Marlow Health Center": doc.Organization})
	Resolve(d)
	assert.Equal(t, "the center", doctest.EntityOf(d, "the center", 0), "two centers named long ago: which one is open")
}
