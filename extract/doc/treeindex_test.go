package doc

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

// The dependents index gives what the sentence scan gives, in text order,
// and is dropped when the words are made again or change.
func TestTreeIndexAgreesWithScan(t *testing.T) {
	// "Ada wrote it . She left": two sentences, heads within each
	d := NewDocument("t", "Ada wrote it . She left", time.Time{})
	d.Tokens = []Token{{Span: Span{0, 3}}, {Span: Span{4, 9}}, {Span: Span{10, 12}}, {Span: Span{13, 14}},
		{Span: Span{15, 18}}, {Span: Span{19, 23}}}
	d.Sentences = []Sentence{{First: 0, Last: 4}, {First: 4, Last: 6}}
	d.Words = []Word{
		{Token: 0, Head: 1, Rel: "nsubj"}, {Token: 1, Head: -1, Rel: "root"}, {Token: 2, Head: 1, Rel: "obj"},
		{Token: 3, Head: 1, Rel: "punct"},
		{Token: 4, Sentence: 1, Head: 5, Rel: "nsubj:pass"}, {Token: 5, Sentence: 1, Head: -1, Rel: "root"},
	}
	for i := range d.Words {
		d.Words[i].Sentence = d.Words[i].Token / 4
	}
	d.IndexWords()
	scan := func() (kids [][]int, subj [][]int) {
		for w := range d.Words {
			kids, subj = append(kids, d.Children(w)), append(subj, d.Dependents(w, "nsubj", "punct"))
		}
		return kids, subj
	}
	wantKids, wantSubj := scan()
	assert.Equal(t, []int{0, 2, 3}, wantKids[1])
	assert.Equal(t, []int{0, 3}, wantSubj[1])
	assert.Equal(t, []int{4}, wantSubj[5])
	assert.Nil(t, wantKids[0])

	d.IndexTree()
	_, ok := d.dependents(1)
	assert.True(t, ok)
	kids, subj := scan()
	assert.Equal(t, wantKids, kids)
	assert.Equal(t, wantSubj, subj)

	d.IndexWords() // words made again: no tree until IndexTree
	_, ok = d.dependents(1)
	assert.False(t, ok)
	d.IndexTree()
	d.Words = d.Words[:4] // the second sentence gone
	_, ok = d.dependents(1)
	assert.False(t, ok)
	assert.Equal(t, []int{0, 2, 3}, d.Children(1))
}
