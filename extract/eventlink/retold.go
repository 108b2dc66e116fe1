package eventlink

import (
	"maps"
	"slices"
	"sort"
	"strings"
)

// joinRetold joins the reports of one event that stories keep apart
// because their articles came out weeks or months apart: a follow-up
// that tells again "the meeting in New Orleans". Outside a story only an
// event that says all of who, what and where is recognised: clusters of
// one type whose reports name the same place and the same two or more
// named participants (Arg0, Arg1, Arg2) join, unless a date or another
// participant sets them apart. Clusters are visited in canonical order,
// so the outcome depends only on the set of articles.
func (c *clusters) joinRetold() {
	bySig := map[string][]int{}
	for i := range c.evs {
		if c.find(i) != i {
			continue
		}
		for _, p := range c.profiles[i] {
			if sig, ok := retoldSignature(c.evs[i].ev.Type, p); ok {
				bySig[sig] = append(bySig[sig], i)
				break
			}
		}
	}
	for _, s := range slices.Sorted(maps.Keys(bySig)) {
		roots := bySig[s]
		for _, r := range roots[1:] {
			a, b := c.find(roots[0]), c.find(r)
			if a != b && !c.conflict(a, b) {
				c.union(a, b)
			}
		}
	}
}

// retoldSignature is what a report must say for a later article to be
// recognised as telling it again: its type, one named place and at least
// two named participants (those only its article knows left out); false
// when it says less.
func retoldSignature(typ string, p profile) (string, bool) {
	places := p.roles["Argm-LOC"]
	if len(places) != 1 || places[0][0] == '\x01' {
		return "", false
	}
	var who []string
	for _, r := range []string{"Arg0", "Arg1", "Arg2"} {
		for _, k := range p.roles[r] {
			if k[0] != '\x01' { // only its article knows who an unnamed one is
				who = append(who, r+"="+k)
			}
		}
	}
	if len(who) < 2 {
		return "", false
	}
	sort.Strings(who)
	return typ + "\x00" + places[0] + "\x00" + strings.Join(who, "\x00"), true
}
