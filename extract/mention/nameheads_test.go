package mention

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
)

// headAfter runs headWordAfter on the one name the tags ts give sentence 0
// of text (1 is B-PER, 3 B-ORG, 5 B-LOC, 7 B-MISC), [i, j) of tagger type tagged.
func headAfter(t *testing.T, text string, ts []int, i, j int, tagged string) (int, string) {
	t.Helper()
	d := doctest.Parsed(t, text, map[string]doc.EntityType{})
	return headWordAfter(d, 0, ts, i, j, tagged)
}

func TestAHeadNounTheTaggerLeftOutEndsTheName(t *testing.T) {
	// Money flowed to the Okafor Foundation last year .
	j, typ := headAfter(t, "Money flowed to the Okafor Foundation last year.", []int{0, 0, 0, 0, 1, 0, 0, 0, 0}, 4, 5, "PER")
	assert.Equal(t, [2]any{6, "ORG"}, [2]any{j, typ}, "a body named after a person")
	// Her uncle fought in the Brandt War .
	j, typ = headAfter(t, "Her uncle fought in the Brandt War.", []int{0, 0, 0, 0, 0, 5, 0, 0}, 5, 6, "LOC")
	assert.Equal(t, [2]any{7, "MISC"}, [2]any{j, typ}, "a war named after a place is an event (coref types it)")
	// Fighters of the Islamic State fled .
	j, typ = headAfter(t, "Fighters of the Islamic State fled.", []int{0, 0, 0, 7, 0, 0, 0}, 3, 4, "MISC")
	assert.Equal(t, [2]any{5, "ORG"}, [2]any{j, typ}, "a head of names of many kinds after an adjective: a body")
}

func TestAHeadNounThatGoesOnIsNoNamesHead(t *testing.T) {
	// The Ruiz Hotel Press Secretary spoke .
	j, typ := headAfter(t, "The Ruiz Hotel Press Secretary spoke.", []int{0, 1, 0, 0, 0, 0, 0}, 1, 2, "PER")
	assert.Equal(t, [2]any{2, ""}, [2]any{j, typ}, "a word of a title after the head")
	// Visitors came to the Ruiz Center for the Arts .
	j, typ = headAfter(t, "Visitors came to the Ruiz Center for the Arts.", []int{0, 0, 0, 0, 1, 0, 0, 0, 0, 0}, 4, 5, "PER")
	assert.Equal(t, [2]any{5, ""}, [2]any{j, typ}, "the name goes on with for and a capital")
	// Paula Hall laughed at the joke .
	j, typ = headAfter(t, "Paula Hall laughed at the joke.", []int{1, 0, 0, 0, 0, 0, 0}, 0, 1, "PER")
	assert.Equal(t, [2]any{1, ""}, [2]any{j, typ}, "a first name alone and a surname that is a noun")
	// Donors met Okafor at lunch .
	j, typ = headAfter(t, "Donors met Okafor at lunch.", []int{0, 0, 1, 0, 0, 0}, 2, 3, "PER")
	assert.Equal(t, [2]any{3, ""}, [2]any{j, typ}, "no capitalised word after the name")
}
