package coref

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/stretchr/testify/assert"
)

func TestRelativePronounJoinsThePhraseItFollows(t *testing.T) {
	d := doctest.Parsed(t, "The club signed Tomas Berg, who played in Lyon. It also bought Ardent Labs, which makes sensors.",
		map[string]doc.EntityType{"Tomas Berg": doc.Person, "Lyon": doc.Place, "Ardent Labs": doc.Organization})
	resolve(d)
	assert.Equal(t, "Tomas Berg", doctest.EntityOf(d, "who", 0))
	assert.Equal(t, "Ardent Labs", doctest.EntityOf(d, "which", 0))

	// a dash opens the aside as a comma does
	d = doctest.Parsed(t, "The club signed Tomas Berg -- who played in Lyon -- on Monday.",
		map[string]doc.EntityType{"Tomas Berg": doc.Person, "Lyon": doc.Place})
	resolve(d)
	assert.Equal(t, "Tomas Berg", doctest.EntityOf(d, "who", 0))
}

func TestRelativePronounMustFitPersonOrThing(t *testing.T) {
	d := doctest.Parsed(t, "Voters in Kessel, which is small, chose Ana Ruiz, who won.",
		map[string]doc.EntityType{"Kessel": doc.Place, "Ana Ruiz": doc.Person})
	resolve(d)
	assert.Equal(t, "Kessel", doctest.EntityOf(d, "which", 0))
	assert.Equal(t, "Ana Ruiz", doctest.EntityOf(d, "who", 0))
	d = doctest.Parsed(t, "The award went to Ana Ruiz, which surprised Kessel.",
		map[string]doc.EntityType{"Kessel": doc.Place, "Ana Ruiz": doc.Person})
	resolve(d)
	assert.Equal(t, "<no mention which>", doctest.EntityOf(d, "which", 0), "'which' never refers to a person")
}

func TestPluralPronounTakesTheOrganizationOfItsSentence(t *testing.T) {
	d := doctest.Parsed(t, "Veltro Motors said they would close the plant. It rained on Monday. They expected growth.",
		map[string]doc.EntityType{"Veltro Motors": doc.Organization})
	resolve(d)
	assert.Equal(t, "Veltro Motors", doctest.EntityOf(d, "they", 0))
	assert.Equal(t, "<no mention They>", doctest.EntityOf(d, "They", 0),
		"an organisation two sentences back is not what a later 'they' means")
}

func TestPluralPronounTakesAPluralDescription(t *testing.T) {
	d := doctest.Parsed(t, "Local residents found the boat near Kessel at dawn. They called the police.",
		map[string]doc.EntityType{"Kessel": doc.Place})
	resolve(d)
	got := doctest.EntityOf(d, "They", 0)
	assert.Equal(t, "Local residents", got)
}

func TestPluralPronounPrefersTheNearerGroup(t *testing.T) {
	d := doctest.Parsed(t, "Veltro Motors closed the plant. Analysts were surprised. They expected growth.",
		map[string]doc.EntityType{"Veltro Motors": doc.Organization})
	resolve(d)
	assert.Equal(t, "Analysts", doctest.EntityOf(d, "They", 0))
}

func TestPluralPronounTakesACollectiveDescription(t *testing.T) {
	d := doctest.Parsed(t, "The visiting team landed in Kessel on Sunday. They trained at dawn.",
		map[string]doc.EntityType{"Kessel": doc.Place})
	resolve(d)
	assert.Equal(t, "The visiting team", doctest.EntityOf(d, "They", 0))
	d = doctest.Parsed(t, "The visiting company landed in Kessel on Sunday. They trained at dawn.",
		map[string]doc.EntityType{"Kessel": doc.Place})
	resolve(d)
	assert.Equal(t, "<no mention They>", doctest.EntityOf(d, "They", 0),
		"a company named in the sentence before is not a 'they'")
}

func TestActingItJoinsTheOrganizationBeforeIt(t *testing.T) {
	d := doctest.Parsed(t, "Veltro Motors said that it would close two plants. It is also selling its bus unit.",
		map[string]doc.EntityType{"Veltro Motors": doc.Organization})
	resolve(d)
	assert.Equal(t, "Veltro Motors", doctest.EntityOf(d, "it", 0))
	assert.Equal(t, "Veltro Motors", doctest.EntityOf(d, "It", 0), "a sentence-initial 'it' takes the subject of the sentence before")
}

func TestExpletiveOrUnsureItStaysOut(t *testing.T) {
	d := doctest.Parsed(t, "Veltro Motors said that it would be wise to wait.",
		map[string]doc.EntityType{"Veltro Motors": doc.Organization})
	resolve(d)
	assert.Equal(t, "<no mention it>", doctest.EntityOf(d, "it", 0), "'it would be' is the expletive")
	d = doctest.Parsed(t, "Veltro Motors opened a plant in Kessel, which said it was hiring.",
		map[string]doc.EntityType{"Veltro Motors": doc.Organization, "Kessel": doc.Place})
	resolve(d)
	assert.Equal(t, "<no mention it>", doctest.EntityOf(d, "it", 0), "a place named in between makes it unsure")
}

