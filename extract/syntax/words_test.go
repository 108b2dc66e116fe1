package syntax

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/tokenize"
)

func words(text string) []string {
	d := doc.NewDocument("t", text, time.Time{})
	tokenize.Tokenize(d)
	Segment(d)
	var out []string
	r := d.Runes()
	for _, w := range d.Words {
		if string(r[w.Start:w.End]) != w.Text {
			return []string{"offset mismatch at " + w.Text}
		}
		out = append(out, w.Text)
	}
	return out
}

func TestSegmentSplitsCompoundsNotPrefixes(t *testing.T) {
	assert.Equal(t, []string{"a", "well", "-", "known", "non-profit", "co-founder", "and", "/", "or", "e-mail"},
		words("a well-known non-profit co-founder and/or e-mail"))
	assert.Equal(t, []string{"The", "32", "-", "year", "-", "old", "lost", "3-2", "on", "9/11", "."},
		words("The 32-year-old lost 3-2 on 9/11."))
}

func TestSegmentSplitsContractionsKeepsAddresses(t *testing.T) {
	assert.Equal(t, []string{"I", "can", "not", "go", ",", "I", "'m", "gon", "na", "write", "to", "ann-marie@example.org"},
		words("I cannot go, I'm gonna write to ann-marie@example.org"))
	assert.Equal(t, []string{"see", "https://example.org/a-b/c"}, words("see https://example.org/a-b/c"))
}

func TestSegmentKeepsGivenTokens(t *testing.T) {
	d := doc.NewDocument("t", "well-known b/c", time.Time{})
	tokenize.Given(d, [][]doc.Span{{{Start: 0, End: 10}, {Start: 11, End: 14}}})
	Segment(d)
	assert.Len(t, d.Words, 2, "a treebank's words are not split again")
	assert.Equal(t, "b/c", d.Words[1].Text)
	assert.Equal(t, 1, d.Words[1].Token)
}

// The tagger guesses the lemma of an inflected word its training data
// lacks by suffix; the dictionary mends the guesses that are no words.
func TestParseMendsLemmasWithTheDictionary(t *testing.T) {
	d := doc.NewDocument("t", "Villagers fled as the rumours inflamed the old feud and the guards hanged a thief.", time.Time{})
	tokenize.Tokenize(d)
	Parse(d)
	lemmas := map[string]string{}
	for _, w := range d.Words {
		lemmas[w.Text] = w.Lemma
	}
	assert.Equal(t, "flee", lemmas["fled"])
	assert.Equal(t, "inflame", lemmas["inflamed"])
	assert.Equal(t, "hang", lemmas["hanged"])
	assert.Equal(t, "villager", lemmas["Villagers"])
}
