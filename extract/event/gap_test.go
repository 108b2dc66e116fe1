package event

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// A relative clause without a relative pronoun leaves its verb's object
// to the noun it modifies.
func TestBareRelativeGivesItsNounAsObject(t *testing.T) {
	d := parsed(t, "Zeta Inc answered the letters Kim Lund sent on Friday.", people)
	assert.Equal(t, "Arg1", roles(d, event(t, d, "sent"))["the letters"], "the letters are what she sent")
	assert.Equal(t, "Arg0", roles(d, event(t, d, "sent"))["Kim Lund"])

	d = parsed(t, "Most voters rejected the plants Nova Corp intends to close.", people)
	assert.Equal(t, map[string]string{"Nova Corp": "Arg0", "the plants": "Arg1"}, roles(d, event(t, d, "close")),
		"the gap of an open complement's verb")

	// a time, a manner or a stranded preposition holds the gap: no object
	d = parsed(t, "The day Ola Berg left was cold.", people)
	assert.Equal(t, map[string]string{"Ola Berg": "Arg0"}, roles(d, event(t, d, "left")))
	d = parsed(t, "Kim Lund praised the firm Ana Cruz works for.", people)
	assert.Equal(t, map[string]string{"Ana Cruz": "Arg0"}, roles(d, event(t, d, "works")))
}

// A bare relative clause whose verb ends in a preposition leaves the noun
// to that preposition, in the role the frame gives it (event/prepRoles).
func TestBareRelativeGivesItsNounToAStrandedPreposition(t *testing.T) {
	d := tree(t, "Kim/PROPN/NNP/3/nsubj Lund/PROPN/NNP/1/flat read/VERB/VBD/0/root the/DET/DT/5/det letters/NOUN/NNS/3/obj "+
		"Nova/PROPN/NNP/7/compound Corp/PROPN/NNP/9/nsubj had/AUX/VBD/9/aux talked/VERB/VBN/5/acl:relcl about/ADP/IN/9/obl "+
		"./PUNCT/./3/punct", "talked=talk letters=letter", people)
	assert.Equal(t, map[string]string{"Nova Corp": "Arg0", "the letters": "Arg1"}, roles(d, event(t, d, "talked")),
		"what one talks about is Arg1 of talk.01")

	// no core role for the preposition of the frame: no participant
	d = tree(t, "Kim/PROPN/NNP/3/nsubj Lund/PROPN/NNP/1/flat toured/VERB/VBD/0/root the/DET/DT/5/det plant/NOUN/NN/3/obj "+
		"Nova/PROPN/NNP/7/compound Corp/PROPN/NNP/8/nsubj works/VERB/VBZ/5/acl:relcl in/ADP/IN/8/obl ./PUNCT/./3/punct",
		"toured=tour works=work plant=plant", people)
	assert.Equal(t, map[string]string{"Nova Corp": "Arg0"}, roles(d, event(t, d, "works")))
}
