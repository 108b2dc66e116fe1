package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestRelativePronounJoinsThePhraseItFollows(t *testing.T) {
	d := docWithNames(t, "The club signed Tomas Berg, who played in Lyon. It also bought Ardent Labs, which makes sensors.",
		map[string]EntityType{"Tomas Berg": Person, "Lyon": Place, "Ardent Labs": Organization})
	Resolve(d)
	assert.Equal(t, "Tomas Berg", entityOf(d, "who", 0))
	assert.Equal(t, "Ardent Labs", entityOf(d, "which", 0))
}

func TestRelativePronounMustFitPersonOrThing(t *testing.T) {
	d := docWithNames(t, "Voters in Kessel, which is small, chose Ana Ruiz, who won.",
		map[string]EntityType{"Kessel": Place, "Ana Ruiz": Person})
	Resolve(d)
	assert.Equal(t, "Kessel", entityOf(d, "which", 0))
	assert.Equal(t, "Ana Ruiz", entityOf(d, "who", 0))
	d = docWithNames(t, "The award went to Ana Ruiz, which surprised Kessel.",
		map[string]EntityType{"Kessel": Place, "Ana Ruiz": Person})
	Resolve(d)
	assert.Equal(t, "<no mention which>", entityOf(d, "which", 0), "'which' never refers to a person")
}

func TestPluralPronounTakesTheOrganizationOfItsSentence(t *testing.T) {
	d := docWithNames(t, "Veltro Motors said they would close the plant. It rained on Monday. They expected growth.",
		map[string]EntityType{"Veltro Motors": Organization})
	Resolve(d)
	assert.Equal(t, "Veltro Motors", entityOf(d, "they", 0))
	assert.Equal(t, "<no mention They>", entityOf(d, "They", 0),
		"an organisation two sentences back is not what a later 'they' means")
}

func TestPluralPronounTakesAPluralDescription(t *testing.T) {
	d := docWithNames(t, "Local residents found the boat near Kessel at dawn. They called the police.",
		map[string]EntityType{"Kessel": Place})
	Resolve(d)
	got := entityOf(d, "They", 0)
	assert.Equal(t, "Local residents", got)
}

func TestWeInAQuoteIsTheSpeakersOrganization(t *testing.T) {
	d := docWithNames(t, `Norbeck Shipping spokesman Halvard Lind said: "We will appeal and our lawyers agree."`,
		map[string]EntityType{"Norbeck Shipping": Organization, "Halvard Lind": Person})
	Resolve(d)
	FindRelations(d)
	FindQuotes(d)
	LinkQuotedSpeakers(d)
	assert.Equal(t, "Norbeck Shipping", entityOf(d, "We", 0))
	assert.Equal(t, "Norbeck Shipping", entityOf(d, "our", 0))
}

func TestWeOfAnUnaffiliatedSpeakerIsOneGroup(t *testing.T) {
	d := docWithNames(t, `"We were tired," Mira Hale said. "But we kept walking," Hale added.`,
		map[string]EntityType{"Mira Hale": Person, "Hale": Person})
	Resolve(d)
	FindRelations(d)
	FindQuotes(d)
	LinkQuotedSpeakers(d)
	var ents []int
	for _, m := range d.Mentions {
		if m.Text == "We" || m.Text == "we" {
			ents = append(ents, m.Entity)
		}
	}
	if assert.Len(t, ents, 2) {
		assert.Equal(t, ents[0], ents[1], "one speaker's 'we' is one group")
		assert.NotEqual(t, "Mira Hale", d.Entities[ents[0]].Name, "the group is not the speaker")
		assert.Equal(t, Plural, d.Entities[ents[0]].Gender)
	}
}

func TestPluralPronounPrefersTheNearerGroup(t *testing.T) {
	d := docWithNames(t, "Veltro Motors closed the plant. Analysts were surprised. They expected growth.",
		map[string]EntityType{"Veltro Motors": Organization})
	Resolve(d)
	assert.Equal(t, "Analysts", entityOf(d, "They", 0))
}

func TestWeOfASpeakerIntroducedWithTheirFirm(t *testing.T) {
	d := docWithNames(t, `Ola Berg of Norbeck Shipping spoke on Monday. "We will appeal," Berg said.`,
		map[string]EntityType{"Norbeck Shipping": Organization, "Ola Berg": Person, "Berg": Person})
	Resolve(d)
	FindRelations(d)
	FindQuotes(d)
	LinkQuotedSpeakers(d)
	assert.Equal(t, "Norbeck Shipping", entityOf(d, "We", 0))
}

func TestFirstPersonPossessiveDescription(t *testing.T) {
	d := docWithNames(t, `"Our drivers are tired," said Ola Berg.`, map[string]EntityType{"Ola Berg": Person})
	Resolve(d)
	FindRelations(d)
	FindQuotes(d)
	LinkQuotedSpeakers(d)
	kinds := map[string]MentionKind{}
	for _, m := range d.Mentions {
		kinds[m.Text] = m.Kind
	}
	assert.Equal(t, Nominal, kinds["Our drivers"], "the description is a mention")
	assert.Equal(t, Pronoun, kinds["Our"], "and its possessive is one too")
	assert.NotEqual(t, entityOf(d, "Our", 0), entityOf(d, "Our drivers", 0))
}

func TestPluralPronounTakesACollectiveDescription(t *testing.T) {
	d := docWithNames(t, "The visiting team landed in Kessel on Sunday. They trained at dawn.",
		map[string]EntityType{"Kessel": Place})
	Resolve(d)
	assert.Equal(t, "The visiting team", entityOf(d, "They", 0))
	d = docWithNames(t, "The visiting company landed in Kessel on Sunday. They trained at dawn.",
		map[string]EntityType{"Kessel": Place})
	Resolve(d)
	assert.Equal(t, "<no mention They>", entityOf(d, "They", 0),
		"a company named in the sentence before is not a 'they'")
}

func TestActingItJoinsTheOrganizationBeforeIt(t *testing.T) {
	d := docWithNames(t, "Veltro Motors said that it would close two plants. It is also selling its bus unit.",
		map[string]EntityType{"Veltro Motors": Organization})
	Resolve(d)
	assert.Equal(t, "Veltro Motors", entityOf(d, "it", 0))
	assert.Equal(t, "Veltro Motors", entityOf(d, "It", 0), "a sentence-initial 'it' takes the subject of the sentence before")
}

func TestExpletiveOrUnsureItStaysOut(t *testing.T) {
	d := docWithNames(t, "Veltro Motors said that it would be wise to wait.",
		map[string]EntityType{"Veltro Motors": Organization})
	Resolve(d)
	assert.Equal(t, "<no mention it>", entityOf(d, "it", 0), "'it would be' is the expletive")
	d = docWithNames(t, "Veltro Motors opened a plant in Kessel, which said it was hiring.",
		map[string]EntityType{"Veltro Motors": Organization, "Kessel": Place})
	Resolve(d)
	assert.Equal(t, "<no mention it>", entityOf(d, "it", 0), "a place named in between makes it unsure")
}
