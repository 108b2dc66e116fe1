package mention

import (
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/extract/doc"
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
