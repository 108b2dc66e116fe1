package eventlink

import (
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

var (
	// reporting types: a report joins another only across articles, with
	// a named speaker in common, on the same day (sameStatement).
	reporting = lex.Words("event/reportingFrames")
	// symmetric types have no agent: their Arg0 and Arg1 are one role.
	symmetric = lex.Words("event/symmetricFrames")
)

// allPairs is the largest group whose events are all compared with each
// other; in a larger one only events that share a named participant are
// (which keeps a story of many articles near-linear).
const allPairs = 300

// coreRoles are the roles whose named participants tell two events apart.
var coreRoles = []string{"Arg0", "Arg1", "Arg2"}

// datePrefix is a calendar date or part of one ("2024", "2024-06",
// "2024-06-11"): only such times are compared.
var datePrefix = regexp.MustCompile(`^\d{4}(-\d\d(-\d\d)?)?`)

// dayPrefix is a calendar day.
var dayPrefix = regexp.MustCompile(`^\d{4}-\d\d-\d\d`)

// clusters joins events; each cluster keeps what tells it apart from
// others: its named participants by role, its dates, its articles.
type clusters struct {
	evs    []item
	parent []int
	roles  []roleSet
	dates  [][]string
	arts   []map[int]bool
}

func newClusters(evs []item) *clusters {
	c := &clusters{evs: evs, parent: make([]int, len(evs)), roles: make([]roleSet, len(evs)),
		dates: make([][]string, len(evs)), arts: make([]map[int]bool, len(evs))}
	for i, it := range evs {
		c.parent[i] = i
		c.roles[i] = roles(it.ev)
		if d := datePrefix.FindString(it.ev.Time); d != "" {
			c.dates[i] = []string{d}
		}
		c.arts[i] = map[int]bool{it.art: true}
	}
	return c
}

// roles are an event's named participants by role, Arg0 and Arg1 as one
// for a symmetric type ("A met B" is "B met A").
func roles(e Event) roleSet {
	rs := e.roles()
	if symmetric[e.Type] {
		for _, id := range rs["Arg1"] {
			rs.add("Arg0", id)
		}
		delete(rs, "Arg1")
	}
	return rs
}

func (c *clusters) find(i int) int {
	for c.parent[i] != i {
		c.parent[i] = c.parent[c.parent[i]]
		i = c.parent[i]
	}
	return i
}

// join considers the pairs of one group (indices in canonical order),
// those with more named participants in common first, ties by index, and
// unites those whose clusters do not conflict.
func (c *clusters) join(idx []int) {
	type cand struct{ shared, a, b int }
	var cands []cand
	consider := func(a, b int) {
		ea, eb := c.evs[a], c.evs[b]
		if reporting[ea.ev.Type] && !sameStatement(ea, eb, c.roles[a], c.roles[b]) {
			return
		}
		cands = append(cands, cand{c.roles[a].shared(c.roles[b]), a, b})
	}
	if len(idx) <= allPairs {
		for x, a := range idx {
			for _, b := range idx[x+1:] {
				consider(a, b)
			}
		}
	} else {
		seen := map[[2]int]bool{}
		for _, p := range byParticipant(idx, c.roles) {
			for x, a := range p {
				for _, b := range p[x+1:] {
					if !seen[[2]int{a, b}] {
						seen[[2]int{a, b}] = true
						consider(a, b)
					}
				}
			}
		}
	}
	sort.Slice(cands, func(i, j int) bool {
		if cands[i].shared != cands[j].shared {
			return cands[i].shared > cands[j].shared
		}
		if cands[i].a != cands[j].a {
			return cands[i].a < cands[j].a
		}
		return cands[i].b < cands[j].b
	})
	for _, p := range cands {
		ra, rb := c.find(p.a), c.find(p.b)
		if ra == rb || c.conflict(ra, rb) {
			continue
		}
		c.union(ra, rb)
	}
}

// byParticipant lists, for each named participant (role and id) in
// sorted order, the events of idx that have it, in index order.
func byParticipant(idx []int, rs []roleSet) [][]int {
	post := map[string][]int{}
	for _, i := range idx {
		for r, ids := range rs[i] {
			for _, id := range ids {
				post[r+"\x00"+id] = append(post[r+"\x00"+id], i)
			}
		}
	}
	keys := make([]string, 0, len(post))
	for k := range post {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	out := make([][]int, 0, len(keys))
	for _, k := range keys {
		sort.Ints(post[k])
		out = append(out, post[k])
	}
	return out
}

// sameStatement reports whether two reports can be one statement: told
// in two articles, by a named speaker they have in common, on one day
// (a speaker says many things about one story, on many days).
func sameStatement(a, b item, ra, rb roleSet) bool {
	da, db := dayPrefix.FindString(a.ev.Time), dayPrefix.FindString(b.ev.Time)
	return a.art != b.art && shareRole(ra, rb, "Arg0") && da != "" && da == db
}

func shareRole(a, b roleSet, role string) bool {
	for _, x := range a[role] {
		for _, y := range b[role] {
			if x == y {
				return true
			}
		}
	}
	return false
}

// conflict reports whether two clusters cannot be one event: both name
// participants of a core role and none in common ("Smith was arrested"
// and "Jones was arrested"), both are dated and no date of one fits a
// date of the other, or they are reports and share an article (an
// article tells each statement once).
func (c *clusters) conflict(a, b int) bool {
	for _, r := range coreRoles {
		if len(c.roles[a][r]) > 0 && len(c.roles[b][r]) > 0 && !shareRole(c.roles[a], c.roles[b], r) {
			return true
		}
	}
	if len(c.dates[a]) > 0 && len(c.dates[b]) > 0 && !anyFits(c.dates[a], c.dates[b]) {
		return true
	}
	if reporting[c.evs[a].ev.Type] {
		for art := range c.arts[a] {
			if c.arts[b][art] {
				return true
			}
		}
	}
	return false
}

// anyFits reports whether some date of a and some date of b can be one
// day: one is the other or contains it ("2024-06" and "2024-06-11").
func anyFits(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if strings.HasPrefix(x, y) || strings.HasPrefix(y, x) {
				return true
			}
		}
	}
	return false
}

