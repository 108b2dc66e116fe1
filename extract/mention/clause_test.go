package mention

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/coref"
	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/stretchr/testify/assert"
)

// clauseCands runs the candidate stages linkNominals runs, up to
// extendClauses, and returns the candidates by text.
func clauseCands(t *testing.T, text string) map[string]doc.NominalMention {
	t.Helper()
	d := nominalDoc(t, text)
	return nominalTexts(d, extendClauses(d, extendPostmodifiers(d, repairNominals(d, trimCandidates(d, FindNominals(d))))))
}

func TestDescriptionTakesItsRelativeClause(t *testing.T) {
	got := clauseCands(t, "The council sent letters to the families who live near the quarry. "+
		"Farmers met a lawyer, who works for free, in the village hall.")
	assert.Contains(t, got, "the families who live near the quarry", "a restrictive clause up to the sentence end")
	assert.True(t, got["the families who live near the quarry"].Restricted)
	assert.Contains(t, got, "a lawyer, who works for free", "a clause between commas")
	assert.False(t, got["a lawyer, who works for free"].Restricted, "a comma clause only describes")
}

func TestSubjectDescriptionKeepsItsEnd(t *testing.T) {
	got := clauseCands(t, "The nurses said that the patients who waited longest were angry.")
	for text := range got {
		assert.NotContains(t, text, "were angry", "after a clause opener the phrase may be a subject: no end is plain")
	}
}

func TestRelativeThatNeedsAVerb(t *testing.T) {
	got := clauseCands(t, "The union wrote to the companies that employ drivers.")
	assert.Contains(t, got, "the companies that employ drivers")
	d := nominalDoc(t, "The mayor assured the region that its roads would be rebuilt.")
	assert.False(t, relativeHead(d, tokenAt(t, d, "that"), doc.Place), "'that' before a possessive opens what was said")
	assert.False(t, relativeHead(d, tokenAt(t, d, "that"), doc.Person))
}

func TestParticiplePhraseAfterAPreposition(t *testing.T) {
	got := clauseCands(t, "Prizes went to the volunteers working at the shelter. "+
		"Medals went to teams coached by parents from the school. Sales of the company rose by 5 percent.")
	assert.Contains(t, got, "the volunteers working at the shelter")
	assert.Contains(t, got, "teams coached by parents from the school")
	for text := range got {
		assert.NotContains(t, text, "rose by", "a past form before a number is the main verb")
	}
}

func TestRelativePronounInsideTheDescription(t *testing.T) {
	d := nominalDoc(t, "Grants were given to the farmers who lost their crops.")
	resolve(d)
	assert.Equal(t, doctest.EntityOf(d, "the farmers who lost their crops", 0), doctest.EntityOf(d, "who", 0),
		"the pronoun refers to the description that holds its clause")
}

// resolve runs coreference the way the pipeline does: names, nominal
// candidates, then the rest.
func resolve(d *doc.Document) {
	coref.ResolveNames(d)
	FindNominalMentions(d)
	coref.LinkMentions(d)
}
