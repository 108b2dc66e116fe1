package quote

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/stretchr/testify/assert"
)

// A clause whose opening words a parser took for the cue's object ("that
// coal mining" as a noun phrase, "how" alone) is read whole off the
// words; "that" with a noun and no finite verb after it stays an object,
// and a clause in a fronted adverbial ends before the main clause.
func TestBrokenClauseIsReadWhole(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []claim
	}{
		{"She was criticized at home for acknowledging that coal mining would have a steep decline.",
			[]claim{{"acknowledging", "She", "that coal mining would have a steep decline"}}},
		{"The mayor recalled how on his first trip from the station, all he saw was a dark road lined with trees.",
			[]claim{{"recalled", "The mayor", "how on his first trip from the station, all he saw was a dark road lined with trees"}}},
		// "in a letter" is where it was rejected (UD obl of the cue), no part of what
		{"The governor rejected that argument in a letter released Friday.",
			[]claim{{"rejected", "The governor", "that argument"}}},
	} {
		d := quoteDoc(t, tc.text)
		FindQuotes(d)
		assert.Equal(t, tc.want, reportedClaims(d), tc.text)
	}
}

// A quotation that goes on with the verb of a subject the writer put
// before the attribution takes that subject as its first part; a fronted
// frame (a preposition, an adverb, a time) is the narrator's, and a
// quotation that opens a clause of its own takes nothing.
func TestFrontedSubjectOfASplitQuotation(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Tax reform, the minister says, “is the most urgent task of the year.”",
			[]string{"Tax reform", "“is the most urgent task of the year.”"}},
		{"The old pier, Ms. Ortiz said, “was never safe.”", []string{"The old pier", "“was never safe.”"}},
		{"On taxes, the minister said, “we will act.”", []string{"“we will act.”"}},
		{"Yesterday, the mayor said, “was a good day.”", []string{"“was a good day.”"}},
		{"The harbour, the mayor said, “The bridge is safe.”", []string{"“The bridge is safe.”"}},
	} {
		d := quoteDoc(t, tc.text)
		FindQuotes(d)
		qs := directQuotes(d)
		if assert.Len(t, qs, 1, tc.text) {
			assert.Equal(t, tc.want, contentTexts(d, qs[0]), tc.text)
		}
	}
}

// A concession the speaker adds stays in the claim; one that reports a
// claim of its own, or that a dash sets off as an aside, is cut.
func TestConcessionStaysInTheClaim(t *testing.T) {
	for _, tc := range []struct {
		text, want string
	}{
		{"The senator said the changes were an improvement, although the rules were still too narrow.",
			"the changes were an improvement, although the rules were still too narrow"},
		{"Aides say he will seek reelection in 2018 - though it is unclear whether he can win.",
			"he will seek reelection in 2018"},
	} {
		d := quoteDoc(t, tc.text)
		FindQuotes(d)
		cls := reportedClaims(d)
		if assert.NotEmpty(t, cls, tc.text) {
			assert.Equal(t, tc.want, cls[len(cls)-1].content, tc.text)
		}
	}
	d := quoteDoc(t, "The senator said the changes were an improvement, although she acknowledged the rules were still too narrow.")
	FindQuotes(d)
	assert.Contains(t, reportedClaims(d), claim{"said", "The senator", "the changes were an improvement"})
}

// The speaker of a quotation named with an "of" phrase is the name the
// phrase hangs on ("Quiroga of the Ledger"), unless a person's name ends
// it ("Minister of Transport Daniel Reyes"); a common noun before "of"
// leaves the phrase as it was ("75 percent of voters").
func TestSpeakerWithAnOfPhrase(t *testing.T) {
	for _, tc := range []struct {
		text, want string
		names      []string
	}{
		{"“We are ready,” Marta Quiroga of the Daily Ledger said.", "Marta Quiroga", []string{"Marta Quiroga", "Daily Ledger"}},
		{"Marta Quiroga of the Daily Ledger wrote, “The plan failed.”", "Marta Quiroga", []string{"Marta Quiroga", "Daily Ledger"}},
		{"“We are ready,” Minister of Transport Daniel Reyes said.", "Daniel Reyes", []string{"Daniel Reyes"}},
		{"“We are ready,” the host of the evening said.", "the evening", nil},
		{"“We won,” 75 percent of voters said.", "voters", nil},
	} {
		d := quoteDoc(t, tc.text, tc.names...)
		for i := range d.Mentions {
			d.Mentions[i].Type = doc.Person
			if d.Mentions[i].Text == "Daily Ledger" {
				d.Mentions[i].Type = doc.Organization
			}
		}
		FindQuotes(d)
		qs := directQuotes(d)
		if assert.Len(t, qs, 1, tc.text) {
			assert.Equal(t, tc.want, speakerText(d, qs[0]), tc.text)
		}
	}
}

// A cue with a modal and a perfect tells a claim not made ("would have
// described", "might have wanted"); a modal perfect inside the content
// is the speaker's and keeps the claim.
func TestUnrealizedCueIsNoClaim(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []claim
	}{
		{"Few analysts would have described the plan as a success.", nil},
		{"He might have wanted to stay longer.", nil},
		{"The minister has described the plan as a success.",
			[]claim{{"described", "The minister", "the plan as a success"}}},
		{"She said she would have preferred a vote.",
			[]claim{{"said", "She", "she would have preferred a vote"}}},
	} {
		d := quoteDoc(t, tc.text)
		FindQuotes(d)
		assert.Equal(t, tc.want, reportedClaims(d), tc.text)
	}
}

