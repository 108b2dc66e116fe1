package extract

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func nominalDoc(t *testing.T, text string) *Document {
	t.Helper()
	d := NewDocument("nom-test", text, time.Date(2020, 5, 1, 0, 0, 0, 0, time.UTC))
	Tokenize(d)
	FindNames(d)
	return d
}

func nominalTexts(d *Document, ns []NominalMention) map[string]NominalMention {
	out := map[string]NominalMention{}
	for _, n := range ns {
		out[d.Slice(n.Span)] = n
	}
	return out
}

func TestFindNominalsTypesAndExtents(t *testing.T) {
	d := nominalDoc(t, "Flood waters reached the old harbour town on Tuesday. Local residents said the fire brigade "+
		"arrived late, and a spokesman for the regional council apologised.")
	got := nominalTexts(d, FindNominals(d))
	require.Contains(t, got, "Local residents")
	assert.Equal(t, Person, got["Local residents"].Type)
	assert.True(t, got["Local residents"].Plural)
	assert.False(t, got["Local residents"].Definite)
	require.Contains(t, got, "the regional council")
	assert.Equal(t, Organization, got["the regional council"].Type)
	assert.True(t, got["the regional council"].Definite)
	assert.False(t, got["the regional council"].Plural)
	assert.Equal(t, "council", d.Tokens[got["the regional council"].Head].Text)
	for text := range got {
		assert.NotEqual(t, "Tuesday", text)
	}
}

func TestFindNominalsPossessorAndNames(t *testing.T) {
	d := nominalDoc(t, "Maria Lopez thanked the visiting team's coach after the match in Madrid.")
	got := nominalTexts(d, FindNominals(d))
	for text, n := range got {
		assert.NotEqual(t, "Maria Lopez", text, "a name the tagger found is not a candidate")
		assert.NotEqual(t, "Madrid", text)
		assert.Contains(t, []EntityType{Person, Organization, Place}, n.Type)
	}
	require.Contains(t, got, "the visiting team's coach")
	c := got["the visiting team's coach"]
	assert.Equal(t, "coach", d.Tokens[c.Head].Text)
	assert.True(t, c.Definite)
}

func TestDescribeNominalHeadBeforeComplement(t *testing.T) {
	d := nominalDoc(t, "Two groups of volunteers who live nearby cleaned the beach.")
	n := describeNominal(d, 0, 7, Person) // "Two groups of volunteers who live nearby"
	assert.Equal(t, "groups", d.Tokens[n.Head].Text)
	assert.True(t, n.Plural)
	assert.False(t, n.Definite)
}

func TestPluralNoun(t *testing.T) {
	for w, want := range map[string]bool{"residents": true, "people": true, "fishermen": true, "boss": false,
		"campus": false, "team": false, "police": true, "analysis": false} {
		assert.Equal(t, want, pluralNoun(w), w)
	}
}

func TestLinkNominalsCorefersAndKeepsSingletonsApart(t *testing.T) {
	d := NewDocument("doc-7", "The Harbour Trust opened a new ferry terminal on Monday. The trust said the terminal "+
		"would serve local commuters. Local commuters welcomed it, and a spokeswoman praised the builders.",
		time.Date(2020, 5, 1, 0, 0, 0, 0, time.UTC))
	Process(d)
	byText := map[string]int{}
	for _, m := range d.Mentions {
		byText[m.Text] = m.Entity
	}
	if e, ok := byText["The trust"]; ok {
		require.GreaterOrEqual(t, e, 0)
		assert.Equal(t, byText["The Harbour Trust"], e, "the definite description joins the named trust")
	}
	e1, ok1 := byText["local commuters"]
	e2, ok2 := byText["Local commuters"]
	if ok1 && ok2 {
		assert.Equal(t, e1, e2, "the same plural phrase twice is one group")
	}
	if e, ok := byText["a spokeswoman"]; ok {
		require.GreaterOrEqual(t, e, 0)
		ent := d.Entities[e]
		assert.Equal(t, Person, ent.Type)
		assert.Contains(t, ent.ID, "doc-7", "a description-only entity gets a document-local id")
	}
	// Mentions stay in text order and every entity lists its own mentions.
	for i := 1; i < len(d.Mentions); i++ {
		assert.LessOrEqual(t, d.Mentions[i-1].Start, d.Mentions[i].Start)
	}
	for e, ent := range d.Entities {
		for _, mi := range ent.Mentions {
			assert.Equal(t, e, d.Mentions[mi].Entity)
		}
	}
}

func TestCorpusDoesNotMergeDescriptionOnlyEntities(t *testing.T) {
	c := NewCorpus()
	var ids []string
	for _, id := range []string{"a1", "a2"} {
		d := NewDocument(id, "A spokeswoman for the local hospital said the ward reopened.", time.Time{})
		Process(d)
		c.Link(d)
		for _, ent := range d.Entities {
			if !hasNameMention(d, indexOf(d, ent.ID)) {
				ids = append(ids, ent.ID)
			}
		}
	}
	seen := map[string]bool{}
	for _, id := range ids {
		assert.False(t, seen[id], "description-only entity %q shared across documents", id)
		seen[id] = true
	}
}

func indexOf(d *Document, id string) int {
	for e := range d.Entities {
		if d.Entities[e].ID == id {
			return e
		}
	}
	return -1
}
