package link

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/newsgraph/newsgraph/extract/doc"
)

func desc(local int, id, head string, t doc.EntityType) Description {
	return Description{Local: local, ID: id, Head: head, Type: t}
}

// storyCorpus: two reports of a fire in Tarvik (a, b), a report of a
// trial elsewhere (c), and articles that only share names everyone gives.
func storyCorpus() *Stories {
	s := NewStories()
	s.Put("a", []string{"tarvik", "olsen-bakery", "greta-moe"}, []Description{
		desc(3, "firefighters-a-10", "firefighter", doc.Organization),
		desc(4, "man-a-40", "man", doc.Person)})
	s.Put("b", []string{"tarvik", "olsen-bakery", "united-states"}, []Description{
		desc(2, "firefighters-b-5", "firefighter", doc.Organization),
		desc(5, "man-b-30", "man", doc.Person),
		desc(6, "man-b-90", "man", doc.Person)})
	s.Put("c", []string{"harlow", "court-of-appeal", "united-states"}, []Description{
		desc(1, "firefighters-c-7", "firefighter", doc.Organization)})
	for _, k := range []string{"d", "e", "f"} {
		s.Put(k, []string{"united-states", "harlow"}, nil)
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
	s.Put("c", []string{"harlow", "court-of-appeal", "united-states"}, []Description{
		desc(1, "firefighters-c-7", "firefighter", doc.Organization)})
	base := storyCorpus()
	for _, k := range []string{"e", "d", "b", "a"} {
		s.Put(k, base.arts[k].names, base.arts[k].descs)
	}
	s.Put("f", []string{"united-states", "harlow"}, nil)
	assert.Equal(t, want, s.Link())
}
