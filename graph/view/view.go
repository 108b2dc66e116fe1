package view

import (
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/triples"
)

// Roles an entity plays in a fact.
const (
	Participant = "participant"
	Agent       = "agent"
	Patient     = "patient"
	Place       = "place"
	Author      = "author"
	About       = "about"
	Addressee   = "addressee"
	Holder      = "holder"
	Relative    = "relative"
)

// Fact kinds.
const (
	Event    = "event"
	Claim    = "claim"
	Relation = "relation"
)

// Edge kinds: what an edge was derived from.
const (
	EdgeEvent    = "event"    // two participants of one event
	EdgePlace    = "place"    // a participant and the place of the event
	EdgeClaim    = "claim"    // a speaker and whom the claim is about or addressed to
	EdgeRelation = "relation" // family or affiliation
)

// Relations of claim edges.
const (
	SaidAbout = "SAID_ABOUT"
	SpokeTo   = "SPOKE_TO"
)

// Fact is an event, claim or relation: one thing an article reports about
// one or more entities, with the entities by role.
type Fact struct {
	IRI  string
	Kind string // Event, Claim or Relation
	Type string // event type (MEET), "CLAIM", relation type (mother)
	// Roles maps a role to the entity IRIs playing it.
	Roles map[string]map[string]bool
	// Told is how the text tells an event; the zero value, told as having
	// happened, for claims and relations too.
	Told triples.Told
}

// Shown reports whether a view shows the fact: every claim and relation,
// and the events told as having happened unless all is asked for. A
// denied, uncertain or planned meeting links no one by default, on the
// page as in the exports (`--all`, `all=1`).
func (f *Fact) Shown(all bool) bool { return all || f.Kind != Event || f.Told.Asserted() }

// Add records that iri plays role in the fact.
func (f *Fact) Add(role, iri string) {
	if f.Roles == nil {
		f.Roles = map[string]map[string]bool{}
	}
	if f.Roles[role] == nil {
		f.Roles[role] = map[string]bool{}
	}
	f.Roles[role][iri] = true
}

// In lists the entities with a role, sorted.
func (f *Fact) In(role string) []string {
	out := make([]string, 0, len(f.Roles[role]))
	for iri := range f.Roles[role] {
		out = append(out, iri)
	}
	sort.Strings(out)
	return out
}

// Has reports whether iri plays role in the fact.
func (f *Fact) Has(role, iri string) bool { return f.Roles[role][iri] }

// Pair is one entity edge a fact implies, before edges are merged.
type Pair struct {
	Source, Target string
	Relation       string // MEET, SAID_ABOUT, SPOKE_TO, MOTHER, ...
	Kind           string // EdgeEvent, EdgePlace, EdgeClaim or EdgeRelation
	Directed       bool   // false when neither end is the agent (co-participants)
	Type           string // the fact's type, for Label
}

// Pairs projects a fact onto edges between entities: every two
// participants of an event (directed from the agent when one of them is
// the agent, else from the first by IRI), each participant to the event's
// place, a claim's author to each entity it is about and to its
// addressee, a relation's holder to the relative.
func Pairs(f *Fact) []Pair {
	switch f.Kind {
	case Event:
		return eventPairs(f)
	case Claim:
		var out []Pair
		for _, au := range f.In(Author) {
			for _, ab := range f.In(About) {
				if ab != au {
					out = append(out, Pair{au, ab, SaidAbout, EdgeClaim, true, f.Type})
				}
			}
			for _, ad := range f.In(Addressee) {
				if ad != au {
					out = append(out, Pair{au, ad, SpokeTo, EdgeClaim, true, f.Type})
				}
			}
		}
		return out
	case Relation:
		var out []Pair
		rel := strings.ToUpper(strings.NewReplacer(" ", "_", "-", "_").Replace(f.Type))
		for _, h := range f.In(Holder) {
			for _, r := range f.In(Relative) {
				if h != r {
					out = append(out, Pair{h, r, rel, EdgeRelation, true, f.Type})
				}
			}
		}
		return out
	}
	return nil
}

func eventPairs(f *Fact) []Pair {
	var out []Pair
	parts := f.In(Participant)
	for _, a := range f.In(Agent) { // agents are participants too
		if !f.Has(Participant, a) {
			parts = append(parts, a)
		}
	}
	sort.Strings(parts)
	for i, a := range parts {
		for _, b := range parts[i+1:] {
			aa, ba := f.Has(Agent, a), f.Has(Agent, b)
			switch {
			case aa && !ba:
				out = append(out, Pair{a, b, f.Type, EdgeEvent, true, f.Type})
			case ba && !aa:
				out = append(out, Pair{b, a, f.Type, EdgeEvent, true, f.Type})
			default:
				out = append(out, Pair{a, b, f.Type, EdgeEvent, false, f.Type})
			}
		}
	}
	for _, pl := range f.In(Place) {
		for _, p := range parts {
			if p != pl {
				out = append(out, Pair{p, pl, f.Type, EdgePlace, true, f.Type})
			}
		}
	}
	return out
}

// Label is an edge's relation for people: "meet", "meet in", "said
// about", "said to", "mother of". The page draws it; the Cytoscape JSON
// export gives it as the edge's label.
func Label(p Pair) string {
	switch p.Kind {
	case EdgeEvent, EdgePlace:
		verb := strings.ToLower(p.Type)
		if verb == "" {
			verb = "event"
		}
		if p.Kind == EdgePlace {
			return verb + " in"
		}
		return verb
	case EdgeClaim:
		if p.Relation == SpokeTo {
			return "said to"
		}
		return "said about"
	case EdgeRelation:
		return p.Type + " of"
	}
	return strings.ToLower(p.Relation)
}
