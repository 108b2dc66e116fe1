package mention

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
)

// The tagger's tags are given here, as it might cut a name: 5 is B-LOC, 3
// B-ORG (see tagger.Types).
func TestAKnownNameTheTaggerCutIsOneName(t *testing.T) {
	d := doctest.Parsed(t, "Farmers sent grain to El Salvador and Peru last week.", map[string]doc.EntityType{})
	// Farmers sent grain to El Salvador and Peru last week .
	first, j, typ := joinKnown(d, 0, []int{0, 0, 0, 0, 5, 3, 0, 5, 0, 0, 0}, 4, 5, "LOC")
	assert.Equal(t, [3]any{4, 6, "LOC"}, [3]any{first, j, typ}, "two tagged names that spell a listed one")
	first, j, typ = joinKnown(d, 0, []int{0, 0, 0, 0, 0, 5, 0, 5, 0, 0, 0}, 5, 6, "LOC")
	assert.Equal(t, [3]any{4, 6, "LOC"}, [3]any{first, j, typ}, "a proper noun the tagger left out before the name")
	first, j, typ = joinKnown(d, 0, []int{0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0}, 7, 8, "LOC")
	assert.Equal(t, [3]any{7, 8, "LOC"}, [3]any{first, j, typ}, "nothing to join")
}

func TestTheArticleBeforeAKnownNameStaysOut(t *testing.T) {
	d := doctest.Parsed(t, "Judges met in the Netherlands on Monday.", map[string]doc.EntityType{})
	// Judges met in the Netherlands on Monday .
	first, j, _ := joinKnown(d, 0, []int{0, 0, 0, 0, 5, 0, 0, 0}, 4, 5, "LOC")
	assert.Equal(t, [2]int{4, 5}, [2]int{first, j})
}

func TestAFirmAndAPlaceAfterItAreTheFirmsBranch(t *testing.T) {
	d := doctest.Parsed(t, "Buyers said Google Kenya had hired staff.", map[string]doc.EntityType{})
	// Buyers said Google Kenya had hired staff .
	first, j, typ := joinKnown(d, 0, []int{0, 0, 3, 5, 0, 0, 0, 0}, 2, 3, "ORG")
	assert.Equal(t, [3]any{2, 4, "ORG"}, [3]any{first, j, typ}, "the firm tagged, the place after it tagged apart")
	first, j, typ = joinKnown(d, 0, []int{0, 0, 0, 5, 0, 0, 0, 0}, 3, 4, "LOC")
	assert.Equal(t, [3]any{2, 4, "ORG"}, [3]any{first, j, typ}, "the firm left out, the place tagged")
	d = doctest.Parsed(t, "Buyers said Kenya Google had hired staff.", map[string]doc.EntityType{})
	first, j, _ = joinKnown(d, 0, []int{0, 0, 5, 3, 0, 0, 0, 0}, 2, 3, "LOC")
	assert.Equal(t, [2]int{2, 3}, [2]int{first, j}, "a place before a firm is no branch")
}

// A capitalised word the tagger left out after a name joins it where the
// two spell a listed name; a lower-case word or an unlisted pair does not.
func TestACapitalisedWordAfterANameThatCompletesAListedName(t *testing.T) {
	d := doctest.Parsed(t, "She wrote for USA TODAY and the USA Network.", map[string]doc.EntityType{})
	// She wrote for USA TODAY and the USA Network .
	first, j, typ := joinKnown(d, 0, []int{0, 0, 0, 5, 0, 0, 0, 5, 0, 0}, 3, 4, "LOC")
	assert.Equal(t, [3]any{3, 5, "ORG"}, [3]any{first, j, typ}, "the paper, not the country")
	first, j, typ = joinKnown(d, 0, []int{0, 0, 0, 5, 0, 0, 0, 5, 0, 0}, 7, 8, "LOC")
	assert.Equal(t, [3]any{7, 8, "LOC"}, [3]any{first, j, typ}, "an unlisted pair stays as tagged")
	d = doctest.Parsed(t, "Visitors to the USA today pay more.", map[string]doc.EntityType{})
	// Visitors to the USA today pay more .
	first, j, typ = joinKnown(d, 0, []int{0, 0, 0, 5, 0, 0, 0, 0}, 3, 4, "LOC")
	assert.Equal(t, [3]any{3, 4, "LOC"}, [3]any{first, j, typ}, "a lower-case word is no part of a name")
}
