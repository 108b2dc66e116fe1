package quote

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// claim is a reported claim as the tests read it.
type claim struct{ cue, speaker, content string }

func reportedClaims(d *doc.Document) []claim {
	var out []claim
	for _, q := range d.Quotes {
		if q.Direct {
			continue
		}
		cl := claim{speaker: speakerText(d, q)}
		if q.Cue != nil {
			cl.cue = d.Slice(*q.Cue)
		}
		for i, c := range q.Content {
			if i > 0 {
				cl.content += " | "
			}
			cl.content += d.Slice(c)
		}
		out = append(out, cl)
	}
	return out
}

func TestReportedShapes(t *testing.T) {
	for _, tc := range []struct {
		text  string
		names []string
		want  []claim
	}{
		{"Marta Quiroga said that the ferry service would resume in April.", []string{"Marta Quiroga"},
			[]claim{{"said", "Marta Quiroga", "that the ferry service would resume in April"}}},
		{"The ferry service will resume in April, the harbour master said on Monday.", nil,
			[]claim{{"said", "the harbour master", "The ferry service will resume in April"}}},
		{"The ferry service will resume in April, said Marta Quiroga.", []string{"Marta Quiroga"},
			[]claim{{"said", "Marta Quiroga", "The ferry service will resume in April"}}},
		{"The repairs, she said, had cost the town a fortune.", nil,
			[]claim{{"said", "she", "The repairs | had cost the town a fortune"}}},
		{"According to the coroner, the fire started in the kitchen.", nil,
			[]claim{{"According to", "the coroner", "the fire started in the kitchen"}}},
		{"The fire started in the kitchen, according to the coroner.", nil,
			[]claim{{"according to", "the coroner", "The fire started in the kitchen"}}},
		{"A spokesman for the navy said the frigate had returned to port.", nil,
			[]claim{{"said", "A spokesman for the navy", "the frigate had returned to port"}}},
		{"Teachers believe the new schedule is too demanding.", nil,
			[]claim{{"believe", "Teachers", "the new schedule is too demanding"}}},
		{"Recent polls show the two candidates are tied.", nil,
			[]claim{{"show", "Recent polls", "the two candidates are tied"}}},
		// the parser hangs the cue on the writer's clause before it; a clause with its own
		// "that" or subject right after the cue is all it says, a parenthetical goes on
		{"Because Lund was behind an earlier stunt involving a boat—he hired a boat to sail past a rally in Maine with a banner on it—people suspected that Lund was behind this latest stunt.",
			[]string{"Lund"}, []claim{{"suspected", "people", "that Lund was behind this latest stunt"}}},
		{"It was impossible, Lund said, so the leaders decided to split the work.", []string{"Lund"},
			[]claim{{"said", "Lund", "It was impossible | so the leaders decided to split the work"}}},
		// a parser hangs the cue on the fronted subject as its apposition or list item
		{"Rising rents, the mayor says, are the biggest problem for young families.", nil,
			[]claim{{"says", "the mayor", "Rising rents | are the biggest problem for young families"}}},
		{"Climate change, Lund says, is the greatest threat to future generations.", []string{"Lund"},
			[]claim{{"says", "Lund", "Climate change | is the greatest threat to future generations"}}},
	} {
		d := quoteDoc(t, tc.text, tc.names...)
		FindQuotes(d)
		assert.Equal(t, tc.want, reportedClaims(d), tc.text)
	}
}

// A parenthetical cue whose parse hangs the subject of the reported
// clause on the cue ("The bridge" under "said") still reports the whole
// clause; a time or a clause with its own subject is no such subject.
func TestReportedFrontedSubject(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []claim
	}{
		{"The bridge, he said, will reopen in May.",
			[]claim{{"said", "he", "The bridge | will reopen in May"}}},
		{"The old pier, the engineers said, was beyond repair.",
			[]claim{{"said", "the engineers", "The old pier | was beyond repair"}}},
		{"Yesterday, the mayor said the bridge would reopen.",
			[]claim{{"said", "the mayor", "the bridge would reopen"}}},
	} {
		d := quoteDoc(t, tc.text)
		FindQuotes(d)
		assert.Equal(t, tc.want, reportedClaims(d), tc.text)
	}
}

