package cli

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/newsgraph/newsgraph/extract/contract"
	"github.com/newsgraph/newsgraph/extract/doc"
)

// A claim of several speakers shows every one of them, by entity name.
func TestClaimLinesShowCoSpeakers(t *testing.T) {
	d := doc.NewDocument("t", "Lund and Tom Hale said the feud is over.", time.Time{})
	lund := d.AddEntity(doc.Entity{ID: "ana-lund", Name: "Ana Lund", Type: doc.Person})
	hale := d.AddEntity(doc.Entity{ID: "tom-hale", Name: "Tom Hale", Type: doc.Person})
	m0 := d.AddMention(doc.Mention{Span: doc.Span{Start: 0, End: 4}, Text: "Lund", Type: doc.Person, Kind: doc.Name, Entity: lund})
	m1 := d.AddMention(doc.Mention{Span: doc.Span{Start: 9, End: 17}, Text: "Tom Hale", Type: doc.Person, Kind: doc.Name, Entity: hale})
	d.Quotes = []doc.Quote{{Content: []doc.Span{{Start: 23, End: 39}}, Speaker: m0, CoSpeakers: []int{m1}, Addressee: -1}}
	assert.Equal(t, []string{"  Lund = Ana Lund + Tom Hale (reported): the feud is over"}, claimLines(d))
}

// An entity named only inside another name shows how often, not as an
// entity of no mentions.
func TestSummaryCountsNestedMentions(t *testing.T) {
	s := &summary{r: contract.Result{Entities: []contract.Entity{
		{ID: "des-moines", Name: "Des Moines", Type: doc.Place,
			Nested: []contract.NestedMention{{Mention: contract.Mention{Start: 4, End: 14, Text: "Des Moines", Kind: doc.Name}, In: "register"}}},
	}}}
	var b strings.Builder
	writeSummary(&b, s)
	assert.Contains(t, b.String(), "Des Moines  (0 mentions, 1 inside other names)")
}
