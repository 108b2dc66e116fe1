package coref

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
)

// A listed city the tagger took for a team or a body is the place where
// it hosts or is the site of a gathering; a city that hosts a team is the
// team, and a firm that hosts a meeting stays a firm.
func TestAPlaceThatHostsAGatheringIsAPlace(t *testing.T) {
	checkTypes(t, []typeCase{
		{"Atlanta will host the convention in July.",
			map[string]doc.EntityType{"Atlanta": doc.Organization}, "Atlanta", doc.Place},
		{"Boston was the site of the race.",
			map[string]doc.EntityType{"Boston": doc.Organization}, "Boston", doc.Place},
		{"Delegates left the Denver convention early.",
			map[string]doc.EntityType{"Denver": doc.Organization}, "Denver", doc.Place},
		{"Boston hosted Detroit on Sunday and won 3-1.",
			map[string]doc.EntityType{"Boston": doc.Organization, "Detroit": doc.Organization}, "Boston", doc.Organization},
		{"Corvane will host the conference in July.",
			map[string]doc.EntityType{"Corvane": doc.Organization}, "Corvane", doc.Organization},
	})
}
