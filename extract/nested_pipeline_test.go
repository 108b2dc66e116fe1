package extract

import (
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/extract/contract"
	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The output contract lists a name nested in a name apart from the
// entity's mentions, with the id of the name around it: the flat corpora
// mark only the outer name, and a nested mention is no second span of it.
func TestANestedNameIsListedApartWithItsOuterName(t *testing.T) {
	d := doc.NewDocument("n1", "Officials of the Bank of Finland met on Tuesday. Finland expects growth to slow next year.", time.Time{})
	Process(d)
	r := contract.From(d)
	var finland, bank *contract.Entity
	for i, e := range r.Entities {
		switch e.Name {
		case "Finland":
			finland = &r.Entities[i]
		case "Bank of Finland":
			bank = &r.Entities[i]
		}
	}
	require.NotNil(t, finland)
	require.NotNil(t, bank)
	require.Len(t, finland.Nested, 1, "the Finland of the bank's name")
	assert.Equal(t, "Finland", finland.Nested[0].Text)
	assert.Equal(t, bank.ID, finland.Nested[0].In)
	for _, m := range finland.Mentions {
		assert.NotEqual(t, finland.Nested[0].Start, m.Start, "not among the flat mentions")
	}
	assert.Len(t, bank.Mentions, 1, "the bank keeps its one name")
	assert.Equal(t, "Bank of Finland", bank.Mentions[0].Text)
}
