package depparse

// oracle is the dynamic oracle of arc-eager parsing (Goldberg and Nivre
// 2012): for any configuration, reachable by gold or by mistaken moves,
// the cost of a transition is the number of gold arcs it makes
// unreachable. Arc-eager is arc-decomposable, so on projective trees
// these counts are exact: a transition of cost 0 always exists, and
// following such transitions from anywhere reaches the best tree still
// reachable. Training trees are projectivized first (see projectivize).
type oracle struct {
	head    []int // gold heads, 0-based, n for the root
	label   []int // gold label ids
	inStack []bool
}

func (o *oracle) reset(head, label []int) {
	o.head, o.label = head, label
	o.inStack = fill(o.inStack, len(head)+2, false)
}

// costs returns the unlabelled cost of each transition kind (valid ones
// only; the others are left 0 and must be masked by the caller).
func (o *oracle) costs(s *state, ok [4]bool) (c [4]int) {
	for i := range o.inStack {
		o.inStack[i] = false
	}
	for _, k := range s.stack {
		o.inStack[k] = true
	}
	b, gh := s.b, o.head
	// headless stack words whose gold head is b: shift and right-arc lose
	// them, left-arc and reduce keep them reachable.
	stackDepsOfB := 0
	if b < s.n {
		for _, k := range s.stack {
			if gh[k] == b && s.head[k] < 0 {
				stackDepsOfB++
			}
		}
	}
	if ok[shift] {
		c[shift] = stackDepsOfB
		if o.inStack[gh[b]] {
			c[shift]++
		}
	}
	if ok[rightArc] {
		s0 := s.stack[len(s.stack)-1]
		c[rightArc] = stackDepsOfB
		if h := gh[b]; h != s0 && (h > b || o.inStack[h]) {
			c[rightArc]++
		}
	}
	if ok[reduce] || ok[leftArc] {
		s0 := s.stack[len(s.stack)-1]
		bufDeps := 0 // gold dependents of s0 still in the buffer
		for k := b; k < s.n; k++ {
			if gh[k] == s0 {
				bufDeps++
			}
		}
		if ok[reduce] {
			c[reduce] = bufDeps
		}
		if ok[leftArc] {
			c[leftArc] = bufDeps
			if gh[s0] > b {
				c[leftArc]++
			}
		}
	}
	return c
}

// labelCost is the extra cost of labelling the arc of a left-arc or
// right-arc with l: 1 when the arc is gold and its gold label differs.
func (o *oracle) labelCost(s *state, kind, l int) int {
	switch kind {
	case leftArc:
		if d := s.stack[len(s.stack)-1]; o.head[d] == s.b && o.label[d] != l {
			return 1
		}
	case rightArc:
		if d := s.b; o.head[d] == s.stack[len(s.stack)-1] && o.label[d] != l {
			return 1
		}
	}
	return 0
}
