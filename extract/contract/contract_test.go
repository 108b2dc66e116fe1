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

// A nested mention follows its outer name's id through renaming and
// joining, and is dropped where resolution made the two one entity.
func TestNestedMentionsFollowTheirOuterNamesID(t *testing.T) {
	nested := func(s, e int, text, in string) NestedMention {
		return NestedMention{Mention{s, e, text, doc.Name}, in}
	}
	r := Result{Entities: []Entity{
		{ID: "\x000", Name: "Kestrel Bank of Peru", Type: doc.Organization, Mentions: []Mention{{0, 20, "Kestrel Bank of Peru", doc.Name}}},
		{ID: "peru", Name: "Peru", Type: doc.Place, Nested: []NestedMention{nested(16, 20, "Peru", "\x000")}},
		{ID: "church-of-vell", Name: "Church of Vell", Type: doc.Organization, Mentions: []Mention{{30, 44, "Church of Vell", doc.Name}}},
		{ID: "vell", Name: "Vell", Type: doc.Organization, Nested: []NestedMention{nested(40, 44, "Vell", "church-of-vell")}},
		{ID: "peru", Name: "Peru", Type: doc.Place, Mentions: []Mention{}, Nested: []NestedMention{nested(56, 60, "Peru", "\x000")}},
	}}
	r.Rename(func(id string) (string, doc.EntityType, bool) {
		switch id {
		case "\x000":
			return "kestrel-bank", doc.Organization, true
		case "vell":
			return "church-of-vell", doc.Organization, true
		}
		return "", "", false
	})
	r.JoinSameIDs()
	var ids []string
	for _, e := range r.Entities {
		ids = append(ids, e.ID)
		if e.ID == "peru" {
			require.Len(t, e.Nested, 2)
			assert.Equal(t, "kestrel-bank", e.Nested[0].In, "renamed with its outer name")
			assert.NotNil(t, e.Mentions, "named only inside names: an empty list, never null")
		}
		if e.ID == "church-of-vell" {
			assert.Empty(t, e.Nested, "Vell joined the church: no nested mention of itself")
			assert.Len(t, e.Mentions, 1)
		}
	}
	assert.Equal(t, []string{"kestrel-bank", "peru", "church-of-vell"}, ids)
}
