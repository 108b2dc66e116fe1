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
