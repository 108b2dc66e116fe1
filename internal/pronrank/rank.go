package pronrank

import "github.com/newsgraph/newsgraph/internal/linear"

// Example is an instance with its context, ready to score.
type Example struct {
	Ctx *Context
	In  Instance
	Doc int // the document's place in its corpus, for cross-validation folds
}

// Train learns a ranker by the averaged perceptron over examples in the
// given order, epochs times: deterministic for the same input.
func Train(exs []Example, epochs int) *linear.Model {
	t := linear.NewTrainer(1)
	sc := make([]float32, 1)
	var buf []uint64
	for ep := 0; ep < epochs; ep++ {
		for _, ex := range exs {
			in := ex.In
			if !anyPos(in) {
				continue
			}
			best, bestPos := -1, -1
			var bs, bps float32
			for i := range in.Cands {
				buf = ex.Ctx.Features(in, i, buf[:0])
				t.Scores(buf, sc)
				if best < 0 || sc[0] > bs {
					best, bs = i, sc[0]
				}
				if in.Pos[i] && (bestPos < 0 || sc[0] > bps) {
					bestPos, bps = i, sc[0]
				}
			}
			if !in.Pos[best] {
				t.Update(ex.Ctx.Features(in, bestPos, nil), 0, 1)
				t.Update(ex.Ctx.Features(in, best, nil), 0, -1)
			}
			t.Tick()
		}
	}
	return t.Average(0)
}

func anyPos(in Instance) bool {
	for _, p := range in.Pos {
		if p {
			return true
		}
	}
	return false
}

// Choose returns the index into in.Cands the model ranks first, -1 when
// there is no candidate.
func Choose(m *linear.Model, ex Example) int {
	sc := make([]float32, 1)
	best := -1
	var bs float32
	var buf []uint64
	for i := range ex.In.Cands {
		buf = ex.Ctx.Features(ex.In, i, buf[:0])
		m.Scores(buf, sc)
		if best < 0 || sc[0] > bs {
			best, bs = i, sc[0]
		}
	}
	return best
}
