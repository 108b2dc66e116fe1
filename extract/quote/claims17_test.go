package quote

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A partial quotation's subject stands before the opening mark even when
// the tagger leaves the quoted verb a bare form or a participle, and the
// parser hangs the attribution's cue on it.
func TestPartialQuoteKeepsItsSubject(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{`The players "simply trust each other," the coach said.`, `The players "simply trust each other,"`},
		{`They "clearly liked each other," Ms. Park said.`, `They "clearly liked each other,"`},
	} {
		d := quoteDoc(t, tc.text)
		FindQuotes(d)
		qs := directQuotes(d)
		require.Len(t, qs, 1, tc.text)
		assert.Equal(t, []string{tc.want}, contentTexts(d, qs[0]), tc.text)
	}
}

// A short quoted sentence with its own full stop after an attributed
// quotation goes on with it.
func TestShortQuotedSentenceContinues(t *testing.T) {
	text := `"The trip was long," the driver said. "Too long."`
	d := quoteDoc(t, text)
	FindQuotes(d)
	qs := directQuotes(d)
	require.Len(t, qs, 1)
	assert.Equal(t, []string{`"The trip was long,"`, `"Too long."`}, contentTexts(d, qs[0]))
}

// The one a direct quotation is told to is its addressee, a common noun
// or a "to" phrase the word order does not read as a name.
func TestDirectQuoteAddressee(t *testing.T) {
	for _, tc := range []struct{ text, addr string }{
		{`"We lost the vote," he told aides.`, "aides"},
		{`"The rules are unfair," the minister complained to a reporter.`, "a reporter"},
	} {
		d := quoteDoc(t, tc.text)
		m := addTestMention(t, d, tc.addr, doc.Nominal)
		FindQuotes(d)
		qs := directQuotes(d)
		require.Len(t, qs, 1, tc.text)
		assert.Equal(t, m, qs[0].Addressee, tc.text)
	}
}

// A noun phrase set off at the end of a reported clause and hung on its
// predicate is the writer's gloss, not what was said.
func TestGlossIsNoContent(t *testing.T) {
	for _, tc := range []struct {
		text string
		want claim
	}{
		{"She said she joined the club because it was cheap — something her parents liked.",
			claim{"said", "She", "she joined the club because it was cheap"}},
		{"A quarter said they had no plan, a higher share than in earlier surveys.",
			claim{"said", "A quarter", "they had no plan"}},
	} {
		d := quoteDoc(t, tc.text)
		FindQuotes(d)
		assert.Equal(t, []claim{tc.want}, reportedClaims(d), tc.text)
	}
}

// A claim in an adverbial clause that opens the sentence ends before the
// main clause, after a scare quote closed past its comma too.
func TestClaimEndsBeforeMainClauseAfterScareQuote(t *testing.T) {
	text := `When the chief said that his officers had found no "clear proof" that the files had been "taken," both lawyers and reporters knew what he meant.`
	d := quoteDoc(t, text)
	FindQuotes(d)
	got := reportedClaims(d)
	require.Len(t, got, 1)
	assert.NotContains(t, got[0].content, "lawyers")
	assert.Contains(t, got[0].content, "that his officers had found")
}

// A passive finding in a condition, a passive oath and the marker "That
// said," claim nothing; the sentence after the marker keeps its own claim.
func TestGrammaticalNonClaims(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []claim
	}{
		{"The plan was to impose sanctions on the company if it was found to hide its losses.", nil},
		{"Guests at the lodge were sworn to silence about the meeting.", nil},
		{"That said, most voters believe the economy is improving.",
			[]claim{{"believe", "most voters", "the economy is improving"}}},
		{"But this said, most voters believe the economy is improving.",
			[]claim{{"believe", "most voters", "the economy is improving"}}},
	} {
		d := quoteDoc(t, tc.text)
		FindQuotes(d)
		assert.Equal(t, tc.want, reportedClaims(d), tc.text)
	}
}

// A title in quotation marks set off after its noun is no quotation.
func TestApposedTitleIsNoQuote(t *testing.T) {
	text := `In her memoir, "Born to Run Again," and in an interview, the singer said the tour was hard.`
	d := quoteDoc(t, text)
	FindQuotes(d)
	assert.Empty(t, directQuotes(d))
}

