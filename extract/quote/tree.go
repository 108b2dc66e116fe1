package quote

import "github.com/newsgraph/newsgraph/extract/doc"

// tree indexes the dependency parse of a document once, so that the
// claim rules can walk down it without rescanning sentences.
type tree struct {
	d     *doc.Document
	start []int32 // kids of word w are kids[start[w]:start[w+1]], in text order
	kids  []int32
}

func newTree(d *doc.Document) *tree {
	t := &tree{d: d, start: make([]int32, len(d.Words)+1), kids: make([]int32, 0, len(d.Words))}
	for _, w := range d.Words {
		if w.Head >= 0 {
			t.start[w.Head+1]++
		}
	}
	for i := 1; i < len(t.start); i++ {
		t.start[i] += t.start[i-1]
	}
	t.kids = t.kids[:t.start[len(d.Words)]]
	fill := append([]int32(nil), t.start[:len(d.Words)]...)
	for i, w := range d.Words {
		if w.Head >= 0 {
			t.kids[fill[w.Head]] = int32(i)
			fill[w.Head]++
		}
	}
	return t
}

// children returns the dependents of w in text order.
func (t *tree) children(w int) []int32 { return t.kids[t.start[w]:t.start[w+1]] }

// dep returns the first dependent of w whose relation is one of rels (a
// bare relation matching its subtypes), -1 when there is none.
func (t *tree) dep(w int, rels ...string) int {
	for _, c := range t.children(w) {
		if doc.RelIs(t.d.Words[c].Rel, rels...) {
			return int(c)
		}
	}
	return -1
}

// span returns the word range [first, last) of the subtree of w.
func (t *tree) span(w int) (first, last int) {
	first, last = w, w+1
	for _, c := range t.children(w) {
		f, l := t.span(int(c))
		first, last = min(first, f), max(last, l)
	}
	return first, last
}

// under reports whether word b lies in the subtree of a.
func (t *tree) under(b, a int) bool {
	for steps := 0; b >= 0 && steps < len(t.d.Words); steps++ {
		if b == a {
			return true
		}
		b = t.d.Words[b].Head
	}
	return false
}

// caseOf returns the lower-case text of w's case marker ("for", "to"),
// "" when it has none.
func (t *tree) caseOf(w int) string {
	if c := t.dep(w, "case", "mark"); c >= 0 {
		return qLower(t.d.Words[c].Text)
	}
	return ""
}
