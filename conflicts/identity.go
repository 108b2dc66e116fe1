package conflicts

import (
	"sort"
)

// symmetric events need two shared participants to be the same event: two
// meetings of Kim are not the same meeting unless the other party matches.
var symmetric = map[string]bool{"MEET": true, "MARRY": true, "BREAKUP": true}

// classes groups event mentions, across and within articles, that report
// the same real event.
type classes struct {
	parent []int
	weak   map[int]string // class root -> why a weak merge was made
}

func (c *classes) find(i int) int {
	for c.parent[i] != i {
		c.parent[i] = c.parent[c.parent[i]]
		i = c.parent[i]
	}
	return i
}

func (c *classes) union(a, b int) {
	ra, rb := c.find(a), c.find(b)
	if ra != rb {
		c.parent[rb] = ra
		if w, ok := c.weak[rb]; ok {
			c.weak[ra] = w
		}
	}
}

func shared(a, b []string) int {
	n := 0
	for _, x := range a {
		for _, y := range b {
			if x == y {
				n++
			}
		}
	}
	return n
}

// sameEvent: same type and the same people (for symmetric events, two of
// them, or all of the smaller set).
func sameEvent(a, b Event) bool {
	if a.Type != b.Type || len(a.Participants) == 0 || len(b.Participants) == 0 {
		return false
	}
	n := shared(a.Participants, b.Participants)
	if symmetric[a.Type] {
		return n >= 2 || (n >= 1 && n == min(len(a.Participants), len(b.Participants)))
	}
	return n >= 1
}

// classify groups events. Reports of one happening (the extractor's
// cross-document event, which weighed type, participants, time and place
// across the articles of a story) are one event first of all. Besides
// them and sameEvent, two articles that share at least two people and
// each report exactly one event of a type are taken to report the same
// one (a weak merge, stated in every verdict that uses it): it survives a
// participant the extractor resolved differently.
func classify(f *Facts) *classes {
	c := &classes{parent: make([]int, len(f.Events)), weak: map[int]string{}}
	for i := range c.parent {
		c.parent[i] = i
	}
	first := map[string]int{} // happening -> its first report
	for i, e := range f.Events {
		if e.Happening == "" {
			continue
		}
		if j, ok := first[e.Happening]; ok {
			c.union(j, i)
		} else {
			first[e.Happening] = i
		}
	}
	for i := range f.Events {
		for j := i + 1; j < len(f.Events); j++ {
			if sameEvent(f.Events[i], f.Events[j]) {
				c.union(i, j)
			}
		}
	}
	// weak merges
	people := map[string]map[string]bool{}  // article -> participants
	byType := map[string]map[string][]int{} // article -> type -> events
	for i, e := range f.Events {
		if people[e.Article] == nil {
			people[e.Article] = map[string]bool{}
			byType[e.Article] = map[string][]int{}
		}
		for _, p := range e.Participants {
			people[e.Article][p] = true
		}
		byType[e.Article][e.Type] = append(byType[e.Article][e.Type], i)
	}
	arts := sortedKeys(people)
	for x := 0; x < len(arts); x++ {
		for y := x + 1; y < len(arts); y++ {
			common := 0
			for p := range people[arts[x]] {
				if people[arts[y]][p] {
					common++
				}
			}
			if common < 2 {
				continue
			}
			for typ, ex := range byType[arts[x]] {
				ey := byType[arts[y]][typ]
				if len(ex) == 1 && len(ey) == 1 && c.find(ex[0]) != c.find(ey[0]) && !symmetric[typ] {
					c.union(ex[0], ey[0])
					c.weak[c.find(ex[0])] = "the only " + typ + " event in each of two articles about the same people"
				}
			}
		}
	}
	return c
}

// members returns the classes as lists of event indices, in a stable order.
func (c *classes) members() [][]int {
	groups := map[int][]int{}
	for i := range c.parent {
		r := c.find(i)
		groups[r] = append(groups[r], i)
	}
	roots := make([]int, 0, len(groups))
	for r := range groups {
		roots = append(roots, r)
	}
	sort.Ints(roots)
	out := make([][]int, 0, len(roots))
	for _, r := range roots {
		out = append(out, groups[r])
	}
	return out
}

// why explains the weak merge behind the class of an event, or says nothing.
func (c *classes) why(event int) string {
	if w, ok := c.weak[c.find(event)]; ok {
		return " (taken as the same event: " + w + ")"
	}
	return ""
}
