package depparse

import "slices"

// Beam search over the same transitions, for models trained globally
// (Zhang and Clark 2008; Zhang and Nivre 2011): the k best transition
// sequences are kept at every step instead of one, so that a move that
// looks best locally can lose to a sequence that scores better as a
// whole. Every sequence of a sentence of n words has 2n moves (the root
// phase, once every word is read, is forced: reduce a headed stack top,
// attach a headless one to the root), so sequences of one step compare
// fairly. The read phase of the best sequence is then finished as the
// greedy parser finishes (finish: the root takes one word).

// move is one transition of a hypothesis, chained to the one before by
// its index in the beam's arena (-1: the first).
type move struct {
	class int
	prev  int32
	feats []uint64 // the features it was scored on (kept in training only)
}

// hyp is a hypothesis of the beam: a configuration, the summed score of
// the moves that led to it, and the last of those moves.
type hyp struct {
	st    state
	score float64
	last  int32
	gold  bool // every move so far is the oracle's (training only)
}

// cand is an expansion of hypothesis h by class c.
type cand struct {
	h     int
	c     int
	score float64
}

// beam holds the hypotheses of one step and the scratch of the next.
type beam struct {
	cur, next []hyp
	top       []cand // the best expansions, best first
	moves     []move
	feats     [][]uint64
	fz        featurizer
	scores    []float32
	// the sums of the buffer group's rows by b0 (bok: whether kept): they
	// read only the buffer words, the same in every hypothesis with that
	// b0 (decoding only)
	bsum []int32
	bok  []bool
	// the sums of the stack and left groups by what their templates read
	// (groupKey), for the sentence: hypotheses often share s0 or b0 with
	// the same structure around it
	memo map[groupKey]int // -> offset in sums
	sums []int32
}

// groupKey is what the templates of a group kept in the memo read of a
// configuration (see group): its kind and the tokens, labels, counts and
// label set that the group's key function names.
type groupKey struct {
	kind group
	w    [11]int32
	set  uint64
}

// stackKey is what the stack group's templates read of s: s0, s1, the
// head and grand-head of s0, its two leftmost children, their labels, its
// left valency and label set.
func stackKey(s *state) groupKey {
	s0, s1 := s.top(0), s.top(1)
	h := s.headOf(s0)
	l1, l2 := s.l1[s0], s.l2[s0]
	return groupKey{groupS0, [11]int32{int32(s0), int32(s1), int32(h), int32(s.headOf(h)),
		int32(s.label[s0]), int32(s.label[h]), int32(l1), int32(l2), int32(s.label[l1]),
		int32(s.label[l2]), int32(s.nl[s0])},
		s.ls[s0]}
}

// leftKey is what the left group's templates read of s: b0, its two
// leftmost children, their labels, its left valency and label set.
func leftKey(s *state) groupKey {
	b0 := s.buf(0)
	l1, l2 := s.l1[b0], s.l2[b0]
	return groupKey{groupLeft, [11]int32{int32(b0), int32(l1), int32(l2),
		int32(s.label[l1]), int32(s.label[l2]), int32(s.nl[b0])}, s.ls[b0]}
}

// pairKey is what the pair group's templates read of s: s0, b0 and b1.
func pairKey(s *state) groupKey {
	return groupKey{kind: groupPair, w: [11]int32{int32(s.top(0)), int32(s.buf(0)), int32(s.buf(1))}}
}

// rightKey is what the right group's templates read of s: s0, its two
// rightmost children, their labels, its right valency and label set.
func rightKey(s *state) groupKey {
	s0 := s.top(0)
	r1, r2 := s.r1[s0], s.r2[s0]
	return groupKey{groupRight, [11]int32{int32(s0), int32(r1), int32(r2),
		int32(s.label[r1]), int32(s.label[r2]), int32(s.nr[s0])}, s.rs[s0]}
}

// memoGroups are the groups whose sums decoding keeps in the memo, with
// their lists (groupParts) and key functions.
var memoGroups = [...]struct {
	g   group
	key func(*state) groupKey
}{{groupS0, stackKey}, {groupLeft, leftKey}, {groupPair, pairKey}, {groupRight, rightKey}}

