package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/newsgraph/newsgraph/extract/doc"
)

// hasTrigger reports whether d has an event at a trigger reading text.
func hasTrigger(d *doc.Document, text string) bool {
	for _, ev := range d.Events {
		if d.Slice(ev.Trigger) == text {
			return true
		}
	}
	return false
}

// Event nouns used as things are no events: the votes as a count, an
// agency noun that classifies another; the act itself still is one.
func TestCountsAndClassifiersAreNoEvents(t *testing.T) {
	for _, tc := range []struct {
		text, trigger string
		event         bool
	}{
		{"Lund finished third with 23 percent of the vote.", "vote", false},
		{"A third candidate could split the vote.", "vote", false},
		{"The council delayed the vote until June.", "vote", true},
		{"The former Lund campaign manager spoke to reporters.", "campaign", false},
		{"One campaign source said the race was close.", "campaign", false},
		{"The party bought new campaign hats for the rally.", "campaign", false},
		{"Lund ended her campaign on Tuesday.", "campaign", true},
	} {
		d := processed(tc.text)
		assert.Equal(t, tc.event, hasTrigger(d, tc.trigger), "%s: %v", tc.text, d.Events)
	}
}

// A loss to a rival is a defeat, not a fall.
func TestALossToARivalIsADefeat(t *testing.T) {
	d := processed("Ana Lund suffered a narrow loss to Tom Hale in the primary.")
	assert.Equal(t, "LOSE", eventAt(t, d, "loss").Type)
	d = processed("The company reported a loss of five million dollars.")
	assert.Equal(t, "DECREASE", eventAt(t, d, "loss").Type)
}

// The one asked is PropBank's Arg2 of "ask", active or passive; the
// question asked is its Arg1.
func TestTheOneAskedIsTheHearer(t *testing.T) {
	d := processed("When Tom Hale was asked about the budget, he laughed.")
	assert.Equal(t, "Arg2", roleOf(argTexts(d, eventAt(t, d, "asked")), "Tom Hale"))
	d = processed("Reporters asked Ana Lund whether the budget had passed.")
	assert.Equal(t, "Arg2", roleOf(argTexts(d, eventAt(t, d, "asked")), "Ana Lund"))
}

// An event noun that only classifies a thing after it is no event ("the
// election year", "death threats"); the same noun heading its phrase is.
func TestAnEventNounClassifyingAThingIsNoEvent(t *testing.T) {
	assert.False(t, hasTrigger(processed("Turnout rises in an election year."), "election"))
	assert.False(t, hasTrigger(processed("The judge received death threats after the ruling."), "death"))
	assert.True(t, hasTrigger(processed("The election was held in May."), "election"))
}

// An event noun in a verb's idiom tells no event of its own: "gave rise
// to" is no increase.
func TestAnIdiomsNounIsNoEvent(t *testing.T) {
	d := processed("The new fees gave rise to angry protests.")
	assert.False(t, hasTrigger(d, "rise"), "%v", d.Events)
	assert.True(t, hasTrigger(d, "protests"))
}

// The speaker of a claim is the agent of its cue whatever the cue's frame:
// an inverted writer the parse made the object writes.
func TestAnInvertedWriterWrites(t *testing.T) {
	d := processed("\u201cThe vote will be close,\u201d wrote bureau chief Ana Ruiz.")
	agents := map[string]bool{}
	for _, a := range eventAt(t, d, "wrote").Args {
		if e := d.Mentions[a.Mention].Entity; a.Role == "Arg0" && e >= 0 {
			agents[d.Entities[e].Name] = true
		}
	}
	assert.True(t, agents["Ana Ruiz"], "the writer: %v", agents)
}

// Two singular descriptions joined by "and" beside one person's name
// describe that person; beside a named person inside the coordination
// they are two people.
func TestCoordinatedDescriptionsOfOnePerson(t *testing.T) {
	d := processed("Ana Ruiz, the former mayor and a candidate for governor, spoke on Monday.")
	assert.Equal(t, "Ana Ruiz", doctestEntity(d, "a candidate for governor"))
	assert.Equal(t, "Ana Ruiz", doctestEntity(d, "the former mayor and a candidate for governor"))
	d = processed("The book was written by the editor Tom Hale and a staff reporter, Ana Ruiz.")
	assert.NotEqual(t, "Ana Ruiz", doctestEntity(d, "the editor Tom Hale and a staff reporter"))
}

// doctestEntity is the entity name of the first mention reading text, ""
// when it has none or there is no such mention.
func doctestEntity(d *doc.Document, text string) string {
	for _, m := range d.Mentions {
		if m.Text == text && m.Entity >= 0 {
			return d.Entities[m.Entity].Name
		}
	}
	return ""
}

// What someone says never holds the words that name them: a titled
// speaker after the clause is cut off it.
func TestSpeakerIsCutFromContent(t *testing.T) {
	d := processed("The mayor will likely resign before the summer, Ohio Rep. Tom Hale told reporters.")
	var contents []string
	for _, q := range d.Quotes {
		for _, c := range q.Content {
			contents = append(contents, d.Slice(c))
		}
	}
	assert.Equal(t, []string{"The mayor will likely resign before the summer"}, contents)
}
