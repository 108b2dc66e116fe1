package depparse

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/conllu"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// toyCorpus makes sentences of a tiny grammar of our own: active
// ("the cat chased a dog .") and passive ("a dog was chased by the cat .")
// clauses, with gold trees.
func toyCorpus(n int, seed uint64) []conllu.Sentence {
	rng := rand.New(rand.NewPCG(seed, 0))
	nouns := []string{"cat", "dog", "clerk", "senator", "court", "river"}
	verbs := [][2]string{{"chased", "chase"}, {"saw", "see"}, {"praised", "praise"}, {"sued", "sue"}}
	dets := []string{"the", "a"}
	pick := func(s []string) string { return s[rng.IntN(len(s))] }
	var out []conllu.Sentence
	for range n {
		var ws []conllu.Word
		add := func(form, lemma, upos, xpos string, head int, rel string) {
			ws = append(ws, conllu.Word{ID: len(ws) + 1, Form: form, Lemma: lemma, UPOS: upos, XPOS: xpos, Head: head, Deprel: rel})
		}
		v := verbs[rng.IntN(len(verbs))]
		if rng.IntN(2) == 0 {
			d := pick(dets)
			add(d, d, "DET", "DT", 2, "det")
			add(pick(nouns), "x", "NOUN", "NN", 3, "nsubj")
			add(v[0], v[1], "VERB", "VBD", 0, "root")
			d = pick(dets)
			add(d, d, "DET", "DT", 5, "det")
			add(pick(nouns), "x", "NOUN", "NN", 3, "obj")
			add(".", ".", "PUNCT", ".", 3, "punct")
		} else {
			d := pick(dets)
			add(d, d, "DET", "DT", 2, "det")
			add(pick(nouns), "x", "NOUN", "NN", 4, "nsubj:pass")
			add("was", "be", "AUX", "VBD", 4, "aux:pass")
			add(v[0], v[1], "VERB", "VBN", 0, "root")
			add("by", "by", "ADP", "IN", 7, "case")
			d = pick(dets)
			add(d, d, "DET", "DT", 7, "det")
			add(pick(nouns), "x", "NOUN", "NN", 4, "obl:agent")
			add(".", ".", "PUNCT", ".", 4, "punct")
		}
		out = append(out, conllu.Sentence{Words: ws})
	}
	return out
}

var toyModel = sync.OnceValue(func() *Model { return Train(toyCorpus(200, 1), Options{Epochs: 3}) })

func save(t testing.TB, m *Model) []byte {
	var buf bytes.Buffer
	require.NoError(t, m.Save(&buf))
	return buf.Bytes()
}

func TestTrainLearnsToyGrammar(t *testing.T) {
	m := toyModel()
	for _, s := range toyCorpus(50, 2) {
		w, u, x, l := columns(s)
		heads, rels := m.Parse(w, u, x, l)
		for i, g := range s.Words {
			assert.Equal(t, g.Head, heads[i], "%v word %d", w, i+1)
			assert.Equal(t, g.Deprel, rels[i], "%v word %d", w, i+1)
		}
	}
}

func columns(s conllu.Sentence) (w, u, x, l []string) {
	for _, t := range s.Words {
		w, u, x, l = append(w, t.Form), append(u, t.UPOS), append(x, t.XPOS), append(l, t.Lemma)
	}
	return
}

func TestTrainIsDeterministic(t *testing.T) {
	sents := toyCorpus(100, 3)
	opt := Options{Epochs: 2, Seed: 7}
	a, b := save(t, Train(sents, opt)), save(t, Train(sents, opt))
	assert.True(t, bytes.Equal(a, b), "two trainings wrote different bytes")
	c := save(t, Train(sents, Options{Epochs: 2, Seed: 8}))
	assert.False(t, bytes.Equal(a, c), "the seed should matter (shuffling, exploration)")
}

func TestSaveLoadParsesAlike(t *testing.T) {
	m := toyModel()
	back, err := Load(save(t, m))
	require.NoError(t, err)
	for _, s := range toyCorpus(20, 4) {
		w, u, x, l := columns(s)
		h1, r1 := m.Parse(w, u, x, l)
		h2, r2 := back.Parse(w, u, x, l)
		assert.Equal(t, h1, h2)
		assert.Equal(t, r1, r2)
	}
}

