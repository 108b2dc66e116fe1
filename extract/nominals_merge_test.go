package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestMergeKeepsTheChunkersModifiers(t *testing.T) {
	d := nominalDoc(t, "The mill laid off seasonal workers and spoke among subcontractors yesterday.")
	at := func(w string) int { return tokenAt(t, d, w) }
	tagged := []NominalMention{
		describeNominal(d, at("workers"), at("workers")+1, Person),
		describeNominal(d, at("subcontractors"), at("subcontractors")+1, Person),
	}
	chunked := []NominalMention{
		describeNominal(d, at("seasonal"), at("workers")+1, Person),
		describeNominal(d, at("among"), at("subcontractors")+1, Person),
	}
	got := nominalTexts(d, mergeNominals(d, tagged, chunked, map[[2]int]bool{}))
	assert.Contains(t, got, "seasonal workers", "the modifier the tagger left out is kept")
	assert.NotContains(t, got, "workers")
	assert.Contains(t, got, "subcontractors", "a preposition is no modifier")
	assert.NotContains(t, got, "among subcontractors")
}

func TestDescriptionWithANameIsNotTheLastCompany(t *testing.T) {
	d := docWithNames(t, "Kestrel Foods bought a flour mill. The Oslo firm that sold it was glad.",
		map[string]EntityType{"Kestrel Foods": Organization, "Oslo": Place})
	Resolve(d)
	assert.NotEqual(t, "Kestrel Foods", entityOf(d, "The Oslo firm", 0), "the name says which firm it is")
}
