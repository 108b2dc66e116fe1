package tagger

import (
	"strings"
)

// Gazetteer is a list of names with their types: names tagged in the
// training annotations, and names from an external list (AddExternal),
// which fire features of their own. A hit is a feature, never a decision:
// the perceptron learns how far to trust each source. Keys are lower-cased
// token sequences joined by single spaces.
type Gazetteer struct {
	names  map[string]uint8 // key -> bit set of types (1<<type)
	firsts map[string]bool  // first tokens of keys, to skip hopeless starts
	maxLen int
}

// NewGazetteer returns an empty gazetteer.
func NewGazetteer() *Gazetteer {
	return &Gazetteer{names: map[string]uint8{}, firsts: map[string]bool{}}
}

// Add records a name (its tokens) with entity type typ (0..NumTypes-1).
func (g *Gazetteer) Add(tokens []string, typ int) { g.add(tokens, typ) }

// AddExternal records a name from a list made outside the training data
// (package lexicons): its hits are features apart from those of the
// training names, since the two sources deserve different trust.
func (g *Gazetteer) AddExternal(tokens []string, typ int) { g.add(tokens, NumTypes+typ) }

// add sets bit bit of the name's type set: 0..NumTypes-1 for training
// names, NumTypes.. for external ones.
func (g *Gazetteer) add(tokens []string, bit int) {
	if len(tokens) == 0 || len(tokens) > 8 {
		return
	}
	low := make([]string, len(tokens))
	for i, t := range tokens {
		low[i] = newTokInfo(t).low
	}
	k := strings.Join(low, " ")
	g.names[k] |= 1 << bit
	g.firsts[low[0]] = true
	g.maxLen = max(g.maxLen, len(tokens))
}

// Len is the number of distinct names.
func (g *Gazetteer) Len() int { return len(g.names) }

// gazHit lists the gazetteer features of one token: bit*4 + position
// (0 unit, 1 begin, 2 inside, 3 last), bit as in add.
type gazHit struct{ hits []byte }

// match finds every gazetteer name in a sentence that starts with a
// capitalised token, longest first at each start.
func (g *Gazetteer) match(ts []tokInfo) []gazHit {
	out := make([]gazHit, len(ts))
	// The longest candidate is joined once; each shorter one is a prefix
	// of it (ends[n] bytes), looked up without building a string.
	var buf []byte
	var ends []int
	for i := range ts {
		if !ts[i].cap || !g.firsts[ts[i].low] {
			continue
		}
		longest := min(g.maxLen, len(ts)-i)
		buf, ends = buf[:0], append(ends[:0], 0)
		for k := i; k < i+longest; k++ {
			if k > i {
				buf = append(buf, ' ')
			}
			buf = append(buf, ts[k].low...)
			ends = append(ends, len(buf))
		}
		for n := longest; n >= 1; n-- {
			types, ok := g.names[string(buf[:ends[n]])]
			if !ok {
				continue
			}
			for typ := range 2 * NumTypes {
				if types&(1<<typ) == 0 {
					continue
				}
				for k := i; k < i+n; k++ {
					pos := 2
					switch {
					case n == 1:
						pos = 0
					case k == i:
						pos = 1
					case k == i+n-1:
						pos = 3
					}
					out[k].hits = append(out[k].hits, byte(typ*4+pos))
				}
			}
			break
		}
	}
	return out
}
