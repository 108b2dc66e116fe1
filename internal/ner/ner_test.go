package ner

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestShapes(t *testing.T) {
	cases := map[string]string{
		"Paris": "Xx", "NATO": "X", "U.S.": "X.X.", "1996-08-22": "d-d-d", "iPhone": "xXx", "O'Neill": "X'Xx",
	}
	for w, want := range cases {
		assert.Equal(t, want, newTokInfo(w).shape, w)
	}
	ti := newTokInfo("“Berlin’s")
	assert.Equal(t, "\"berlin's", ti.low, "typographic quotes are straightened")
	assert.Equal(t, "0000", newTokInfo("2024").low, "digits are folded")
}

func TestClassify(t *testing.T) {
	info := func(s string) []tokInfo {
		var ts []tokInfo
		for _, w := range strings.Fields(s) {
			ts = append(ts, newTokInfo(w))
		}
		return ts
	}
	assert.Equal(t, sentUpper, classify(info("STORM HITS COASTAL TOWNS")))
	assert.Equal(t, sentTitle, classify(info("Storm Hits Coastal Towns Near Harbor")))
	assert.Equal(t, sentNormal, classify(info("The storm hit coastal towns near Harbor City .")))
}

func TestTagRoundTrip(t *testing.T) {
	for tag := range NumTags {
		assert.Equal(t, tag, ParseTag(TagName(tag)))
	}
	assert.Equal(t, 0, ParseTag("B-FOO"))
}

func TestViterbiKeepsSpansWellFormed(t *testing.T) {
	// Emissions that on their own would pick I-PER first and after O.
	em := make([]float32, 3*NumTags)
	iPer := ParseTag("I-PER")
	em[iPer] = 5
	em[NumTags+0] = 5
	em[2*NumTags+iPer] = 5
	var trans [NumTags + 1][NumTags]float32
	tags := viterbi(em, 3, &trans)
	prev := -1
	for _, tg := range tags {
		assert.True(t, allowed(prev, tg), "%v", tags)
		prev = tg
	}
}

// toyData is a tiny corpus in which capitalised words after "met" are people
// and after "in" places.
func toyData() ([]Sentence, Doc, [][]int) {
	words := Doc{
		strings.Fields("Anna met Boris in Oslo ."),
		strings.Fields("Carla met Dmitri in Lima ."),
		strings.Fields("Boris met Carla in Rome ."),
		strings.Fields("Dmitri met Anna in Oslo ."),
	}
	per, loc := ParseTag("B-PER"), ParseTag("B-LOC")
	tags := make([][]int, len(words))
	for i := range words {
		tags[i] = []int{per, 0, per, 0, loc, 0}
	}
	gaz := NewGazetteer()
	gaz.Add([]string{"Oslo"}, 2)
	feats := Featurize(words, gaz, nil)
	var sents []Sentence
	for i := range words {
		sents = append(sents, Sentence{Feats: feats[i], Tags: tags[i]})
	}
	return sents, words, tags
}

func TestTrainSaveLoad(t *testing.T) {
	sents, words, tags := toyData()
	gaz := NewGazetteer()
	gaz.Add([]string{"Oslo"}, 2)
	m := Train(sents, gaz, nil, Options{Epochs: 5, MinCount: 1, Seed: 1})
	assert.Equal(t, tags, m.Tag(words))

	var a, b bytes.Buffer
	require.NoError(t, m.Save(&a))
	again := Train(sents, gaz, nil, Options{Epochs: 5, MinCount: 1, Seed: 1})
	require.NoError(t, again.Save(&b))
	assert.Equal(t, a.Bytes(), b.Bytes(), "training is deterministic")

	loaded, err := Load(a.Bytes())
	require.NoError(t, err)
	assert.Equal(t, m.Tag(words), loaded.Tag(words))
	assert.Equal(t, 1, loaded.Gazetteer().Len())

	stacked := Stack(m, m)
	require.NoError(t, stacked.Save(&b))
	_, err = Load([]byte("not a model"))
	assert.Error(t, err)
}

func TestGazetteerMatchesLongestCapitalised(t *testing.T) {
	g := NewGazetteer()
	g.Add([]string{"New", "York"}, 2)
	g.Add([]string{"New", "York", "Times"}, 1)
	ts := []tokInfo{newTokInfo("the"), newTokInfo("New"), newTokInfo("York"), newTokInfo("Times"), newTokInfo("new")}
	hits := g.match(ts)
	assert.Empty(t, hits[0].hits)
	assert.Equal(t, []byte{1*4 + 1}, hits[1].hits, "begin of an ORG name")
	assert.Equal(t, []byte{1*4 + 3}, hits[3].hits, "last of an ORG name")
	assert.Empty(t, hits[4].hits, "lower-case words start no match")
}
