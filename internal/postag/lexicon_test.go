package postag

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const testLexicon = `# a lexicon of a few words for the tests
flee	V cV
fled	V~flee
hope	V cV
hop	V cV
provoke	V
shed	N V
stop	V cV
mouse	N
mice	N~mouse
regard	V N
dove	N V~dive
dive	V
`

func TestLexiconLemmaMendsGuessesThatAreNoWords(t *testing.T) {
	l, err := ReadLexicon(strings.NewReader(testLexicon))
	require.NoError(t, err)
	for _, c := range []struct{ word, xpos, guess, want string }{
		{"fled", "VBD", "flead", "flee"},         // irregular: WordNet's base
		{"provoked", "VBN", "provok", "provoke"}, // the e-final base is the verb
		{"hoped", "VBD", "hopd", "hope"},         // hop and hope are verbs: one p, so hope
		{"stopped", "VBD", "stopp", "stop"},      // the doubled consonant
		{"shed", "VBD", "sh", "shed"},            // the base form itself
		{"mice", "NNS", "mice", "mouse"},
		{"hoped", "VBD", "hope", "hope"},     // a guess that is a verb stays
		{"glorped", "VBD", "glorp", "glorp"}, // nothing known: the guess
		{"Fled", "VBD", "Fled", "Fled"},      // not a normalized lower-case word
		{"fled", "NN", "fled", "fled"},       // not an inflected tag
	} {
		assert.Equal(t, c.want, l.Lemma(c.word, c.xpos, c.guess, false), "%s/%s", c.word, c.xpos)
	}
	// A base-form tag on a word that is only an irregular past: the base.
	assert.Equal(t, "dive", l.Lemma("dove", "VBP", "dove", false))
	assert.Equal(t, "flee", l.Lemma("flee", "VB", "flee", false))
	assert.Equal(t, "dove", l.Lemma("dove", "VBP", "dove", true))
	// A lemma of the training data's own is mended only when irregular.
	assert.Equal(t, "flee", l.Lemma("fled", "VBD", "flead", true))
	assert.Equal(t, "regards", l.Lemma("regards", "NNS", "regards", true))
	assert.Equal(t, "regard", l.Lemma("regards", "NNS", "regards", false))
}

func TestReadLexiconRejectsUnknownCodes(t *testing.T) {
	_, err := ReadLexicon(strings.NewReader("word\tN Q7\n"))
	assert.ErrorContains(t, err, `unknown code "Q7"`)
	_, err = ReadLexicon(strings.NewReader("word N\n"))
	assert.ErrorContains(t, err, "no tab")
}
