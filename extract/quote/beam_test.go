package quote

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// A cue set off by commas between the subject of the clause it reports
// and the predicate reports both, whatever the parser hung them on: the
// fronted phrase as an adverbial clause, the cue as a clausal subject.
func TestParentheticalCueBetweenSubjectAndPredicate(t *testing.T) {
	for _, tc := range []struct {
		text, name string
		want       []claim
	}{
		{"Falling wages, the union says, are the real cause of the strike.", "",
			[]claim{{"says", "the union", "Falling wages | are the real cause of the strike"}}},
		{"The water shortage, Ms. Park has warned, will hurt farmers first.", "Ms. Park",
			[]claim{{"warned", "Ms. Park", "The water shortage | will hurt farmers first"}}},
		{"Growing debts, the treasurer argues, threaten the city's pension fund.", "",
			[]claim{{"argues", "the treasurer", "Growing debts | threaten the city's pension fund"}}},
	} {
		var names []string
		if tc.name != "" {
			names = append(names, tc.name)
		}
		d := quoteDoc(t, tc.text, names...)
		FindQuotes(d)
		assert.Equal(t, tc.want, reportedClaims(d), tc.text)
	}
}

// The subject before a quotation's opening mark joins its content when
// the parse hangs the attribution on the quoted clause (UD parataxis) or
// the quoted clause on the subject.
func TestSubjectBeforeTheMarkWithTheAttributionHungOnTheQuote(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{`The old ferry "has been losing money for years," the harbour master told the council.`,
			[]string{`The old ferry "has been losing money for years,"`}},
		{`The school's new rule "will not stop the bullying," said Anna Berg, a parent.`,
			[]string{`The school's new rule "will not stop the bullying,"`}},
	} {
		d := quoteDoc(t, tc.text)
		FindQuotes(d)
		qs := directQuotes(d)
		if assert.Len(t, qs, 1, tc.text) {
			assert.Equal(t, tc.want, contentTexts(d, qs[0]), tc.text)
		}
	}
}

// A concession the parser hangs on the cue after its complement is the
// speaker's; a time before the complementizer is the cue's.
func TestConcessionAndTimeAroundTheComplement(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []claim
	}{
		{"The coach said the season was a success, although the team lost the final.",
			[]claim{{"said", "The coach", "the season was a success, although the team lost the final"}}},
		{"The minister said the deal was fair, though the farmers were still angry.",
			[]claim{{"said", "The minister", "the deal was fair, though the farmers were still angry"}}},
		{"A police spokesman said this week that the two men had been released.",
			[]claim{{"said", "A police spokesman", "that the two men had been released"}}},
		{"The company said last month that its profits had doubled.",
			[]claim{{"said", "The company", "that its profits had doubled"}}},
	} {
		d := quoteDoc(t, tc.text)
		FindQuotes(d)
		assert.Equal(t, tc.want, reportedClaims(d), tc.text)
	}
}

// The speaker between commas is the one who speaks when a parser took it
// for an apposition of the subject before it.
func TestSpeakerBetweenCommasAfterTheSubject(t *testing.T) {
	for _, tc := range []struct {
		text, subject, speaker string
		want                   []claim
	}{
		{"Garcia, Lind said, was never a serious candidate.", "Garcia", "Lind",
			[]claim{{"said", "Lind", "Garcia | was never a serious candidate"}}},
		{"Peterson, Ms. Holm said, has misled the voters again.", "Peterson", "Ms. Holm",
			[]claim{{"said", "Ms. Holm", "Peterson | has misled the voters again"}}},
	} {
		d := quoteDoc(t, tc.text, tc.subject, tc.speaker)
		FindQuotes(d)
		assert.Equal(t, tc.want, reportedClaims(d), tc.text)
	}
}

