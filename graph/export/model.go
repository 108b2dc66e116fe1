package export

import (
	"context"
	"fmt"
	"strings"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"

	"github.com/newsgraph/newsgraph/graph/view"
)

// Node kinds.
const (
	KindEntity = "entity"
	KindEvent  = "event"
	KindClaim  = "claim"
)

// Edge kinds: what an edge was derived from.
const (
	EdgeEvent    = view.EdgeEvent    // two participants of one event
	EdgePlace    = view.EdgePlace    // a participant and the place of the event
	EdgeClaim    = view.EdgeClaim    // a speaker and whom the claim is about or addressed to
	EdgeRelation = view.EdgeRelation // family or affiliation
	EdgeRole     = "role"            // an entity and an event or claim node (Options.EventNodes)
)

// Relations of claim edges.
const (
	SaidAbout = view.SaidAbout
	SpokeTo   = view.SpokeTo
)

// Node is an entity, or with Options.EventNodes an event or claim.
type Node struct {
	ID       string   // the IRI: unique and stable across exports
	Label    string   // schema:name (entities, events) or the claim text
	Kind     string   // KindEntity, KindEvent or KindClaim
	Type     string   // person, organization, ... for entities; MEET, ... for events; CLAIM
	Mentions int      // number of articles that mention the entity (or report the event or claim)
	Aliases  []string // other names (entities)
	Start    string   // first date the node appears in the story, YYYY-MM-DD or shorter; "" if unknown
	// Factuality says how the text tells an event node ("asserted",
	// "denied", "planned, reported by X": triples.Told.Describe); set only
	// in a graph built with Options.All.
	Factuality string
}

// Edge is a relation between two nodes, merged over every article that
// reports it.
type Edge struct {
	ID         string
	Source     string // node ID
	Target     string // node ID
	Relation   string // MEET, SAID_ABOUT, SPOKE_TO, MOTHER, or a role with EventNodes (AGENT, ...)
	Kind       string // EdgeEvent, EdgePlace, EdgeClaim, EdgeRelation or EdgeRole
	Directed   bool   // false when neither end is the agent (co-participants)
	Date       string // event date, else the article's date; "" if unknown
	Articles   []string
	Confidence float64 // highest confidence of the merged facts; -1 when none has one (claims, relations)
	Evidence   string  // the sentence (for claims, the quote) of the first report
	Weight     int     // number of facts merged into the edge
	// Factuality says how the text tells the events of an event or place
	// edge (as Node.Factuality): set only with Options.All, and then
	// part of what merges edges, so that a denied and a stated meeting
	// of the same pair are two edges.
	Factuality string
}

// Graph is the analyst view of the store.
type Graph struct {
	Nodes []Node // sorted by Start (undated last), then label
	Edges []Edge // sorted by Date (undated last), then source, target and relation
	// All is set when the graph holds every event (Options.All): the
	// writers then add a factuality attribute to nodes and edges.
	All bool
}

// Options select the part of the store to export.
type Options struct {
	// Entities are the IRIs to start from (graph.FindEntities resolves
	// names); empty means the whole graph.
	Entities []string
	// Related are more IRIs to start from, kept only when they pass the
	// type and date filters, unlike Entities, which are always kept: the
	// entities a named query's rows name (export --query), where Entities
	// are its arguments.
	Related []string
	// Hops is how many events, claims or relations away from Entities and
	// Related a node may be.
	Hops int
	// Since and Until bound the date of events and claims (inclusive; zero
	// means open). A fact without a date is dropped when either is set; a
	// partial date (2015, 2015-07) is kept if its period overlaps the range.
	// Entities that take part in no kept fact are dropped too.
	Since, Until time.Time
	// Types are the entity types to keep (EntityTypes); empty keeps all.
	Types []string
	// EventNodes makes events and claims nodes linked to their entities,
	// instead of edges between entities.
	EventNodes bool
	// All keeps the events the text does not tell as having happened
	// (denied, uncertain, planned, generic, conditional), which are left
	// out otherwise, and gives every event edge and node its factuality.
	All bool
}

// Filtered reports whether o selects only part of the graph.
func (o Options) Filtered() bool {
	return len(o.Entities) > 0 || len(o.Related) > 0 || !o.Since.IsZero() || !o.Until.IsZero() || len(o.Types) > 0
}