// union makes a the root of b's cluster (or b of a's: the smaller index
// stays root) and merges what tells them apart.
func (c *clusters) union(a, b int) {
	if b < a {
		a, b = b, a
	}
	c.parent[b] = a
	for r, ids := range c.roles[b] {
		for _, id := range ids {
			c.roles[a].add(r, id)
		}
	}
	for _, d := range c.dates[b] {
		if !contains(c.dates[a], d) {
			c.dates[a] = append(c.dates[a], d)
		}
	}
	sort.Strings(c.dates[a])
	for art := range c.arts[b] {
		c.arts[a][art] = true
	}
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

// ids names every cluster by its type, named participants and date ("meet-kim-kardashian-gypsy-rose-blanchard-2023-12"); clusters
// that come to the same name are told apart by a number, in the order of
// their first events. It returns the id of each event.
func (c *clusters) ids() []string {
	out := make([]string, len(c.evs))
	used := map[string]bool{}
	named := map[int]string{}
	for i := range c.evs { // canonical order: a root comes before its members
		r := c.find(i)
		if id, ok := named[r]; ok {
			out[i] = id
			continue
		}
		base := c.name(r)
		id := base
		for n := 2; used[id]; n++ {
			id = base + "-" + strconv.Itoa(n)
		}
		used[id] = true
		named[r] = id
		out[i] = id
	}
	return out
}

// name is the readable part of a cluster's id: its type, the
// alphabetically first named Arg0 and Arg1, and its latest date.
func (c *clusters) name(r int) string {
	parts := []string{c.evs[r].ev.Type}
	for _, role := range []string{"Arg0", "Arg1"} {
		if ids := c.roles[r][role]; len(ids) > 0 {
			parts = append(parts, ids[0])
		}
	}
	if d := c.dates[r]; len(d) > 0 {
		parts = append(parts, d[len(d)-1])
	}
	return doc.Slug(strings.Join(parts, " "))
}
