package view

import (
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/triples"
)

// EntityTypes are the entity type names, in the order help texts list them.
var EntityTypes = []string{"person", "organization", "place", "work", "event", "thing"}

// typeOf maps entity classes onto EntityTypes.
var typeOf = map[string]string{
	triples.Person: "person", triples.Organization: "organization", triples.Place: "place",
	triples.CreativeWork: "work", triples.EventClass: "event", triples.Thing: "thing",
}

// TypeOfClass is the type name of an entity class ("person" for
// schema:Person); ok is false for other IRIs.
func TypeOfClass(class string) (string, bool) {
	t, ok := typeOf[class]
	return t, ok
}

// Entity is what the views need of an entity: its names and types as the
// articles state them.
type Entity struct {
	IRI   string
	Names map[string]bool // every schema:name (one per article)
	Types map[string]int  // type name -> number of articles saying so
}

// NewEntity makes an empty entity.
func NewEntity(iri string) *Entity {
	return &Entity{IRI: iri, Names: map[string]bool{}, Types: map[string]int{}}
}

// Type is the entity's type: the one most articles give, ties broken in
// the order of EntityTypes; "thing" when none is stated.
func (e *Entity) Type() string {
	best, n := "thing", 0
	for _, t := range EntityTypes {
		if e.Types[t] > n {
			best, n = t, e.Types[t]
		}
	}
	return best
}

// Name is the longest schema:name (the canonical name is the longest name
// an article uses), ties broken alphabetically; the IRI's slug if none.
func (e *Entity) Name() string {
	names := make([]string, 0, len(e.Names))
	for n := range e.Names {
		names = append(names, n)
	}
	sort.Strings(names)
	best := ""
	for _, n := range names {
		if len([]rune(n)) > len([]rune(best)) {
			best = n
		}
	}
	if best == "" {
		return strings.TrimPrefix(e.IRI, "urn:newsgraph:entity:")
	}
	return best
}
