package mention

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/stretchr/testify/assert"
)

func TestPlaceBeforeCaucusesNamesAnEvent(t *testing.T) {
	// "Iowa" modifies "caucuses": the name runs on over the noun.
	d := doctest.Tree(t, "Cruz/PROPN/NNP/2/nsubj won/VERB/VBD/0/root the/DET/DT/5/det Iowa/PROPN/NNP/5/compound caucuses/NOUN/NNS/2/obj")
	end, ok := placeEvent(d, 3, 4)
	assert.True(t, ok)
	assert.Equal(t, 5, end)
}

func TestPlaceBeforeAnotherNounIsNoEvent(t *testing.T) {
	// "New Hampshire primary school": the name modifies "school", and
	// "primary" is an adjective there.
	d := doctest.Tree(t, "the/DET/DT/5/det Hampshire/PROPN/NNP/5/compound primary/ADJ/JJ/5/amod school/NOUN/NN/0/root closed/VERB/VBD/4/acl")
	_, ok := placeEvent(d, 1, 2)
	assert.False(t, ok)
	// "in Iowa, primaries ...": the noun does not govern the name
	d = doctest.Tree(t, "in/ADP/IN/2/case Iowa/PROPN/NNP/4/obl ,/PUNCT/,/4/punct primaries/NOUN/NNS/0/root")
	_, ok = placeEvent(d, 1, 2)
	assert.False(t, ok)
}

func TestFindNamesPlaceEvents(t *testing.T) {
	for text, want := range map[string]string{
		"Ted Cruz won the Iowa caucuses on Monday night.": "Iowa caucuses",
		"Sanders won the New Hampshire primary.":          "New Hampshire primary",
	} {
		d := doctest.Parsed(t, text, nil)
		FindNames(d)
		var got []string
		for _, m := range d.Mentions {
			got = append(got, m.Text+"/"+string(m.Type))
		}
		assert.Contains(t, got, want+"/"+string(doc.EventType), text)
	}
}
