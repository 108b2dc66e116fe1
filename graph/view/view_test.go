package view

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/newsgraph/newsgraph/triples"
)

func TestPairsAndLabels(t *testing.T) {
	meet := &Fact{IRI: "e", Kind: Event, Type: "MEET"}
	meet.Add(Participant, "kim")
	meet.Add(Participant, "gypsy")
	meet.Add(Agent, "kim")
	meet.Add(Place, "nola")
	ps := Pairs(meet)
	assert.Equal(t, []Pair{
		{"kim", "gypsy", "MEET", EdgeEvent, true, "MEET"},
		{"gypsy", "nola", "MEET", EdgePlace, true, "MEET"},
		{"kim", "nola", "MEET", EdgePlace, true, "MEET"},
	}, ps, "the agent points at the other participant; both at the place")
	assert.Equal(t, []string{"meet", "meet in", "meet in"}, []string{Label(ps[0]), Label(ps[1]), Label(ps[2])})

	both := &Fact{Kind: Event, Type: "MARRY"}
	both.Add(Participant, "b")
	both.Add(Participant, "a")
	assert.Equal(t, []Pair{{"a", "b", "MARRY", EdgeEvent, false, "MARRY"}}, Pairs(both), "no agent: undirected, by IRI")

	c := &Fact{Kind: Claim, Type: "CLAIM"}
	c.Add(Author, "gypsy")
	c.Add(About, "gypsy") // speaking of oneself is no edge
	c.Add(About, "dee")
	c.Add(Addressee, "kim")
	ps = Pairs(c)
	assert.Equal(t, []Pair{{"gypsy", "dee", SaidAbout, EdgeClaim, true, "CLAIM"}, {"gypsy", "kim", SpokeTo, EdgeClaim, true, "CLAIM"}}, ps)
	assert.Equal(t, "said about", Label(ps[0]))
	assert.Equal(t, "said to", Label(ps[1]))

	r := &Fact{Kind: Relation, Type: "step mother"}
	r.Add(Holder, "dee")
	r.Add(Relative, "gypsy")
	ps = Pairs(r)
	assert.Equal(t, "STEP_MOTHER", ps[0].Relation)
	assert.Equal(t, "step mother of", Label(ps[0]))
}

func TestEntityNameAndType(t *testing.T) {
	e := NewEntity("urn:newsgraph:entity:kim-kardashian")
	assert.Equal(t, "kim-kardashian", e.Name(), "no name: the slug")
	assert.Equal(t, "thing", e.Type())
	e.Names["Kim"] = true
	e.Names["Kim Kardashian"] = true
	e.Names["Kim Kardashiam"] = true
	assert.Equal(t, "Kim Kardashiam", e.Name(), "the longest, ties alphabetically")
	e.Types["person"], e.Types["organization"] = 2, 1
	assert.Equal(t, "person", e.Type())
	e.Types["organization"] = 2
	assert.Equal(t, "person", e.Type(), "a tie goes to the first of EntityTypes")
	_, ok := TypeOfClass("https://schema.org/Person")
	assert.True(t, ok)
}

func TestDates(t *testing.T) {
	d := func(s string) time.Time { t, _ := time.Parse(time.DateOnly, s); return t }
	assert.True(t, InRange("", time.Time{}, time.Time{}))
	assert.False(t, InRange("", d("2024-01-01"), time.Time{}), "a range drops undated facts")
	assert.True(t, InRange("2023", d("2023-12-01"), d("2023-12-31")), "a year overlaps its December")
	assert.False(t, InRange("2023-11", d("2023-12-01"), time.Time{}))
	assert.True(t, InRange("2023-12-28", time.Time{}, d("2023-12-28")), "bounds are inclusive")
	assert.Equal(t, "2015-01-01", FullDate("2015"))
	assert.Equal(t, -1, CompareDates("2015", ""), "undated last")
	assert.Equal(t, 1, CompareDates("2016-01", "2015-12-31"))
	_, err := ParseBound("July")
	assert.Error(t, err)
}

func TestOnlyEventsThatHappenedAreShownUnlessAll(t *testing.T) {
	denied := &Fact{Kind: Event, Type: "MEET", Told: triples.Told{Polarity: "NEG"}}
	assert.False(t, denied.Shown(false))
	assert.True(t, denied.Shown(true))
	reported := &Fact{Kind: Event, Type: "MEET", Told: triples.Told{Reported: true, Speaker: "Ana"}}
	assert.True(t, reported.Shown(false), "told in someone's words, still as having happened")
	assert.True(t, (&Fact{Kind: Claim}).Shown(false))
}
