package extract

import (
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/link"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestLinkNominalsCorefersAndKeepsSingletonsApart(t *testing.T) {
	d := doc.NewDocument("doc-7", "The Harbour Trust opened a new ferry terminal on Monday. The trust said the terminal "+
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
		assert.Equal(t, doc.Person, ent.Type)
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
	c := link.NewCorpus()
	var docs []*doc.Document
	for _, id := range []string{"a1", "a2"} {
		d := doc.NewDocument(id, "A spokeswoman for the local hospital said the ward reopened.", time.Time{})
		Process(d)
		c.Put(id, link.Records(d))
		docs = append(docs, d)
	}
	res := c.Resolve()
	var ids []string
	for _, d := range docs {
		link.Apply(d, res.Of(d.ID))
		for _, ent := range d.Entities {
			if !doc.HasNameMention(d, indexOf(d, ent.ID)) {
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

func indexOf(d *doc.Document, id string) int {
	for e := range d.Entities {
		if d.Entities[e].ID == id {
			return e
		}
	}
	return -1
}
