package lex

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/stretchr/testify/assert"
)

func TestKnownType(t *testing.T) {
	for name, want := range map[string]doc.EntityType{
		"Facebook":      doc.Organization, // compromise, simple-icons
		"Instagram":     doc.Organization, // simple-icons
		"GOP":           doc.Organization, // WordNet: Republican Party, GOP
		"Iowa":          doc.Place,
		"World War II":  doc.EventType, // WordNet: a war
		"the  Olympics": doc.EventType, // any case, "the" and spaces ignored
		"Twitter's":     doc.Organization,
		"Ford":          "", // a person in WordNet, a firm in compromise: not listed
		"Washington":    "", // a place and a person
		"Target":        "", // a brand and a common word
		"Western":       "", // a film genre, not an event
	} {
		assert.Equal(t, want, KnownType(name), name)
	}
}

// A hyphenated spelling of a listed name written as one word is that name.
func TestKnownTypeWithoutHyphen(t *testing.T) {
	assert.Equal(t, doc.Organization, KnownType("Wal-Mart"))
	assert.Equal(t, doc.EntityType(""), KnownType("Wal-Martx"))
}
