package depparse

// Parse parses one sentence. upos, xpos and lemmas are the columns of
// CoNLL-U (missing or short slices read as empty values). Heads are
// 1-based as in CoNLL-U (0 the root) and rels full UD labels
// ("nsubj:pass"). Whatever the input, every word gets one head and the
// result is a tree with one root.
func (m *Model) Parse(words, upos, xpos, lemmas []string) (heads []int, rels []string) {
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
	for !s.done() {
		k, l, forced := m.forced(s)
		if !forced {
			m.lm.Scores(p.fz.features(s, &p.at, m.lab), p.scores)
			k, l = m.best(s, p.scores)
		}
		s.apply(k, l, m.bit(l))
	}
	m.tree(s, upos, heads, rels)
	return heads, rels
}

// forced returns the only transition s allows, if it allows one only:
// shift on an empty stack, and once the words are all read, reduce or
// the root arc for each word left on the stack. Scoring it would not
// change the choice.
func (m *Model) forced(s *state) (kind, label int, ok bool) {
	switch {
	case len(s.stack) == 0:
		return shift, -1, true
	case s.b < s.n:
		return 0, 0, false
	case s.head[s.stack[len(s.stack)-1]] < 0:
		return leftArc, m.root, true
	}
	return reduce, -1, true
}

// best returns the highest-scoring transition allowed in s (see
// allowed), ties going to the lowest class, without a test per class.
func (m *Model) best(s *state, scores []float32) (kind, label int) {
	ok := s.valid()
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
	if s.b == s.n { // only the root label, only left-arc
		if ok[leftArc] {
			try(leftArc, m.root, scores[2+m.root])
		}
		return kind, label
	}
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

// tree writes the arcs of final state s as CoNLL-U heads and labels.
// Arc-eager can leave several words on the root; the first that is not
// punctuation (else the first) stays the root and the others attach to
// it as parataxis or punct, which keeps a tree. Lift-encoded arcs are
// then lowered.
func (m *Model) tree(s *state, upos []string, heads []int, rels []string) {
	n := s.n
	root := -1
	for i := 0; i < n; i++ {
		if s.head[i] == n && (root < 0 || at(upos, root) == "PUNCT" && at(upos, i) != "PUNCT") {
			root = i
		}
	}
	for i := 0; i < n; i++ {
		h, l := s.head[i], m.labels[s.label[i]]
		switch {
		case i == root:
			h, l = -1, "root"
		case h == n && at(upos, i) == "PUNCT":
			h, l = root, "punct"
		case h == n:
			h, l = root, "parataxis"
		}
		heads[i], rels[i] = h+1, l
	}
	deprojectivize(heads, rels)
}
