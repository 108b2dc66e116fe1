package conflicts

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func src(article string) Source { return Source{Article: article, Evidence: "sentence of " + article} }

func findings(fs []Finding, kind, verdict string) []Finding {
	var out []Finding
	for _, f := range fs {
		if f.Kind == kind && f.Verdict == verdict {
			out = append(out, f)
		}
	}
	return out
}

func TestAgesThroughBirthRanges(t *testing.T) {
	f := &Facts{names: map[string]string{"p": "Ana"}, Ages: []Age{
		{Entity: "p", Age: 43, AsOf: "2024-01-01", Source: src("a")},
		{Entity: "p", Age: 44, AsOf: "2024-07-11", Source: src("b")},
		{Entity: "p", Age: 40, AsOf: "2024-05-01", Source: src("c")},
		{Entity: "p", Age: 41, AsOf: "2024-05-02", Source: src("c")}, // same article as the one before: not compared
	}}
	fs := checkAges(f)
	ok := findings(fs, "age", "consistent")
	require.Len(t, ok, 1, "43 in January and 44 in July of the same year can both be true")
	assert.Contains(t, ok[0].Reasoning, "1980-01-02..1980-07-11")
	bad := findings(fs, "age", "conflict")
	assert.Len(t, bad, 4, "a and b each against both statements of c")
	for _, b := range bad {
		assert.NotEqual(t, b.A.Article, b.B.Article)
		assert.Contains(t, b.Reasoning, "no birth date fits both")
	}
}

func TestDatesAndPlacesOfTheSameEvent(t *testing.T) {
	f := &Facts{names: map[string]string{"x": "X", "y": "Y", "p1": "Vienna", "p2": "Prague"}, Events: []Event{
		{IRI: "e1", Type: "MEET", Participants: []string{"x", "y"}, Date: "2021-05-02", Place: "p1", Source: src("a")},
		{IRI: "e2", Type: "MEET", Participants: []string{"x", "y"}, Date: "2021-05-01", Place: "p2", Source: src("b")},
		{IRI: "e3", Type: "MEET", Participants: []string{"x", "y"}, Date: "2021-05", Place: "p1", Source: src("c")},
		{IRI: "e4", Type: "MEET", Participants: []string{"x", "z"}, Date: "1999", Source: src("d")}, // another meeting
	}}
	c := classify(f)
	dates := checkDates(f, c)
	assert.Len(t, findings(dates, "date", "conflict"), 1)
	assert.Len(t, findings(dates, "date", "consistent"), 2, "a month contains each of its days")
	places := checkPlaces(f, c)
	assert.Len(t, findings(places, "place", "conflict"), 2)
	assert.Len(t, findings(places, "place", "consistent"), 1)
}

func TestTimingThroughLinksAndPrecedence(t *testing.T) {
	f := &Facts{names: map[string]string{"g": "Gail", "k": "Kai"}, Events: []Event{
		{IRI: "a-rel", Type: "RELEASE", Trigger: "released", Participants: []string{"g"}, Source: src("a")},
		{IRI: "a-meet", Type: "MEET", Trigger: "met", Participants: []string{"g", "k"}, Source: src("a")},
		{IRI: "b-rel", Type: "RELEASE", Trigger: "released", Participants: []string{"g"}, Source: src("b")},
		{IRI: "b-call", Type: "COMMUNICATE", Trigger: "reached", Participants: []string{"g", "k"}, Source: src("b")},
		{IRI: "b-meet", Type: "MEET", Trigger: "met", Participants: []string{"k", "g"}, Source: src("b")},
	}, Links: []Link{
		{From: "a-meet", To: "a-rel", Order: "AFTER", Offset: "P3W", Source: src("a")},
		{From: "b-call", To: "b-rel", Order: "AFTER", Offset: "PXM", Source: src("b")},
	}}
	fs := checkTiming(f, classify(f))
	bad := findings(fs, "timing", "conflict")
	require.Len(t, bad, 1, "%+v", fs)
	assert.Contains(t, bad[0].About, "time from RELEASE of Gail to MEET of Gail and Kai")
	assert.Equal(t, "between 18 days and 25 days", bad[0].A.Value)
	assert.True(t, strings.HasPrefix(bad[0].B.Value, "at least"), bad[0].B.Value)
	assert.Contains(t, bad[0].Reasoning, "comes before MEET")

	// "two months after" in a third article fits "months after" but not "three weeks".
	f.Events = append(f.Events, Event{IRI: "c-rel", Type: "RELEASE", Trigger: "freed", Participants: []string{"g"}, Source: src("c")},
		Event{IRI: "c-meet", Type: "MEET", Trigger: "met", Participants: []string{"g", "k"}, Source: src("c")})
	f.Links = append(f.Links, Link{From: "c-meet", To: "c-rel", Order: "AFTER", Offset: "P2M", Source: src("c")})
	fs = checkTiming(f, classify(f))
	assert.Len(t, findings(fs, "timing", "conflict"), 2)
	assert.Len(t, findings(fs, "timing", "consistent"), 1)
}

