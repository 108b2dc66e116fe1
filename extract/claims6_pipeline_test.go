package extract

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/stretchr/testify/assert"
)

// claimLines are the claims of a processed document as "cue | speaker |
// content", the speaker as written where the claim names it.
func claimLines(d *doc.Document) []string {
	var out []string
	for _, q := range d.Quotes {
		cue, spk := "", ""
		if q.Cue != nil {
			cue = d.Slice(*q.Cue)
		}
		switch {
		case q.Speaker >= 0:
			spk = d.Mentions[q.Speaker].Text
		case q.SpeakerSpan != nil:
			spk = d.Slice(*q.SpeakerSpan)
		}
		var parts []string
		for _, c := range q.Content {
			parts = append(parts, d.Slice(c))
		}
		out = append(out, cue+" | "+spk+" | "+strings.Join(parts, " … "))
	}
	return out
}

// A subject the tagger mistakes (a name read as a verb or an adverb), a
// text that says a clause, and a "that" after a time that the parser took
// for a relative pronoun still give the claim.
func TestClaimSubjectsTheTaggerMistakes(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Peter Cook spoke for the agency. Cook said Lindqvist stopped the practice, but Cook did not say when.",
			"said | Cook | Lindqvist stopped the practice"},
		{"David Jolly is running for the Senate.\n\nJolly said he would be careful in cutting the school budget.",
			"said | Jolly | he would be careful in cutting the school budget"},
		{"The brochure says the museum opens at noon on Sundays.",
			"says | The brochure | the museum opens at noon on Sundays"},
		{"A union official said this year that cutbacks in the mills alone could cost a thousand jobs.",
			"said | A union official | that cutbacks in the mills alone could cost a thousand jobs"},
	} {
		assert.Contains(t, claimLines(processed(tc.text)), tc.want, tc.text)
	}
}

// The speaker of a participle ("..., saying ...") is the subject the parse
// gives the verb of speech it hangs under, else the clause it hangs on;
// the subject stands before a date the parser took for it.
func TestClaimSpeakersNotTimesOrDatelines(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Senator Alma Reyes, a longtime ally of the mayor, effectively conceded the point, saying, “The numbers speak for themselves.”",
			"saying | Alma Reyes | “The numbers speak for themselves.”"},
		{"A party strategist said Reyes will have to choose a side soon, saying, “She cannot stay silent for much longer.”",
			"saying | A party strategist | “She cannot stay silent for much longer.”"},
		{"The former minister Ada Lind recently urged women to vote for Mara Holt, saying, “There is a special place in politics for women who help each other.”",
			"saying | Ada Lind | “There is a special place in politics for women who help each other.”"},
		{"Along with the dispute over the ballots, the Supreme Court this month rejected a request from the city.",
			"rejected | Supreme Court | a request from the city"},
		{"The mayor's close friends and allies have in the past said he was staying quiet in order to keep the budget out of the campaign.",
			"said | allies | he was staying quiet in order to keep the budget out of the campaign"},
	} {
		assert.Contains(t, claimLines(processed(tc.text)), tc.want, tc.text)
	}
}

// A direct quotation's speaker may be named before a colon without a verb
// (a name and an outlet, or a transcript's name in capitals), after the
// full stop of an abbreviation in brackets, or after a question's mark
// with a time after the cue.
func TestDirectSpeakersAfterColonsAndBrackets(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Who won the council debate?\n\nMarta Quist, The Daily Ledger: \"The council has lost the trust of the voters in every district.\"",
			" | Marta Quist | \"The council has lost the trust of the voters in every district.\""},
		{"The interview went on.\n\n\"HALE: We will not raise taxes this year, and we will not cut the schools either.\"",
			" | HALE | \"HALE: We will not raise taxes this year, and we will not cut the schools either.\""},
		{"\"The bridge will reopen in May, and the ferry will stop,\" Rep. Ann Lee (R-Fla.) said Tuesday at a hearing.",
			"said | Ann Lee | \"The bridge will reopen in May, and the ferry will stop,\""},
		{"\"Will the mayor finally resign? If not, the council should act!\" the city's top prosecutor, Omar Haddad, tweeted Sunday after the vote.",
			"tweeted | Omar Haddad | \"Will the mayor finally resign? If not, the council should act!\""},
	} {
		assert.Contains(t, claimLines(processed(tc.text)), tc.want, tc.text)
	}
}

// A short quotation the parse makes the title of a noun after a cue is no
// speech; a noun that modifies another is no cue; "quoted X as saying"
// gives X.
func TestDirectQuotesThatAreTitlesOrQuotedAs(t *testing.T) {
	d := processed("Two women were fatally shot last summer at a Louisiana screening of her latest film, “Bright Harbor.”")
	for _, q := range d.Quotes {
		assert.False(t, q.Direct, "a film title is no speech: %v", claimLines(d))
	}
	d = processed("The clerk later said he had an \"Oh, no\" moment and deleted a Mark Hale email archive using a cleaning program.")
	for _, l := range claimLines(d) {
		assert.NotContains(t, l, "email | ", "a noun before a noun is no cue")
	}
	assert.Contains(t, claimLines(processed("The Ledger quoted Ana Ruiz as saying, “We will not sell the farm this year or next.”")),
		"saying | Ana Ruiz | “We will not sell the farm this year or next.”")
}

// A question put to someone by an unnamed asker ("Asked whether ...",
// "When asked if ...") is a claim without a speaker; a participle that
// does not open its clause is no such question.
func TestQuestionsOfAnUnnamedAsker(t *testing.T) {
	lines := claimLines(processed("Asked whether he would campaign for other candidates, Hale said he would not."))
	assert.Contains(t, lines, "Asked |  | whether he would campaign for other candidates")
	assert.Contains(t, lines, "said | Hale | he would not")
	lines = claimLines(processed("When asked if the plan included every ward, Ruiz said, “Every single one.”"))
	assert.Contains(t, lines, "asked |  | if the plan included every ward")
}

// A reported clause whose subject the parser took for a time after the
// cue, or for an adverb's phrase, and a share the parser took for a time
// before the cue, still give the claim.
func TestClausesTheParserTookForTimes(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Residents of the village said the last time anyone cleaned the canal was in the 1990s.",
			"said | Residents of the village | the last time anyone cleaned the canal was in the 1990s"},
		{"On farm policy, 61% describe themselves as moderate; 22% say they are conservative.",
			"say | 22% | they are conservative"},
	} {
		assert.Contains(t, claimLines(processed(tc.text)), tc.want, tc.text)
	}
}

// A thing that "says" an object says no clause: "their smiles said a
// lot" reports nothing of the clause before it, while "..., one chart
// says." does.
func TestThingsThatSayAnObject(t *testing.T) {
	for _, l := range claimLines(processed("The family has lived here for three months, and though they speak little English, their smiles said a lot.")) {
		assert.NotContains(t, l, "their smiles", "a smile says no clause")
	}
	assert.Contains(t, claimLines(processed("Six million jobs depend on exports to the south, one chart says.")),
		"says | one chart | Six million jobs depend on exports to the south")
}

// A participle marked as the object of a preposition ("for even
// questioning ...") is no speech of the speaker of the clause above it.
func TestParticipleAfterPrepositionIsNotTheSpeakers(t *testing.T) {
	for _, l := range claimLines(processed("She says the nation's critics are “laughing like mad at the United States” for even questioning the treaty.")) {
		assert.False(t, strings.HasPrefix(l, "questioning | She"), l)
	}
}
