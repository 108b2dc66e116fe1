package extract

import (
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/stretchr/testify/assert"
)

// mentionTexts returns the text of every mention of kind k in d.
func mentionTexts(d *doc.Document, k doc.MentionKind) []string {
	var out []string
	for _, m := range d.Mentions {
		if m.Kind == k {
			out = append(out, m.Text)
		}
	}
	return out
}

// A relative clause set off by a comma is part of its noun's phrase: the
// nominal mention runs over it, and keeps its entity (the relative
// pronoun's).
func TestANominalMentionKeepsItsNonRestrictiveClause(t *testing.T) {
	d := doc.NewDocument("a1", "The ferry company hired a new pilot, who had sailed the northern route for ten years. "+
		"The young singer, who thanked her fans after the show, cancelled the tour.", time.Time{})
	Process(d)
	nominals := mentionTexts(d, doc.Nominal)
	assert.Contains(t, nominals, "a new pilot, who had sailed the northern route for ten years")
	assert.Contains(t, nominals, "The young singer, who thanked her fans after the show")
	singer, who := -1, -2
	for _, m := range d.Mentions {
		switch {
		case m.Text == "The young singer, who thanked her fans after the show":
			singer = m.Entity
		case m.Text == "who" && m.Start > 80:
			who = m.Entity
		}
	}
	assert.GreaterOrEqual(t, singer, 0)
	assert.Equal(t, singer, who, "the relative pronoun is the singer's")
}

// The clause's relative word must fit the noun: "which" after a person is
// about the noun before it, and a name keeps the name's extent.
func TestANonRestrictiveClauseThatIsNotTheNounsStaysOut(t *testing.T) {
	d := doc.NewDocument("a2", "Reporters questioned the mayor of Tromso, which hosts the fishing summit this year. "+
		"Ana Ruiz, who runs the bakery, said nothing.", time.Time{})
	Process(d)
	for _, s := range mentionTexts(d, doc.Nominal) {
		assert.NotContains(t, s, "which hosts", "the clause is the town's, not the mayor's")
	}
	assert.Contains(t, mentionTexts(d, doc.Name), "Ana Ruiz")
	for _, s := range append(mentionTexts(d, doc.Nominal), mentionTexts(d, doc.Name)...) {
		assert.NotContains(t, s, "who runs", "a name keeps its extent")
	}
}

// The clause a mention takes agrees with its noun, and ends at the comma
// before a phrase of the sentence that the parse hung on its verb.
func TestANonRestrictiveClauseAgreesAndEndsAtItsComma(t *testing.T) {
	d := doc.NewDocument("a3", "The ministry has granted immunity to a former court clerk, who worked on the mayor's private accounts, "+
		"as part of an inquiry into the missing funds, according to a senior official. "+
		"The bank named Tom Hale, a father of three grown children, who is known for his dry wit, as chief. "+
		"Kestrel is led by a widower with two adult sons, who was a pilot for twenty years.", time.Time{})
	Process(d)
	nominals := mentionTexts(d, doc.Nominal)
	assert.Contains(t, nominals, "a former court clerk, who worked on the mayor's private accounts")
	assert.Contains(t, nominals, "three grown children", "who is known is about Tom Hale")
	assert.Contains(t, nominals, "two adult sons", "who was a pilot is about the widower")
}
