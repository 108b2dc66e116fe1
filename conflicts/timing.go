package conflicts

import (
	"fmt"
	"math"
	"strings"
)

// precedes lists event types that, between the same people, happen before
// others: general knowledge of how such stories unfold, used to carry one
// article's timing over to a related event ("she reached out months after
// her release" bounds when they met, since reaching out comes first).
var precedes = map[string][]string{
	"COMMUNICATE": {"MEET"},
	"ARREST":      {"CHARGE", "CONVICT", "SENTENCE", "RELEASE"},
	"CHARGE":      {"CONVICT", "SENTENCE", "RELEASE"},
	"CONVICT":     {"SENTENCE", "RELEASE"},
	"SENTENCE":    {"RELEASE"},
	"BIRTH":       {"MEET", "MARRY", "ARREST", "CONVICT", "RELEASE", "APPOINT", "RESIGN", "FOUND", "DIE"},
	"MARRY":       {"BREAKUP"},
}

// bound is what one article implies about the time from class Y to class X.
type bound struct {
	r     interval
	steps []string // how it was derived, each with its evidence
	src   []Source
}

type pair struct{ x, y int } // class roots

// articleBounds derives, for one article, bounds on X - Y for pairs of
// event classes from its links and the precedence knowledge, composing
// at most two steps.
func articleBounds(f *Facts, c *classes, article string) map[pair]bound {
	idx := map[string]int{}
	for i, e := range f.Events {
		idx[e.IRI] = i
	}
	direct := map[pair]bound{}
	put := func(x, y int, b bound) {
		if x == y {
			return
		}
		if old, ok := direct[pair{x, y}]; ok {
			if r, ok2 := old.r.intersect(b.r); ok2 {
				b = bound{r, append(old.steps, b.steps...), append(old.src, b.src...)}
			} else {
				return // the article contradicts itself; keep the first statement
			}
		}
		direct[pair{x, y}] = b
		direct[pair{y, x}] = bound{b.r.neg(), b.steps, b.src}
	}
	for _, l := range f.Links {
		if l.Article != article {
			continue
		}
		fi, ok1 := idx[l.From]
		ti, ok2 := idx[l.To]
		if !ok1 || !ok2 {
			continue
		}
		r := interval{0, inf}
		off := "some time"
		if d, ok := durationRange(l.Offset); ok {
			r, off = d, l.Offset
		}
		from, to := f.Events[fi], f.Events[ti]
		step := fmt.Sprintf("%s (%q) came %s %s %s (%q)", from.Type, from.Trigger, off, strings.ToLower(l.Order), to.Type, to.Trigger)
		if l.Order == "BEFORE" {
			r = r.neg()
		}
		put(c.find(fi), c.find(ti), bound{r, []string{step}, []Source{l.Source}})
	}
	for i, a := range f.Events {
		if a.Article != article {
			continue
		}
		for j, b := range f.Events {
			if b.Article != article || shared(a.Participants, b.Participants) == 0 {
				continue
			}
			for _, t := range precedes[a.Type] {
				if t == b.Type {
					step := fmt.Sprintf("%s (%q) comes before %s (%q) between the same people", a.Type, a.Trigger, b.Type, b.Trigger)
					put(c.find(j), c.find(i), bound{interval{0, inf}, []string{step}, []Source{a.Source}})
				}
			}
		}
	}
	derived := map[pair]bound{}
	for p, b := range direct {
		derived[p] = b
	}
	for p1, b1 := range direct { // x - z
		for p2, b2 := range direct { // z - y
			if p1.y != p2.x || p1.x == p2.y {
				continue
			}
			p := pair{p1.x, p2.y}
			nb := bound{b1.r.add(b2.r), append(append([]string{}, b1.steps...), b2.steps...), append(append([]Source{}, b1.src...), b2.src...)}
			if old, ok := derived[p]; ok {
				if r, ok2 := old.r.intersect(nb.r); ok2 && (r.lo > old.r.lo || r.hi < old.r.hi) {
					derived[p] = bound{r, nb.steps, nb.src}
				}
				continue
			}
			derived[p] = nb
		}
	}
	return derived
}

func informative(r interval) bool { return r.lo > 0 || !math.IsInf(r.hi, 1) }

func checkTiming(f *Facts, c *classes) []Finding {
	arts := map[string]bool{}
	for _, l := range f.Links {
		arts[l.Article] = true
	}
	names := sortedKeys(arts)
	per := map[string]map[pair]bound{}
	for _, a := range names {
		per[a] = articleBounds(f, c, a)
	}
	var out []Finding
	for x := 0; x < len(names); x++ {
		for y := x + 1; y < len(names); y++ {
			a, b := names[x], names[y]
			for p, ba := range per[a] {
				bb, ok := per[b][p]
				if !ok || p.x < p.y || !(informative(ba.r) || informative(bb.r)) {
					continue // each unordered pair once
				}
				if ba.r.hi <= 0 && bb.r.hi <= 0 { // say it in the "later minus earlier" direction
					p = pair{p.y, p.x}
					ba = bound{ba.r.neg(), ba.steps, ba.src}
					bb = bound{bb.r.neg(), bb.steps, bb.src}
				}
				about := fmt.Sprintf("time from %s to %s", describeClass(f, c, p.y), describeClass(f, c, p.x))
				fd := Finding{Kind: "timing", About: about,
					A: Side{describeRange(roundDays(ba.r)), joinSources(ba.src)},
					B: Side{describeRange(roundDays(bb.r)), joinSources(bb.src)}}
				reason := fmt.Sprintf("%s: %s; %s: %s", a, strings.Join(unique(ba.steps), ", and "), b, strings.Join(unique(bb.steps), ", and "))
				if _, ok := ba.r.intersect(bb.r); ok {
					fd.Verdict, fd.Reasoning = "consistent", reason+"; the ranges overlap"
				} else {
					fd.Verdict, fd.Reasoning = "conflict", reason+"; the ranges do not overlap"
				}
				fd.Reasoning += c.why(p.x) + c.why(p.y)
				out = append(out, fd)
			}
		}
	}
	return out
}

// joinSources merges the sources of a derivation into one.
func joinSources(src []Source) Source {
	if len(src) == 0 {
		return Source{}
	}
	s := src[0]
	var ev []string
	seen := map[string]bool{}
	for _, x := range src {
		if !seen[x.Evidence] {
			seen[x.Evidence] = true
			ev = append(ev, x.Evidence)
		}
	}
	s.Evidence = strings.Join(ev, " | ")
	return s
}

func unique(xs []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

// describeClass names an event class by its type and the people most of
// its mentions name (all of them when the mentions disagree).
func describeClass(f *Facts, c *classes, root int) string {
	count := map[string]int{}
	n := 0
	typ := ""
	for i := range f.Events {
		if c.find(i) != root {
			continue
		}
		n++
		typ = f.Events[i].Type
		for _, p := range f.Events[i].Participants {
			count[p]++
		}
	}
	var names []string
	for _, p := range sortedKeys(count) {
		if 2*count[p] >= n || n <= 2 {
			names = append(names, f.Name(p))
		}
	}
	if len(names) == 0 {
		return typ
	}
	return typ + " of " + strings.Join(names, " and ")
}
