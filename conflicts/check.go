package conflicts

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"time"
)

// Side is one source's value in a comparison.
type Side struct {
	Value string `json:"value"`
	Source
}

// Finding is one comparison between two sources, with its verdict.
type Finding struct {
	Kind      string `json:"kind"`    // age, date, place, timing
	Verdict   string `json:"verdict"` // conflict or consistent
	About     string `json:"about"`
	A         Side   `json:"a"`
	B         Side   `json:"b"`
	Reasoning string `json:"reasoning"`
}

// Check compares what different articles state and returns every verdict:
// conflicts first, then consistent findings. Statements from the same
// article are never compared with each other: a source restating itself is
// not a disagreement. Nor is an event the text does not tell as having
// happened compared with anything: a denied meeting does not contradict a
// stated one, a planned date does not conflict with the actual one.
func Check(f *Facts) []Finding {
	f = asserted(f)
	var out []Finding
	out = append(out, checkAges(f)...)
	classes := classify(f)
	out = append(out, checkDates(f, classes)...)
	out = append(out, checkPlaces(f, classes)...)
	out = append(out, checkTiming(f, classes)...)
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if (a.Verdict == "conflict") != (b.Verdict == "conflict") {
			return a.Verdict == "conflict"
		}
		for _, k := range [][2]string{{a.Kind, b.Kind}, {a.About, b.About}, {a.A.Article, b.A.Article}, {a.B.Article, b.B.Article}, {a.A.Value, b.A.Value}, {a.B.Value, b.B.Value}} {
			if k[0] != k[1] {
				return k[0] < k[1]
			}
		}
		return false
	})
	return out
}

// asserted is f without the events not told as having happened; links
// to them then find no event and are skipped.
func asserted(f *Facts) *Facts {
	out := *f
	out.Events = nil
	for _, e := range f.Events {
		if !e.NotAsserted {
			out.Events = append(out.Events, e)
		}
	}
	return &out
}

// birthRange: someone aged n on day d was born after d minus n+1 years and
// on or before d minus n years.
func birthRange(a Age) (interval, bool) {
	d, err := time.Parse(time.DateOnly, a.AsOf)
	if err != nil {
		return interval{}, false
	}
	return interval{dayOf(d.AddDate(-(a.Age + 1), 0, 1)), dayOf(d.AddDate(-a.Age, 0, 0))}, true
}

func checkAges(f *Facts) []Finding {
	var out []Finding
	by := map[string][]Age{}
	for _, a := range f.Ages {
		by[a.Entity] = append(by[a.Entity], a)
	}
	for _, ent := range sortedKeys(by) {
		ages := by[ent]
		for i := 0; i < len(ages); i++ {
			for j := i + 1; j < len(ages); j++ {
				a, b := ages[i], ages[j]
				if a.Article == b.Article {
					continue
				}
				ra, oka := birthRange(a)
				rb, okb := birthRange(b)
				if !oka || !okb {
					continue
				}
				why := fmt.Sprintf("age %d on %s means born %s..%s; age %d on %s means born %s..%s",
					a.Age, a.AsOf, dateOfDay(ra.lo), dateOfDay(ra.hi), b.Age, b.AsOf, dateOfDay(rb.lo), dateOfDay(rb.hi))
				fd := Finding{Kind: "age", About: f.Name(ent) + "'s age",
					A: Side{fmt.Sprintf("%d (as of %s)", a.Age, a.AsOf), a.Source},
					B: Side{fmt.Sprintf("%d (as of %s)", b.Age, b.AsOf), b.Source}}
				if both, ok := ra.intersect(rb); ok {
					fd.Verdict = "consistent"
					fd.Reasoning = why + fmt.Sprintf("; both hold for a birth date in %s..%s", dateOfDay(both.lo), dateOfDay(both.hi))
				} else {
					fd.Verdict = "conflict"
					fd.Reasoning = why + "; no birth date fits both"
				}
				out = append(out, fd)
			}
		}
	}
	return out
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// describeEvent names an event class for people: "MEET of A and B".
func describeEvent(f *Facts, e Event) string {
	var names []string
	for _, p := range e.Participants {
		names = append(names, f.Name(p))
	}
	if len(names) == 0 {
		return e.Type
	}
	return e.Type + " of " + strings.Join(names, " and ")
}

func checkDates(f *Facts, c *classes) []Finding {
	var out []Finding
	for _, members := range c.members() {
		seen := map[string]bool{}
		var dated []Event
		for _, i := range members {
			e := f.Events[i]
			key := e.Article + "|" + e.Date
			if e.Date == "" || seen[key] {
				continue
			}
			if _, ok := dateRange(e.Date); !ok {
				continue
			}
			seen[key] = true
			dated = append(dated, e)
		}
		for i := 0; i < len(dated); i++ {
			for j := i + 1; j < len(dated); j++ {
				a, b := dated[i], dated[j]
				if a.Article == b.Article {
					continue
				}
				ra, _ := dateRange(a.Date)
				rb, _ := dateRange(b.Date)
				fd := Finding{Kind: "date", About: describeEvent(f, a), A: Side{a.Date, a.Source}, B: Side{b.Date, b.Source}}
				if _, ok := ra.intersect(rb); ok {
					fd.Verdict, fd.Reasoning = "consistent", fmt.Sprintf("%s and %s overlap (one may be more precise)", a.Date, b.Date)
				} else {
					fd.Verdict, fd.Reasoning = "conflict", fmt.Sprintf("%s and %s do not overlap", a.Date, b.Date)
				}
				fd.Reasoning += c.why(members[0])
				out = append(out, fd)
			}
		}
	}
	return out
}

func checkPlaces(f *Facts, c *classes) []Finding {
	var out []Finding
	for _, members := range c.members() {
		byArticle := map[string]Event{}
		var placed []Event
		for _, i := range members {
			e := f.Events[i]
			if e.Place == "" {
				continue
			}
			if _, ok := byArticle[e.Article+"|"+e.Place]; ok {
				continue
			}
			byArticle[e.Article+"|"+e.Place] = e
			placed = append(placed, e)
		}
		for i := 0; i < len(placed); i++ {
			for j := i + 1; j < len(placed); j++ {
				a, b := placed[i], placed[j]
				if a.Article == b.Article {
					continue
				}
				fd := Finding{Kind: "place", About: describeEvent(f, a),
					A: Side{f.Name(a.Place), a.Source}, B: Side{f.Name(b.Place), b.Source}}
				if a.Place == b.Place {
					fd.Verdict, fd.Reasoning = "consistent", "both name "+f.Name(a.Place)
				} else {
					fd.Verdict = "conflict"
					fd.Reasoning = fmt.Sprintf("%s and %s are different places (unless one lies within the other)",
						f.Name(a.Place), f.Name(b.Place))
				}
				fd.Reasoning += c.why(members[0])
				out = append(out, fd)
			}
		}
	}
	return out
}

// roundDays keeps reasoning texts short.
func roundDays(r interval) interval {
	return interval{math.Round(r.lo), math.Round(r.hi)}
}
