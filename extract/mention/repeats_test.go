package mention

import (
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/tokenize"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// repeated tokenizes text, marks the first occurrence of name as a NAME of
// type typ (as the tagger might have) and returns the NAME mentions'
// texts after tagRepeats.
func repeated(t *testing.T, text, name string, typ doc.EntityType) (*doc.Document, []string) {
	t.Helper()
	d := doc.NewDocument("t", text, time.Time{})
	tokenize.Tokenize(d)
	for i, tok := range d.Tokens {
		if tok.Text == name {
			addName(d, i, i+1, typ)
			break
		}
	}
	require.Len(t, d.Mentions, 1)
	tagRepeats(d)
	var out []string
	for _, m := range d.Mentions {
		if m.Kind == doc.Name {
			out = append(out, m.Text)
		}
	}
	return d, out
}

func TestRepeatOfATaggedNameIsAName(t *testing.T) {
	d, got := repeated(t, "Analysts praised Q-Link on Monday. Q-Link hired two engineers, and shares of Q-Link rose.",
		"Q-Link", doc.Organization)
	assert.Equal(t, []string{"Q-Link", "Q-Link", "Q-Link"}, got, "at a sentence's start too, in a name's own shape")
	assert.Equal(t, doc.Organization, d.Mentions[1].Type)
}

func TestRepeatNeedsTheNamesOwnShapeAtASentenceStart(t *testing.T) {
	_, got := repeated(t, "Voters like Hope a lot. Hope fades fast. They met at Hope Street. Vote on Wednesday.",
		"Hope", doc.Person)
	assert.Equal(t, []string{"Hope"}, got, "an ordinary word opening a sentence, and a longer name, are not repeats")
	_, got = repeated(t, "The deal closed Wednesday. Talks resume next Wednesday.", "Wednesday", doc.Organization)
	assert.Equal(t, []string{"Wednesday"}, got, "a day is no name")
}
