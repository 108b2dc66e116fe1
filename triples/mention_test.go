package triples

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsgraph/newsgraph/extract/doc"
)

// mentionDoc has one named person referred to by two names, a description
// and a pronoun, and an unnamed thing referred to by a description only.
func mentionDoc() *doc.Document {
	text := "Lena Brandt runs the old mill. The miller said she would stay. Brandt agreed."
	d := doc.NewDocument("m 1", text, time.Date(2022, 1, 5, 0, 0, 0, 0, time.UTC))
	mention := func(s string, nth int, kind doc.MentionKind, entity int) int {
		at := 0
		for range nth + 1 {
			at += strings.Index(text[at:], s) + len(s)
		}
		sp := doc.Span{Start: at - len(s), End: at} // ASCII: bytes are code points
		d.Mentions = append(d.Mentions, doc.Mention{Span: sp, Text: s, Kind: kind, Entity: entity})
		return len(d.Mentions) - 1
	}
	lena := doc.Entity{ID: "lena-brandt", Name: "Lena Brandt", Type: doc.Person}
	mill := doc.Entity{ID: "the-old-mill", Name: "the old mill", Type: doc.Other}
	lena.Mentions = append(lena.Mentions, mention("Lena Brandt", 0, doc.Name, 0))
	mill.Mentions = append(mill.Mentions, mention("the old mill", 0, doc.Nominal, 1))
	lena.Mentions = append(lena.Mentions,
		mention("The miller", 0, doc.Nominal, 0),
		mention("she", 0, doc.Pronoun, 0),
		mention("Brandt", 1, doc.Name, 0))
	d.Entities = []doc.Entity{lena, mill}
	return d
}

func TestBuildWritesOneMentionQuadPerStoredMention(t *testing.T) {
	a := Build(mentionDoc(), Meta{})
	lena := EntityIRI("lena-brandt")
	var got []string
	for _, tr := range a.Bound() {
		assert.False(t, strings.HasPrefix(tr.Subject, "urn:newsgraph:mention:"), "no mention node: %v", tr)
		if tr.Predicate == Mention {
			assert.Equal(t, lena, tr.Subject, "only named entities are nodes")
			assert.Equal(t, String, tr.Object.Kind)
			got = append(got, tr.Object.Value)
		}
	}
	assert.ElementsMatch(t, []string{"0-11 NAME Lena Brandt", "31-41 NOMINAL The miller", "63-69 NAME Brandt"}, got,
		"names and descriptions, one quad each; the pronoun is not stored")
}

func TestMentionValueRoundTrips(t *testing.T) {
	for _, m := range []MentionRef{
		{Start: 120, End: 134, Kind: doc.Name, Text: "Kim Kardashian"},
		{Start: 0, End: 24, Kind: doc.Nominal, Text: "the 44-year-old  founder"},
		{Start: 7, End: 9, Kind: doc.Name, Text: "5-3 NAME x"},
	} {
		v := MentionValue(m.Start, m.End, m.Kind, m.Text)
		back, ok := ParseMention(v)
		require.True(t, ok, v)
		assert.Equal(t, m, back)
	}
	for _, bad := range []string{"", "12 NAME x", "a-b NAME x", "5-3 NAME x", "1-2 NAME", "1-2  x"} {
		_, ok := ParseMention(bad)
		assert.False(t, ok, bad)
	}
}

// A name nested in a name is a mention quad of the inner entity with its
// offsets, and the graph states nothing else of the two: no relation
// between the bank and the country is made up from the name.
func TestANestedNameIsAMentionOfTheInnerEntityOnly(t *testing.T) {
	text := "The Bank of Peru cut rates."
	d := doc.NewDocument("n 1", text, time.Date(2022, 1, 5, 0, 0, 0, 0, time.UTC))
	d.Mentions = []doc.Mention{
		{Span: doc.Span{Start: 4, End: 16}, Text: "Bank of Peru", Kind: doc.Name, Type: doc.Organization, Entity: 0},
		{Span: doc.Span{Start: 12, End: 16}, Text: "Peru", Kind: doc.Name, Type: doc.Place, Entity: 1, Nested: true},
	}
	d.Entities = []doc.Entity{
		{ID: "bank-of-peru", Name: "Bank of Peru", Type: doc.Organization, Mentions: []int{0}},
		{ID: "peru", Name: "Peru", Type: doc.Place, Mentions: []int{1}},
	}
	bank, peru := EntityIRI("bank-of-peru"), EntityIRI("peru")
	var mentions []string
	for _, tr := range Build(d, Meta{}).Bound() {
		if tr.Predicate == Mention {
			mentions = append(mentions, tr.Subject+" "+tr.Object.Value)
		}
		if tr.Subject == bank || tr.Subject == peru {
			assert.NotEqual(t, peru, tr.Object.Value, "no statement of the bank about Peru: %v", tr)
			assert.NotEqual(t, bank, tr.Object.Value, "nor of Peru about the bank: %v", tr)
		}
	}
	assert.ElementsMatch(t, []string{bank + " 4-16 NAME Bank of Peru", peru + " 12-16 NAME Peru"}, mentions)
}