func TestDurationRanges(t *testing.T) {
	r, ok := durationRange("P3W")
	require.True(t, ok)
	assert.Equal(t, interval{17.5, 24.5}, r)
	r, ok = durationRange("PXM")
	require.True(t, ok)
	assert.InDelta(t, 45.66, r.lo, 0.01)
	_, ok = durationRange("PT5H")
	assert.False(t, ok)
	_, ok = dateRange("2024-02-30")
	assert.False(t, ok)
}

// Only events told as having happened are compared: a denied meeting
// does not contradict a stated one, a planned one's date is no date of
// the meeting that happened, and timing through a planned event says
// nothing.
func TestEventsNotToldAsHappenedAreNeverCompared(t *testing.T) {
	f := &Facts{names: map[string]string{"x": "X", "y": "Y", "p1": "Vienna", "p2": "Prague"}, Events: []Event{
		{IRI: "e1", Type: "MEET", Participants: []string{"x", "y"}, Date: "2021-05-02", Place: "p1", Source: src("a")},
		{IRI: "e2", Type: "MEET", Participants: []string{"x", "y"}, Date: "2021-05-01", Place: "p2", NotAsserted: true, Source: src("b")},
		{IRI: "e3", Type: "MEET", Participants: []string{"x", "y"}, Date: "2021-09", Place: "p2", NotAsserted: true, Source: src("c")},
	}}
	assert.Empty(t, Check(f), "no article states a second meeting to compare with")
	assert.Len(t, f.Events, 3, "Check leaves the facts it was given alone")
	f.Events[1].NotAsserted = false
	fs := Check(f)
	assert.Len(t, findings(fs, "date", "conflict"), 1)
	assert.Len(t, findings(fs, "place", "conflict"), 1)
	for _, x := range fs {
		assert.NotEqual(t, "c", x.B.Article)
		assert.NotEqual(t, "c", x.A.Article)
	}

	g := &Facts{names: map[string]string{"g": "Gail", "k": "Kai"}, Events: []Event{
		{IRI: "a-rel", Type: "RELEASE", Trigger: "released", Participants: []string{"g"}, Source: src("a")},
		{IRI: "a-meet", Type: "MEET", Trigger: "met", Participants: []string{"g", "k"}, Source: src("a")},
		{IRI: "b-rel", Type: "RELEASE", Trigger: "released", Participants: []string{"g"}, Source: src("b")},
		{IRI: "b-meet", Type: "MEET", Trigger: "will meet", Participants: []string{"k", "g"}, NotAsserted: true, Source: src("b")},
	}, Links: []Link{
		{From: "a-meet", To: "a-rel", Order: "AFTER", Offset: "P3W", Source: src("a")},
		{From: "b-meet", To: "b-rel", Order: "AFTER", Offset: "P1Y", Source: src("b")},
	}}
	assert.Empty(t, findings(Check(g), "timing", "conflict"), "a meeting planned a year after the release is no timing of the one that happened")
	g.Events[3].NotAsserted = false
	assert.Len(t, findings(Check(g), "timing", "conflict"), 1, "taken as stated, it would conflict")
}

func TestReportsOfOneHappeningAreOneEvent(t *testing.T) {
	// the extractor resolved one participant differently in each article,
	// so the participants alone do not pair them; the happening does
	f := &Facts{names: map[string]string{"x": "X", "y": "Y", "y2": "Y.", "p1": "Vienna", "p2": "Prague"}, Events: []Event{
		{IRI: "e1", Type: "MEET", Participants: []string{"x", "y"}, Place: "p1", Happening: "h1", Source: src("a")},
		{IRI: "e2", Type: "MEET", Participants: []string{"x", "y2"}, Place: "p2", Happening: "h1", Source: src("b")},
		{IRI: "e3", Type: "MEET", Participants: []string{"x", "z"}, Place: "p2", Happening: "h2", Source: src("c")},
	}}
	c := classify(f)
	assert.Equal(t, c.find(0), c.find(1), "two reports of happening h1")
	assert.NotEqual(t, c.find(0), c.find(2), "another happening, with another party")
	places := checkPlaces(f, c)
	require.Len(t, findings(places, "place", "conflict"), 1)
	assert.Equal(t, "a", findings(places, "place", "conflict")[0].A.Article)
}
