package depparse

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestBeamTrainingLearnsToyGrammar(t *testing.T) {
	m := Train(toyCorpus(200, 1), Options{Epochs: 3, Beam: 4})
	require.Equal(t, 4, m.Beam())
	for _, s := range toyCorpus(50, 2) {
		w, u, x, l := columns(s)
		heads, rels := m.Parse(w, u, x, l)
		for i, g := range s.Words {
			assert.Equal(t, g.Head, heads[i], "%v word %d", w, i+1)
			assert.Equal(t, g.Deprel, rels[i], "%v word %d", w, i+1)
		}
	}
}

func TestBeamModelKeepsItsWidth(t *testing.T) {
	sents := toyCorpus(60, 3)
	m := Train(sents, Options{Epochs: 2, Beam: 3})
	data := save(t, m)
	assert.True(t, bytes.Equal(data, save(t, Train(sents, Options{Epochs: 2, Beam: 3}))), "beam training is not deterministic")
	back, err := Load(data)
	require.NoError(t, err)
	assert.Equal(t, 3, back.Beam())
	for _, s := range toyCorpus(20, 4) {
		w, u, x, l := columns(s)
		h1, r1 := m.Parse(w, u, x, l)
		h2, r2 := back.Parse(w, u, x, l)
		assert.Equal(t, h1, h2)
		assert.Equal(t, r1, r2)
	}
	// a greedy model's file is unchanged: no width written
	assert.Equal(t, 1, toyModel().Beam())
	assert.True(t, bytes.HasPrefix(gunzip(t, save(t, toyModel())), []byte(magic)))
}

// TestBeamParseGivesTrees: whatever the words, the beam's parse is a tree
// with one root.
func TestBeamParseGivesTrees(t *testing.T) {
	m := Train(toyCorpus(100, 5), Options{Epochs: 2, Beam: 4})
	for _, words := range [][]string{{"dog"}, {"the", "the", "the"}, {"chased", "by", "the", "cat", "a", "dog", "."}} {
		n := len(words)
		heads, rels := m.Parse(words, nil, nil, nil)
		require.Len(t, heads, n)
		roots := 0
		for i, h := range heads {
			assert.True(t, h >= 0 && h <= n && h != i+1, "head %d of word %d", h, i+1)
			if h == 0 {
				roots++
				assert.Equal(t, "root", rels[i])
			}
		}
		assert.Equal(t, 1, roots, "%v: %v", words, heads)
	}
}

func gunzip(t *testing.T, data []byte) []byte {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	require.NoError(t, err)
	out, err := io.ReadAll(zr)
	require.NoError(t, err)
	return out
}

// BenchmarkParseBeam measures the beam's decoding on the shipped model's
// weights (speed does not depend on how they were trained): compare
// BenchmarkParse, the greedy parse.
func BenchmarkParseBeam(b *testing.B) {
	m := shipped(b, true)
	var cols [][4][]string
	words := 0
	for _, s := range benchSentences {
		w, u, x, l := tagged(s)
		cols = append(cols, [4][]string{w, u, x, l})
		words += len(w)
	}
	for _, k := range []int{2, 4, 8} {
		b.Run(fmt.Sprint("k=", k), func(b *testing.B) {
			b.ReportAllocs()
			cpu := cpuTime()
			for range b.N {
				for _, c := range cols {
					m.ParseBeam(c[0], c[1], c[2], c[3], k)
				}
			}
			b.ReportMetric(float64(words*b.N)/(cpuTime()-cpu).Seconds(), "words/cpu-s")
		})
	}
}

// TestBeamDecodingScoresExactly: decoding's split sums (the buffer
// group's looked up once per b0, the stack and left groups' once per what
// they read) give the same search as scoring every configuration's whole
// feature list, as training does: on the toy grammar and on real
// sentences with the shipped model's weights and a wide beam.
func TestBeamDecodingScoresExactly(t *testing.T) {
	toy := Train(toyCorpus(100, 6), Options{Epochs: 2, Beam: 4})
	for _, s := range toyCorpus(30, 7) {
		w, u, x, l := columns(s)
		sameSearch(t, toy, 4, w, u, x, l)
	}
	m := shipped(t, true)
	for _, s := range benchSentences {
		w, u, x, l := tagged(s)
		sameSearch(t, m, 16, w, u, x, l)
	}
}

func sameSearch(t *testing.T, m *Model, k int, w, u, x, l []string) {
	var at atoms
	at.set(w, u, x, l, m.classes)
	split, whole := newBeam(k, 2+2*len(m.labels)), newBeam(k, 2+2*len(m.labels))
	split.start(len(w))
	whole.start(len(w))
	for !split.cur[0].st.done() {
		split.expand(m, k, &at, nil, -1)
		whole.expand(m, k, &at, m.lm.Scores, -1)
		require.Equal(t, len(whole.cur), len(split.cur))
		for i := range split.cur {
			require.Equal(t, whole.cur[i].score, split.cur[i].score, "%v", w)
			require.Equal(t, whole.path(whole.cur[i].last), split.path(split.cur[i].last))
		}
	}
}

// offerAll, which walks the kinds' ranges of classes, keeps the same k
// best expansions in the same order as offering every class that allowed
// accepts: on configurations of random moves (the root phase included),
// with random scores that tie often.
func TestOfferAllOffersTheAllowedClasses(t *testing.T) {
	m := toyModel()
	rng := rand.New(rand.NewPCG(5, 6))
	nc := 2 + 2*len(m.labels)
	for range 300 {
		n := 1 + rng.IntN(8)
		const k = 3
		got, want := newBeam(k, nc), newBeam(k, nc)
		got.start(n)
		for !got.cur[0].st.done() {
			for c := range got.scores {
				got.scores[c] = float32(rng.IntN(4)) // ties
			}
			got.cur[0].score = float64(rng.IntN(3))
			got.top = got.top[:0]
			got.offerAll(m, 0, k)
			s := &got.cur[0].st
			want.top = want.top[:0]
			ok := s.valid()
			for c, sc := range got.scores {
				if m.allowed(s, ok, c) {
					want.offer(cand{0, c, got.cur[0].score + float64(sc)}, k)
				}
			}
			require.Equal(t, want.top, got.top, "n %d stack %v b %d", n, s.stack, s.b)
			// on with a random allowed move
			c := want.top[rng.IntN(len(want.top))].c
			kind, l := m.kindOf(c)
			s.apply(kind, l, m.bit(l))
		}
	}
}