// memoSums returns the kept sums of key, or nil.
func (b *beam) memoSums(key groupKey) []int32 {
	if off, ok := b.memo[key]; ok {
		return b.sums[off : off+len(b.scores)]
	}
	return nil
}

// keepSums sums list k of the featurizer and keeps the sums under key.
func (b *beam) keepSums(m *Model, key groupKey, k int) []int32 {
	nc := len(b.scores)
	off := len(b.sums)
	b.sums = slices.Grow(b.sums, nc)[:off+nc]
	m.lm.Partial(b.fz.listOf(k), b.sums[off:off+nc])
	b.memo[key] = off
	return b.sums[off : off+nc]
}

// newBeam makes a beam of k hypotheses for a model of that many classes.
func newBeam(k, classes int) *beam {
	return &beam{cur: make([]hyp, 0, k), next: make([]hyp, 0, k), top: make([]cand, 0, k+1), scores: make([]float32, classes)}
}

// offer puts expansion x among the k best, after those of equal score
// (which came from earlier hypotheses or lower classes): the order of a
// stable sort, so that search is deterministic.
func (b *beam) offer(x cand, k int) {
	i := len(b.top)
	for i > 0 && b.top[i-1].score < x.score {
		i--
	}
	if i >= k {
		return
	}
	if len(b.top) < k {
		b.top = append(b.top, cand{})
	}
	copy(b.top[i+1:], b.top[i:])
	b.top[i] = x
}

// offerAll offers the expansions of hypothesis i by the classes its
// configuration allows (Model.allowed), in class order, walking the kinds'
// ranges of classes instead of testing every class.
func (b *beam) offerAll(m *Model, i, k int) {
	h := &b.cur[i]
	ok := h.st.valid()
	L := len(m.labels)
	try := func(c int) {
		sc := h.score + float64(b.scores[c])
		if len(b.top) < k || sc > b.top[k-1].score {
			b.offer(cand{i, c, sc}, k)
		}
	}
	for c := shift; c <= reduce; c++ {
		if ok[c] {
			try(c)
		}
	}
	// an arc into the root is a left-arc with the root label, taken when
	// b0 is the root; no other arc carries that label
	toRoot := h.st.b == h.st.n
	for kind, base := range [2]int{2, 2 + L} {
		if !ok[leftArc+kind] {
			continue
		}
		for l := range L {
			if (l == m.root) == (kind == 0 && toRoot) {
				try(base + l)
			}
		}
	}
}

// copyState makes dst a copy of src, reusing dst's slices.
func copyState(dst, src *state) {
	dst.n, dst.b, dst.un = src.n, src.b, src.un
	dst.stack = append(dst.stack[:0], src.stack...)
	dst.head = append(dst.head[:0], src.head...)
	dst.label = append(dst.label[:0], src.label...)
	dst.l1 = append(dst.l1[:0], src.l1...)
	dst.l2 = append(dst.l2[:0], src.l2...)
	dst.r1 = append(dst.r1[:0], src.r1...)
	dst.r2 = append(dst.r2[:0], src.r2...)
	dst.nl = append(dst.nl[:0], src.nl...)
	dst.nr = append(dst.nr[:0], src.nr...)
	dst.ls = append(dst.ls[:0], src.ls...)
	dst.rs = append(dst.rs[:0], src.rs...)
}

// expand scores every hypothesis of the beam and keeps the k best
// expansions. In training, score scores a configuration's whole feature
// list, each move keeps its features and the hypotheses that follow the
// oracle's moves (gold: the oracle's class) are marked; in decoding score
// is nil and scoreDecoding scores with the model's own lookups.
func (b *beam) expand(m *Model, k int, at *atoms, score func(feats []uint64, out []float32), gold int) {
	keep := score != nil
	b.top = b.top[:0]
	b.feats = b.feats[:0]
	for i := range b.cur {
		h := &b.cur[i]
		if keep {
			f := slices.Clone(b.fz.features(&h.st, at, m.lab))
			b.feats = append(b.feats, f)
			score(f, b.scores)
		} else {
			b.scoreDecoding(m, &h.st, at)
		}
		b.offerAll(m, i, k)
	}
	b.next = b.next[:len(b.top)]
	for j, c := range b.top {
		src, dst := &b.cur[c.h], &b.next[j]
		copyState(&dst.st, &src.st)
		kind, l := m.kindOf(c.c)
		dst.st.apply(kind, l, m.bit(l))
		dst.score = c.score
		mv := move{class: c.c, prev: src.last}
		if keep {
			mv.feats = b.feats[c.h]
		}
		b.moves = append(b.moves, mv)
		dst.last = int32(len(b.moves) - 1)
		dst.gold = keep && src.gold && c.c == gold
	}
	b.cur, b.next = b.next, b.cur
}

