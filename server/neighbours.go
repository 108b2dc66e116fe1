package server

import (
	"context"
	"errors"
	"slices"
	"sort"
	"strconv"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query/path"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/triples"
)

// Fact is the evidence behind an edge: one event, claim or relation node.
type Fact struct {
	Kind     string `json:"kind"` // event, claim, relation
	IRI      string `json:"iri"`
	Type     string `json:"type,omitempty"`    // event type (MEET), relation type (mother)
	Trigger  string `json:"trigger,omitempty"` // events
	Date     string `json:"date,omitempty"`    // events: normalized date; claims: publication date
	Text     string `json:"text,omitempty"`    // claims: what was said
	Article  string `json:"article,omitempty"` // article id
	Evidence string `json:"evidence,omitempty"`
	Start    int    `json:"start"` // of the evidence in the article; -1 when not stored
	End      int    `json:"end"`
}

// Edge links two entities through one or more facts.
type Edge struct {
	ID       string `json:"id"`
	Source   string `json:"source"`
	Target   string `json:"target"`
	Relation string `json:"relation"` // "meet", "arrest in", "said about", "mother of"
	Facts    []Fact `json:"facts"`
}

// Neighbourhood answers /api/neighbours.
type Neighbourhood struct {
	Center    Entity   `json:"center"`
	Nodes     []Entity `json:"nodes"`
	Edges     []Edge   `json:"edges"`
	Truncated bool     `json:"truncated"`
}

var errNoEntity = errors.New("no such entity in the store")

var typeNames = map[string]string{
	triples.Person: "PERSON", triples.Organization: "ORGANIZATION", triples.Place: "PLACE",
	triples.CreativeWork: "WORK", triples.EventClass: "EVENT", triples.Thing: "OTHER",
}

// reader reads single values and lists through Cayley's path API.
type reader struct {
	ctx context.Context
	qs  cgraph.QuadStore
}

func (rd reader) values(p *path.Path) ([]quad.Value, error) {
	return p.Iterate(rd.ctx).AllValues(rd.qs)
}

// out returns the objects of node's pred.
func (rd reader) out(node, pred string) ([]quad.Value, error) {
	return rd.values(path.StartPath(rd.qs, quad.IRI(node)).Out(quad.IRI(pred)))
}

// in returns the IRIs of the subjects with pred pointing at node.
func (rd reader) in(node, pred string) ([]string, error) {
	vs, err := rd.values(path.StartPath(rd.qs, quad.IRI(node)).In(quad.IRI(pred)))
	return iris(vs), err
}

func (rd reader) outIRIs(node, pred string) ([]string, error) {
	vs, err := rd.out(node, pred)
	return iris(vs), err
}

// first is the lexical form of node's first pred value, or "".
func (rd reader) first(node, pred string) (string, error) {
	vs, err := rd.out(node, pred)
	if err != nil || len(vs) == 0 {
		return "", err
	}
	lex := make([]string, len(vs))
	for i, v := range vs {
		lex[i] = lexical(v)
	}
	sort.Strings(lex) // deterministic if there are several
	return lex[0], nil
}

func (rd reader) strings(node, pred string) ([]string, error) {
	vs, err := rd.out(node, pred)
	out := make([]string, 0, len(vs))
	for _, v := range vs {
		out = append(out, lexical(v))
	}
	sort.Strings(out)
	return slices.Compact(out), err // one value stated by two articles is two quads
}

func iris(vs []quad.Value) []string {
	out := make([]string, 0, len(vs))
	for _, v := range vs {
		if iri, ok := v.(quad.IRI); ok {
			out = append(out, string(iri))
		}
	}
	sort.Strings(out)
	return out
}

// lexical renders a value without quotes or datatype.
func lexical(v quad.Value) string {
	switch v := v.(type) {
	case quad.String:
		return string(v)
	case quad.TypedString:
		return string(v.Value)
	case quad.LangString:
		return string(v.Value)
	case quad.IRI:
		return string(v)
	case quad.Int:
		return strconv.FormatInt(int64(v), 10)
	case quad.Float:
		return strconv.FormatFloat(float64(v), 'f', -1, 64)
	case nil:
		return ""
	}
	return v.String()
}

