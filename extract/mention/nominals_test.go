package mention

import (
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
	"github.com/newsgraph/newsgraph/extract/syntax"
	"github.com/newsgraph/newsgraph/extract/tokenize"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func nominalDoc(t *testing.T, text string) *doc.Document {
	t.Helper()
	d := doc.NewDocument("nom-test", text, time.Date(2020, 5, 1, 0, 0, 0, 0, time.UTC))
	tokenize.Tokenize(d)
	syntax.Parse(d)
	FindNames(d)
	return d
}

func nominalTexts(d *doc.Document, ns []doc.NominalMention) map[string]doc.NominalMention {
	out := map[string]doc.NominalMention{}
	for _, n := range ns {
		out[d.Slice(n.Span)] = n
	}
	return out
}

func TestFindNominalsTypesAndExtents(t *testing.T) {
	d := nominalDoc(t, "Flood waters reached the old harbour town on Tuesday. Local residents said the fire brigade "+
		"arrived late, and a spokesman for the regional council apologised.")
	FindNominalMentions(d)
	got := nominalTexts(d, d.Nominals)
	require.Contains(t, got, "Local residents")
	assert.Equal(t, doc.Person, got["Local residents"].Type)
	assert.True(t, got["Local residents"].Plural)
	assert.False(t, got["Local residents"].Definite)
	require.Contains(t, got, "the regional council")
	assert.Equal(t, doc.Organization, got["the regional council"].Type)
	assert.True(t, got["the regional council"].Definite)
	assert.False(t, got["the regional council"].Plural)
	assert.Equal(t, "council", d.Tokens[got["the regional council"].Head].Text)
	for text := range got {
		assert.NotEqual(t, "Tuesday", text)
	}
}

func TestFindNominalsPossessorAndNames(t *testing.T) {
	d := nominalDoc(t, "Maria Lopez thanked the visiting team's coach after the match in Madrid.")
	FindNominalMentions(d)
	got := nominalTexts(d, d.Nominals)
	for text, n := range got {
		assert.NotEqual(t, "Maria Lopez", text, "a name the tagger found is not a candidate")
		assert.NotEqual(t, "Madrid", text)
		assert.Contains(t, []doc.EntityType{doc.Person, doc.Organization, doc.Place}, n.Type)
	}
	require.Contains(t, got, "the visiting team's coach")
	c := got["the visiting team's coach"]
	assert.Equal(t, "coach", d.Tokens[c.Head].Text)
	assert.True(t, c.Definite)
}

func TestDescribeNominalHeadBeforeComplement(t *testing.T) {
	d := nominalDoc(t, "Two groups of volunteers who live nearby cleaned the beach.")
	n := describeNominal(d, 0, 7, doc.Person) // "Two groups of volunteers who live nearby"
	assert.Equal(t, "groups", d.Tokens[n.Head].Text)
	assert.True(t, n.Plural)
	assert.False(t, n.Definite)
}

func TestPluralNoun(t *testing.T) {
	for w, want := range map[string]bool{"residents": true, "people": true, "fishermen": true, "boss": false,
		"campus": false, "team": false, "police": true, "analysis": false} {
		assert.Equal(t, want, lex.PluralNoun(w), w)
	}
}
