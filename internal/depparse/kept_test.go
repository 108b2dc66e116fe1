package depparse

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The templates of the six groups are the templates of the whole list,
// each once, with the same hashes.
func TestGroupsPartitionTheTemplates(t *testing.T) {
	m := toyModel()
	for _, sent := range toyCorpus(5, 9) {
		w, u, x, l := columns(sent)
		var at atoms
		at.set(w, u, x, l, m.classes)
		var s state
		s.reset(len(w))
		s.apply(shift, -1, 0)
		s.apply(rightArc, 0, m.bit(0))
		var z featurizer
		all := slices.Clone(z.features(&s, &at, m.lab))
		var parts []uint64
		for _, g := range []group{groupBuf, groupS0, groupLeft, groupPair, groupRight, groupRest} {
			f := z.featuresOf(&s, &at, m.lab, g)
			require.NotEmpty(t, f)
			parts = append(parts, f...)
		}
		slices.Sort(all)
		slices.Sort(parts)
		assert.Equal(t, all, parts)
	}
}

// read scores with the sums of the buffer, left and stack groups kept across
// moves: at every configuration it reaches, the scores must be those of
// every template summed afresh, to the bit.
func TestKeptSumsScoreAsFreshSums(t *testing.T) {
	models := []*Model{toyModel()}
	if m := shipped(t, false); m != nil {
		models = append(models, m)
	}
	var sents [][4][]string
	for _, s := range toyCorpus(40, 5) {
		w, u, x, l := columns(s)
		sents = append(sents, [4][]string{w, u, x, l})
	}
	for _, s := range []string{
		"Reporters/NOUN/NNS/reporter who/PRON/WP/who covered/VERB/VBD/cover the/DET/DT/the trial/NOUN/NN/trial said/VERB/VBD/say the/DET/DT/the judge/NOUN/NN/judge ,/PUNCT/,/, a/DET/DT/a former/ADJ/JJ/former prosecutor/NOUN/NN/prosecutor ,/PUNCT/,/, had/AUX/VBD/have warned/VERB/VBN/warn both/DET/DT/both sides/NOUN/NNS/side twice/ADV/RB/twice ./PUNCT/./.",
		"After/ADP/IN/after the/DET/DT/the storm/NOUN/NN/storm ,/PUNCT/,/, crews/NOUN/NNS/crew in/ADP/IN/in the/DET/DT/the valley/NOUN/NN/valley restored/VERB/VBD/restore power/NOUN/NN/power to/ADP/IN/to most/ADJ/JJS/most homes/NOUN/NNS/home by/ADP/IN/by noon/NOUN/NN/noon and/CCONJ/CC/and reopened/VERB/VBD/reopen two/NUM/CD/two roads/NOUN/NNS/road ./PUNCT/./.",
	} {
		w, u, x, l := tagged(s)
		sents = append(sents, [4][]string{w, u, x, l})
	}
	for mi, m := range models {
		reusedB, reusedL, reusedS := 0, 0, 0
		for _, c := range sents {
			p := m.pool.New().(*parser)
			s := &p.st
			s.reset(len(c[0]))
			p.at.set(c[0], c[1], c[2], c[3], m.classes)
			p.keep(s.n)
			fresh := make([]float32, len(p.scores))
			seen := make([]bool, s.n)
			lastB, lastNL := -1, -1
			for s.b < s.n {
				if len(s.stack) == 0 {
					s.apply(shift, -1, 0)
					continue
				}
				s0 := s.stack[len(s.stack)-1]
				if s.b == lastB {
					reusedB++
					if s.nl[s.b] == lastNL {
						reusedL++
					}
				}
				if seen[s0] {
					reusedS++
				}
				lastB, lastNL, seen[s0] = s.b, s.nl[s.b], true
				m.lm.Scores(p.fz.features(s, &p.at, m.lab), fresh)
				m.score(s, p)
				require.Equal(t, fresh, p.scores, "model %d, %v, b0 %d s0 %d", mi, c[0], s.b, s0)
				k, l := m.best(s.valid(), fresh)
				s.apply(k, l, m.bit(l))
			}
		}
		assert.Positive(t, reusedB, "model %d: kept buffer sums never used", mi)
		assert.Positive(t, reusedL, "model %d: kept left sums never used", mi)
		assert.Positive(t, reusedS, "model %d: kept stack sums never used", mi)
	}
}