// entity describes an entity; Name is "" if the store has no name for it.
func (rd reader) entity(iri string, detail bool) (Entity, error) {
	e := Entity{ID: iri, Type: "OTHER"}
	var err error
	if e.Name, err = rd.first(iri, triples.Name); err != nil {
		return e, err
	}
	types, err := rd.outIRIs(iri, triples.Type)
	if err != nil {
		return e, err
	}
	for _, t := range types {
		if n, ok := typeNames[t]; ok {
			e.Type = n
			break
		}
	}
	if detail {
		if e.Aliases, err = rd.strings(iri, triples.AlternateName); err != nil {
			return e, err
		}
		if e.Roles, err = rd.strings(iri, triples.Role); err != nil {
			return e, err
		}
	}
	return e, nil
}

// source fills the provenance of a fact.
func (rd reader) source(f *Fact) error {
	art, err := rd.outIRIs(f.IRI, triples.InArticle)
	if err != nil {
		return err
	}
	if len(art) > 0 {
		f.Article = triples.IDFromIRI(art[0])
	}
	f.Evidence, f.Start, f.End, err = rd.evidenceOf(f.IRI)
	return err
}

// hood collects a neighbourhood.
type hood struct {
	rd     reader
	center string
	max    int
	nodes  map[string]bool
	edges  map[string]*Edge
	trunc  bool
}

// link adds an edge from -> to (one of them the center) with a fact.
func (h *hood) link(from, to, relation string, f Fact) {
	if from == to {
		return
	}
	other := from
	if from == h.center {
		other = to
	}
	if !strings.HasPrefix(other, "urn:newsgraph:entity:") {
		return
	}
	if !h.nodes[other] {
		if len(h.nodes) >= h.max {
			h.trunc = true
			return
		}
		h.nodes[other] = true
	}
	key := from + "\x00" + to + "\x00" + relation
	e := h.edges[key]
	if e == nil {
		e = &Edge{Source: from, Target: to, Relation: relation}
		h.edges[key] = e
	}
	for _, g := range e.Facts {
		if g.IRI == f.IRI {
			return
		}
	}
	e.Facts = append(e.Facts, f)
}

// neighbourhood finds the entities linked to center through events
// (co-participants, places), claims (speaker, addressee, entities the claim
// is about) and relations, at most max of them.
func neighbourhood(ctx context.Context, qs cgraph.QuadStore, center string, max int) (*Neighbourhood, error) {
	rd := reader{ctx: ctx, qs: qs}
	c, err := rd.entity(center, true)
	if err != nil {
		return nil, err
	}
	if c.Name == "" {
		return nil, errNoEntity
	}
	h := &hood{rd: rd, center: center, max: max, nodes: map[string]bool{}, edges: map[string]*Edge{}}
	steps := []func() error{h.events, h.claims, h.relations}
	for _, step := range steps {
		if err := step(); err != nil {
			return nil, err
		}
		if err := ctx.Err(); err != nil {
			return nil, err
		}
	}
	out := &Neighbourhood{Center: c, Nodes: []Entity{}, Edges: []Edge{}, Truncated: h.trunc}
	for iri := range h.nodes {
		e, err := rd.entity(iri, false)
		if err != nil {
			return nil, err
		}
		if e.Name == "" {
			e.Name = triples.IDFromIRI(iri)
		}
		out.Nodes = append(out.Nodes, e)
	}
	sort.Slice(out.Nodes, func(i, j int) bool {
		if out.Nodes[i].Name != out.Nodes[j].Name {
			return out.Nodes[i].Name < out.Nodes[j].Name
		}
		return out.Nodes[i].ID < out.Nodes[j].ID
	})
	for _, e := range h.edges {
		if !h.nodes[e.Source] && e.Source != center || !h.nodes[e.Target] && e.Target != center {
			continue
		}
		sort.Slice(e.Facts, func(i, j int) bool { return e.Facts[i].IRI < e.Facts[j].IRI })
		out.Edges = append(out.Edges, *e)
	}
	sort.Slice(out.Edges, func(i, j int) bool {
		a, b := out.Edges[i], out.Edges[j]
		if a.Source != b.Source {
			return a.Source < b.Source
		}
		if a.Target != b.Target {
			return a.Target < b.Target
		}
		return a.Relation < b.Relation
	})
	for i := range out.Edges {
		// stable across requests, so a page that expands two neighbours
		// draws their common edge once
		e := &out.Edges[i]
		e.ID = e.Source + " " + e.Relation + " " + e.Target
	}
	return out, nil
}