func TestLoadRejectsDamage(t *testing.T) {
	data := save(t, toyModel())
	_, err := Load(data[:len(data)/2])
	assert.Error(t, err, "truncated gzip")
	_, err = Load([]byte("hello world"))
	assert.ErrorContains(t, err, "not a parser model")
	flipped := bytes.Clone(data)
	flipped[len(flipped)/2] ^= 0xff
	_, err = Load(flipped)
	assert.Error(t, err, "a flipped byte breaks the gzip checksum")
	// raw (uncompressed) data cut short inside the weights
	raw := rawModel(t, data)
	_, err = Load(raw[:len(raw)-5])
	assert.ErrorContains(t, err, "truncated")
	_, err = Load(raw[:len(magic)+3])
	assert.Error(t, err)
}

func rawModel(t *testing.T, gz []byte) []byte {
	m, err := Load(gz)
	require.NoError(t, err)
	var buf bytes.Buffer
	require.NoError(t, m.lm.Save(&buf))
	var head bytes.Buffer
	head.WriteString(magic)
	head.WriteByte(byte(len(m.labels)))
	for _, l := range m.labels {
		head.WriteByte(byte(len(l)))
		head.WriteString(l)
	}
	head.WriteByte(0) // no word classes
	return append(head.Bytes(), buf.Bytes()...)
}

// checkTree asserts that heads form one tree over the words under the root.
func checkTree(t *testing.T, heads []int, rels []string, n int) {
	t.Helper()
	require.Len(t, heads, n)
	require.Len(t, rels, n)
	roots := 0
	for i, h := range heads {
		require.True(t, h >= 0 && h <= n && h != i+1, "word %d head %d", i+1, h)
		if h == 0 {
			roots++
			assert.Equal(t, "root", rels[i])
		} else {
			assert.NotEqual(t, "root", rels[i])
			assert.NotContains(t, rels[i], liftSep)
			assert.NotEmpty(t, rels[i])
		}
	}
	if n > 0 {
		assert.Equal(t, 1, roots, "heads %v", heads)
	}
	assert.True(t, wellFormed(heads), "heads %v", heads)
}

func oddInputs() [][4][]string {
	long := make([]string, 300)
	for i := range long {
		long[i] = []string{"the", "cat", ",", "saw", "and", "(", "dog", "."}[i%8]
	}
	return [][4][]string{
		{nil, nil, nil, nil},
		{{"Hello"}, {"INTJ"}, {"UH"}, {"hello"}},
		{{".", ",", "!", "?"}, {"PUNCT", "PUNCT", "PUNCT", "PUNCT"}, {".", ",", ".", "."}, {".", ",", "!", "?"}},
		{{"no", "tags", "at", "all"}, nil, nil, nil},
		{{"short", "tag", "columns"}, {"ADJ"}, {}, {"short", "tag"}},
		{long, nil, nil, nil},
		{{"", "", ""}, {"", "", ""}, {"", "", ""}, {"", "", ""}},
	}
}

func TestParseAlwaysGivesATree(t *testing.T) {
	models := map[string]*Model{"toy": toyModel()}
	if m := shipped(t, false); m != nil {
		models["shipped"] = m
	}
	for name, m := range models {
		for i, in := range oddInputs() {
			t.Run(fmt.Sprintf("%s/%d", name, i), func(t *testing.T) {
				heads, rels := m.Parse(in[0], in[1], in[2], in[3])
				checkTree(t, heads, rels, len(in[0]))
			})
		}
	}
}

const shippedPath = "../../extract/syntax/model/parser.bin.gz"

// shipped loads the committed model, or returns nil when there is none
// (skip: skips the test instead).
func shipped(t testing.TB, skip bool) *Model {
	data, err := os.ReadFile(shippedPath)
	if err != nil {
		if skip {
			t.Skipf("no shipped model: %v", err)
		}
		return nil
	}
	m, err := Load(data)
	require.NoError(t, err)
	return m
}

// tagged splits "word/UPOS/XPOS/lemma ..." into columns.
func tagged(s string) (w, u, x, l []string) {
	for _, f := range strings.Fields(s) {
		p := strings.Split(f, "/")
		w, u, x, l = append(w, p[0]), append(u, p[1]), append(x, p[2]), append(l, p[3])
	}
	return
}

