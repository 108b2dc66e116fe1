package postag

import (
	"bytes"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const shipped = "../../extract/syntax/model/postag.bin.gz"

var (
	shippedOnce  sync.Once
	shippedModel *Model
	shippedErr   error
)

func loadShipped(tb testing.TB) *Model {
	tb.Helper()
	shippedOnce.Do(func() {
		data, err := os.ReadFile(shipped)
		if err != nil {
			shippedErr = err
			return
		}
		shippedModel, shippedErr = Load(data)
	})
	require.NoError(tb, shippedErr)
	return shippedModel
}

// tagOf tags a sentence given as space-separated UD words and returns the
// UPOS, XPOS and lemma of the word at index i.
func tagOf(m *Model, sentence string, i int) (string, string, string) {
	u, x, l := m.Tag(strings.Fields(sentence))
	return u[i], x[i], l[i]
}

func TestShippedModelTagsAmbiguousWords(t *testing.T) {
	m := loadShipped(t)
	cases := []struct {
		sentence string
		i        int
		upos     string
	}{
		{"The can rusted .", 1, "NOUN"},
		{"The can is empty .", 1, "NOUN"},
		{"I can swim across the lake .", 1, "AUX"},
		{"She hopes that the train is late .", 2, "SCONJ"},
		{"That bridge was painted last year .", 0, "DET"},
		{"Nobody expected that .", 2, "PRON"},
		{"The book that you lent me is lost .", 2, "PRON"},
		{"They book a table every Friday .", 1, "VERB"},
		{"We read a book on the train .", 3, "NOUN"},
		{"He does n't like rain .", 2, "PART"},
		{"Mary 's brother lives in Oslo .", 1, "PART"},
		{"It 's raining again .", 1, "AUX"},
	}
	for _, c := range cases {
		u, _, _ := tagOf(m, c.sentence, c.i)
		assert.Equal(t, c.upos, u, "%q word %d", c.sentence, c.i)
	}
}

func TestShippedModelLemmas(t *testing.T) {
	m := loadShipped(t)
	cases := []struct {
		sentence string
		i        int
		xpos     string // "" when the test is about the lemma alone
		lemma    string
	}{
		{"We went home after the game .", 1, "VBD", "go"},
		{"The mice ran under the old fridge .", 1, "NNS", "mouse"},
		{"This plan is better than the last one .", 3, "JJR", "good"},
		{"They blorfed the whole afternoon .", 1, "VBD", "blorf"},
		{"Two children were playing outside .", 1, "NNS", "child"},
		{"She has written three letters .", 2, "VBN", "write"},
		{"The flies were everywhere .", 1, "NNS", "fly"},
		{"He studies chemistry at night .", 1, "VBZ", "study"},
		{"The Smiths arrived late .", 0, "DT", "the"},
		{"I think so .", 0, "PRP", "I"},
		{"We saw them yesterday .", 0, "PRP", "we"},
		{"London is large .", 0, "NNP", "London"},
	}
	for _, c := range cases {
		_, x, l := tagOf(m, c.sentence, c.i)
		if c.xpos != "" {
			assert.Equal(t, c.xpos, x, "%q word %d", c.sentence, c.i)
		}
		assert.Equal(t, c.lemma, l, "%q word %d", c.sentence, c.i)
	}
}

func TestTagIsSafeForConcurrentUse(t *testing.T) {
	m := loadShipped(t)
	sents := []string{"The can rusted .", "I can swim across the lake .", "They blorfed the whole afternoon ."}
	want := make([][]string, len(sents))
	for i, s := range sents {
		want[i], _, _ = m.Tag(strings.Fields(s))
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range 200 {
				i := (g + k) % len(sents)
				got, _, _ := m.Tag(strings.Fields(sents[i]))
				assert.Equal(t, want[i], got)
			}
		}()
	}
	wg.Wait()
	u, x, l := m.Tag(nil)
	assert.Empty(t, u)
	assert.Empty(t, x)
	assert.Empty(t, l)
}

func TestLoadRejectsDamagedData(t *testing.T) {
	data, err := os.ReadFile(shipped)
	require.NoError(t, err)
	_, err = Load(data)
	require.NoError(t, err)

	flipped := bytes.Clone(data)
	flipped[len(flipped)/2] ^= 0x10
	_, err = Load(flipped)
	assert.Error(t, err, "a flipped bit")

	_, err = Load(data[:len(data)-100])
	assert.Error(t, err, "truncated")

	_, err = Load([]byte("newsgraph postag 1\nnot gzip"))
	assert.Error(t, err, "not gzip")

	_, err = Load(nil)
	assert.Error(t, err, "empty")
}

// BenchmarkTag measures tagging and lemmatizing on one core (run it with
// -cpu 1); words/cpu-s is the speed when the machine is shared.
func BenchmarkTag(b *testing.B) {
	m := loadShipped(b)
	var sents [][]string
	words := 0
	for _, s := range []string{
		"The city council voted on Tuesday to close the old bridge over the river .",
		"Officials said the repairs would cost about $ 4 million and take two years .",
		"\" We do n't have a choice , \" the mayor told reporters after the meeting .",
		"Residents who cross it every day were not happy with the decision .",
		"Traffic will be sent through the northern suburbs until the work is finished .",
	} {
		sents = append(sents, strings.Fields(s))
		words += len(sents[len(sents)-1])
	}
	timeTagging(b, m, sents, words)
}