func TestReportedPassiveHasNoSpeaker(t *testing.T) {
	d := quoteDoc(t, "It was reported that the talks had collapsed.")
	FindQuotes(d)
	assert.Equal(t, []claim{{"reported", "", "that the talks had collapsed"}}, reportedClaims(d))

	d = quoteDoc(t, "The council is expected to approve the budget.")
	FindQuotes(d)
	assert.Equal(t, []claim{{"expected", "", "The council | to approve the budget"}}, reportedClaims(d))

	d = quoteDoc(t, "The new mayor is widely seen as a reformer.")
	FindQuotes(d)
	assert.Equal(t, []claim{{"seen", "", "The new mayor | as a reformer"}}, reportedClaims(d))
}

func TestReportedSpeakerThroughRelativeAndParticiple(t *testing.T) {
	d := quoteDoc(t, "Ines Duarte, who said the count was flawed, asked for a recount.", "Ines Duarte")
	FindQuotes(d)
	require.NotEmpty(t, reportedClaims(d))
	assert.Equal(t, claim{"said", "Ines Duarte", "the count was flawed"}, reportedClaims(d)[0])

	d = quoteDoc(t, "The minister resigned on Friday, saying the budget had been ignored.")
	FindQuotes(d)
	assert.Equal(t, []claim{{"saying", "The minister", "the budget had been ignored"}}, reportedClaims(d))
}

func TestReportedPronounSpeakerIsItsMention(t *testing.T) {
	d := quoteDoc(t, "She argued that the rules were unfair to small farms.")
	she := addTestMention(t, d, "She", doc.Pronoun)
	FindQuotes(d)
	require.Len(t, d.Quotes, 1)
	assert.Equal(t, she, d.Quotes[0].Speaker)
}

func TestReportedAddresseeIsWhomTheSpeakerTold(t *testing.T) {
	d := quoteDoc(t, "Omar Haddad told the committee that the plant would close.", "Omar Haddad")
	committee := addTestMention(t, d, "the committee", doc.Nominal)
	FindQuotes(d)
	require.Len(t, d.Quotes, 1)
	q := d.Quotes[0]
	assert.Equal(t, 0, q.Speaker)
	assert.Equal(t, committee, q.Addressee)
	assert.Equal(t, []string{"that the plant would close"}, contentTexts(d, q))
}

func TestReportedStanceAndIntention(t *testing.T) {
	for _, tc := range []struct {
		text string
		want claim
	}{
		// "to developers" belongs to "giveaway" (UD nmod); the old parse hung it on "called"
		{"Critics called the plan a giveaway to developers.", claim{"called", "Critics", "the plan a giveaway to developers"}},
		{"The union urged its members to reject the offer.", claim{"urged", "The union", "its members to reject the offer"}},
		{"The mayor vowed to rebuild the market.", claim{"vowed", "The mayor", "to rebuild the market"}},
		{"Farmers have called for a ban on imports.", claim{"called", "Farmers", "a ban on imports"}},
	} {
		d := quoteDoc(t, tc.text)
		FindQuotes(d)
		assert.Equal(t, []claim{tc.want}, reportedClaims(d), tc.text)
	}
}

// What looks like speech but reports none: refusals and requests to
// speak, negated and questioned speech, speakers that cannot speak.
func TestReportedNonClaims(t *testing.T) {
	for _, text := range []string{
		"The embassy declined to comment on the arrests.",
		"Reporters asked the club for comment.",
		"The ministry did not reply to a request to comment.",
		"The company did not respond to a request for comment on Tuesday.",
		"Did the governor say that the schools would close?",
		"The senator has not publicly accused the judge of bias.",
		"The coach never claimed that the referee was bribed.",
		"The flood says a lot about the city's planning.",
		"Officials reportedly met in secret.",
	} {
		d := quoteDoc(t, text)
		FindQuotes(d)
		assert.Empty(t, reportedClaims(d), text)
	}
}

func TestReportedNestedClaimIsTheOuterSpeakers(t *testing.T) {
	d := quoteDoc(t, "Aides said the senator believes the treaty is dead.")
	FindQuotes(d)
	assert.Equal(t, []claim{{"said", "Aides", "the senator believes the treaty is dead"}}, reportedClaims(d))
}

func TestColonHeadlineClaim(t *testing.T) {
	d := quoteDoc(t, "Mayor Lopez: The bridge will reopen in May.\n\nUpdate: The story was corrected.", "Mayor Lopez")
	FindQuotes(d)
	assert.Equal(t, []claim{{":", "Mayor Lopez", "The bridge will reopen in May"}}, reportedClaims(d))
}

