package extract

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func TestNameSplitsAtAnOfficersTitle(t *testing.T) {
	d := NewDocument("t", "Kestrel CEO Ana Ruiz spoke. CEO Ola Berg agreed. Ana Ruiz left.", time.Time{})
	Tokenize(d)
	texts := func(ps []namePart) (out []string) {
		for _, p := range ps {
			out = append(out, d.Slice(Span{d.Tokens[p.first].Start, d.Tokens[p.last-1].End})+"/"+string(p.typ))
		}
		return out
	}
	assert.Equal(t, []string{"Kestrel/" + string(Organization), "Ana Ruiz/" + string(Person)},
		texts(splitAtOfficeTitle(d, 0, 4, Organization)), "the company before the title, the officer after it")
	assert.Equal(t, []string{"Ola Berg/" + string(Person)}, texts(splitAtOfficeTitle(d, 6, 9, Person)))
	assert.Equal(t, []string{"Ana Ruiz/" + string(Person)}, texts(splitAtOfficeTitle(d, 11, 13, Person)), "no title: whole")
}
