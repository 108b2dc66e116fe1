package depparse

// Parse parses one sentence. upos, xpos and lemmas are the columns of
// CoNLL-U (missing or short slices read as empty values). Heads are
// 1-based as in CoNLL-U (0 the root) and rels full UD labels
// ("nsubj:pass"). Whatever the input, every word gets one head and the
// result is a tree with one root.
func (m *Model) Parse(words, upos, xpos, lemmas []string) (heads []int, rels []string) {
	if k := m.width(); k > 1 {
		return m.ParseBeam(words, upos, xpos, lemmas, k)
	}
	return m.parseGreedy(words, upos, xpos, lemmas)
}

// Beam is the model's beam width (1: greedy).
func (m *Model) Beam() int { return max(m.beam, 1) }

// SetBeam makes Parse decode with a beam of k hypotheses (k < 2: greedily)
// whatever width the model was trained with: a narrower beam trades accuracy
// for speed (PARSER.md). Call it before the model parses, not during; Save
// keeps the trained width.
func (m *Model) SetBeam(k int) { m.decode = min(max(k, 1), MaxBeam) }

// width is the beam Parse decodes with: SetBeam's, else the trained one.
func (m *Model) width() int {
	if m.decode > 0 {
		return m.decode
	}
	return max(m.beam, 1)
}

// parseGreedy is Parse with one hypothesis, taking the best-scoring
// transition at every step.
func (m *Model) parseGreedy(words, upos, xpos, lemmas []string) (heads []int, rels []string) {
	n := len(words)
	heads, rels = make([]int, n), make([]string, n)
	if n == 0 {
		return heads, rels
	}
	p := m.pool.Get().(*parser)
	defer m.pool.Put(p)
	s := &p.st
	s.reset(n)
	p.at.set(words, upos, xpos, lemmas, m.classes)
	m.read(s, p)
	m.finish(s, p)
	m.tree(s, heads, rels)
	return heads, rels
}

// read parses until every word is read, taking the best-scoring
// transition at each step; finish does the rest.
func (m *Model) read(s *state, p *parser) {
	p.keep(s.n)
	for s.b < s.n {
		if len(s.stack) == 0 { // shift is the only move: no need to score it
			s.apply(shift, -1, 0)
			continue
		}
		m.score(s, p)
		k, l := m.best(s.valid(), p.scores)
		s.apply(k, l, m.bit(l))
	}
}

// score sets p.scores to the scores of configuration s of read. The sums
// of the buffer group are kept for as long as b0 stays (reduce and
// left-arc, about half the moves, leave it), those of the left group
// until b0 also takes a left child, those of the stack group by word: a
// stack word is s0 again once the words above it are popped, as often.
// Only read's configurations may be scored so (see group).
func (m *Model) score(s *state, p *parser) {
	nc := len(p.scores)
	s0 := s.stack[len(s.stack)-1]
	ssum := p.ssum[s0*nc : (s0+1)*nc]
	const always = groupRest | groupPair | groupRight // in list 0 (readParts)
	want := always
	if s.b != p.bAt {
		want |= groupBuf
	}
	if s.b != p.lAt || s.nl[s.b] != p.lN {
		want |= groupLeft
	}
	if !p.sok[s0] {
		want |= groupS0
	}
	z := &p.fz
	z.byGroup(s, &p.at, m.lab, want, &readParts)
	if want != always {
		// the rows of every list first, so that their cache misses
		// overlap rather than come list by list
		for k := range z.lists {
			p.touch += m.lm.Touch(z.listOf(k))
		}
	}
	if want&groupBuf != 0 {
		m.lm.Partial(z.listOf(1), p.bsum)
		p.bAt = s.b
	}
	if want&groupLeft != 0 {
		m.lm.Partial(z.listOf(3), p.lsum)
		p.lAt, p.lN = s.b, s.nl[s.b]
	}
	if want&groupS0 != 0 {
		m.lm.Partial(z.listOf(2), ssum)
		p.sok[s0] = true
	}
	m.lm.ScoresPlus(z.listOf(0), p.scores, p.bsum, p.lsum, ssum)
}

// best returns the highest-scoring transition of the kinds ok allows,
// arcs with any label but the root's (only finish attaches to the root),
// ties going to the lowest class, without a test per class.
func (m *Model) best(ok [4]bool, scores []float32) (kind, label int) {
	kind, label = -1, -1
	var top float32
	try := func(k, l int, sc float32) {
		if kind < 0 || sc > top {
			kind, label, top = k, l, sc
		}
	}
	for k := shift; k <= reduce; k++ {
		if ok[k] {
			try(k, -1, scores[k])
		}
	}
	L := len(m.labels)
	for k, base := range [2]int{2, 2 + L} {
		if !ok[leftArc+k] {
			continue
		}
		for l, sc := range scores[base : base+L] {
			if l != m.root {
				try(leftArc+k, l, sc)
			}
		}
	}
	return kind, label
}

func (m *Model) bit(l int) uint64 {
	if l < 0 {
		return 0
	}
	return m.bits[l]
}

// tree writes the arcs of final state s, a tree with one word on the
// root (see finish), as CoNLL-U heads and labels; lift-encoded arcs are
// then lowered.
func (m *Model) tree(s *state, heads []int, rels []string) {
	for i := 0; i < s.n; i++ {
		h, l := s.head[i], m.labels[s.label[i]]
		if h == s.n {
			h, l = -1, "root"
		}
		heads[i], rels[i] = h+1, l
	}
	deprojectivize(heads, rels)
}