// The shipped model finds the obvious arguments in sentences written for
// this test (not from any treebank), tagged as a good tagger would.
func TestShippedModelFindsArguments(t *testing.T) {
	m := shipped(t, true)
	for _, tc := range []struct {
		sent string
		want map[string]string // dependent -> "relation head"
	}{{
		"The/DET/DT/the bill/NOUN/NN/bill was/AUX/VBD/be signed/VERB/VBN/sign by/ADP/IN/by the/DET/DT/the governor/NOUN/NN/governor ./PUNCT/./.",
		map[string]string{"bill": "nsubj:pass signed", "was": "aux:pass signed", "governor": "obl:agent signed", "signed": "root ROOT"},
	}, {
		"The/DET/DT/the mayor/NOUN/NN/mayor praised/VERB/VBD/praise the/DET/DT/the new/ADJ/JJ/new stadium/NOUN/NN/stadium ./PUNCT/./.",
		map[string]string{"mayor": "nsubj praised", "stadium": "obj praised", "new": "amod stadium"},
	}, {
		"Officials/NOUN/NNS/official said/VERB/VBD/say the/DET/DT/the factory/NOUN/NN/factory would/AUX/MD/would close/VERB/VB/close in/ADP/IN/in March/PROPN/NNP/March ./PUNCT/./.",
		map[string]string{"Officials": "nsubj said", "close": "ccomp said", "factory": "nsubj close", "would": "aux close", "March": "obl close"},
	}, {
		"The/DET/DT/the report/NOUN/NN/report that/PRON/WDT/that the/DET/DT/the committee/NOUN/NN/committee released/VERB/VBD/release criticized/VERB/VBD/criticize the/DET/DT/the agency/NOUN/NN/agency ./PUNCT/./.",
		map[string]string{"report": "nsubj criticized", "released": "acl:relcl report", "agency": "obj criticized"},
	}} {
		w, u, x, l := tagged(tc.sent)
		heads, rels := m.Parse(w, u, x, l)
		for i, word := range w {
			want, ok := tc.want[word]
			if !ok {
				continue
			}
			head := "ROOT"
			if heads[i] > 0 {
				head = w[heads[i]-1]
			}
			assert.Equal(t, want, rels[i]+" "+head, "%q in %q", word, strings.Join(w, " "))
		}
	}
}

func TestParseConcurrently(t *testing.T) {
	m := toyModel()
	sents := toyCorpus(40, 9)
	want := make([][]int, len(sents))
	for i, s := range sents {
		w, u, x, l := columns(s)
		want[i], _ = m.Parse(w, u, x, l)
	}
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i, s := range sents {
				w, u, x, l := columns(s)
				got, _ := m.Parse(w, u, x, l)
				assert.Equal(t, want[i], got)
			}
		}()
	}
	wg.Wait()
}

// BenchmarkParse reports words/s of the shipped model on one core, over
// sentences of our own with news-like length.
func BenchmarkParse(b *testing.B) {
	m := shipped(b, true)
	sents := benchSentences
	var cols [][4][]string
	words := 0
	for _, s := range sents {
		w, u, x, l := tagged(s)
		cols = append(cols, [4][]string{w, u, x, l})
		words += len(w)
	}
	b.ReportAllocs()
	b.ResetTimer()
	cpu := cpuTime()
	for range b.N {
		for _, c := range cols {
			m.Parse(c[0], c[1], c[2], c[3])
		}
	}
	b.ReportMetric(float64(words*b.N)/b.Elapsed().Seconds(), "words/s")
	// on a machine shared with other work, wall time understates the
	// speed; the process's CPU time does not
	b.ReportMetric(float64(words*b.N)/(cpuTime()-cpu).Seconds(), "words/cpu-s")
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// benchSentences are tagged sentences of our own for the benchmarks.
var benchSentences = []string{
	"The/DET/DT/the bill/NOUN/NN/bill was/AUX/VBD/be signed/VERB/VBN/sign by/ADP/IN/by the/DET/DT/the governor/NOUN/NN/governor on/ADP/IN/on Tuesday/PROPN/NNP/Tuesday after/SCONJ/IN/after weeks/NOUN/NNS/week of/ADP/IN/of debate/NOUN/NN/debate in/ADP/IN/in the/DET/DT/the state/NOUN/NN/state legislature/NOUN/NN/legislature ./PUNCT/./.",
	"Officials/NOUN/NNS/official said/VERB/VBD/say the/DET/DT/the factory/NOUN/NN/factory ,/PUNCT/,/, which/PRON/WDT/which employs/VERB/VBZ/employ 400/NUM/CD/400 people/NOUN/NNS/people ,/PUNCT/,/, would/AUX/MD/would close/VERB/VB/close in/ADP/IN/in March/PROPN/NNP/March and/CCONJ/CC/and that/SCONJ/IN/that workers/NOUN/NNS/worker would/AUX/MD/would receive/VERB/VB/receive severance/NOUN/NN/severance ./PUNCT/./.",
	"\"/PUNCT/``/\" We/PRON/PRP/we do/AUX/VBP/do n't/PART/RB/not know/VERB/VB/know what/PRON/WP/what happened/VERB/VBD/happen ,/PUNCT/,/, \"/PUNCT/''/\" she/PRON/PRP/she told/VERB/VBD/tell reporters/NOUN/NNS/reporter ./PUNCT/./.",
}