// What a cue says of its object ends before a cue coordinated with it
// that reports a claim of its own; an urging cue takes the infinitive a
// parser hung on its object.
func TestObjectClaimsBesideTheParse(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []claim
	}{
		{"The Daily Courier will call you a crank and the Evening Star will accuse you of spreading panic.",
			[]claim{{"call", "The Daily Courier", "you a crank"}, {"accuse", "the Evening Star", "you of spreading panic"}}},
		{"The senator is visiting farms in the north as she urges moderates to rally behind her against the incumbent.",
			[]claim{{"urges", "she", "moderates to rally behind her against the incumbent"}}},
	} {
		d := quoteDoc(t, tc.text)
		FindQuotes(d)
		assert.ElementsMatch(t, tc.want, reportedClaims(d), tc.text)
	}
}

// A bare verb phrase a parser took for a clause before the cue ("...,
// reform the code, ... the mayor promised") is not what the cue reports;
// its object is. The parse is the one the beam parser gave a news
// sentence of this shape, set by hand.
func TestBareVerbPhraseBeforeTheCueIsNoComplement(t *testing.T) {
	text := "Listing plans to cut fees, reform the permit code and fix the roads, the mayor promised a city of new chances."
	d := quoteDoc(t, text)
	word := func(s string) int {
		for i, w := range d.Words {
			if w.Text == s {
				return i
			}
		}
		t.Fatalf("no word %q", s)
		return -1
	}
	reform, promised := word("reform"), word("promised")
	d.Words[word("Listing")].Head, d.Words[word("Listing")].Rel = reform, "advcl"
	d.Words[reform].Head, d.Words[reform].Rel = promised, "ccomp"
	for i := range d.Words {
		if d.Words[i].Head == -1 && i != promised {
			d.Words[i].Head, d.Words[i].Rel = promised, "parataxis"
		}
	}
	d.Words[promised].Head, d.Words[promised].Rel = -1, "root"
	FindQuotes(d)
	assert.Equal(t, []claim{{"promised", "the mayor", "a city of new chances"}}, reportedClaims(d))
}

// A participle of speech after a quotation that closes after its comma
// is a claim of its own, also when a parser took it for the complement of
// the cue before; a cue coordinated with a cue's complement whose subject
// cannot speak is said by the cue's subject.
func TestTrailingAndCoordinatedCues(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []claim
	}{
		{"Mr. Lund, who runs a small fund in Oslo, told investors that fears about shipping stocks were “overblown,” adding that the sector had room to grow.",
			[]claim{{"told", "Mr. Lund", "that fears about shipping stocks were “overblown"}, {"adding", "Mr. Lund", "that the sector had room to grow"}}},
		{"The governor is telling a farm group that the state’s water supply is “depleted” and says he will expand the nation’s reservoirs.",
			[]claim{{"telling", "The governor", "that the state’s water supply is “depleted”"}, {"says", "The governor", "he will expand the nation’s reservoirs"}}},
	} {
		d := quoteDoc(t, tc.text)
		FindQuotes(d)
		assert.ElementsMatch(t, tc.want, reportedClaims(d), tc.text)
	}
}

// The claim of a cue in an adverbial clause that opens the sentence ends
// where the main clause begins, whatever of it a parser hung inside.
func TestClaimInAnOpeningAdverbialClauseEndsBeforeTheMainClause(t *testing.T) {
	d := quoteDoc(t, "While Ms. Hale is a vocal advocate of tax cuts and wrote legislation that gave the governor new authority to make them, Mr. Diaz is equally vocal in opposing tax cuts.")
	FindQuotes(d)
	assert.Contains(t, reportedClaims(d), claim{"wrote", "Ms. Hale", "legislation that gave the governor new authority to make them"})
}

// A "that" clause the parser hung as an adverbial clause on the
// narrator's main clause after it is still all the claim: the main clause
// is no part of it.
func TestThatClauseBeforeTheNarratorsMainClause(t *testing.T) {
	text := "Years after the governor famously claimed that the era of high taxes was over, his rival won the party's nomination by a wide margin."
	d := quoteDoc(t, text)
	FindQuotes(d)
	assert.Equal(t, []claim{{"claimed", "the governor", "that the era of high taxes was over"}}, reportedClaims(d))
}
