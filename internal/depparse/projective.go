package depparse

import "strings"

// liftSep joins the label of a lifted arc to the label of the head it was
// lifted from ("obl||obj": an obl whose head was the word labelled obj),
// the "head" encoding of Nivre and Nilsson (2005).
const liftSep = "||"

// Trees here are CoNLL-U heads: heads[i] is the head of word i+1, 0 the
// root.

// dominates reports whether h is an ancestor of k (the root dominates
// every word); it gives up on cycles.
func dominates(heads []int, h, k int) bool {
	for range len(heads) + 1 {
		if k == 0 {
			return h == 0
		}
		k = heads[k-1]
		if k == h {
			return true
		}
	}
	return false
}

// nonProjective reports whether the arc into word d crosses a word its
// head does not dominate.
func nonProjective(heads []int, d int) bool {
	h := heads[d-1]
	lo, hi := min(h, d), max(h, d)
	for k := lo + 1; k < hi; k++ {
		if !dominates(heads, h, k) {
			return true
		}
	}
	return false
}

// projectivize lifts non-projective arcs, the shortest first, to the head
// of their head until the tree is projective. The label of a lifted word
// records the label of its original head, so that deprojectivize can
// find the head again. It returns new slices and the number of words
// lifted.
func projectivize(heads []int, labels []string) ([]int, []string, int) {
	h := append([]int(nil), heads...)
	l := append([]string(nil), labels...)
	lifted := make([]bool, len(h))
	n := 0
	for {
		d, span := 0, len(h)+1
		for i := 1; i <= len(h); i++ {
			if s := max(h[i-1], i) - min(h[i-1], i); h[i-1] != 0 && s < span && nonProjective(h, i) {
				d, span = i, s
			}
		}
		if d == 0 {
			return h, l, n
		}
		old := h[d-1]
		if !lifted[d-1] {
			lifted[d-1] = true
			l[d-1] = l[d-1] + liftSep + baseLabel(labels[old-1])
			n++
		}
		h[d-1] = h[old-1]
	}
}

// baseLabel strips the lift encoding from a label.
func baseLabel(l string) string {
	if i := strings.Index(l, liftSep); i >= 0 {
		return l[:i]
	}
	return l
}

// deprojectivize lowers every word whose label carries a lift encoding:
// it searches the descendants of its present head, breadth first and
// left to right, outside its own subtree, for the nearest word with the
// recorded label and attaches it there; when none is found the word keeps
// its head. Labels lose the encoding either way. heads and labels are
// changed in place.
func deprojectivize(heads []int, labels []string) {
	var queue []int
	for d := 1; d <= len(heads); d++ {
		base, want, ok := strings.Cut(labels[d-1], liftSep)
		if !ok {
			continue
		}
		labels[d-1] = base
		queue = append(queue[:0], heads[d-1])
		for len(queue) > 0 {
			x := queue[0]
			queue = queue[1:]
			found := 0
			for c := 1; c <= len(heads); c++ {
				if heads[c-1] != x || c == d {
					continue
				}
				if baseLabel(labels[c-1]) == want && !dominates(heads, d, c) {
					found = c
					break
				}
				queue = append(queue, c)
			}
			if found != 0 {
				heads[d-1] = found
				break
			}
		}
	}
}
