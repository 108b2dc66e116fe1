package eventlink

import (
	"crypto/sha256"
	"encoding/hex"
	"maps"
	"regexp"
	"slices"
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
// other; in a larger one only events that share a participant are (which
// keeps a story of many articles near-linear).
const allPairs = 300

// coreRoles are the roles whose participants tell two events apart, the
// place included: a meeting in Oslo is not one in Bergen. (A place and a
// place within it, "Los Angeles" and "California", are told apart too:
// nothing here knows what contains what.)
var coreRoles = []string{"Arg0", "Arg1", "Arg2", "Argm-LOC"}

// datePrefix is a calendar date or part of one ("2024", "2024-06",
// "2024-06-11"): only such times are compared. dayPrefix is a day.
var (
	datePrefix = regexp.MustCompile(`^\d{4}(-\d\d(-\d\d)?)?`)
	dayPrefix  = regexp.MustCompile(`^\d{4}-\d\d-\d\d`)
)

// clusters joins events; each cluster keeps the distinct profiles of its
// members that could set it apart from another, and its articles.
type clusters struct {
	evs      []item
	prof     []profile
	parent   []int
	profiles [][]profile
	arts     []map[int]bool
	in       map[int]bodies // who belongs to what, by story
	story    []int          // the story of each article
}

func newClusters(evs []item, in map[int]bodies, story []int) *clusters {
	c := &clusters{evs: evs, in: in, story: story, prof: make([]profile, len(evs)), parent: make([]int, len(evs)),
		profiles: make([][]profile, len(evs)), arts: make([]map[int]bool, len(evs))}
	for i, it := range evs {
		c.parent[i] = i
		c.prof[i] = newProfile(it)
		if !c.prof[i].empty() {
			c.profiles[i] = []profile{c.prof[i]}
		}
		c.arts[i] = map[int]bool{it.art: true}
	}
	return c
}

func (c *clusters) find(i int) int {
	for c.parent[i] != i {
		c.parent[i] = c.parent[c.parent[i]]
		i = c.parent[i]
	}
	return i
}

// join joins the events of one group (indices in canonical order).
// Generic events join none. Events that name a participant or a date
// join first, pairs with more participants in common first, ties by index,
// when their clusters do not conflict. An event that names neither ("the
// earthquake") then joins the cluster its article
// tells most often, or failing that the one its story tells most often
// (the event the text is about), unless they conflict, and stays alone
// when two are told as often: nothing says which it is.
func (c *clusters) join(idx []int) {
	var told, bare []int
	for _, i := range idx {
		switch {
		case c.evs[i].ev.Generic:
		case c.prof[i].empty():
			bare = append(bare, i)
		default:
			told = append(told, i)
		}
	}
	c.joinTold(told)
	if reporting[c.evs[idx[0]].ev.Type] {
		return // a statement is known by its speaker
	}
	all := map[int]int{} // cluster -> its told events
	byArt := map[int]map[int]int{}
	for _, i := range told {
		r := c.find(i)
		all[r]++
		if byArt[c.evs[i].art] == nil {
			byArt[c.evs[i].art] = map[int]int{}
		}
		byArt[c.evs[i].art][r]++
	}
	to := -1 // the cluster of the bare events when the story has none
	for _, i := range bare {
		own := byArt[c.evs[i].art]
		r := -1
		switch {
		case len(own) > 0:
			r = mostTold(own)
		case len(all) > 0:
			r = mostTold(all)
		case to < 0:
			to = i
		default:
			r = c.find(to)
		}
		if ri := c.find(i); r >= 0 && ri != r && !c.conflict(ri, r) {
			c.union(ri, r)
		}
	}
}

// mostTold returns the cluster told more often than any other, -1 when two
// are told as often.
func mostTold(told map[int]int) int {
	best, n, tie := -1, 0, false
	for r, k := range told {
		switch {
		case k > n:
			best, n, tie = r, k, false
		case k == n:
			tie = true
		}
	}
	if tie {
		return -1
	}
	return best
}

// joinTold unites the events that say who or when, by pairs with more
// participants in common first, ties by index, unless their clusters
// conflict.
func (c *clusters) joinTold(told []int) {
	type cand struct{ shared, a, b int }
	var cands []cand
	consider := func(a, b int) {
		ea, eb := c.evs[a], c.evs[b]
		if reporting[ea.ev.Type] && !sameStatement(ea, eb, c.prof[a], c.prof[b]) {
			return
		}
		cands = append(cands, cand{c.prof[a].shared(c.prof[b]), a, b})
	}
	if len(told) <= allPairs {
		for x, a := range told {
			for _, b := range told[x+1:] {
				consider(a, b)
			}
		}
	} else {
		seen := map[[2]int]bool{}
		for _, p := range byParticipant(told, c.prof) {
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

// byParticipant lists, for each participant (role and id) in sorted
// order, the events of idx that have it, in index order; an unnamed one
// is qualified by its article.
func byParticipant(idx []int, prof []profile) [][]int {
	post := map[string][]int{}
	for _, i := range idx {
		for r, ks := range prof[i].roles {
			for _, k := range ks {
				if k[0] == '\x01' {
					k = strconv.Itoa(prof[i].art) + k
				}
				post[r+"\x00"+k] = append(post[r+"\x00"+k], i)
			}
		}
	}
	out := make([][]int, 0, len(post))
	for _, k := range slices.Sorted(maps.Keys(post)) {
		sort.Ints(post[k])
		out = append(out, post[k])
	}
	return out
}

// sameStatement reports whether two reports can be one statement: told
// in two articles, by a named speaker they have in common, on one day
// (a speaker says many things about one story, on many days).
func sameStatement(a, b item, pa, pb profile) bool {
	da, db := dayPrefix.FindString(a.ev.Time), dayPrefix.FindString(b.ev.Time)
	if a.art == b.art || da == "" || da != db {
		return false
	}
	for _, k := range intersect(pa.roles["Arg0"], pb.roles["Arg0"]) {
		if k[0] != '\x01' {
			return true
		}
	}
	return false
}

// conflict reports whether two clusters cannot be one event: a member of
// one conflicts with a member of the other (profile.conflicts), or they
// are reports and share an article (an article tells each statement
// once).
func (c *clusters) conflict(a, b int) bool {
	var in bodies // a story's: an event told again in another story (retold.go) matches exactly
	if s := c.story[c.evs[a].art]; s == c.story[c.evs[b].art] {
		in = c.in[s]
	}
	for _, p := range c.profiles[a] {
		for _, q := range c.profiles[b] {
			if p.conflicts(q, in) {
				return true
			}
		}
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

// union makes the smaller index the root of both clusters and merges
// what tells them apart.
func (c *clusters) union(a, b int) {
	if b < a {
		a, b = b, a
	}
	c.parent[b] = a
	for _, q := range c.profiles[b] {
		dup := false
		for _, p := range c.profiles[a] {
			dup = dup || sameProfile(p, q)
		}
		if !dup {
			c.profiles[a] = append(c.profiles[a], q)
		}
	}
	c.profiles[b] = nil
	for art := range c.arts[b] {
		c.arts[a][art] = true
	}
}

// sameProfile reports whether two profiles set their events apart from
// others alike (the article matters only for unnamed participants).
func sameProfile(p, q profile) bool {
	if p.date != q.date || len(p.roles) != len(q.roles) {
		return false
	}
	unnamed := false
	for r, ks := range p.roles {
		if strings.Join(ks, "\x00") != strings.Join(q.roles[r], "\x00") {
			return false
		}
		for _, k := range ks {
			unnamed = unnamed || k[0] == '\x01'
		}
	}
	return !unnamed || p.art == q.art
}

// ids names every cluster by its first report that names a participant
// or a date (else its first report): its type, participants and date, and
// a short hash of its first report (its article's key and its index
// there): "meet-gypsy-rose-blanchard-kim-kardashian-2023-12-28-5f0e2a".
// The hash keeps clusters of one name apart without numbering them, and
// first reports (in canonical order) name them, so that an id changes only
// when its event gets an earlier report, never because an unrelated article
// came or went. It returns the id of each event.
func (c *clusters) ids(keys []string) []string {
	namer := map[int]int{} // cluster -> the report that names it
	for i := range c.evs { // canonical order: a root (its first report) comes before its members
		r := c.find(i)
		if n, ok := namer[r]; !ok || c.prof[n].empty() && !c.prof[i].empty() {
			namer[r] = i
		}
	}
	out := make([]string, len(c.evs))
	used := map[string]bool{}
	named := map[int]string{}
	for i := range c.evs {
		r := c.find(i)
		if id, ok := named[r]; ok {
			out[i] = id
			continue
		}
		h := sha256.Sum256([]byte(keys[c.evs[r].art] + "\x00" + strconv.Itoa(c.evs[r].ev.Local)))
		base := c.name(namer[r]) + "-" + hex.EncodeToString(h[:3])
		id := base
		for n := 2; used[id]; n++ { // two first reports of one hash: numbered
			id = base + "-" + strconv.Itoa(n)
		}
		used[id] = true
		named[r] = id
		out[i] = id
	}
	return out
}

// name is the readable part of an id: the type of report i, its
// alphabetically first named Arg0 and Arg1 (the first two for a symmetric
// type), and its date.
func (c *clusters) name(i int) string {
	p := c.prof[i]
	named := func(role string) []string {
		var out []string
		for _, k := range p.roles[role] {
			if k[0] != '\x01' {
				out = append(out, k) // sorted
			}
		}
		return out
	}
	parts := []string{c.evs[i].ev.Type}
	n := 1
	if symmetric[c.evs[i].ev.Type] { // Arg1 is Arg0: name two
		n = 2
	}
	for _, role := range []string{"Arg0", "Arg1"} {
		ids := named(role)
		parts = append(parts, ids[:min(n, len(ids))]...)
	}
	if p.date != "" {
		parts = append(parts, p.date)
	}
	return doc.Slug(strings.Join(parts, " "))
}
