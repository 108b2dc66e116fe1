package depparse

import "github.com/newsgraph/newsgraph/internal/linear"

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
	p.at.set(words, upos, xpos, lemmas)
	for !s.done() {
		ok := s.valid()
		m.lm.Scores(p.fz.features(s, &p.at, m.lab), p.scores)
		c := linear.Best(p.scores, func(c int) bool { return m.allowed(s, ok, c) })
		k, l := m.kindOf(c)
		s.apply(k, l, m.bit(l))
	}
	m.tree(s, upos, heads, rels)
	return heads, rels
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