func TestExpletiveItIsNoMention(t *testing.T) {
	d := doctest.Tree(t, "It/PRON/PRP/3/expl is/AUX/VBZ/3/cop clear/ADJ/JJ/0/root that/SCONJ/IN/7/mark Kestrel/PROPN/NNP/7/nsubj "+
		"will/AUX/MD/7/aux win/VERB/VB/3/ccomp ./PUNCT/./3/punct")
	doctest.Names(d, map[string]doc.EntityType{"Kestrel": doc.Organization})
	resolve(d)
	assert.Equal(t, "<no mention It>", doctest.EntityOf(d, "It", 0))
}

func TestItOfAnInfinitiveAfterAToPhraseIsNoMention(t *testing.T) {
	orgs := map[string]doc.EntityType{"Marrow Council": doc.Organization}
	d := doctest.Parsed(t, "The Marrow Council has met twice this year. As the mayor stays silent, it has increasingly fallen to the council to set the budget.", orgs)
	resolve(d)
	assert.Equal(t, "<no mention it>", doctest.EntityOf(d, "it", 0), "the 'it' stands for 'to set the budget'")
	d = doctest.Parsed(t, "The Marrow Council has met twice this year. It fell to third place in the rankings.", orgs)
	resolve(d)
	assert.Equal(t, "Marrow Council", doctest.EntityOf(d, "It", 0), "no infinitive: the council fell")
}

func TestPluralPronounTakesCountriesOfItsSentence(t *testing.T) {
	orgs := map[string]doc.EntityType{"Kessel Institute": doc.Organization}
	d := doctest.Parsed(t, "Ana Ruiz, who once led the Kessel Institute, said the main task for countries will be to show how they raise the money.", orgs)
	resolve(d)
	assert.Equal(t, "countries", doctest.EntityOf(d, "they", 0), "countries act: not the institute")
	d = doctest.Parsed(t, "Many refugees are at grave risk in their home countries, but they must still wait for visas.", orgs)
	resolve(d)
	assert.NotEqual(t, "their home countries", doctest.EntityOf(d, "they", 0), "the countries of a group named before")
}

func TestPronounTakesTheNameBesideItsClauseSubject(t *testing.T) {
	d := doctest.Parsed(t, "Ferry operator, Nordlys, announced on Facebook today that they have restored all crossings.",
		map[string]doc.EntityType{"Nordlys": doc.Organization, "Facebook": doc.Organization})
	resolve(d)
	assert.Equal(t, "Nordlys", doctest.EntityOf(d, "they", 0), "the subject is the operator, and the operator is Nordlys")
}

func TestAnObjectOrExpletiveItIsNoOrganization(t *testing.T) {
	d := doctest.Parsed(t, "Veltro Motors proposed a merger, but the board voted against it and left.",
		map[string]doc.EntityType{"Veltro Motors": doc.Organization})
	resolve(d)
	assert.Equal(t, "<no mention it>", doctest.EntityOf(d, "it", 0), "an object 'it' is the merger more often than the firm")
	d = doctest.Parsed(t, "Veltro Motors lost money, so it’s no surprise that shares fell.",
		map[string]doc.EntityType{"Veltro Motors": doc.Organization})
	resolve(d)
	assert.Equal(t, "<no mention it>", doctest.EntityOf(d, "it", 0), "'it’s no surprise' with a curly apostrophe")
}

func TestAPossessiveAfterAndTakesTheConjunctBeforeIt(t *testing.T) {
	d := doctest.Parsed(t, "Veltro Motors said that Ardent Labs and its suppliers had cut prices.",
		map[string]doc.EntityType{"Veltro Motors": doc.Organization, "Ardent Labs": doc.Organization})
	resolve(d)
	assert.Equal(t, "Ardent Labs", doctest.EntityOf(d, "its", 0), "not the subject above, Veltro Motors")
}

// The "it" of "it's no surprise that ..." stands for the clause after it.
func TestItBeforeAnExtraposingNounRefersToNothing(t *testing.T) {
	d := doctest.Parsed(t, "The Kessel Senate passed the bill. It’s no surprise that Ana Ruiz is keeping money.",
		map[string]doc.EntityType{"Kessel Senate": doc.Organization, "Ana Ruiz": doc.Person})
	resolve(d)
	assert.Equal(t, "<no mention It>", doctest.EntityOf(d, "It", 0))
}

