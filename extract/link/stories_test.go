package link

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/newsgraph/newsgraph/extract/doc"
)

// named gives an article's named entities as the corpus resolved them.
func named(ids ...string) []Outcome {
	var out []Outcome
	for i, id := range ids {
		out = append(out, Outcome{Local: 100 + i, ID: id})
	}
	return out
}

func desc(local int, id, head string, t doc.EntityType) Description {
	return Description{Local: local, ID: id, Head: head, Type: t}
}

// storyCorpus: two reports of a fire in Tarvik (a, b), a report of a
// trial elsewhere (c), and articles that only share names everyone gives.
func storyCorpus() *Stories {
	s := NewStories()
	s.Put("a", named("tarvik", "olsen-bakery", "greta-moe"), []Description{
		desc(3, "firefighters-a-10", "firefighter", doc.Organization),
		desc(4, "man-a-40", "man", doc.Person)})
	s.Put("b", named("tarvik", "olsen-bakery", "united-states"), []Description{
		desc(2, "firefighters-b-5", "firefighter", doc.Organization),
		desc(5, "man-b-30", "man", doc.Person),
		desc(6, "man-b-90", "man", doc.Person)})
	s.Put("c", named("harlow", "court-of-appeal", "united-states"), []Description{
		desc(1, "firefighters-c-7", "firefighter", doc.Organization)})
	for _, k := range []string{"d", "e", "f"} {
		s.Put(k, named("united-states", "harlow"), nil)
	}
	return s
}

func TestDescriptionsOfOneStoryAreOneAcrossArticles(t *testing.T) {
	got := storyCorpus().Link()
	assert.Equal(t, "firefighters-a-10", got["b"][2], "two reports naming Tarvik and the Olsen bakery: their firefighters are one")
	assert.NotContains(t, got, "a", "the first member keeps its id")
	_, joined := got["c"][1]
	assert.False(t, joined, "a report that shares only a name every article gives is another story")
	_, joined = got["b"][5]
	assert.False(t, joined, "two men in one report: the other report's man could be either")
}

func TestStoriesDependOnlyOnTheSet(t *testing.T) {
	want := storyCorpus().Link()
	s := NewStories()
	s.Put("f", nil, nil)
	s.Put("c", named("harlow", "court-of-appeal", "united-states"), []Description{
		desc(1, "firefighters-c-7", "firefighter", doc.Organization)})
	base := storyCorpus()
	for _, k := range []string{"e", "d", "b", "a"} {
		s.Put(k, named(base.arts[k].names...), base.arts[k].descs)
	}
	s.Put("f", named("united-states", "harlow"), nil)
	assert.Equal(t, want, s.Link())
}

func TestADescriptionJoinsTheNameAnotherReportGivesItsNoun(t *testing.T) {
	s := NewStories()
	judge := Description{Local: 100, ID: "ignored", Head: "judge", Type: doc.Person, Named: true, Plain: true}
	s.Put("a", named("ilse-karg", "tarvik", "olsen-bakery"), []Description{judge})
	s.Put("b", named("tarvik", "olsen-bakery"), []Description{
		{Local: 4, ID: "judge-b-12", Head: "judge", Type: doc.Person, Plain: true},
		{Local: 5, ID: "witnesses-b-40", Head: "witness", Type: doc.Person}})
	s.Put("c", named("tarvik", "olsen-bakery"), []Description{
		{Local: 2, ID: "witnesses-c-9", Head: "witness", Type: doc.Person}})
	s.Put("d", named("harlow", "united-states"), []Description{
		{Local: 1, ID: "judge-d-3", Head: "judge", Type: doc.Person, Plain: true}})
	got := s.Link()
	assert.Equal(t, "ilse-karg", got["b"][4], "the other report of the story calls Ilse Karg the judge")
	assert.Equal(t, "witnesses-b-40", got["c"][2], "witnesses join witnesses, no name")
	_, joined := got["d"][1]
	assert.False(t, joined, "another story's judge")
}
