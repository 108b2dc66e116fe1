package coref

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/stretchr/testify/assert"
)

func TestSubjectOfSayingGoesOnWithTheLastSayer(t *testing.T) {
	people := map[string]doc.EntityType{"Dorin Brandt": doc.Person, "Oscar Lind": doc.Person}
	// Lind is named more often and last; Brandt is the one reported
	d := doctest.Parsed(t, "Oscar Lind won the primary in March. Lind leads the polls, and his aides say he will win again.\n\n"+
		"Mayor Dorin Brandt, a Lind supporter, said the Lind campaign expects a long fight in the fall.\n\n"+
		"A clear win is essential, he said after the meeting.", people)
	resolve(d)
	assert.Equal(t, "Dorin Brandt", doctest.EntityOf(d, "he", 1))
}

func TestCloseAppositionNamesTheGoverningSubject(t *testing.T) {
	people := map[string]doc.EntityType{"Dorin Brandt": doc.Person, "Oscar Lind": doc.Person, "Ana Ruiz": doc.Person}
	// "her opponent Oscar Lind", no comma: the name is the subject's own, and
	// its clause governs the pronoun, not the more salient Brandt
	d := doctest.Parsed(t, "Dorin Brandt said the vote was close. Brandt, who chairs the board, said the count would take days, he said.\n\n"+
		"For her part, Ana Ruiz told her audience that her opponent Oscar Lind doesn't know what he is talking about.", people)
	resolve(d)
	assert.Equal(t, "Oscar Lind", doctest.EntityOf(d, "he", 1))
}

func TestPronounOfAnAdverbialClauseIsNoSayer(t *testing.T) {
	people := map[string]doc.EntityType{"Dorin Brandt": doc.Person, "Oscar Lind": doc.Person}
	d := doctest.Parsed(t, "Lawyer Dorin Brandt said Oscar Lind had suffered from many medical problems.\n\n"+
		"Recently when he complained of chest pains, his family asked for a hospital.", people)
	resolve(d)
	he := -1
	for k, tk := range d.Tokens {
		if tk.Text == "he" {
			he = k
		}
	}
	assert.Equal(t, -1, lastSayer(d, he, quotedTokens(d)), "complaining of pains in a 'when' clause reports no speech")
}