func TestPluralPronounTakesPlacesOnlyAsTheirClauseSubject(t *testing.T) {
	d := doctest.Parsed(t, "Rebels hold towns in Norland and Vestia. They fear the army.",
		map[string]doc.EntityType{"Norland": doc.Place, "Vestia": doc.Place})
	resolve(d)
	assert.NotEqual(t, "Norland and Vestia", doctest.EntityOf(d, "They", 0),
		"places named in a phrase of the clause are not what a later 'they' means")
	d = doctest.Parsed(t, "Norland and Vestia signed the treaty. They will cut tariffs.",
		map[string]doc.EntityType{"Norland": doc.Place, "Vestia": doc.Place})
	resolve(d)
	assert.Equal(t, "Norland and Vestia", doctest.EntityOf(d, "They", 0), "the places as subject are")
}

func TestSubjectItTakesAnOrganizationThatWasASubject(t *testing.T) {
	d := doctest.Parsed(t, "Ana Ruiz described the plan to reporters from Vega News. It will cut costs.",
		map[string]doc.EntityType{"Ana Ruiz": doc.Person, "Vega News": doc.Organization})
	resolve(d)
	assert.NotEqual(t, "Vega News", doctest.EntityOf(d, "It", 0), "a firm named in a phrase: 'it' is more often the plan")
	d = doctest.Parsed(t, "Vega News fired its editor on Monday. It will cut costs.",
		map[string]doc.EntityType{"Vega News": doc.Organization})
	resolve(d)
	assert.Equal(t, "Vega News", doctest.EntityOf(d, "It", 0))
}

func TestTheirAfterTwoNamedPeopleIsNotAnEarlierGroup(t *testing.T) {
	d := doctest.Parsed(t, "Grain prices in Kessel fell for local farmers. Ana Ruiz warned Tom Lind during their meeting.",
		map[string]doc.EntityType{"Kessel": doc.Place, "Ana Ruiz": doc.Person, "Tom Lind": doc.Person})
	resolve(d)
	assert.Equal(t, "<no mention their>", doctest.EntityOf(d, "their", 0), "their = Ruiz and Lind, for whom no entity exists")
	d = doctest.Parsed(t, "Local farmers sold grain in Kessel. They met Ana Ruiz on Monday and praised her for their rising income.",
		map[string]doc.EntityType{"Kessel": doc.Place, "Ana Ruiz": doc.Person})
	resolve(d)
	assert.Equal(t, "Local farmers", doctest.EntityOf(d, "their", 0), "one person named in between leaves the group")
}

func TestItOfAPredicateIsNoEarlierOrganization(t *testing.T) {
	d := doctest.Parsed(t, "Vega News fired its editor on Monday. Ana Ruiz said it will be different for the workers.",
		map[string]doc.EntityType{"Vega News": doc.Organization, "Ana Ruiz": doc.Person})
	resolve(d)
	assert.Equal(t, "<no mention it>", doctest.EntityOf(d, "it", 0), "'it will be different': the situation, not the firm")
	d = doctest.Parsed(t, "Vega News fired its editor on Monday. Ana Ruiz said it will be sold soon.",
		map[string]doc.EntityType{"Vega News": doc.Organization, "Ana Ruiz": doc.Person})
	resolve(d)
	assert.Equal(t, "Vega News", doctest.EntityOf(d, "it", 0), "a passive is no predicate")
}

func TestAPronounAfterANounOfItsGenderIsNotANameOfTheOther(t *testing.T) {
	d := doctest.Parsed(t, "Nora Quist visited the clinic on Friday. A young father in the queue told us he had waited six hours.",
		map[string]doc.EntityType{"Nora Quist": doc.Person})
	resolve(d)
	assert.NotEqual(t, "Nora Quist", doctest.EntityOf(d, "he", 0), "the father named by a noun stands between")
	d = doctest.Parsed(t, "Nora Quist visited the clinic on Friday. Later he told us he had waited six hours.",
		map[string]doc.EntityType{"Nora Quist": doc.Person})
	resolve(d)
	assert.NotEqual(t, "Nora Quist", doctest.EntityOf(d, "he", 0), "a first name's gender holds even with no one else in reach")
}

func TestItOfAnUnnamedBodyIsNotTheLastFirm(t *testing.T) {
	orgs := map[string]doc.EntityType{"Kestrel Bank": doc.Organization}
	d := doctest.Parsed(t, "Hackers stole data from Kestrel Bank for years. To protect its sources, the administration has never blamed anyone.", orgs)
	resolve(d)
	assert.NotEqual(t, "Kestrel Bank", doctest.EntityOf(d, "its", 0), "the administration's sources")
	assert.Equal(t, "the administration", doctest.EntityOf(d, "its", 0), "it joins the description once that has its entity")
	d = doctest.Parsed(t, "Hackers stole data from Kestrel Bank for years. The administration has never said what it knew.", orgs)
	resolve(d)
	assert.NotEqual(t, "Kestrel Bank", doctest.EntityOf(d, "it", 0), "what the administration knew")
}