// "agree" inverts with its subject after a quotation like "say".
func TestInvertedAgree(t *testing.T) {
	text := `"We can do better," agrees Tom Harris, a local farmer.`
	d := quoteDoc(t, text, "Tom Harris")
	FindQuotes(d)
	qs := directQuotes(d)
	require.Len(t, qs, 1)
	assert.Equal(t, "Tom Harris", speakerText(d, qs[0]))
}

// A name with an "of" phrase that places it speaks, not the place; a
// relative clause holding the cue is no part of who speaks.
func TestSpeakerHeads(t *testing.T) {
	d := quoteDoc(t, "Shortly after the vote, Rep. Anna Berg of Maine, now a candidate for governor, proposed a law that would cap rents.",
		"Anna Berg", "Maine")
	FindQuotes(d)
	got := reportedClaims(d)
	require.Len(t, got, 1)
	assert.Equal(t, "Anna Berg", got[0].speaker)

	d = quoteDoc(t, "The mayor appointed a judge who had accused the police of bias.")
	whole := addTestMention(t, d, "a judge who had accused the police of bias", doc.Nominal)
	who := addTestMention(t, d, "who", doc.Pronoun)
	d.Mentions[whole].Entity, d.Mentions[who].Entity = 0, 0
	FindQuotes(d)
	require.Len(t, d.Quotes, 1)
	assert.Equal(t, who, d.Quotes[0].Speaker)
}

// Content runs on where the parse splits it: a second "that" clause after
// a comma, the clause an "according to" with an apposition interrupts,
// and a relative the speaker voices again.
func TestContentRunsOn(t *testing.T) {
	for _, tc := range []struct {
		text string
		want claim
	}{
		{"The mayor argued that her budget plan is much cheaper than the old one, and that it will pass the council easily.",
			claim{"argued", "The mayor", "that her budget plan is much cheaper than the old one, and that it will pass the council easily"}},
		{"Behind the delay, according to Ruth Adler, a union lawyer, was a choice by the owners to stall the talks.",
			claim{"according to", "Ruth Adler", "Behind the delay | was a choice by the owners to stall the talks"}},
	} {
		d := quoteDoc(t, tc.text)
		FindQuotes(d)
		assert.Equal(t, []claim{tc.want}, reportedClaims(d), tc.text)
	}
	text := "The senator criticized the new tax code, which he said favors large companies over families."
	d := quoteDoc(t, text)
	FindQuotes(d)
	assert.Equal(t, []claim{
		{"criticized", "The senator", "the new tax code, which he said favors large companies over families"},
		{"said", "he", "favors large companies over families"},
	}, reportedClaims(d))
}

// A participle aside after a dash is the writer's; a dash that closes an
// aside, or a phrase that opens with "including", goes on with the claim.
func TestDashAsides(t *testing.T) {
	for _, tc := range []struct {
		text string
		want claim
	}{
		{`Veteran organizers say there is a gain from local radio when touring the northern towns — known there as "the long loop" since the 1980s.`,
			claim{"say", "Veteran organizers", "there is a gain from local radio when touring the northern towns"}},
		{"Critics said the loud — and often rude — debate has become a feature of the race.",
			claim{"said", "Critics", "the loud — and often rude — debate has become a feature of the race"}},
	} {
		d := quoteDoc(t, tc.text)
		FindQuotes(d)
		assert.Equal(t, []claim{tc.want}, reportedClaims(d), tc.text)
	}
}

// A title's words hold no cue.
func TestTitleHoldsNoCue(t *testing.T) {
	d := quoteDoc(t, `He hosted a cooking podcast, "The Midnight Show," where his voice took on a softer tone.`)
	FindQuotes(d)
	assert.Empty(t, d.Quotes)
}

// The second dash of a pair closes an aside; no gloss opens after it.
func TestClosingDash(t *testing.T) {
	d := quoteDoc(t, "Critics said the loud — and often rude — debate has become a feature — a word they chose.")
	c := newQCtx(d)
	var dashes []bool
	for k := range d.Tokens {
		if doc.IsDash(c.low[k]) {
			dashes = append(dashes, c.closingDash(k))
		}
	}
	assert.Equal(t, []bool{false, true, false}, dashes)
}

// The phrase a parser hangs on a cue of intent right after its
// infinitive goes on with the infinitive; a participle of speech in it
// reports a claim of its own.
func TestInfinitiveGoesOn(t *testing.T) {
	d := quoteDoc(t, "Maria Lopez promised on Monday to refrain from using the term “tax hike” during the rest of the debate, saying she had made a “bad choice of words” at an earlier rally.")
	FindQuotes(d)
	got := reportedClaims(d)
	require.NotEmpty(t, got)
	assert.Equal(t, claim{"promised", "Maria Lopez", "to refrain from using the term “tax hike” during the rest of the debate"}, got[0])
}

