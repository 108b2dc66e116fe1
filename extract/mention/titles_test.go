package mention

import (
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/newsgraph/newsgraph/extract/tokenize"
	"github.com/stretchr/testify/assert"
)

func TestNameSplitsAtAnOfficersTitle(t *testing.T) {
	d := doc.NewDocument("t", "Kestrel CEO Ana Ruiz spoke. CEO Ola Berg agreed. Ana Ruiz left.", time.Time{})
	tokenize.Tokenize(d)
	texts := func(ps []namePart) (out []string) {
		for _, p := range ps {
			out = append(out, d.Slice(doc.Span{Start: d.Tokens[p.first].Start, End: d.Tokens[p.last-1].End})+"/"+string(p.typ))
		}
		return out
	}
	assert.Equal(t, []string{"Kestrel/" + string(doc.Organization), "Ana Ruiz/" + string(doc.Person)},
		texts(splitAtOfficeTitle(d, 0, 4, doc.Organization)), "the company before the title, the officer after it")
	assert.Equal(t, []string{"Ola Berg/" + string(doc.Person)}, texts(splitAtOfficeTitle(d, 6, 9, doc.Person)))
	assert.Equal(t, []string{"Ana Ruiz/" + string(doc.Person)}, texts(splitAtOfficeTitle(d, 11, 13, doc.Person)), "no title: whole")
}

func TestNameSplitsAtAPlayersPosition(t *testing.T) {
	d := doc.NewDocument("t", "Rovers QB Tom Lind threw twice.", time.Time{})
	tokenize.Tokenize(d)
	var got []string
	for _, p := range splitAtOfficeTitle(d, 0, 4, doc.Organization) {
		got = append(got, d.Slice(doc.Span{Start: d.Tokens[p.first].Start, End: d.Tokens[p.last-1].End})+"/"+string(p.typ))
	}
	assert.Equal(t, []string{"Rovers/" + string(doc.Organization), "Tom Lind/" + string(doc.Person)}, got, "the team, then the player")
}

// A person's title inside a tagged name with a listed first name after it
// cuts the name: the body or place before the title, the person after it;
// an office of a place makes the part before it a place.
func TestAPersonsTitleCutsATaggedName(t *testing.T) {
	d := doctest.Tree(t, "Supreme/PROPN/NNP/2/compound Court/PROPN/NNP/3/compound Justice/PROPN/NNP/5/compound "+
		"Sonia/PROPN/NNP/5/compound Ortega/PROPN/NNP/0/root")
	parts, ok := splitAtPersonTitle(d, 0, 5)
	assert.True(t, ok)
	assert.Equal(t, []namePart{{0, 2, doc.Organization}, {3, 5, doc.Person}}, parts)

	d = doctest.Tree(t, "Dunmore/PROPN/NNP/2/compound Mayor/PROPN/NNP/4/compound Lisa/PROPN/NNP/4/compound Marsh/PROPN/NNP/0/root")
	parts, ok = splitAtPersonTitle(d, 0, 4)
	assert.True(t, ok)
	assert.Equal(t, []namePart{{0, 1, doc.Place}, {2, 4, doc.Person}}, parts)

	d = doctest.Tree(t, "First/PROPN/NNP/3/compound National/PROPN/NNP/3/compound Bank/PROPN/NNP/0/root")
	_, ok = splitAtPersonTitle(d, 0, 3)
	assert.False(t, ok, "no first name after a title word")
}
