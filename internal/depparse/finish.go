package depparse

// finish ends a parse once every word is read and the buffer is down to
// the root. Plain arc-eager attaches every headless word left on the
// stack to the root, which makes a forest of fragments; here the root
// takes one word only, the tree constraint of Nivre and
// Fernández-González (2014) adapted to the root at the end of the buffer.
// While another headless word lies below it, the headless top of the
// stack is put back in front of the root (their Unshift) and the model
// itself places it (see place). The last headless word, the leftmost,
// takes the root.
func (m *Model) finish(s *state, p *parser) {
	for len(s.stack) > 0 {
		w := s.stack[len(s.stack)-1]
		switch {
		case s.head[w] >= 0:
			s.apply(reduce, -1, 0)
		case !anyHeadless(s, s.stack[:len(s.stack)-1]):
			s.apply(leftArc, m.root, m.bit(m.root))
		default:
			s.stack = s.stack[:len(s.stack)-1]
			m.place(s, p, w)
		}
	}
}

// place finds a head for word w, taken off the stack, by the transitions
// the model was trained on, scored in the configuration whose buffer is
// w and the root: right-arc (w under the stack top), left-arc (the
// headless stack top under w) or reduce (to reach a head deeper in the
// stack). Shift is not allowed, so each move brings w nearer a head, and
// every arc is projective: the words between a stack word and the word
// above it belong to their two subtrees. When no headless word is left
// below, w goes back on the stack to take the root.
func (m *Model) place(s *state, p *parser, w int) {
	s.un = w
	defer func() { s.un = -1 }()
	for anyHeadless(s, s.stack) {
		s0 := s.stack[len(s.stack)-1]
		headed := s.head[s0] >= 0
		m.lm.Scores(p.fz.features(s, &p.at, m.lab), p.scores)
		k, l := m.best([4]bool{reduce: headed, leftArc: !headed, rightArc: true}, p.scores)
		switch k {
		case reduce:
			s.stack = s.stack[:len(s.stack)-1]
		case leftArc:
			s.stack = s.stack[:len(s.stack)-1]
			s.leftChild(w, s0, l, m.bit(l))
		case rightArc:
			s.rightChild(s0, w, l, m.bit(l))
			s.stack = append(s.stack, w)
			return
		}
	}
	s.stack = append(s.stack, w)
}

// anyHeadless reports whether a word of stack has no head yet.
func anyHeadless(s *state, stack []int) bool {
	for _, k := range stack {
		if s.head[k] < 0 {
			return true
		}
	}
	return false
}
