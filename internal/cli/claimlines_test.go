package cli

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

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