// Two cues a parse gives the same words make one claim, that of the cue
// nearest them, unless it stands in a relative clause.
func TestOneClaimForTwoCuesOfTheSameWords(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []claim
	}{
		{"Putin argued against the plan, adding that Russia was not concerned.",
			[]claim{{"adding", "Putin", "that Russia was not concerned"}}},
		{"Voters had to respond to videos showing that the plan failed.",
			[]claim{{"showing", "videos", "that the plan failed"}}},
		{"The mayor complained at the meeting, notes of which the council emailed to reporters later, that the budget was late.",
			[]claim{{"complained", "The mayor", "that the budget was late"}}},
	} {
		d := quoteDoc(t, tc.text)
		FindQuotes(d)
		assert.Equal(t, tc.want, reportedClaims(d), tc.text)
	}
}

// A quotation that goes on with the verb of a subject the writer put right
// before the opening mark takes that subject, and what its clause puts
// before it, into one content span; a quotation that opens its own clause,
// or whose clause goes on past the closing mark, takes nothing.
func TestSubjectBeforeTheQuoteMark(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{`The new bridge "is already saving drivers an hour a day," the mayor told reporters.`,
			[]string{`The new bridge "is already saving drivers an hour a day,"`}},
		{`The council's plan "will not fix the housing shortage," said Maria Lopez, a tenant organizer.`,
			[]string{`The council's plan "will not fix the housing shortage,"`}},
		{`After the vote, the mayor "was furious," an aide said.`,
			[]string{`After the vote, the mayor "was furious,"`}},
		{`The mayor said on Monday: "The bridge is safe."`, []string{`"The bridge is safe."`}},
		{`Asked about it, the mayor "The bridge is safe," an aide said.`, []string{`"The bridge is safe,"`}},
	} {
		d := quoteDoc(t, tc.text)
		FindQuotes(d)
		qs := directQuotes(d)
		if assert.Len(t, qs, 1, tc.text) {
			assert.Equal(t, tc.want, contentTexts(d, qs[0]), tc.text)
		}
	}
}

// A title is not the speaker when the name it belongs to is given: a
// title whose "of" phrase leads up to the name after an inverted cue, and
// a title with commas of its own in apposition to the name before the cue.
// The name before a title's "of" phrase stays the speaker.
func TestTitleIsNotTheSpeaker(t *testing.T) {
	for _, tc := range []struct {
		text, name, want string
	}{
		{`"Welcome to the festival," said master of ceremonies John Peters.`, "John Peters", "John Peters"},
		{`"The rules are a step forward," Mary Stone, deputy director of planning for roads, bridges, and tunnels, said.`,
			"Mary Stone", "Mary Stone"},
		{`"The plan is sound," said Tom Reed of the planning office.`, "Tom Reed", "Tom Reed"},
	} {
		d := quoteDoc(t, tc.text, tc.name)
		for i := range d.Mentions {
			d.Mentions[i].Type = doc.Person
		}
		FindQuotes(d)
		qs := directQuotes(d)
		if assert.Len(t, qs, 1, tc.text) {
			assert.Equal(t, tc.want, speakerText(d, qs[0]), tc.text)
		}
	}
}

// A quotation that a reported clause takes in after its cue ("said most
// voters believe “...”") is part of that clause: the claim is the whole
// clause, with the closing mark. A quotation of several sentences, or one
// the parse does not hang on the clause, stays the speaker's own words.
func TestQuotationInsideAReportedClause(t *testing.T) {
	for _, tc := range []struct {
		text   string
		direct []string
		want   []claim
	}{
		{`The mayor said most residents now believe "that the river is safe."`, nil,
			[]claim{{"said", "The mayor", `most residents now believe "that the river is safe."`}}},
		{`The mayor spoke next, adding that he thinks "children should listen more."`, nil,
			[]claim{{"adding", "The mayor", `that he thinks "children should listen more."`}}},
		{`The mayor said he believes "there may be some problems. But the people who run it are confident."`,
			[]string{`"there may be some problems. But the people who run it are confident."`}, nil},
	} {
		d := quoteDoc(t, tc.text)
		FindQuotes(d)
		var direct []string
		for _, q := range directQuotes(d) {
			direct = append(direct, contentTexts(d, q)...)
		}
		assert.Equal(t, tc.direct, direct, tc.text)
		assert.Equal(t, tc.want, reportedClaims(d), tc.text)
	}
}

// A second "that" clause joined to the first belongs to the same claim,
// also when the parser hangs it on the cue as a conjunct.
func TestSecondThatClauseStaysInTheClaim(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []claim
	}{
		{`The mayor said on Monday that the river was "safe for swimming" and that the beach would open.`,
			[]claim{{"said", "The mayor", `that the river was "safe for swimming" and that the beach would open`}}},
	} {
		d := quoteDoc(t, tc.text)
		FindQuotes(d)
		assert.Equal(t, tc.want, reportedClaims(d), tc.text)
	}
}

// A subject before a cue set off by commas stays in the claim when the
// parser took the speaker for its apposition: "Water scarcity, Ms. Rivera
// often says, is ..." The speaker is no part of the content.
func TestFrontedSubjectWithTheSpeakerAsApposition(t *testing.T) {
	for _, tc := range []struct {
		text, name string
		want       []claim
	}{
		{`Water scarcity, Ms. Rivera often says, is the greatest long-term threat facing the region, as well as a danger already showing itself as droughts and fires.`, "Ms. Rivera",
			[]claim{{"says", "Ms. Rivera", "Water scarcity | is the greatest long-term threat facing the region, as well as a danger already showing itself as droughts and fires"}}},
		{`The housing crisis, Mr. Lee has argued, will define the next decade.`, "Mr. Lee",
			[]claim{{"argued", "Mr. Lee", "The housing crisis | will define the next decade"}}},
	} {
		d := quoteDoc(t, tc.text, tc.name)
		FindQuotes(d)
		assert.Equal(t, tc.want, reportedClaims(d), tc.text)
	}
}