// A second predicate a parser hangs on a naming cue goes on with the
// first.
func TestSecondPredicateOfNaming(t *testing.T) {
	d := quoteDoc(t, `The mayor's spokesman replied on Twitter, calling the governor's plan "reckless" and "cruel."`)
	FindQuotes(d)
	got := reportedClaims(d)
	require.Len(t, got, 1)
	assert.Equal(t, `the governor's plan "reckless" and "cruel."`, got[0].content)
}

// A count the speaker opens with "one" goes on in the next sentence when
// that one continues it with "Another" and has no speaker of its own.
func TestCountGoesOnInNextSentence(t *testing.T) {
	d := quoteDoc(t, "Jane Roe, a former mayor, said one big task for the towns will be to find out how they plan to pay for the new roads. Another is deciding who will run the work.\n\nThe mayor said one problem is the cost. Another is that nobody wants the plant, a neighbor said.")
	FindQuotes(d)
	assert.Equal(t, []claim{
		{"said", "Jane Roe", "one big task for the towns will be to find out how they plan to pay for the new roads | Another is deciding who will run the work"},
		{"said", "The mayor", "one problem is the cost"},
		{"said", "a neighbor", "Another is that nobody wants the plant"},
	}, reportedClaims(d))
}

// A reciprocal alone is no content, like a reflexive.
func TestReciprocalIsNoContent(t *testing.T) {
	d := quoteDoc(t, "The senators praised each other after the vote.")
	FindQuotes(d)
	assert.Empty(t, reportedClaims(d))
}

// An intending cue's object is the subject of what it intends: "want the
// mayor to resign" wants the mayor to resign; a promise's object is who it
// was made to.
func TestIntendedWithItsSubject(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []claim
	}{
		{"Most residents want the mayor to resign.", []claim{{"want", "Most residents", "the mayor to resign"}}},
		{"The governor promised voters to cut taxes.", []claim{{"promised", "The governor", "to cut taxes"}}},
		{"Most residents want to leave.", []claim{{"want", "Most residents", "to leave"}}},
	} {
		d := quoteDoc(t, tc.text)
		FindQuotes(d)
		assert.Equal(t, tc.want, reportedClaims(d), tc.text)
	}
}

// A cue after a comma with a name after it that ends the sentence is
// inverted: the name speaks ("..., writes Tom Hale"), it is not what is
// said; after a quotation already given its speaker, no claim of the
// quotation's words is left to it. A speaker is never its own content.
func TestInvertedSpeakerAfterTheClause(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []claim
	}{
		{"The council will vote on the plan next week, writes Tom Hale.",
			[]claim{{"writes", "Tom Hale", "The council will vote on the plan next week"}}},
		{"\u201cWe will not back down,\u201d said Ana Ruiz, director of the Tenants Union, reports the Daily Ledger.", nil},
		{"The council praised the plan, thanked Tom Hale and left.", []claim{{"praised", "The council", "the plan"}}},
	} {
		d := quoteDoc(t, tc.text)
		FindQuotes(d)
		assert.Equal(t, tc.want, reportedClaims(d), tc.text)
	}
}

// A participle under "have" with no "been" is no verb of saying: "have
// admitting privileges" names a right, nothing admitted.
func TestHaveWithParticipleIsNoCue(t *testing.T) {
	d := quoteDoc(t, "Surgeons at the two clinics have admitting privileges at the county hospital.")
	FindQuotes(d)
	assert.Empty(t, reportedClaims(d))
	d = quoteDoc(t, "The surgeons have been admitting mistakes in their reports.")
	FindQuotes(d)
	assert.Equal(t, []claim{{"admitting", "The surgeons", "mistakes"}}, reportedClaims(d))
}

// A clause of saying after a colon does not report the label before it
// ("Update: ..."); a quotation before the colon is what is said.
func TestLabelBeforeColonIsNoContent(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []claim
	}{
		{"The Latest: Clinton tells voters she will fight for them.",
			[]claim{{"tells", "Clinton", "she will fight for them"}}},
	} {
		d := quoteDoc(t, tc.text)
		FindQuotes(d)
		assert.Equal(t, tc.want, reportedClaims(d), tc.text)
	}
}
