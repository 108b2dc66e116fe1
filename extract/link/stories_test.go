package link

import (
	"testing"
	"time"

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
	s.Put("a", time.Time{}, named("tarvik", "olsen-bakery", "greta-moe"), []Description{
		desc(3, "firefighters-a-10", "firefighter", doc.Organization),
		desc(4, "man-a-40", "man", doc.Person)})
	s.Put("b", time.Time{}, named("tarvik", "olsen-bakery", "united-states"), []Description{
		desc(2, "firefighters-b-5", "firefighter", doc.Organization),
		desc(5, "man-b-30", "man", doc.Person),
		desc(6, "man-b-90", "man", doc.Person)})
	s.Put("c", time.Time{}, named("harlow", "court-of-appeal", "united-states"), []Description{
		desc(1, "firefighters-c-7", "firefighter", doc.Organization)})
	for _, k := range []string{"d", "e", "f"} {
		s.Put(k, time.Time{}, named("united-states", "harlow"), nil)
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
	s.Put("f", time.Time{}, nil, nil)
	s.Put("c", time.Time{}, named("harlow", "court-of-appeal", "united-states"), []Description{
		desc(1, "firefighters-c-7", "firefighter", doc.Organization)})
	base := storyCorpus()
	for _, k := range []string{"e", "d", "b", "a"} {
		s.Put(k, time.Time{}, named(base.arts[k].names...), base.arts[k].descs)
	}
	s.Put("f", time.Time{}, named("united-states", "harlow"), nil)
	assert.Equal(t, want, s.Link())
}

func TestADescriptionJoinsTheNameAnotherReportGivesItsNoun(t *testing.T) {
	s := NewStories()
	judge := Description{Local: 100, ID: "ignored", Head: "judge", Type: doc.Person, Named: true, Plain: true}
	s.Put("a", time.Time{}, named("ilse-karg", "tarvik", "olsen-bakery"), []Description{judge})
	s.Put("b", time.Time{}, named("tarvik", "olsen-bakery", "ilse-karg"), []Description{
		{Local: 4, ID: "judge-b-12", Head: "judge", Type: doc.Person, Plain: true},
		{Local: 5, ID: "witnesses-b-40", Head: "witness", Type: doc.Person}})
	s.Put("c", time.Time{}, named("tarvik", "olsen-bakery"), []Description{
		{Local: 2, ID: "witnesses-c-9", Head: "witness", Type: doc.Person},
		{Local: 3, ID: "judge-c-30", Head: "judge", Type: doc.Person, Plain: true}})
	s.Put("d", time.Time{}, named("harlow", "united-states"), []Description{
		{Local: 1, ID: "judge-d-3", Head: "judge", Type: doc.Person, Plain: true}})
	got := s.Link()
	assert.Equal(t, "ilse-karg", got["b"][4], "the other report of the story calls Ilse Karg the judge, and this one names her")
	assert.Equal(t, "judge-b-12", got["c"][3], "a report that does not name her: its judge is the story's judge, not her by name")
	assert.Equal(t, "witnesses-b-40", got["c"][2], "witnesses join witnesses, no name")
	_, joined := got["d"][1]
	assert.False(t, joined, "another story's judge")
}

func TestReportsFarApartInTimeAreNotOneStory(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2024, 3, d, 0, 0, 0, 0, time.UTC) }
	s := NewStories()
	s.Put("a", day(1), named("tarvik", "olsen-bakery"), []Description{desc(1, "police-a-3", "police", doc.Organization)})
	s.Put("b", day(3), named("tarvik", "olsen-bakery"), []Description{desc(1, "police-b-8", "police", doc.Organization)})
	s.Put("c", day(29), named("tarvik", "olsen-bakery"), []Description{desc(1, "police-c-2", "police", doc.Organization)})
	got := s.Link()
	assert.Equal(t, "police-a-3", got["b"][1], "two days apart")
	assert.NotContains(t, got, "c", "four weeks later: another story in the same town")
}

func TestDescriptionsThatNameDifferentThingsStayApart(t *testing.T) {
	s := NewStories()
	s.Put("a", time.Time{}, named("tarvik", "olsen-bakery"), []Description{
		{Local: 1, ID: "senator-a-3", Head: "senator", Type: doc.Person, Plain: true, Names: "vermont"}})
	s.Put("b", time.Time{}, named("tarvik", "olsen-bakery"), []Description{
		{Local: 1, ID: "senator-b-8", Head: "senator", Type: doc.Person, Plain: true, Names: "ohio"}})
	s.Put("c", time.Time{}, named("tarvik", "olsen-bakery"), []Description{
		{Local: 1, ID: "senator-c-2", Head: "senator", Type: doc.Person, Plain: true}})
	got := s.Link()
	assert.NotEqual(t, got["b"][1], "senator-a-3", "the Ohio senator is not the Vermont senator")
	assert.Contains(t, []string{"senator-a-3", "senator-b-8"}, got["c"][1], "\"the senator\" may be either: it joins the first pair it is in")
}

