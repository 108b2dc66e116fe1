package tagger

import (
	"math"
	"math/rand/v2"
)

// Sentence is one training sentence: hashed features per token and gold tags.
type Sentence struct {
	Feats [][]uint64
	Tags  []int
}

// Featurize extracts the features of a document with the given gazetteer
// and lexicon (nil for none). The trainer passes ones built without the
// document's own fold, so their hints are as unreliable in training as
// they will be on unseen text.
func Featurize(d Doc, gaz *Gazetteer, lex *Lexicon) [][][]uint64 {
	f := featurizer{gaz: gaz, lex: lex}
	feats, _ := f.docFeatures(d)
	return feats
}

// Options control training.
type Options struct {
	Epochs   int
	MinCount int     // features seen fewer times are not learnt
	Prune    float32 // rows whose largest |weight| is below this are dropped
	Seed     uint64  // shuffling seed; fixed seed, fixed data -> same model
	// EachEpoch, when set, receives the averaged model after every epoch.
	EachEpoch func(epoch int, m *Model)
}

// Train learns an averaged structured perceptron: Viterbi-decode each
// sentence with the current weights and, where the best path differs from
// the gold one, move weights toward the gold features and transitions.
// Averaging the weights over all updates is what makes a perceptron
// generalise about as well as a CRF.
func Train(sents []Sentence, gaz *Gazetteer, lex *Lexicon, opt Options) *Model {
	counts := map[uint64]int32{}
	for _, s := range sents {
		for _, fs := range s.Feats {
			for _, h := range fs {
				counts[h]++
			}
		}
	}
	ids := map[uint64]int32{}
	var hashes []uint64
	for _, s := range sents { // assign ids in data order: deterministic
		for _, fs := range s.Feats {
			for _, h := range fs {
				if counts[h] >= int32(opt.MinCount) {
					if _, ok := ids[h]; !ok {
						ids[h] = int32(len(hashes))
						hashes = append(hashes, h)
					}
				}
			}
		}
	}
	counts = nil
	type isent struct {
		feats [][]int32
		tags  []int
	}
	data := make([]isent, len(sents))
	for i, s := range sents {
		fs := make([][]int32, len(s.Feats))
		for t, hs := range s.Feats {
			for _, h := range hs {
				if id, ok := ids[h]; ok {
					fs[t] = append(fs[t], id)
				}
			}
		}
		data[i] = isent{fs, s.Tags}
	}
	ids = nil

	nf := len(hashes)
	w := make([]float32, nf*NumTags)
	u := make([]float32, nf*NumTags) // sum of c*update, for averaging
	var tw, tu [NumTags + 1][NumTags]float32
	c := float32(1)
	order := make([]int, len(data))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(opt.Seed, opt.Seed^0x9e3779b97f4a7c15))
	var em []float32
	average := func() *Model {
		m := &stage{index: map[uint32]int32{}}
		for r := range nf {
			var row [NumTags]float32
			var big float32
			for k := range NumTags {
				row[k] = w[r*NumTags+k] - u[r*NumTags+k]/c
				big = max(big, float32(math.Abs(float64(row[k]))))
			}
			if big < opt.Prune || big == 0 {
				continue
			}
			key := Fold(hashes[r])
			if at, ok := m.index[key]; ok { // 32-bit collision: merge
				for k := range NumTags {
					m.w[int(at)*NumTags+k] += row[k]
				}
				continue
			}
			m.index[key] = int32(len(m.w) / NumTags)
			m.w = append(m.w, row[:]...)
		}
		for j := range NumTags + 1 {
			for k := range NumTags {
				m.trans[j][k] = tw[j][k] - tu[j][k]/c
			}
		}
		return &Model{stages: []*stage{m}, gaz: gaz, lex: lex}
	}
	for ep := 1; ep <= opt.Epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, si := range order {
			s := data[si]
			n := len(s.tags)
			em = em[:0]
			for _, fs := range s.feats {
				var row [NumTags]float32
				for _, f := range fs {
					ws := w[int(f)*NumTags : int(f+1)*NumTags]
					for k := range row {
						row[k] += ws[k]
					}
				}
				em = append(em, row[:]...)
			}
			pred := viterbi(em, n, &tw)
			for i := range n {
				g, p := s.tags[i], pred[i]
				if g != p {
					for _, f := range s.feats[i] {
						w[int(f)*NumTags+g]++
						u[int(f)*NumTags+g] += c
						w[int(f)*NumTags+p]--
						u[int(f)*NumTags+p] -= c
					}
				}
				gp, pp := NumTags, NumTags
				if i > 0 {
					gp, pp = s.tags[i-1], pred[i-1]
				}
				if gp != pp || g != p {
					tw[gp][g]++
					tu[gp][g] += c
					tw[pp][p]--
					tu[pp][p] -= c
				}
			}
			c++
		}
		if opt.EachEpoch != nil && ep < opt.Epochs {
			opt.EachEpoch(ep, average())
		}
	}
	m := average()
	if opt.EachEpoch != nil {
		opt.EachEpoch(opt.Epochs, m)
	}
	return m
}
