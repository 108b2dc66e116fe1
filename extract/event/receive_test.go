package event

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/stretchr/testify/assert"
)

// the union that gives its support is no prize won.
func TestOfPhraseOfWhatIsWonGivesIt(t *testing.T) {
	names := map[string]doc.EntityType{"Eva Stone": doc.Person, "Vega Labs": doc.Organization}
	d := tree(t, "Eva/PROPN/NNP/3/nsubj Stone/PROPN/NNP/1/flat won/VERB/VBD/0/root the/DET/DT/5/det backing/NOUN/NN/3/obj "+
		"of/ADP/IN/8/case Vega/PROPN/NNP/8/compound Labs/PROPN/NNPS/5/nmod ./PUNCT/./3/punct", "won=win backing=backing", names)
	assert.Equal(t, map[string]string{"Eva Stone": "Arg0", "Vega Labs": "Arg2"}, roles(d, event(t, d, "won")))
}

// A participle modifying a noun that the tagger read as a past tense is
// passive all the same: in the headline "First Orvo delivered" the Orvo is
// delivered. A verb of saying hung on a speaker is none.
func TestAParticipleTaggedPastModifyingANoun(t *testing.T) {
	d := tree(t, "First/ADJ/JJ/2/amod Orvo/PROPN/NNP/0/root delivered/VERB/VBD/2/acl",
		"delivered=deliver", map[string]doc.EntityType{"Orvo": doc.Other})
	assert.Equal(t, map[string]string{"Orvo": "Arg1"}, roles(d, event(t, d, "delivered")))
	d = tree(t, "Ola/PROPN/NNP/3/nsubj Berg/PROPN/NNP/1/flat sold/VERB/VBD/0/root his/PRON/PRP$/5/nmod:poss farm/NOUN/NN/3/obj "+
		",/PUNCT/,/7/punct Kim/PROPN/NNP/5/appos Lund/PROPN/NNP/7/flat announced/VERB/VBD/7/acl ./PUNCT/./3/punct", "sold=sell announced=announce", people)
	assert.NotEqual(t, "Arg1", roles(d, event(t, d, "announced"))["Kim Lund"])
}

// After a subject or an object a verb tagged past may be the clause's own,
// which the parser misread: it is no passive participle there.
func TestAPastVerbAfterAnObjectIsNoParticiple(t *testing.T) {
	d := tree(t, "Vega/PROPN/NNP/2/compound Labs/PROPN/NNPS/3/nsubj paid/VERB/VBD/0/root Ola/PROPN/NNP/3/obj Berg/PROPN/NNP/4/flat "+
		"worked/VERB/VBD/4/acl in/ADP/IN/8/case Ohio/PROPN/NNP/6/obl ./PUNCT/./3/punct", "worked=work", people)
	assert.NotEqual(t, "Arg1", roles(d, event(t, d, "worked"))["Ola Berg"])
}
