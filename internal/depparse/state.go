// Package depparse is the project's dependency parser: a greedy
// transition-based parser (arc-eager, Nivre 2003) whose transitions are
// scored by an averaged perceptron over the rich feature set of Zhang and
// Nivre (2011), trained with the dynamic oracle and exploration of
// Goldberg and Nivre (2012, 2013). Non-projective training trees are
// lifted to projective ones with the label-encoded ("head") scheme of
// pseudo-projective parsing (Nivre and Nilsson 2005) and lowered again
// after parsing.
//
// The root is a token at the end of the buffer (Ballesteros and Nivre
// 2013): a word attaches to it only once every other word has been
// read, so the parser decides the root of the sentence last, with all
// the evidence.
package depparse

// The transition kinds. A class of the linear model is a kind, and for
// the arcs a label: class 0 is shift, 1 reduce, 2+l left-arc with label
// l and 2+L+l right-arc with label l, for L labels.
const (
	shift = iota
	reduce
	leftArc
	rightArc
)

// state is a parser configuration over n words: a stack of word indices,
// a buffer that is the words from b on followed by the root (index n),
// and the arcs built so far. Index n+1 is "no token", so that features of
// missing positions read a token like any other.
type state struct {
	n     int
	stack []int
	b     int
	// un is a word put back in front of the root once every word was
	// read (see finish), or -1: the buffer is then un and the root
	un    int
	head  []int // -1 until attached; n for the root
	label []int // label id of the arc to the head
	// the leftmost, second leftmost, rightmost and second rightmost
	// children: arc-eager adds left children nearest first and right
	// children left to right, so each new child is the new extreme.
	l1, l2, r1, r2 []int
	nl, nr         []int    // numbers of left and right children
	ls, rs         []uint64 // sets of left and right child labels
}

func (s *state) reset(n int) {
	s.n, s.b, s.un = n, 0, -1
	s.stack = s.stack[:0]
	m := n + 2
	s.head = fill(s.head, m, -1)
	s.label = fill(s.label, m, -1)
	s.l1, s.l2 = fill(s.l1, m, n+1), fill(s.l2, m, n+1)
	s.r1, s.r2 = fill(s.r1, m, n+1), fill(s.r2, m, n+1)
	s.nl, s.nr = fill(s.nl, m, 0), fill(s.nr, m, 0)
	s.ls, s.rs = fill(s.ls, m, 0), fill(s.rs, m, 0)
}

func fill[T any](s []T, n int, v T) []T {
	if cap(s) < n {
		s = make([]T, n)
	}
	s = s[:n]
	for i := range s {
		s[i] = v
	}
	return s
}

func (s *state) done() bool { return s.b == s.n && len(s.stack) == 0 }

// top returns the i-th stack item from the top, or n+1.
func (s *state) top(i int) int {
	if i < len(s.stack) {
		return s.stack[len(s.stack)-1-i]
	}
	return s.n + 1
}

// buf returns the i-th buffer item (the root after the words), or n+1.
func (s *state) buf(i int) int {
	if s.un >= 0 {
		switch i {
		case 0:
			return s.un
		case 1:
			return s.n
		}
		return s.n + 1
	}
	if j := s.b + i; j <= s.n {
		return j
	}
	return s.n + 1
}

// headOf returns the head of token i, or n+1 when it has none.
func (s *state) headOf(i int) int {
	if i > s.n || s.head[i] < 0 {
		return s.n + 1
	}
	return s.head[i]
}

// valid reports which transition kinds the configuration allows. Only
// left-arc may take the root (b == n) as head, and only with the root
// label; the words themselves are shifted once and popped once, so a
// sentence of n words takes exactly 2n transitions.
func (s *state) valid() (ok [4]bool) {
	hasStack := len(s.stack) > 0
	ok[shift] = s.b < s.n
	ok[rightArc] = s.b < s.n && hasStack
	if hasStack {
		headless := s.head[s.stack[len(s.stack)-1]] < 0
		ok[reduce] = !headless
		ok[leftArc] = headless
	}
	return ok
}

// apply performs transition kind k with label l (ignored by shift and
// reduce); bit is the label's bit in the child label sets.
func (s *state) apply(k, l int, bit uint64) {
	switch k {
	case shift:
		s.stack = append(s.stack, s.b)
		s.b++
	case reduce:
		s.stack = s.stack[:len(s.stack)-1]
	case leftArc:
		d := s.stack[len(s.stack)-1]
		s.stack = s.stack[:len(s.stack)-1]
		s.leftChild(s.b, d, l, bit)
	case rightArc:
		h, d := s.stack[len(s.stack)-1], s.b
		s.rightChild(h, d, l, bit)
		s.stack = append(s.stack, d)
		s.b++
	}
}

// leftChild attaches d < h to h; d is farther from h than h's other left
// children, as arc-eager attaches them.
func (s *state) leftChild(h, d, l int, bit uint64) {
	s.head[d], s.label[d] = h, l
	s.l2[h], s.l1[h] = s.l1[h], d
	s.nl[h]++
	s.ls[h] |= bit
}

// rightChild attaches d > h to h; d is farther from h than h's other
// right children.
func (s *state) rightChild(h, d, l int, bit uint64) {
	s.head[d], s.label[d] = h, l
	s.r2[h], s.r1[h] = s.r1[h], d
	s.nr[h]++
	s.rs[h] |= bit
}
