package doc

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func TestSortMentionsRenumbersEveryReference(t *testing.T) {
	d := NewDocument("t", "Ana Ruiz sold the boat to Bo Lind.", time.Time{})
	d.Entities = []Entity{{Name: "Ana Ruiz"}, {Name: "Bo Lind"}, {Name: "the boat"}}
	d.Mentions = []Mention{
		{Span: Span{Start: 0, End: 8}, Entity: 0},
		{Span: Span{Start: 26, End: 33}, Entity: 1},
		{Span: Span{Start: 14, End: 22}, Entity: 2}, // appended after the others
	}
	d.Entities[0].Mentions, d.Entities[1].Mentions, d.Entities[2].Mentions = []int{0}, []int{1}, []int{2}
	d.Quotes = []Quote{{Speaker: 1, Addressee: -1}}
	d.Events = []Event{{Args: []Arg{{Role: "Arg0", Mention: 0}, {Role: "Arg1", Mention: 2}, {Role: "Arg2", Mention: 1}},
		Place: -1, Factuality: Factuality{Source: 1}}}
	d.Relations = []Relation{{Holder: 2, Relative: 1}}
	d.SortMentions()
	for i := 1; i < len(d.Mentions); i++ {
		assert.Less(t, d.Mentions[i-1].Start, d.Mentions[i].Start)
	}
	name := func(mi int) string { return d.Entities[d.Mentions[mi].Entity].Name }
	assert.Equal(t, "Bo Lind", name(d.Quotes[0].Speaker))
	assert.Equal(t, -1, d.Quotes[0].Addressee)
	assert.Equal(t, []string{"Ana Ruiz", "the boat", "Bo Lind"},
		[]string{name(d.Events[0].Args[0].Mention), name(d.Events[0].Args[1].Mention), name(d.Events[0].Args[2].Mention)})
	assert.Equal(t, -1, d.Events[0].Place)
	assert.Equal(t, "Bo Lind", name(d.Events[0].Factuality.Source))
	assert.Equal(t, "the boat", name(d.Relations[0].Holder))
	assert.Equal(t, []int{1}, d.Entities[2].Mentions)
}
