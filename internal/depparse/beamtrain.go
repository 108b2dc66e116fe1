package depparse

import "slices"

// beamSentence trains on one example globally: the beam searches as in
// ParseBeam while the oracle walks the gold sequence beside it, and the
// perceptron updates once, at the step where the best hypothesis beats
// the gold prefix by the most (max-violation, Huang, Fayong and Guo
// 2012): +1 on the gold moves, -1 on the hypothesis' moves, from the
// first move where they part.
func (t *trainer) beamSentence(ex *example, k int, b *beam) {
	m, gs := t.m, &t.st
	n := len(ex.head)
	gs.reset(n)
	t.or.reset(ex.head, ex.label)
	b.start(n)
	var gold, worstGold *goldMove
	worstPred := int32(-1)
	goldScore, worst := 0.0, 0.0
	for !gs.done() {
		f := slices.Clone(t.fz.features(gs, &ex.at, m.lab))
		t.tr.Scores(f, t.scores)
		gc := t.goldClass(gs)
		goldScore += float64(t.scores[gc])
		gold = &goldMove{class: gc, feats: f, prev: gold}
		kind, l := m.kindOf(gc)
		gs.apply(kind, l, m.bit(l))

		b.expand(m, k, &ex.at, t.tr.Scores, gc)
		if best := &b.cur[0]; !best.gold {
			if v := best.score - goldScore; v >= worst {
				worst, worstGold, worstPred = v, gold, best.last
			}
		}
	}
	if worstPred >= 0 {
		t.updatePaths(worstGold, b, worstPred)
	}
	t.tr.Tick()
}

// goldClass is the oracle's move in a configuration on the gold path:
// an arc with its gold label, else reduce, else shift, whichever costs
// nothing (on the gold path one always does).
func (t *trainer) goldClass(s *state) int {
	ok := s.valid()
	kc := t.or.costs(s, ok)
	best, bestRank := -1, 0
	for c := range t.scores {
		if !t.m.allowed(s, ok, c) {
			continue
		}
		k, l := t.m.kindOf(c)
		if kc[k]+t.or.labelCost(s, k, l) != 0 {
			continue
		}
		rank := [4]int{shift: 3, reduce: 2, leftArc: 1, rightArc: 1}[k]
		if best < 0 || rank < bestRank {
			best, bestRank = c, rank
		}
	}
	return best
}

// goldMove is a move of the oracle's sequence, chained to the one before.
type goldMove struct {
	class int
	feats []uint64
	prev  *goldMove
}

// updatePaths makes the perceptron step between the gold sequence and
// the beam's sequence ending in move i, of equal length: the moves they
// share from the start cancel out.
func (t *trainer) updatePaths(gold *goldMove, b *beam, i int32) {
	var g []*goldMove
	var p []*move
	for ; gold != nil; gold, i = gold.prev, b.moves[i].prev {
		g, p = append(g, gold), append(p, &b.moves[i])
	}
	slices.Reverse(g)
	slices.Reverse(p)
	d := 0
	for d < len(g) && g[d].class == p[d].class {
		d++
	}
	for j := d; j < len(g); j++ {
		t.tr.Update(g[j].feats, g[j].class, 1)
		t.tr.Update(p[j].feats, p[j].class, -1)
	}
}