// events: co-participants and places of the center's events, and the
// participants of events that happened at the center.
func (h *hood) events() error {
	rd := h.rd
	asParticipant, err := rd.in(h.center, triples.Participant)
	if err != nil {
		return err
	}
	atPlace, err := rd.in(h.center, triples.Location)
	if err != nil {
		return err
	}
	seen := map[string]bool{}
	for _, ev := range append(asParticipant, atPlace...) {
		if seen[ev] {
			continue
		}
		seen[ev] = true
		if err := rd.ctx.Err(); err != nil {
			return err
		}
		f := Fact{Kind: "event", IRI: ev}
		if f.Type, err = rd.first(ev, triples.EventType); err != nil {
			return err
		}
		if f.Trigger, err = rd.first(ev, triples.Trigger); err != nil {
			return err
		}
		if f.Date, err = rd.first(ev, triples.StartDate); err != nil {
			return err
		}
		if err := rd.source(&f); err != nil {
			return err
		}
		verb := strings.ToLower(f.Type)
		if verb == "" {
			verb = "event"
		}
		parts, err := rd.outIRIs(ev, triples.Participant)
		if err != nil {
			return err
		}
		agents, err := rd.outIRIs(ev, triples.Agent)
		if err != nil {
			return err
		}
		places, err := rd.outIRIs(ev, triples.Location)
		if err != nil {
			return err
		}
		isAgent := map[string]bool{}
		for _, a := range agents {
			isAgent[a] = true
		}
		centerTakesPart := false
		for _, p := range parts {
			if p == h.center {
				centerTakesPart = true
			}
		}
		if centerTakesPart {
			for _, p := range parts {
				if isAgent[p] && !isAgent[h.center] {
					h.link(p, h.center, verb, f)
				} else {
					h.link(h.center, p, verb, f)
				}
			}
			for _, pl := range places {
				h.link(h.center, pl, verb+" in", f)
			}
		}
		for _, pl := range places {
			if pl != h.center {
				continue
			}
			for _, p := range parts {
				h.link(p, h.center, verb+" in", f)
			}
		}
	}
	return nil
}

// claims: what the center said about or to whom, who spoke about or to it.
func (h *hood) claims() error {
	rd := h.rd
	seen := map[string]bool{}
	for _, pred := range []string{triples.Author, triples.About, triples.Addressee} {
		cs, err := rd.in(h.center, pred)
		if err != nil {
			return err
		}
		for _, c := range cs {
			if seen[c] {
				continue
			}
			seen[c] = true
			if err := rd.ctx.Err(); err != nil {
				return err
			}
			f := Fact{Kind: "claim", IRI: c}
			if f.Text, err = rd.first(c, triples.Text); err != nil {
				return err
			}
			if f.Date, err = rd.first(c, triples.DatePublished); err != nil {
				return err
			}
			if err := rd.source(&f); err != nil {
				return err
			}
			authors, err := rd.outIRIs(c, triples.Author)
			if err != nil {
				return err
			}
			about, err := rd.outIRIs(c, triples.About)
			if err != nil {
				return err
			}
			to, err := rd.outIRIs(c, triples.Addressee)
			if err != nil {
				return err
			}
			for _, a := range authors {
				for _, x := range about {
					if a == h.center || x == h.center {
						h.link(a, x, "said about", f)
					}
				}
				for _, x := range to {
					if a == h.center || x == h.center {
						h.link(a, x, "said to", f)
					}
				}
			}
		}
	}
	return nil
}

// relations: family and affiliation relations with the center on either side.
func (h *hood) relations() error {
	rd := h.rd
	for _, side := range []string{triples.Holder, triples.Relative} {
		rels, err := rd.in(h.center, side)
		if err != nil {
			return err
		}
		for _, rel := range rels {
			if err := rd.ctx.Err(); err != nil {
				return err
			}
			f := Fact{Kind: "relation", IRI: rel}
			if f.Type, err = rd.first(rel, triples.RelationType); err != nil {
				return err
			}
			if err := rd.source(&f); err != nil {
				return err
			}
			holders, err := rd.outIRIs(rel, triples.Holder)
			if err != nil {
				return err
			}
			relatives, err := rd.outIRIs(rel, triples.Relative)
			if err != nil {
				return err
			}
			for _, hd := range holders {
				for _, rv := range relatives {
					h.link(hd, rv, f.Type+" of", f)
				}
			}
		}
	}
	return nil
}
