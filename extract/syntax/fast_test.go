package syntax

import (
	"slices"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/tokenize"
	"github.com/newsgraph/newsgraph/internal/depparse"
)

// parsed returns the heads and relations the stage gives text's words.
func parsed(text string) (heads []int, rels []string, d *doc.Document) {
	d = doc.NewDocument("t", text, time.Time{})
	tokenize.Tokenize(d)
	Parse(d)
	for _, w := range d.Words {
		heads, rels = append(heads, w.Head), append(rels, w.Rel)
	}
	return heads, rels, d
}

// direct parses a parsed document's words again with parser p itself, in
// the stage's head numbering (one sentence).
func direct(d *doc.Document, p Parser) (heads []int, rels []string) {
	var w, u, x, l []string
	for _, t := range d.Words {
		w, u, x, l = append(w, t.Text), append(u, t.UPOS), append(x, t.XPOS), append(l, t.Lemma)
	}
	h, r := p.Parse(w, u, x, l)
	for i := range h {
		h[i]-- // 0 (root) becomes -1, as the stage stores it
	}
	return h, r
}

func TestFastParsesWithTheGreedyModel(t *testing.T) {
	beam, ok := models().parser.(*depparse.Model)
	require.True(t, ok)
	greedy, ok := fastParser().(*depparse.Model)
	require.True(t, ok)
	require.Greater(t, beam.Beam(), 1, "the default parser searches with a beam")
	require.Equal(t, 1, greedy.Beam(), "the fast parser is greedy")
	// sentences of our own, long enough for the two parsers to part somewhere
	texts := []string{
		"The company, which had warned investors of weak sales in the spring, reported a loss that analysts said was larger than expected and blamed on the cost of closing plants in Ohio.",
		"Farmers who had planted corn before the floods said they expected to lose most of the crop, while those who waited hoped to plant soybeans once the fields dried.",
		"He told reporters that he had spoken with the governor twice since the storm and that both agreed the state should ask Washington for help rebuilding roads.",
	}
	parted := false
	for _, text := range texts {
		heads, rels, d := parsed(text)
		wantH, wantR := direct(d, beam)
		assert.Equal(t, wantH, heads, "by default the stage parses with the beam model")
		assert.Equal(t, wantR, rels)
		greedyH, _ := direct(d, greedy)
		parted = parted || !slices.Equal(greedyH, wantH)

		SetFast(true)
		heads, rels, d = parsed(text)
		SetFast(false)
		wantH, wantR = direct(d, greedy)
		assert.Equal(t, wantH, heads, "fast mode parses with the greedy model")
		assert.Equal(t, wantR, rels)
	}
	assert.True(t, parted, "some sentence parses differently with the two models, or the test tells nothing")
	assert.False(t, Fast())
}
