package tagger

import (
	"bytes"
	"compress/gzip"
	"io"
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

func TestClustersGroupWordsOfLikeContexts(t *testing.T) {
	// Towns follow "to" and precede "by"; verbs follow "they" and precede
	// "the": two distributions the classes should separate.
	var d Doc
	towns := []string{"oslo", "lima", "rome", "kyiv", "quito"}
	verbs := []string{"saw", "liked", "built", "sold", "painted"}
	for i := range 40 {
		d = append(d, strings.Fields("we drove to "+towns[i%5]+" by car ."))
		d = append(d, strings.Fields("they "+verbs[(i*3)%5]+" the house ."))
	}
	c := BuildClusters([]Doc{d}, 4, 3, 20)
	assert.Equal(t, len(towns)+len(verbs)+9, c.Len(), "every word seen three times has a class")
	for _, w := range towns[1:] {
		assert.Equal(t, c.classOf("oslo"), c.classOf(w), w)
	}
	for _, w := range verbs[1:] {
		assert.Equal(t, c.classOf("saw"), c.classOf(w), w)
	}
	assert.NotEqual(t, c.classOf("oslo"), c.classOf("saw"))
	assert.Zero(t, c.classOf("paris"), "unseen words have no class")
	again := BuildClusters([]Doc{d}, 4, 3, 20)
	assert.Equal(t, c.of, again.of, "clustering is deterministic")
}

func TestModelKeepsClusters(t *testing.T) {
	sents, words, _ := toyData()
	lex := NewLexicon()
	lex.AddDoc(words)
	lex.Freeze()
	lex.SetClusters(BuildClusters([]Doc{words}, 3, 2, 5))
	feats := Featurize(words, nil, lex)
	for i := range sents {
		sents[i].Feats = feats[i]
	}
	m := Train(sents, nil, lex, Options{Epochs: 3, MinCount: 1, Seed: 1})
	var buf bytes.Buffer
	require.NoError(t, m.Save(&buf))
	loaded, err := Load(buf.Bytes())
	require.NoError(t, err)
	assert.Equal(t, lex.clusters.of, loaded.lex.clusters.of)
	assert.Equal(t, m.Tag(words), loaded.Tag(words))
}

func TestLoadsModelsWithoutClusters(t *testing.T) {
	// A version-3 file is a version-4 file without the trailing cluster
	// count (zero here) and with the older magic.
	sents, words, _ := toyData()
	m := Train(sents, nil, nil, Options{Epochs: 3, MinCount: 1, Seed: 1})
	var buf bytes.Buffer
	require.NoError(t, m.Save(&buf))
	zr, err := gzip.NewReader(&buf)
	require.NoError(t, err)
	raw, err := io.ReadAll(zr)
	require.NoError(t, err)
	require.Equal(t, []byte{0, 0, 0, 0}, raw[len(raw)-4:])
	old := append([]byte(magic3), raw[len(magic):len(raw)-4]...)
	var v3 bytes.Buffer
	zw := gzip.NewWriter(&v3)
	zw.Write(old)
	require.NoError(t, zw.Close())
	loaded, err := Load(v3.Bytes())
	require.NoError(t, err)
	assert.Equal(t, m.Tag(words), loaded.Tag(words))
}

func TestHintsTellAShortNameItsLongerForm(t *testing.T) {
	// "Costa" alone, after stage one tagged "Jorge Costa" a person: the
	// stage-two features of the lone "Costa" say it ended a PER name.
	d := Doc{strings.Fields("Jorge Costa scored ."), strings.Fields("Costa left .")}
	per := ParseTag("B-PER")
	feats := Featurize(d, nil, nil)
	with := AddHints(d, feats, [][]int{{per, per + 1, 0, 0}, {ParseTag("B-ORG"), 0, 0}})
	without := AddHints(d, feats, [][]int{{0, 0, 0, 0}, {ParseTag("B-ORG"), 0, 0}})
	lastOfPer := hbyte(hbyte(hstart(46), byte(0*3+2)), byte(ParseTag("B-ORG")))
	assert.Contains(t, with[1][0], lastOfPer)
	assert.NotContains(t, without[1][0], lastOfPer)
	assert.Len(t, feats[1][0], len(without[1][0])-6, "stage-one features are kept, not modified")
}

// External names fire features apart from training names: the tagger can
// learn to trust the two sources differently.
func TestExternalNamesHitApartFromTrainingNames(t *testing.T) {
	g := NewGazetteer()
	g.Add([]string{"Lake", "Ouro"}, 2)             // LOC from the training annotations
	g.AddExternal([]string{"Brindle", "Works"}, 1) // ORG from an external list
	var ts []tokInfo
	for _, w := range []string{"Lake", "Ouro", "hosts", "Brindle", "Works"} {
		ts = append(ts, newTokInfo(w))
	}
	hits := g.match(ts)
	want := [][]byte{{2*4 + 1}, {2*4 + 3}, nil, {(NumTypes+1)*4 + 1}, {(NumTypes+1)*4 + 3}}
	for i, w := range want {
		if string(hits[i].hits) != string(w) {
			t.Errorf("token %d (%s): hits %v, want %v", i, ts[i].raw, hits[i].hits, w)
		}
	}
}

// Stage two reads the stage-one features and the hints as two lists,
// without copying them into one: its sums and tags are those of the
// single lists training saw.
func TestStageTwoReadsHintsAfterTheFeatures(t *testing.T) {
	sents, words, tags := toyData()
	gaz := NewGazetteer()
	gaz.Add([]string{"Oslo"}, 2)
	opt := Options{Epochs: 5, MinCount: 1, Seed: 1}
	first := Train(sents, gaz, nil, opt)
	feats := Featurize(words, gaz, nil)
	hinted := AddHints(words, feats, first.Decode(feats))
	var again []Sentence
	for i := range words {
		again = append(again, Sentence{Feats: hinted[i], Tags: tags[i]})
	}
	second := Train(again, gaz, nil, opt)
	stacked := Stack(first, second)

	_, sents1 := (&featurizer{gaz: gaz}).docFeatures(words)
	hs := hints(sents1, first.Decode(feats))
	tab := second.stages[0].table()
	for si := range words {
		for i := range words[si] {
			one := tab.sums([NumTags]float32{}, hinted[si][i])
			two := tab.sums(tab.sums([NumTags]float32{}, feats[si][i]), hs[si][i])
			assert.Equal(t, one, two, "sentence %d token %d", si, i)
		}
	}
	assert.Equal(t, second.Decode(hinted), stacked.Tag(words))
}

// Tag reuses the feature buffer of an earlier document: a longer document
// in between, and documents tagged at once, change no tag.
func TestTagReusesFeatureBuffers(t *testing.T) {
	sents, words, _ := toyData()
	gaz := NewGazetteer()
	gaz.Add([]string{"Oslo"}, 2)
	m := Train(sents, gaz, nil, Options{Epochs: 3, MinCount: 1, Seed: 1})
	first := m.Tag(words)
	long := append(Doc{}, words...)
	for range 20 {
		long = append(long, strings.Fields("Erik met Anna in Lima and Boris in Rome ."))
	}
	done := make(chan [][]int)
	for range 4 {
		go func() { done <- m.Tag(long) }()
	}
	want := m.Tag(long)
	for range 4 {
		assert.Equal(t, want, <-done)
	}
	assert.Equal(t, first, m.Tag(words))
}
