package mention

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestCompoundModifiersAfterAnArticle(t *testing.T) {
	d := nominalDoc(t, "Officials met a market research firm on Monday. The firm fired workers. The plant employs engineers.")
	FindNominalMentions(d)
	got := nominalTexts(d, d.Nominals)
	assert.Contains(t, got, "a market research firm")
	assert.NotContains(t, got, "The firm fired workers", "a past form inside is the verb")
	assert.NotContains(t, got, "The plant employs engineers", "so is an -s form")
}

func TestQuantifiersOpenThePhrase(t *testing.T) {
	d := nominalDoc(t, "The town has too many dealers. Several junior doctors quit.")
	FindNominalMentions(d)
	got := nominalTexts(d, d.Nominals)
	assert.Contains(t, got, "too many dealers", "the degree word belongs to the quantifier")
	assert.Contains(t, got, "Several junior doctors", "a modifier after a quantifier")
}