// Two speakers alternate in one passage: each direct quote goes to its
// own attribution, one continued without attribution to the last speaker
// who spoke, not one speaker for all.
func TestDirectQuotesOfTwoSpeakersInOnePassage(t *testing.T) {
	text := "\"We will appeal,\" said Ana Ruiz, the defence lawyer. \"The verdict ignores the evidence.\"\n\n" +
		"\"The jury has spoken,\" the prosecutor, Tom Lee, replied. \"There is nothing left to appeal.\"\n\n" +
		"\"We disagree,\" Ruiz said."
	d := quoteDoc(t, text, "Ana Ruiz", "Tom Lee", "Ruiz")
	FindQuotes(d)
	got := map[string]string{}
	for _, q := range directQuotes(d) {
		for _, c := range q.Content {
			got[d.Slice(c)] = speakerText(d, q)
		}
	}
	assert.Equal(t, map[string]string{
		`"We will appeal,"`:                   "Ana Ruiz",
		`"The verdict ignores the evidence."`: "Ana Ruiz",
		`"The jury has spoken,"`:              "Tom Lee",
		`"There is nothing left to appeal."`:  "Tom Lee",
		`"We disagree,"`:                      "Ruiz",
	}, got)
}

// A participle modifying a counted noun is no cue even when the tagger
// takes it for a finite verb, and an "according to" after the clause then
// reports that clause.
func TestCountedParticipleIsNoCue(t *testing.T) {
	d := quoteDoc(t, "Early in May, the mayor led the race by 40 pledged votes, according to a tally by the city clerk.")
	FindQuotes(d)
	for _, c := range reportedClaims(d) {
		assert.NotEqual(t, "pledged", c.cue, "a modifier of votes")
	}
	assert.Contains(t, reportedClaims(d), claim{"according to", "a tally by the city clerk", "Early in May, the mayor led the race by 40 pledged votes"})
}

// What a showing cue shows of its object, and what a judging cue says of
// it after an "as" the parser took for an adverb, belong to the content.
func TestShownStateAndAsPredicate(t *testing.T) {
	d := quoteDoc(t, "The latest survey shows Lopez far out in front of the other candidates.")
	FindQuotes(d)
	assert.Equal(t, []claim{{"shows", "The latest survey", "Lopez far out in front of the other candidates"}}, reportedClaims(d))

	d = quoteDoc(t, "The coach described the referee as biased.")
	FindQuotes(d)
	assert.Equal(t, []claim{{"described", "The coach", "the referee as biased"}}, reportedClaims(d))
}

func TestWhoIssuesAStatementSpeaksThroughIt(t *testing.T) {
	d := quoteDoc(t, "Her office put out a statement saying the plant would stay open. "+
		"The union released a statement that said the strike was over.")
	FindQuotes(d)
	var got []string
	for _, q := range d.Quotes {
		got = append(got, speakerText(d, q)+": "+strings.Join(contentTexts(d, q), " … "))
	}
	assert.Contains(t, got, "Her office: the plant would stay open")
	assert.Contains(t, got, "The union: the strike was over")
}

func TestAccordingToInsideTheClauseKeepsItsRest(t *testing.T) {
	d := quoteDoc(t, "Halvard Steel receives, according to one report, $200 million in contracts from the navy. "+
		"Sales fell, according to the ministry, and shares dropped.")
	FindQuotes(d)
	var got [][]string
	for _, q := range d.Quotes {
		got = append(got, contentTexts(d, q))
	}
	assert.Contains(t, got, []string{"Halvard Steel receives", "$200 million in contracts from the navy"})
	assert.Contains(t, got, []string{"Sales fell"}, "a conjoined clause is the narrator's")
}

// The day of an announcement, hung by the parser on the object, is no
// part of what was announced.
func TestReportedCueTimeIsNoContent(t *testing.T) {
	text := "The governor announced plans Tuesday to close three prisons."
	d := quoteDoc(t, text)
	at := len([]rune(text[:strings.Index(text, "Tuesday")]))
	d.Timexes = []doc.Timex{{Span: doc.Span{Start: at, End: at + 7}, Text: "Tuesday", Type: "DATE", Anchor: -1}}
	FindQuotes(d)
	assert.Equal(t, []claim{{"announced", "The governor", "plans | to close three prisons"}}, reportedClaims(d))
}