// Validate checks the types.
func (o Options) Validate() error {
	for _, t := range o.Types {
		if !isEntityType(t) {
			return fmt.Errorf("unknown entity type %q (want %s)", t, strings.Join(EntityTypes, ", "))
		}
	}
	if !o.Since.IsZero() && !o.Until.IsZero() && o.Until.Before(o.Since) {
		return fmt.Errorf("until %s is before since %s", o.Until.Format(time.DateOnly), o.Since.Format(time.DateOnly))
	}
	if o.Hops < 0 {
		return fmt.Errorf("hops must not be negative, got %d", o.Hops)
	}
	return nil
}

func isEntityType(t string) bool {
	for _, x := range EntityTypes {
		if x == t {
			return true
		}
	}
	return false
}

// Build summarises the store into the analyst graph, keeping the part o
// selects.
func Build(ctx context.Context, qs cgraph.QuadStore, o Options) (*Graph, error) {
	if err := o.Validate(); err != nil {
		return nil, err
	}
	s, err := scan(ctx, qs)
	if err != nil {
		return nil, err
	}
	sel := selectPart(s, o)
	return project(s, sel, o), nil
}

// selection is what the filters keep.
type selection struct {
	entities map[string]bool
	facts    []*fact // sorted by IRI
}

// selectPart applies the type, date and neighbourhood filters in that order.
func selectPart(s *summary, o Options) selection {
	types := map[string]bool{}
	for _, t := range o.Types {
		types[t] = true
	}
	ents := map[string]bool{}
	for iri, e := range s.entities {
		if len(types) == 0 || types[e.typ()] {
			ents[iri] = true
		}
	}
	var facts []*fact
	for _, iri := range sortedKeys(s.facts) {
		f := s.facts[iri]
		if f.asView().Shown(o.All) && inRange(f.date, o.Since, o.Until) {
			facts = append(facts, f)
		}
	}
	if !o.Since.IsZero() || !o.Until.IsZero() {
		touched := map[string]bool{}
		for _, f := range facts {
			for _, set := range f.roles {
				for iri := range set {
					if ents[iri] {
						touched[iri] = true
					}
				}
			}
		}
		ents = touched
	}
	if len(o.Entities) > 0 || len(o.Related) > 0 {
		seeds := append([]string(nil), o.Entities...)
		for _, iri := range o.Related {
			if ents[iri] {
				seeds = append(seeds, iri)
			}
		}
		ents = neighbourhood(facts, ents, seeds, o.Hops)
	}
	return selection{entities: ents, facts: facts}
}

// neighbourhood keeps the entities at most hops facts away from the seeds,
// walking only the entity edges between kept entities.
func neighbourhood(facts []*fact, keep map[string]bool, seeds []string, hops int) map[string]bool {
	adj := map[string][]string{}
	for _, f := range facts {
		for _, p := range pairs(f) {
			if keep[p.Source] && keep[p.Target] {
				adj[p.Source] = append(adj[p.Source], p.Target)
				adj[p.Target] = append(adj[p.Target], p.Source)
			}
		}
	}
	out := map[string]bool{}
	var frontier []string
	for _, s := range seeds {
		if !out[s] {
			out[s] = true
			frontier = append(frontier, s)
		}
	}
	for h := 0; h < hops && len(frontier) > 0; h++ {
		var next []string
		for _, n := range frontier {
			for _, m := range adj[n] {
				if !out[m] {
					out[m] = true
					next = append(next, m)
				}
			}
		}
		frontier = next
	}
	return out
}

// pair is one entity edge a fact implies, before merging (graph/view,
// which the page's neighbourhoods use too).
type pair = view.Pair

// pairs projects a fact onto edges between entities (view.Pairs).
func pairs(f *fact) []pair { return view.Pairs(f.asView()) }

// asView is the fact as graph/view reads it; the roles are shared, not copied.
func (f *fact) asView() *view.Fact {
	return &view.Fact{IRI: f.iri, Kind: f.kind, Type: f.typ, Roles: f.roles, Told: f.told}
}

// asView is the entity as graph/view reads it.
func (e *entity) asView() *view.Entity {
	return &view.Entity{IRI: e.iri, Names: e.names, Types: e.types}
}

// typ is the entity's type: the one most articles give (view.Entity.Type).
func (e *entity) typ() string { return e.asView().Type() }

// name is the entity's label: its longest schema:name (view.Entity.Name).
func (e *entity) name() string { return e.asView().Name() }

// Dates are read as graph/view reads them, so the page's date filter and
// export --since/--until keep the same facts.
var (
	inRange  = view.InRange
	fullDate = view.FullDate
)
