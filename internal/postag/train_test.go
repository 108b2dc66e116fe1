package postag

import (
	"bytes"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/conllu"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// toySentences is a small hand-made treebank of "form|UPOS|XPOS|lemma" words.
var toySentences = []string{
	"The|DET|DT|the dogs|NOUN|NNS|dog walked|VERB|VBD|walk home|ADV|RB|home .|PUNCT|.|.",
	"A|DET|DT|a cat|NOUN|NN|cat jumped|VERB|VBD|jump over|ADP|IN|over the|DET|DT|the wall|NOUN|NN|wall .|PUNCT|.|.",
	"She|PRON|PRP|she fed|VERB|VBD|feed the|DET|DT|the birds|NOUN|NNS|bird .|PUNCT|.|.",
	"They|PRON|PRP|they played|VERB|VBD|play with|ADP|IN|with two|NUM|CD|two balls|NOUN|NNS|ball .|PUNCT|.|.",
	"We|PRON|PRP|we can|AUX|MD|can swim|VERB|VB|swim .|PUNCT|.|.",
	"The|DET|DT|the can|NOUN|NN|can rusted|VERB|VBD|rust .|PUNCT|.|.",
	"Kim|PROPN|NNP|Kim opened|VERB|VBD|open the|DET|DT|the doors|NOUN|NNS|door .|PUNCT|.|.",
	"I|PRON|PRP|I talked|VERB|VBD|talk to|ADP|IN|to Oslo|PROPN|NNP|Oslo .|PUNCT|.|.",
	"so|ADV|RB|so i|PRON|PRP|I left|VERB|VBD|leave .|PUNCT|.|.",
	"The|DET|DT|the mice|NOUN|NNS|mouse went|VERB|VBD|go out|ADV|RB|out .|PUNCT|.|.",
	"He|PRON|PRP|he asked|VERB|VBD|ask for|ADP|IN|for more|ADJ|JJR|more cakes|NOUN|NNS|cake .|PUNCT|.|.",
}

func toyTreebank(t testing.TB) []conllu.Sentence {
	var out []conllu.Sentence
	for _, line := range toySentences {
		var s conllu.Sentence
		for i, w := range strings.Fields(line) {
			f := strings.Split(w, "|")
			require.Len(t, f, 4, w)
			s.Words = append(s.Words, conllu.Word{ID: i + 1, Form: f[0], UPOS: f[1], XPOS: f[2], Lemma: f[3]})
		}
		out = append(out, s)
	}
	return out
}

func save(t testing.TB, m *Model) []byte {
	var buf bytes.Buffer
	require.NoError(t, m.Save(&buf))
	return buf.Bytes()
}

func TestTrainingIsDeterministic(t *testing.T) {
	sents := toyTreebank(t)
	opt := Options{Epochs: 3, Folds: 3, Seed: 7}
	a, b := save(t, Train(sents, opt)), save(t, Train(sents, opt))
	assert.Equal(t, a, b, "same data and options, same bytes")
	opt.Seed = 8
	assert.NotEqual(t, a, save(t, Train(sents, opt)), "the seed matters (else the test proves nothing)")
}

func TestTrainedModelLearnsAndRoundTrips(t *testing.T) {
	sents := toyTreebank(t)
	m := Train(sents, Options{Epochs: 10, Folds: 1})
	loaded, err := Load(save(t, m))
	require.NoError(t, err)
	for _, s := range sents {
		var words []string
		for _, w := range s.Words {
			words = append(words, w.Form)
		}
		u1, x1, l1 := m.Tag(words)
		u2, x2, l2 := loaded.Tag(words)
		assert.Equal(t, u1, u2)
		assert.Equal(t, x1, x2)
		assert.Equal(t, l1, l2)
		for i, w := range s.Words {
			assert.Equal(t, w.UPOS, u1[i], "%s in %v", w.Form, words)
			assert.Equal(t, w.Lemma, l1[i], "%s in %v", w.Form, words)
		}
	}
}

func TestLemmaRulesGeneraliseByTagAndSuffix(t *testing.T) {
	m := Train(toyTreebank(t), Options{Epochs: 5, Folds: 1})
	lemma := func(form, upos, xpos string) string {
		c := -1
		for i := range m.upos {
			if m.upos[i] == upos && m.xpos[i] == xpos {
				c = i
			}
		}
		require.GreaterOrEqual(t, c, 0, "%s/%s", upos, xpos)
		ts := make([]tok, 5)
		fillToks(m.vocab, m.names, m.lex, []string{form}, ts, nil)
		return m.lem.lemma(form, &ts[2], c)
	}
	assert.Equal(t, "blorf", lemma("blorfed", "VERB", "VBD"), "-ed by rule; fed -> feed teaches nothing")
	assert.Equal(t, "feed", lemma("fed", "VERB", "VBD"), "a known irregular form")
	assert.Equal(t, "go", lemma("Went", "VERB", "VBD"), "known forms in any case")
	assert.Equal(t, "glimp", lemma("glimps", "NOUN", "NNS"))
	assert.Equal(t, "Zorbs", lemma("Zorbs", "PROPN", "NNP"), "proper nouns keep their case")
	assert.Equal(t, "the", lemma("THE", "DET", "DT"))
	assert.Equal(t, "I", lemma("i", "PRON", "PRP"), "the script that fits I and i")
}

func TestScripts(t *testing.T) {
	for _, c := range []struct{ form, lemma string }{
		{"flies", "fly"}, {"Mice", "mouse"}, {"Apple", "Apple"}, {"THE", "the"}, {"naïve", "naïve"},
		{"cafés", "café"}, {"i", "I"}, {"n't", "not"},
	} {
		for _, s := range scriptsOf(c.form, c.lemma) {
			assert.Equal(t, c.lemma, s.apply(c.form), "%+v", s)
		}
	}
	assert.Equal(t, script{lower: true, strip: 3, add: "y"}, scriptsOf("Flies", "fly")[0])
}
