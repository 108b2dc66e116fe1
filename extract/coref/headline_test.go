package coref

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/stretchr/testify/assert"
)

// entityOfText is the entity id of the first mention with text s.
func entityOfText(d *doc.Document, s string) string {
	for _, m := range d.Mentions {
		if m.Text == s && m.Entity >= 0 {
			return d.Entities[m.Entity].ID
		}
	}
	return "<none>"
}

func TestHeadlineDescriptionIsTheReportsFirst(t *testing.T) {
	d := doctest.Parsed(t, "Woman hurt in Tromso crash\nA woman was taken to hospital on Monday after a van hit her. "+
		"A second woman saw the crash.",
		map[string]doc.EntityType{"Tromso": doc.Place})
	resolve(d)
	head := entityOfText(d, "Woman")
	assert.NotEqual(t, "<none>", head)
	assert.Equal(t, head, entityOfText(d, "A woman"), "the headline's woman is the one the report tells of")
	assert.NotEqual(t, head, entityOfText(d, "A second woman"), "only the first of the noun")

	d = doctest.Parsed(t, "Oslo bakery store robbed\nThieves broke into an old bakery store in central Oslo on Monday.",
		map[string]doc.EntityType{"Oslo": doc.Place})
	resolve(d)
	assert.Equal(t, entityOfText(d, "Oslo bakery store"), entityOfText(d, "an old bakery store in central Oslo"))
}

func TestBodyDescriptionsAreNoHeadline(t *testing.T) {
	d := doctest.Parsed(t, "Roads closed.\nTrains late.\nSchools shut.\nOslo bakery store robbed\n"+
		"Thieves broke into an old bakery store in central Oslo on Monday.",
		map[string]doc.EntityType{"Oslo": doc.Place})
	resolve(d)
	assert.NotEqual(t, entityOfText(d, "Oslo bakery store"), entityOfText(d, "an old bakery store in central Oslo"),
		"far from the top it is no headline")
}
