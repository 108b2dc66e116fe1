package lex_test

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/newsgraph/newsgraph/extract/lex"
	"github.com/stretchr/testify/assert"
)

// A parse that hangs a title and a person's name flat on the place
// before them is headed by the person.
func TestTitledNameHeadsThePlaceBeforeItsTitle(t *testing.T) {
	d := doctest.Tree(t, "by/ADP/IN/3/case former/ADJ/JJ/3/amod Ohio/PROPN/NNP/0/root Gov./PROPN/NNP/3/flat "+
		"Ann/PROPN/NNP/3/flat Lee/PROPN/NNP/3/flat")
	doctest.Names(d, map[string]doc.EntityType{"Ohio": doc.Place, "Ann Lee": doc.Person})
	p := lex.TitledName(d, 2)
	if assert.GreaterOrEqual(t, p, 0) {
		assert.Equal(t, "Ann Lee", d.Mentions[p].Text)
	}
	assert.Equal(t, -1, lex.TitledName(d, 4), "the name's own head")
}

// Without a title between them, or with other words there, the place
// and the person are no such chain: a parse that lost a conjunction.
func TestTitledNameNeedsATitleAlone(t *testing.T) {
	d := doctest.Tree(t, "Ohio/PROPN/NNP/0/root Ann/PROPN/NNP/1/flat Lee/PROPN/NNP/1/flat")
	doctest.Names(d, map[string]doc.EntityType{"Ohio": doc.Place, "Ann Lee": doc.Person})
	assert.Equal(t, -1, lex.TitledName(d, 0))

	d = doctest.Tree(t, "Ohio/PROPN/NNP/0/root and/CCONJ/CC/3/cc former/ADJ/JJ/1/flat CEO/NOUN/NN/1/flat "+
		"Ann/PROPN/NNP/1/flat Lee/PROPN/NNP/1/flat")
	doctest.Names(d, map[string]doc.EntityType{"Ohio": doc.Place, "Ann Lee": doc.Person})
	assert.Equal(t, -1, lex.TitledName(d, 0))
}
