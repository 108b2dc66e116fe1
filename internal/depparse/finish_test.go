package depparse

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Whatever arcs reading left behind, finish keeps them and joins the
// fragments into one projective tree with one word on the root.
func TestFinishMakesOneProjectiveTree(t *testing.T) {
	models := map[string]*Model{"toy": toyModel()}
	if m := shipped(t, false); m != nil {
		models["shipped"] = m
	}
	vocab := []string{"the", "cat", ",", "saw", "and", "(", "dog", ".", "was", "chased", "by", "river"}
	for name, m := range models {
		rng := rand.New(rand.NewPCG(3, 4))
		fragments := 0
		for range 300 {
			n := 1 + rng.IntN(12)
			words := make([]string, n)
			for i := range words {
				words[i] = vocab[rng.IntN(len(vocab))]
			}
			p := m.pool.Get().(*parser)
			s := &p.st
			s.reset(n)
			p.at.set(words, nil, nil, nil, m.classes)
			// read at random: any valid kind of transition, any label
			// but the root's
			for s.b < s.n {
				ok := s.valid()
				var ks []int
				for k, yes := range ok {
					if yes {
						ks = append(ks, k)
					}
				}
				k, l := ks[rng.IntN(len(ks))], -1
				if k == leftArc || k == rightArc {
					for l = m.root; l == m.root; {
						l = rng.IntN(len(m.labels))
					}
				}
				s.apply(k, l, m.bit(l))
			}
			before := slices.Clone(s.head[:n])
			if headless := countHeadless(s); headless > 1 {
				fragments++
			}
			m.finish(s, p)
			heads := make([]int, n)
			roots := 0
			for i, h := range s.head[:n] {
				require.True(t, h >= 0 && h <= n && h != i, "%s %v: word %d head %d", name, words, i, h)
				if before[i] >= 0 {
					assert.Equal(t, before[i], h, "an arc made while reading was changed")
				}
				if h == n {
					roots++
				}
				heads[i] = (h + 1) % (n + 1)
			}
			assert.Equal(t, 1, roots, "%s %v: heads %v", name, words, heads)
			assert.True(t, wellFormed(heads), "%s %v: heads %v", name, words, heads)
			assert.True(t, projective(heads), "%s %v: heads %v", name, words, heads)
			assert.Equal(t, -1, s.un)
			m.pool.Put(p)
		}
		assert.Greater(t, fragments, 100, "%s: the walks should leave fragments", name)
	}
}

func countHeadless(s *state) int {
	k := 0
	for _, w := range s.stack {
		if s.head[w] < 0 {
			k++
		}
	}
	return k
}

// Sentences of our own that the shipped model reads into fragments: a
// cleft ("It 's this kind of ... that") and a sentence opened by a
// conjunction and an abandoned clause ("But if -- there 's"). Attached to
// the root one by one, "It" was the root and the rest parataxis; placed
// by the model, the fragments become the dependents they are.
func TestShippedModelJoinsFragments(t *testing.T) {
	m := shipped(t, true)
	for _, tc := range []struct {
		sent string
		want map[string]string // dependent -> "relation head"
	}{{
		"It/PRON/PRP/it 's/AUX/VBZ/be this/DET/DT/this kind/NOUN/NN/kind of/ADP/IN/of careful/ADJ/JJ/careful planning/NOUN/NN/planning that/PRON/WDT/that keeps/VERB/VBZ/keep small/ADJ/JJ/small firms/NOUN/NNS/firm alive/ADJ/JJ/alive ./PUNCT/./.",
		map[string]string{"kind": "root ROOT", "'s": "cop kind", "It": "nsubj kind"},
	}, {
		"But/CCONJ/CC/but if/SCONJ/IN/if --/PUNCT/,/-- there/PRON/EX/there 's/VERB/VBZ/be a/DET/DT/a map/NOUN/NN/map on/ADP/IN/on the/DET/DT/the door/NOUN/NN/door that/PRON/WDT/that shows/VERB/VBZ/show the/DET/DT/the old/ADJ/JJ/old harbor/NOUN/NN/harbor ./PUNCT/./.",
		map[string]string{"'s": "root ROOT", "But": "cc 's", "map": "nsubj 's"},
	}} {
		w, u, x, l := tagged(tc.sent)
		p := m.pool.Get().(*parser)
		p.st.reset(len(w))
		p.at.set(w, u, x, l, m.classes)
		m.read(&p.st, p)
		t.Logf("%d headless words after reading %q", countHeadless(&p.st), w)
		m.pool.Put(p)
		heads, rels := m.Parse(w, u, x, l)
		checkTree(t, heads, rels, len(w))
		for i, word := range w {
			if want, ok := tc.want[word]; ok {
				head := "ROOT"
				if heads[i] > 0 {
					head = w[heads[i]-1]
				}
				assert.Equal(t, want, fmt.Sprintf("%s %s", rels[i], head), "%q", word)
			}
		}
	}
}
