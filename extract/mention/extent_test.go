package mention

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/newsgraph/newsgraph/extract/lex"
	"github.com/stretchr/testify/assert"
)

func TestDescriptionTakesItsComplement(t *testing.T) {
	d := doctest.WithNames(t, "The vice chairman of Ardent Labs resigned on Monday in Oslo.",
		map[string]doc.EntityType{"Ardent Labs": doc.Organization, "Oslo": doc.Place})
	resolve(d)
	found := false
	for _, m := range d.Mentions {
		if m.Kind == doc.Nominal && m.Text == "The vice chairman of Ardent Labs" {
			found = true
		}
		assert.NotContains(t, m.Text, "Monday in Oslo", "an adverbial phrase of the verb is not part of the subject")
	}
	assert.True(t, found, "the description spans its 'of' complement")
	assert.Equal(t, "Ardent Labs", doctest.EntityOf(d, "Ardent Labs", 0), "the name inside stays a mention of its own")
}

func TestWordNetPersonNounsHeadPhrases(t *testing.T) {
	typ, _ := lex.NounType("pilgrims")
	assert.Equal(t, doc.Person, typ, "a WordNet person noun in the plural")
	typ, _ = lex.NounType("fishermen")
	assert.Equal(t, doc.Person, typ, "an irregular plural")
	_, adjective := lex.NounType("great")
	assert.False(t, adjective, "a word more often an adjective heads nothing")
	_, verb := lex.NounType("have")
	assert.False(t, verb, "a word more often a verb heads nothing")
	d := nominalDoc(t, "Weary pilgrims waited at the gate while two sacristans argued.")
	got := nominalTexts(d, FindNominals(d))
	assert.Contains(t, got, "two sacristans")
}

func TestTrimCandidatesCutsAtCommasAndPrepositions(t *testing.T) {
	d := nominalDoc(t, "On Monday, fishermen rescued 54,000 migrants by the coast, said Ola Berg, who leads the crew.")
	find := func(s string) (int, int) {
		words := strings.Fields(s)
		for i := range d.Tokens {
			if i+len(words) <= len(d.Tokens) && d.Tokens[i].Text == words[0] && d.Tokens[i+len(words)-1].Text == words[len(words)-1] {
				return i, i + len(words)
			}
		}
		t.Fatalf("no %q", s)
		return 0, 0
	}
	var cands []doc.NominalMention
	for _, s := range []string{"Monday , fishermen", "54,000 migrants", "by the coast", "Berg , who leads"} {
		a, b := find(s)
		cands = append(cands, describeNominal(d, a, b, doc.Person))
	}
	var got []string
	for _, c := range trimCandidates(d, cands) {
		got = append(got, d.Slice(c.Span))
	}
	assert.Equal(t, []string{"fishermen", "54,000 migrants", "the coast", "Berg"}, got)
}

func TestDescriptionTakesAPlainObjectBeforeABoundary(t *testing.T) {
	d := nominalDoc(t, "Every player in the tournament was tested. The coach of the club's youth side quit. "+
		"Fans from the north stand sang songs about the team.")
	got := map[string]bool{}
	for _, c := range extendPostmodifiers(d, FindNominals(d)) {
		got[d.Slice(c.Span)] = true
	}
	assert.True(t, got["Every player in the tournament"], "%v", got)
	assert.False(t, got["The coach of the club"], "a possessor goes on: the object is longer")
	assert.False(t, got["Fans from the north stand sang"], "three words may hide a verb")
	assert.Equal(t, 0, plainObjectEnd(d, tokenAt(t, d, "Fans")), "no determiner, no plain object")
}
