package mention

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Electoral divisions and monuments are places, periodicals the bodies
// that publish them: kinds neither the counted nor the WordNet lexicon types.
func TestKindHeadsTypeDivisionsMonumentsAndPeriodicals(t *testing.T) {
	for _, c := range []struct {
		tree, phrase string
		want         doc.EntityType
	}{
		{"Turnout/NOUN/NN/2/nsubj rose/VERB/VBD/0/root in/ADP/IN/5/case every/DET/DT/5/det constituency/NOUN/NN/2/obl",
			"every constituency", doc.Place},
		{"Crowds/NOUN/NNS/2/nsubj gathered/VERB/VBD/0/root at/ADP/IN/5/case the/DET/DT/5/det monument/NOUN/NN/2/obl",
			"the monument", doc.Place},
		{"The/DET/DT/3/det weekly/ADJ/JJ/3/amod magazine/NOUN/NN/4/nsubj reported/VERB/VBD/0/root losses/NOUN/NNS/4/obj",
			"The weekly magazine", doc.Organization},
		{"Two/NUM/CD/2/nummod cantons/NOUN/NNS/3/nsubj voted/VERB/VBD/0/root",
			"Two cantons", doc.Place},
	} {
		got := candidates(doctest.Tree(t, c.tree))
		require.Contains(t, got, c.phrase)
		assert.Equal(t, c.want, got[c.phrase].Type, c.phrase)
	}
}

// A constituency is a district in a place phrase or after a place's name,
// else the people who vote there or back someone.
func TestAConstituencyIsADistrictOrItsVoters(t *testing.T) {
	got := candidates(doctest.Tree(t, "She/PRON/PRP/2/nsubj won/VERB/VBD/0/root in/ADP/IN/5/case this/DET/DT/5/det constituency/NOUN/NN/2/obl"))
	require.Contains(t, got, "this constituency")
	assert.Equal(t, doc.Place, got["this constituency"].Type, "where she won")

	got = candidates(doctest.Tree(t, "Farmers/NOUN/NNS/4/nsubj are/AUX/VBP/4/cop his/PRON/PRP$/4/nmod:poss constituency/NOUN/NN/0/root"))
	require.Contains(t, got, "his constituency")
	assert.Equal(t, doc.Person, got["his constituency"].Type, "the people who back him")
}
