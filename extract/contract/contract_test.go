package contract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
)

func TestAnAmbiguousShortNameStaysUnresolved(t *testing.T) {
	d := doctest.WithEntities(t, "Anna Kowalski and Piotr Kowalski opened a bakery. Kowalski said it was hard.",
		map[string]doc.EntityType{"Anna Kowalski": doc.Person, "Piotr Kowalski": doc.Person, "Kowalski": doc.Person})
	for i := range d.Entities {
		if d.Entities[i].Name == "Kowalski" {
			d.Entities[i].Among = []int{0, 1} // as coreference marks it
		}
	}
	r := From(d)
	var names []string
	for _, e := range r.Entities {
		names = append(names, e.Name)
		assert.NotContains(t, e.ID, "ambiguous")
		if e.Name == "Kowalski" {
			assert.Len(t, e.Mentions, 1, "each mention of the short name stays on its own")
			assert.Contains(t, e.ID, "unresolved-t-", "with an id of this document and mention only")
		}
	}
	assert.ElementsMatch(t, []string{"Anna Kowalski", "Piotr Kowalski", "Kowalski"}, names)
}

// Entities of one id are one entity: every mention once, in text order,
// the fullest name, the others as aliases, and the type most names give.
func TestJoinSameIDs(t *testing.T) {
	r := Result{Entities: []Entity{
		{ID: "us", Name: "US", Type: doc.Place, Mentions: []Mention{{40, 42, "US", doc.Name}}},
		{ID: "oslo", Name: "Oslo", Type: doc.Place, Mentions: []Mention{{0, 4, "Oslo", doc.Name}}},
		{ID: "us", Name: "United States", Type: doc.Organization, Aliases: []string{"U.S."},
			Mentions: []Mention{{10, 23, "United States", doc.Name}, {50, 52, "it", doc.Pronoun}}},
		{ID: "us", Name: "America", Type: doc.Place, Mentions: []Mention{{60, 67, "America", doc.Name}}},
	}}
	r.JoinSameIDs()
	require.Len(t, r.Entities, 2)
	us := r.Entities[0]
	assert.Equal(t, "United States", us.Name)
	assert.Equal(t, doc.Place, us.Type, "two of three names are places")
	assert.ElementsMatch(t, []string{"US", "U.S.", "America"}, us.Aliases)
	var starts []int
	for _, m := range us.Mentions {
		starts = append(starts, m.Start)
	}
	assert.Equal(t, []int{10, 40, 50, 60}, starts)
	assert.Equal(t, "oslo", r.Entities[1].ID)
}

// A claim of a coordinated subject keeps every speaker: the first as
// speaker, the others as co-speakers, and renaming follows them all.
func TestCoSpeakersAreWritten(t *testing.T) {
	d := doctest.WithEntities(t, "Ana Lund and Tom Hale said the feud is over.",
		map[string]doc.EntityType{"Ana Lund": doc.Person, "Tom Hale": doc.Person})
	d.Quotes = []doc.Quote{{Content: []doc.Span{{Start: 27, End: 43}}, Speaker: 0, CoSpeakers: []int{1}, Addressee: -1}}
	r := From(d)
	require.Len(t, r.Quotes, 1)
	q := r.Quotes[0]
	require.NotNil(t, q.Speaker)
	assert.Equal(t, "Ana Lund", q.Speaker.Text)
	require.Len(t, q.CoSpeakers, 1)
	assert.Equal(t, "Tom Hale", q.CoSpeakers[0].Text)
	assert.Equal(t, 13, q.CoSpeakers[0].Start)
	r.Rename(func(id string) (string, doc.EntityType, bool) { return "corpus-" + id, doc.Person, true })
	require.NotNil(t, r.Quotes[0].CoSpeakers[0].Entity)
	assert.Equal(t, "corpus-tom-hale", *r.Quotes[0].CoSpeakers[0].Entity)
	assert.Equal(t, "corpus-ana-lund", *r.Quotes[0].Speaker.Entity)
}
