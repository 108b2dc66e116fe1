package quote

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The speaker is the person whose name follows a title, even when the
// parse hangs title and name flat on the place before them.
func TestTheSpeakerAfterAPlaceAndATitleIsThePerson(t *testing.T) {
	d := doctest.Tree(t, "Former/ADJ/JJ/2/amod Ohio/PROPN/NNP/6/nsubj Gov./PROPN/NNP/2/flat Ann/PROPN/NNP/2/flat "+
		"Lee/PROPN/NNP/2/flat said/VERB/VBD/0/root the/DET/DT/8/det plan/NOUN/NN/9/nsubj failed/VERB/VBD/6/ccomp ./PUNCT/./6/punct")
	d.Words[5].Lemma, d.Words[8].Lemma = "say", "fail"
	doctest.Names(d, map[string]doc.EntityType{"Ohio": doc.Place, "Ann Lee": doc.Person})
	doctest.Linked(d)
	FindQuotes(d)
	require.Len(t, d.Quotes, 1)
	require.GreaterOrEqual(t, d.Quotes[0].Speaker, 0)
	assert.Equal(t, "Ann Lee", d.Mentions[d.Quotes[0].Speaker].Text)
}
