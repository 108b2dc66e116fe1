package mention

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
)

// scopeAfter runs scopeAfterBody on the name [i, j) the tags ts give
// sentence 0 of text (1 is B-PER, 3 B-ORG, 5 B-LOC, 7 B-MISC).
func scopeAfter(t *testing.T, text string, ts []int, i, j int) int {
	t.Helper()
	d := doctest.Parsed(t, text, map[string]doc.EntityType{})
	return scopeAfterBody(d, 0, ts, i, j)
}

func TestWhatABodyIsForEndsItsName(t *testing.T) {
	// Dana Voss , a fellow at the Harwick Center for Public Policy , spoke .
	j := scopeAfter(t, "Dana Voss, a fellow at the Harwick Center for Public Policy, spoke.",
		[]int{1, 2, 0, 0, 0, 0, 0, 5, 6, 0, 3, 4, 0, 0, 0}, 7, 9)
	assert.Equal(t, 12, j, "the tagger's second name after for")
	// She joined the Ostrava Institute for Peace and Trade last year .
	j = scopeAfter(t, "She joined the Ostrava Institute for Peace and Trade last year.",
		[]int{0, 0, 0, 3, 4, 0, 0, 0, 0, 0, 0, 0}, 3, 5)
	assert.Equal(t, 9, j, "words the tagger left out, joined by and")
}

func TestNoScopeAfterABodyOverADayOrAPerson(t *testing.T) {
	// The Harwick Committee on Tuesday approved the plan .
	j := scopeAfter(t, "The Harwick Committee on Tuesday approved the plan.",
		[]int{0, 3, 4, 0, 0, 0, 0, 0, 0}, 1, 3)
	assert.Equal(t, 3, j, "a day after on")
	// The Harwick Council voted for Dana Voss .
	j = scopeAfter(t, "The Harwick Council voted for Dana Voss.",
		[]int{0, 3, 4, 0, 0, 1, 2, 0}, 1, 3)
	assert.Equal(t, 3, j, "no for right after the head")
	// Money went from the Harwick Foundation for Dana Voss to the school .
	j = scopeAfter(t, "Money went from the Harwick Foundation for Dana Voss to the school.",
		[]int{0, 0, 0, 0, 3, 4, 0, 1, 2, 0, 0, 0, 0}, 4, 6)
	assert.Equal(t, 6, j, "a person the tagger read after for")
	// Debates were held at Harwick University on Long Island .
	j = scopeAfter(t, "Debates were held at Harwick University on Long Island.",
		[]int{0, 0, 0, 0, 3, 4, 0, 5, 6, 0}, 4, 6)
	assert.Equal(t, 6, j, "a place after on: where the body is")
}

func TestABodyBeforeWhatItIsForOpensTheName(t *testing.T) {
	// Lena Holt , a fellow at the Center for Rural Health , spoke .
	text := "Lena Holt, a fellow at the Center for Rural Health, spoke."
	d := doctest.Parsed(t, text, map[string]doc.EntityType{})
	ts := []int{1, 2, 0, 0, 0, 0, 0, 0, 0, 3, 4, 0, 0, 0, 0}
	assert.Equal(t, 7, bodyBeforeScope(d, 0, ts, 9, 11), "the body's head and for before the tagged words")
	// Donors gave money to the Coalition for Wendell Marsh .
	text = "Donors gave money to the Coalition for Wendell Marsh."
	d = doctest.Parsed(t, text, map[string]doc.EntityType{})
	ts = []int{0, 0, 0, 0, 0, 0, 0, 1, 2, 0}
	assert.Equal(t, 7, bodyBeforeScope(d, 0, ts, 7, 9), "a person a body works for is no part of its name")
	// Funds for Nordby arrived .
	text = "Funds for Nordby arrived."
	d = doctest.Parsed(t, text, map[string]doc.EntityType{})
	ts = []int{0, 0, 5, 0, 0}
	assert.Equal(t, 2, bodyBeforeScope(d, 0, ts, 2, 3), "no body's head before for")
}

func TestASentenceOpeningTheStaysOutOfABodysName(t *testing.T) {
	// The Center for Rural Health opened a clinic .
	d := doctest.Parsed(t, "The Center for Rural Health opened a clinic.", map[string]doc.EntityType{})
	ts := []int{0, 0, 0, 3, 4, 0, 0, 0, 0}
	assert.Equal(t, 1, bodyBeforeScope(d, 0, ts, 3, 5), "the name opens at Center, as it does after a lower-case the")
}
