package coref

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/stretchr/testify/assert"
)

func TestDescriptionBeforeATitledNameIsThatPerson(t *testing.T) {
	d := doctest.Parsed(t, "Two rivals spoke at the forum in Denver on Monday. But the younger candidate on the panel, "+
		"former Secretary of Labor Ana Ruiz, drew a contrast.",
		map[string]doc.EntityType{"Denver": doc.Place, "Ana Ruiz": doc.Person})
	resolve(d)
	assert.Equal(t, "Ana Ruiz", doctest.EntityOf(d, "the younger candidate on the panel", 0))
}

func TestSecondConjunctOfAnApposedDescriptionIsThePerson(t *testing.T) {
	d := doctest.Parsed(t, "Martin Hale, an Ohio steel manufacturer and longtime party donor, gave $1 million to the effort last month.",
		map[string]doc.EntityType{"Martin Hale": doc.Person, "Ohio": doc.Place})
	resolve(d)
	assert.Equal(t, "Martin Hale", doctest.EntityOf(d, "longtime party donor", 0), "the second role is the same man")
	assert.Equal(t, "Martin Hale", doctest.EntityOf(d, "an Ohio steel manufacturer", 0), "a maker beside a man's name is the man")
}

func TestIndefiniteDescriptionIsNotTheOneNamedBefore(t *testing.T) {
	d := doctest.Parsed(t, "Kestrel Fund, a charity, raised $2 million in May. Ana Ruiz gave $50,000 to a charity last week.",
		map[string]doc.EntityType{"Kestrel Fund": doc.Organization, "Ana Ruiz": doc.Person})
	resolve(d)
	assert.Equal(t, "Kestrel Fund", doctest.EntityOf(d, "a charity", 0), "the apposition is the fund")
	assert.NotEqual(t, "Kestrel Fund", doctest.EntityOf(d, "a charity", 1), "another charity")
}

func TestProductNameAfterAnArticleStaysAName(t *testing.T) {
	d := doctest.Parsed(t, "Kestrel Labs makes the Kestrel Nova. The company sold a faster Kestrel Nova last year.",
		map[string]doc.EntityType{"Kestrel Labs": doc.Organization, "Kestrel Nova": doc.Organization})
	resolve(d)
	assert.Equal(t, "Kestrel Nova", doctest.EntityOf(d, "Kestrel Nova", 1), "a name of two words is a name, not a kind")
}

func TestABodyBeforeAnApposedNameIsNotThePerson(t *testing.T) {
	// the parse hangs the name on the court, as on "the federal judiciary, Abid Qureshi"
	d := doctest.Tree(t, "Obama/PROPN/NNP/2/nsubj named/VERB/VBD/0/root a/DET/DT/4/det judge/NOUN/NN/2/obj to/ADP/IN/7/case "+
		"the/DET/DT/7/det court/NOUN/NN/4/nmod ,/PUNCT/,/10/punct Mrs./PROPN/NNP/10/nmod:desc Ana/PROPN/NNP/7/appos "+
		"Ruiz/PROPN/NNP/10/flat ./PUNCT/./2/punct")
	doctest.Names(d, map[string]doc.EntityType{"Obama": doc.Person, "Ana Ruiz": doc.Person})
	resolve(d)
	assert.NotEqual(t, "Ana Ruiz", doctest.EntityOf(d, "the court", 0), "the court is not the woman named after it")
}

func TestDescriptionThatOpensAClauseIsNoApposition(t *testing.T) {
	people := map[string]doc.EntityType{"Dorin Brandt": doc.Person, "Oscar Lind": doc.Person}
	d := doctest.Parsed(t, "In a long talk with radio host Dorin Brandt, the Socialist candidate stated that taxes would rise.", people)
	resolve(d)
	assert.NotEqual(t, "Dorin Brandt", doctest.EntityOf(d, "the Socialist candidate", 0), "the candidate is the subject of 'stated'")
	d = doctest.Parsed(t, "Judge Dorin Brandt, a Lind appointee considered a moderate, voted against the rule.", people)
	resolve(d)
	assert.Equal(t, "Dorin Brandt", doctest.EntityOf(d, "a Lind appointee", 0), "a participle closed by a comma: an apposition")
	d = doctest.Parsed(t, "Police identified the driver as Dorin Brandt, a parolee wanted on suspicion of fraud.", people)
	resolve(d)
	assert.Equal(t, "Dorin Brandt", doctest.EntityOf(d, "a parolee", 0), "a name in the main clause keeps its apposition")
}
