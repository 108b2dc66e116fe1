package server

import (
	"cmp"
	"context"
	"errors"
	"slices"
	"sort"
	"strconv"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query/path"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph/view"
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
	// NotAsserted says how the text tells an event it does not tell as
	// having happened ("denied", "planned"): only all=1 draws those.
	NotAsserted string `json:"not_asserted,omitempty"`
	ReportedBy  string `json:"reported_by,omitempty"` // events told in someone's words
}

// Edge links two entities through one or more facts.
type Edge struct {
	ID       string `json:"id"`
	Source   string `json:"source"`
	Target   string `json:"target"`
	Relation string `json:"relation"` // "meet", "arrest in", "said about", "mother of"
	Facts    []Fact `json:"facts"`
	// NotAsserted is set when none of the edge's facts is told as having
	// happened: the page draws it dashed.
	NotAsserted bool `json:"not_asserted,omitempty"`
}

// Neighbourhood answers /api/neighbours.
type Neighbourhood struct {
	Center Entity   `json:"center"`
	Nodes  []Entity `json:"nodes"`
	Edges  []Edge   `json:"edges"`
	// All is set when events not told as having happened are drawn
	// (all=1); Hidden counts those left out otherwise.
	All       bool `json:"all"`
	Hidden    int  `json:"hidden"`
	Truncated bool `json:"truncated"`
}

var errNoEntity = errors.New("no such entity in the store")

// typeNames are the page's names of the entity classes (the extraction's
// entity types).
var typeNames = map[string]string{
	triples.Person: "PERSON", triples.Organization: "ORGANIZATION", triples.Place: "PLACE",
	triples.CreativeWork: "WORK", triples.EventClass: "EVENT", triples.Thing: "OTHER",
}

// pageType maps graph/view's type names onto the page's.
var pageType = map[string]string{"person": "PERSON", "organization": "ORGANIZATION", "place": "PLACE",
	"work": "WORK", "event": "EVENT", "thing": "OTHER"}

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
// Name and type are chosen as graph/view chooses them for the export (the
// longest name, the type most articles give), so the page and an export
// label a node alike.
func (rd reader) entity(iri string, detail bool) (Entity, error) {
	e := Entity{ID: iri, Type: "OTHER"}
	names, err := rd.strings(iri, triples.Name)
	if err != nil || len(names) == 0 {
		return e, err
	}
	ve := view.NewEntity(iri)
	for _, n := range names {
		ve.Names[n] = true
	}
	classes, err := rd.out(iri, triples.Type) // one value per article that states it
	if err != nil {
		return e, err
	}
	for _, c := range classes {
		if t, ok := view.TypeOfClass(lexical(c)); ok {
			ve.Types[t]++
		}
	}
	e.Name, e.Type = ve.Name(), pageType[ve.Type()]
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
	all    bool // draw the events not told as having happened too
	hidden int  // events left out for that
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
func neighbourhood(ctx context.Context, qs cgraph.QuadStore, center string, max int, all bool) (*Neighbourhood, error) {
	rd := reader{ctx: ctx, qs: qs}
	c, err := rd.entity(center, true)
	if err != nil {
		return nil, err
	}
	if c.Name == "" {
		return nil, errNoEntity
	}
	h := &hood{rd: rd, center: center, max: max, nodes: map[string]bool{}, edges: map[string]*Edge{}, all: all}
	for _, kind := range []string{view.Event, view.Claim, view.Relation} {
		if err := h.collect(kind); err != nil {
			return nil, err
		}
		if err := ctx.Err(); err != nil {
			return nil, err
		}
	}
	out := &Neighbourhood{Center: c, Nodes: []Entity{}, Edges: []Edge{}, All: all, Hidden: h.hidden, Truncated: h.trunc}
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
		e.NotAsserted = true
		for _, f := range e.Facts {
			e.NotAsserted = e.NotAsserted && f.NotAsserted != ""
		}
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

// factRoles are the predicates that name a fact's entities, by kind,
// with the role graph/view gives them.
var factRoles = map[string][][2]string{
	view.Event: {{triples.Participant, view.Participant}, {triples.Agent, view.Agent},
		{triples.Patient, view.Patient}, {triples.Location, view.Place}},
	view.Claim:    {{triples.Author, view.Author}, {triples.About, view.About}, {triples.Addressee, view.Addressee}},
	view.Relation: {{triples.Holder, view.Holder}, {triples.Relative, view.Relative}},
}

// factsOf finds the facts of a kind in which the center plays a role.
func (h *hood) factsOf(kind string) ([]string, error) {
	seen := map[string]bool{}
	var out []string
	for _, pr := range factRoles[kind] {
		fs, err := h.rd.in(h.center, pr[0])
		if err != nil {
			return nil, err
		}
		for _, f := range fs {
			if !seen[f] {
				seen[f] = true
				out = append(out, f)
			}
		}
	}
	return out, nil
}

// collect links the center to its neighbours through every fact of a
// kind, along the edges graph/view projects the fact onto (the export's
// edges), labelled as view.Label says.
func (h *hood) collect(kind string) error {
	iris, err := h.factsOf(kind)
	if err != nil {
		return err
	}
	for _, iri := range iris {
		if err := h.rd.ctx.Err(); err != nil {
			return err
		}
		vf := &view.Fact{IRI: iri, Kind: kind}
		for _, pr := range factRoles[kind] {
			ents, err := h.rd.outIRIs(iri, pr[0])
			if err != nil {
				return err
			}
			for _, e := range ents {
				vf.Add(pr[1], e)
			}
		}
		f, err := h.rd.fact(vf)
		if err != nil {
			return err
		}
		if !vf.Shown(h.all) {
			h.hidden++
			continue
		}
		for _, p := range view.Pairs(vf) {
			if p.Source == h.center || p.Target == h.center {
				h.link(p.Source, p.Target, view.Label(p), f)
			}
		}
	}
	return nil
}

// fact reads what an edge shows of a fact; it sets vf.Type, which the
// projection needs.
func (rd reader) fact(vf *view.Fact) (Fact, error) {
	f := Fact{Kind: vf.Kind, IRI: vf.IRI}
	var err error
	switch vf.Kind {
	case view.Event:
		if f.Type, err = rd.first(vf.IRI, triples.EventType); err != nil {
			return f, err
		}
		if f.Trigger, err = rd.first(vf.IRI, triples.Trigger); err != nil {
			return f, err
		}
		if f.Date, err = rd.first(vf.IRI, triples.StartDate); err != nil {
			return f, err
		}
		vf.Type = f.Type
		if vf.Told, err = rd.told(vf.IRI); err != nil {
			return f, err
		}
		f.NotAsserted = vf.Told.How()
		if vf.Told.Reported {
			f.ReportedBy = cmp.Or(vf.Told.Speaker, "someone")
		}
	case view.Claim:
		if f.Text, err = rd.first(vf.IRI, triples.Text); err != nil {
			return f, err
		}
		f.Date, err = rd.first(vf.IRI, triples.DatePublished)
		vf.Type = "CLAIM"
	case view.Relation:
		f.Type, err = rd.first(vf.IRI, triples.RelationType)
		vf.Type = f.Type
	}
	if err != nil {
		return f, err
	}
	return f, rd.source(&f)
}