func TestAPluralDescriptionIsNotASingularOne(t *testing.T) {
	s := NewStories()
	s.Put("a", time.Time{}, named("tarvik", "olsen-bakery"), []Description{
		{Local: 1, ID: "officials-a-3", Head: "official", Type: doc.Person, Plural: true},
		{Local: 2, ID: "official-a-9", Head: "official", Type: doc.Person, Plain: true}})
	s.Put("b", time.Time{}, named("tarvik", "olsen-bakery"), []Description{
		{Local: 1, ID: "officials-b-8", Head: "official", Type: doc.Person, Plural: true}})
	got := s.Link()
	assert.Equal(t, "officials-a-3", got["b"][1], "officials are officials; the one official of a is another")
}

func TestAPlaceDescribedTwiceInAReportJoinsByItsFirstAndPossessivesStayApart(t *testing.T) {
	s := NewStories()
	s.Put("a", time.Time{}, named("tarvik", "olsen-bakery"), []Description{
		{Local: 1, ID: "store-a-3", Head: "store", Type: doc.Place},
		{Local: 2, ID: "store-a-90", Head: "store", Type: doc.Place},
		{Local: 3, ID: "office-a-40", Head: "office", Type: doc.Place, Relative: true}})
	s.Put("b", time.Time{}, named("tarvik", "olsen-bakery"), []Description{
		{Local: 1, ID: "store-b-8", Head: "store", Type: doc.Place},
		{Local: 2, ID: "office-b-20", Head: "office", Type: doc.Place, Relative: true}})
	got := s.Link()
	assert.Equal(t, "store-a-3", got["b"][1], "the first store of a: its coreference left two descriptions of it apart")
	_, joined := got["b"][2]
	assert.False(t, joined, "his office and her office")
}

func TestANameThatSaysWhatItIsGivesItsNoun(t *testing.T) {
	s := NewStories()
	s.Put("a", time.Time{}, named("varo-island", "tarvik"), []Description{
		{Local: 100, Head: "island", Type: doc.Place, Named: true, Plain: true, Kind: true},
		{Local: 100, Head: "room", Type: doc.Place, Named: true, Plain: true}})
	s.Put("b", time.Time{}, named("varo-island", "tarvik"), []Description{
		{Local: 4, ID: "island-b-12", Head: "island", Type: doc.Place, Plain: true},
		{Local: 5, ID: "room-b-40", Head: "room", Type: doc.Place, Plain: true}})
	got := s.Link()
	assert.Equal(t, "varo-island", got["b"][4], "\"Varo island\" says it is an island")
	_, joined := got["b"][5]
	assert.False(t, joined, "a place coreference called a room says little of which place")
}

func TestAReportsRepeatedDescriptionsOfOnePlaceJoinTheStory(t *testing.T) {
	police := func(local int, id, names string) Description {
		return Description{Local: local, ID: id, Head: "police", Type: doc.Organization, Plain: true, Names: names}
	}
	s := NewStories()
	s.Put("a", time.Time{}, named("tarvik", "olsen-bakery", "greta-moe"), []Description{
		police(3, "police-a-10", "tarvik"), police(4, "police-a-50", "")})
	s.Put("b", time.Time{}, named("tarvik", "olsen-bakery", "united-states"), []Description{police(2, "police-b-5", "")})
	s.Put("c", time.Time{}, named("harlow", "united-states"), []Description{police(1, "police-c-3", ""), police(2, "police-c-40", "")})
	for _, k := range []string{"d", "e", "f"} {
		s.Put(k, time.Time{}, named("united-states", "harlow"), nil)
	}
	got := s.Link()
	assert.Equal(t, "police-a-10", got["a"][4], "\"Tarvik police\" ... \"police said\": one police in one report")
	assert.Equal(t, "police-a-10", got["b"][2])
	assert.NotContains(t, got, "c", "in a report of no story, what its coreference decided stands")
}

func TestAStorysGroupsOfPeopleAreOneGroupAcrossReports(t *testing.T) {
	group := func(local int, id string) Description {
		return Description{Local: local, ID: id, Head: "rioter", Type: doc.Person, Plural: true}
	}
	s := NewStories()
	s.Put("a", time.Time{}, named("tarvik", "olsen-bakery", "greta-moe"), []Description{group(3, "rioters-a-10"), group(4, "rioters-a-50")})
	s.Put("b", time.Time{}, named("tarvik", "olsen-bakery", "united-states"), []Description{group(2, "rioters-b-5")})
	s.Put("c", time.Time{}, named("harlow", "united-states"), nil)
	got := s.Link()
	assert.Equal(t, "rioters-a-10", got["a"][4], "the rioters of one report are one group")
	assert.Equal(t, "rioters-a-10", got["b"][2], "and the other report's rioters are they")
}

func TestAReportsBodiesJoinAcrossReportsNotWithinOne(t *testing.T) {
	body := func(local int, id, word string) Description {
		return Description{Local: local, ID: id, Head: "authority", Word: word, Type: doc.Organization, Plural: true, Plain: true}
	}
	s := NewStories()
	s.Put("a", time.Time{}, named("tarvik", "olsen-bakery", "greta-moe"), []Description{
		body(3, "authorities-a-10", "authority"), body(4, "police-a-50", "police")})
	s.Put("b", time.Time{}, named("tarvik", "olsen-bakery", "united-states"), []Description{body(2, "police-b-5", "police")})
	s.Put("c", time.Time{}, named("harlow", "united-states"), nil)
	got := s.Link()
	assert.Equal(t, "authorities-a-10", got["b"][2], "one report's authorities are the next one's police")
	_, joined := got["a"][4]
	assert.False(t, joined, "a report that tells of authorities and police may tell of two")
}
