package export

import (
	"fmt"
	"net/url"
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/graph/view"
)

// project turns the selection into nodes and merged edges.
//
// Complexity 42 (gocyclo): one pass over the selection that sorts every fact into its node and edge
// kinds; the branches are the kinds of the graph schema.
func project(s *summary, sel selection, o Options) *Graph {
	g := &Graph{All: o.All}
	// told is what an event fact's edges and node say of it, with All.
	told := func(f *fact) string {
		if !o.All || f.kind != "event" {
			return ""
		}
		return f.told.Describe()
	}
	start := map[string]string{} // node -> earliest date of its edges
	note := func(n, date string) {
		if date != "" && (start[n] == "" || fullDate(date) < fullDate(start[n])) {
			start[n] = date
		}
	}
	merged := map[edgeKey]*Edge{}
	addEdge := func(f *fact, p pair) {
		k := edgeKey{p.Source, p.Target, p.Relation, p.Kind, f.date, told(f)}
		e := merged[k]
		if e == nil {
			e = &Edge{Source: p.Source, Target: p.Target, Relation: p.Relation, Kind: p.Kind,
				Directed: p.Directed, Date: f.date, Confidence: -1, Evidence: f.evidence, Factuality: k.told}
			merged[k] = e
		}
		e.Weight++
		if f.article != "" && !contains(e.Articles, f.article) {
			e.Articles = append(e.Articles, f.article)
			sort.Strings(e.Articles)
		}
		if f.hasConf && f.conf > e.Confidence {
			e.Confidence = f.conf
		}
		note(p.Source, f.date)
		note(p.Target, f.date)
	}
	factNodes := map[string]*fact{}
	for _, f := range sel.facts {
		if !o.EventNodes || f.kind == "relation" {
			for _, p := range pairs(f) {
				if sel.entities[p.Source] && sel.entities[p.Target] {
					addEdge(f, p)
				}
			}
			continue
		}
		// Event and claim nodes: one edge per entity and role. Agents,
		// patients and authors point at the fact; the fact points at the
		// place, the entities it is about and the addressee.
		var ps []pair
		for _, role := range []string{roleAgent, rolePatient, roleParticipant, roleAuthor} {
			for _, ent := range f.in(role) {
				if role == roleParticipant && (f.has(roleAgent, ent) || f.has(rolePatient, ent)) {
					continue // the sharper role says it
				}
				ps = append(ps, pair{Source: ent, Target: f.iri, Relation: strings.ToUpper(role), Kind: EdgeRole, Directed: true})
			}
		}
		for _, role := range []string{rolePlace, roleAbout, roleAddressee} {
			for _, ent := range f.in(role) {
				ps = append(ps, pair{Source: f.iri, Target: ent, Relation: strings.ToUpper(role), Kind: EdgeRole, Directed: true})
			}
		}
		kept := false
		for _, p := range ps {
			ent := p.Source
			if ent == f.iri {
				ent = p.Target
			}
			if sel.entities[ent] {
				addEdge(f, p)
				kept = true
			}
		}
		if kept {
			factNodes[f.iri] = f
		}
	}
	for iri := range sel.entities {
		e := s.entities[iri]
		if e == nil { // a seed IRI the store does not hold
			continue
		}
		n := Node{ID: iri, Label: e.name(), Kind: KindEntity, Type: e.typ(), Mentions: len(e.articles), Start: start[iri]}
		for _, a := range sortedKeys(e.aliases) {
			if a != n.Label {
				n.Aliases = append(n.Aliases, a)
			}
		}
		if n.Start == "" { // not in any dated fact: when it was first reported
			for a := range e.articles {
				note(iri, s.articles[a].dateOr(""))
			}
			n.Start = start[iri]
		}
		g.Nodes = append(g.Nodes, n)
	}
	for iri, f := range factNodes {
		kind, label := KindEvent, f.name
		if f.kind == "claim" {
			kind, label = KindClaim, shorten(f.name, 80)
		}
		g.Nodes = append(g.Nodes, Node{ID: iri, Label: label, Kind: kind, Type: f.typ, Mentions: 1, Start: f.date, Factuality: told(f)})
	}
	sort.Slice(g.Nodes, func(i, j int) bool {
		a, b := g.Nodes[i], g.Nodes[j]
		if c := compareDates(a.Start, b.Start); c != 0 {
			return c < 0
		}
		if a.Label != b.Label {
			return a.Label < b.Label
		}
		return a.ID < b.ID
	})
	for _, e := range merged {
		g.Edges = append(g.Edges, *e)
	}
	sort.Slice(g.Edges, func(i, j int) bool {
		a, b := g.Edges[i], g.Edges[j]
		if c := compareDates(a.Date, b.Date); c != 0 {
			return c < 0
		}
		if a.Source != b.Source {
			return a.Source < b.Source
		}
		if a.Target != b.Target {
			return a.Target < b.Target
		}
		if a.Relation != b.Relation {
			return a.Relation < b.Relation
		}
		return a.Kind < b.Kind
	})
	for i := range g.Edges {
		g.Edges[i].ID = fmt.Sprintf("e%d", i)
	}
	return g
}

type edgeKey struct{ source, target, relation, kind, date, told string }

// compareDates orders dates (partial ones at their first day), undated last.
var compareDates = view.CompareDates

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// shorten cuts s to at most n runes at a word boundary, adding "…".
func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	cut := string(r[:n])
	if i := strings.LastIndexByte(cut, ' '); i > n/2 {
		cut = cut[:i]
	}
	return cut + "…"
}

// ArticleLabel is the short form of an article IRI used in the analyst
// formats: its document id.
func ArticleLabel(iri string) string {
	id := strings.TrimPrefix(iri, articlePrefix)
	if s, err := url.PathUnescape(id); err == nil {
		return s
	}
	return id
}

// articleLabels are the edge's articles as document ids.
func (e *Edge) articleLabels() []string {
	out := make([]string, len(e.Articles))
	for i, a := range e.Articles {
		out[i] = ArticleLabel(a)
	}
	return out
}