// scoreDecoding sets b.scores to the model's scores of configuration s,
// to the bit those of m.lm.Scores of all its features, with the buffer
// group's sums looked up once per b0 and the other groups' but the rest
// once per what their templates read (memoGroups): the features of a
// group whose sums are kept are not even computed.
func (b *beam) scoreDecoding(m *Model, s *state, at *atoms) {
	nc := len(b.scores)
	want := groupRest
	bs := b.bsum[s.b*nc : (s.b+1)*nc]
	if !b.bok[s.b] {
		want |= groupBuf
	}
	var keys [len(memoGroups)]groupKey
	var sums [len(memoGroups) + 1][]int32
	for i, g := range memoGroups {
		keys[i] = g.key(s)
		if sums[i] = b.memoSums(keys[i]); sums[i] == nil {
			want |= g.g
		}
	}
	z := &b.fz
	z.byGroup(s, at, m.lab, want, &groupParts)
	if want&groupBuf != 0 {
		m.lm.Partial(z.listOf(1), bs)
		b.bok[s.b] = true
	}
	for i, g := range memoGroups {
		if sums[i] == nil {
			sums[i] = b.keepSums(m, keys[i], int(groupParts[g.g]))
		}
	}
	sums[len(memoGroups)] = bs
	m.lm.ScoresPlus(z.listOf(0), b.scores, sums[:]...)
}

// start empties the beam down to the initial configuration of n words.
func (b *beam) start(n int) {
	nc := len(b.scores)
	b.bsum = slices.Grow(b.bsum[:0], (n+1)*nc)[:(n+1)*nc]
	b.bok = fill(b.bok, n+1, false)
	if b.memo == nil {
		b.memo = map[groupKey]int{}
	}
	clear(b.memo)
	b.sums = b.sums[:0]
	b.cur = b.cur[:1]
	b.moves = b.moves[:0]
	h := &b.cur[0]
	h.st.reset(n)
	h.score, h.last, h.gold = 0, -1, true
}

// path returns the classes of the moves up to move i, first move first.
func (b *beam) path(i int32) []int {
	var out []int
	for ; i >= 0; i = b.moves[i].prev {
		out = append(out, b.moves[i].class)
	}
	slices.Reverse(out)
	return out
}

// ParseBeam parses like Parse with a beam of k hypotheses (k < 2: the
// greedy parse). It pays for models trained with the same beam (Options.Beam).
func (m *Model) ParseBeam(words, upos, xpos, lemmas []string, k int) (heads []int, rels []string) {
	n := len(words)
	if k < 2 || n == 0 {
		return m.parseGreedy(words, upos, xpos, lemmas)
	}
	heads, rels = make([]int, n), make([]string, n)
	p := m.pool.Get().(*parser)
	defer m.pool.Put(p)
	p.at.set(words, upos, xpos, lemmas, m.classes)
	if p.beam == nil || cap(p.beam.cur) < k {
		p.beam = newBeam(k, len(p.scores))
	}
	b := p.beam
	b.start(n)
	for !b.cur[0].st.done() {
		b.expand(m, k, &p.at, nil, -1)
		if len(b.cur) == 0 { // no move allowed: cannot happen, but never loop or panic
			return m.parseGreedy(words, upos, xpos, lemmas)
		}
	}
	// replay the best sequence's read phase and finish it greedily
	s := &p.st
	s.reset(n)
	for _, c := range b.path(b.cur[0].last) {
		if s.b == s.n {
			break
		}
		kind, l := m.kindOf(c)
		s.apply(kind, l, m.bit(l))
	}
	m.finish(s, p)
	m.tree(s, heads, rels)
	return heads, rels
}
