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

// direct parses a parsed document's words again with the model itself and a
// beam of k, in the stage's head numbering (one sentence).
func direct(d *doc.Document, k int) (heads []int, rels []string) {
	var w, u, x, l []string
	for _, t := range d.Words {
		w, u, x, l = append(w, t.Text), append(u, t.UPOS), append(x, t.XPOS), append(l, t.Lemma)
	}
	h, r := models().parser.(*depparse.Model).ParseBeam(w, u, x, l, k)
	for i := range h {
		h[i]-- // 0 (root) becomes -1, as the stage stores it
	}
	return h, r
}

func TestFastParsesWithTheNarrowBeam(t *testing.T) {
	m, ok := models().parser.(*depparse.Model)
	require.True(t, ok)
	require.Greater(t, m.Beam(), FastBeam, "the shipped parser is trained with a wider beam than --fast's")
	// sentences of our own, long enough for the two beams to part somewhere
	texts := []string{
		"The company, which had warned investors of weak sales in the spring, reported a loss that analysts said was larger than expected and blamed on the cost of closing plants in Ohio.",
		"Farmers who had planted corn before the floods said they expected to lose most of the crop, while those who waited hoped to plant soybeans once the fields dried.",
		"He told reporters that he had spoken with the governor twice since the storm and that both agreed the state should ask Washington for help rebuilding roads.",
	}
	parted := false
	for _, text := range texts {
		heads, rels, d := parsed(text)
		wantH, wantR := direct(d, m.Beam())
		assert.Equal(t, wantH, heads, "by default the stage decodes with the model's own beam")
		assert.Equal(t, wantR, rels)
		narrowH, _ := direct(d, FastBeam)
		parted = parted || !slices.Equal(narrowH, wantH)

		SetFast(true)
		heads, rels, d = parsed(text)
		SetFast(false)
		wantH, wantR = direct(d, FastBeam)
		assert.Equal(t, wantH, heads, "fast mode decodes with FastBeam")
		assert.Equal(t, wantR, rels)
	}
	assert.True(t, parted, "some sentence parses differently with the two beams, or the test tells nothing")
	assert.False(t, Fast())
}
