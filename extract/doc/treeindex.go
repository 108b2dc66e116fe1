package doc

// treeIndex lists the dependents of every word in text order, for the
// words it was made from: Children and Dependents are asked thousands of
// times an article, and each scanned its sentence's words (~3 % of the
// pipeline).
type treeIndex struct {
	start []int32 // the dependents of w are kids[start[w]:start[w+1]]
	kids  []int32
	first *Word // &Words[0] when made (nil: no index)
	words int
}

// IndexTree makes the dependents index of d's words; the syntax stage
// calls it once every head is set. Words changed afterwards (another
// slice or length) fall back to the scan; a head changed in place would
// need IndexTree again (no stage changes one: heads are the parse's).
func (d *Document) IndexTree() {
	n := len(d.Words)
	start := make([]int32, n+2)
	for _, w := range d.Words {
		if uint(w.Head) < uint(n) {
			start[w.Head+2]++
		}
	}
	for w := 2; w < len(start); w++ {
		start[w] += start[w-1]
	}
	// start[h+1] is where h's next dependent goes; once all are placed it
	// is where h's run ends, which is start[h+1] of the final index
	kids := make([]int32, start[n+1])
	for c, w := range d.Words {
		if uint(w.Head) < uint(n) {
			kids[start[w.Head+1]] = int32(c)
			start[w.Head+1]++
		}
	}
	d.treeIx = treeIndex{start: start[:n+1], kids: kids, words: n}
	if n > 0 {
		d.treeIx.first = &d.Words[0]
	}
}

// dependents returns the indexed dependents of w (shared: not to be
// changed); ok is false when the index does not hold for d's words.
func (d *Document) dependents(w int) (kids []int32, ok bool) {
	ix := &d.treeIx
	if ix.first == nil || ix.words != len(d.Words) || ix.first != &d.Words[0] {
		return nil, false
	}
	return ix.kids[ix.start[w]:ix.start[w+1]], true
}
