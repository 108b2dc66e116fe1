package quote

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/stretchr/testify/assert"
)

// Verbs of support tell a stance, not speech: their object is no claim;
// nor a meeting called, a nominee confirmed, a name one is known by.
func TestStanceAndGoalAreNoClaims(t *testing.T) {
	for _, text := range []string{
		"Maria Lopez, a dentist who backed Senator Hale last year, gave money to the party.",
		"A group supporting three governors who have since left office ran the ads.",
		"The county clerk has endorsed the mayor.",
		"The council called an emergency meeting to discuss the flood.",
		"The Senate confirmed the nominee on Tuesday.",
		"He is better known as a fan of the Chicago Bears.",
	} {
		d := quoteDoc(t, text)
		FindQuotes(d)
		assert.Empty(t, reportedClaims(d), text)
	}
}

// A clause after "hope" is still held true by the one who hopes, and a
// naming verb with a predicate of its object still judges it.
func TestHopedClauseAndNamingWithPredicate(t *testing.T) {
	for _, tc := range []struct {
		text string
		want claim
	}{
		{"The coach hopes that the team will recover.", claim{"hopes", "The coach", "that the team will recover"}},
		{"The governor called the mayor a \"reckless\" leader.", claim{"called", "The governor", "the mayor a \"reckless\" leader"}},
		{"The city confirmed the closure of two schools.", claim{"confirmed", "The city", "the closure of two schools"}},
		{"The surgeon has been called a fraud by other doctors.", claim{"called", "other doctors", "a fraud"}},
		{"The mayor despises what he calls political correctness.", claim{"calls", "he", "political correctness"}},
		{"The columnist urged the electorate to abandon the outsiders.", claim{"urged", "The columnist", "the electorate to abandon the outsiders"}},
	} {
		d := quoteDoc(t, tc.text)
		FindQuotes(d)
		assert.Equal(t, []claim{tc.want}, reportedClaims(d), tc.text)
	}
}

// Verbs of desire and aim report their infinitive, as PolNeAR counts
// them; a finite clause the parse hung on a verb that takes none is the
// sentence's lost main clause, not what was wanted.
func TestDesireReportsItsInfinitive(t *testing.T) {
	for _, tc := range []struct {
		text string
		want claim
	}{
		{"Harris hoped to win the state.", claim{"hoped", "Harris", "to win the state"}},
		{"The union sought to delay the vote.", claim{"sought", "The union", "to delay the vote"}},
	} {
		d := quoteDoc(t, tc.text)
		FindQuotes(d)
		assert.Equal(t, []claim{tc.want}, reportedClaims(d), tc.text)
	}
	d := quoteDoc(t, "The senators who wanted to attend the summit could face a difficult choice.")
	FindQuotes(d)
	for _, c := range reportedClaims(d) {
		assert.NotContains(t, c.content, "could face", "the main clause is no aim of the senators")
	}
}

// "as she is known by her neighbors" names the subject; the claim is the
// main clause's, its speaker the subject, not the neighbors.
func TestKnownAsNamesNoSpeaker(t *testing.T) {
	d := quoteDoc(t, "Grandma Rose, as she is fondly known by her neighbors, described the festival as the best week of the year.", "Grandma Rose")
	FindQuotes(d)
	assert.Equal(t, []claim{{"described", "Grandma Rose", "the festival as the best week of the year"}}, reportedClaims(d))
}

// "all but four said" is said by all of the group but four.
func TestExceptiveQuantifierSpeaks(t *testing.T) {
	d := quoteDoc(t, "Of the 30 mayors contacted by the newspaper, all but four said the state should raise the gas tax.")
	FindQuotes(d)
	assert.Equal(t, []claim{{"said", "all but four", "the state should raise the gas tax"}}, reportedClaims(d))
}

// A cue in a relative clause whose gap is the reported clause's subject
// reports that clause, adverb and all.
func TestRelativeClaimAfterAdverb(t *testing.T) {
	d := quoteDoc(t, "The bridge, which city engineers claimed now carries twice the traffic, will close next month.")
	FindQuotes(d)
	assert.Equal(t, []claim{{"claimed", "city engineers", "now carries twice the traffic"}}, reportedClaims(d))
}

// "what they said was X": what they said it was is X, not the copula.
func TestFreeRelativeDropsGapCopula(t *testing.T) {
	d := quoteDoc(t, "The teachers also focused on what they said was the need to cut class sizes.")
	FindQuotes(d)
	assert.Equal(t, []claim{{"said", "they", "the need to cut class sizes"}}, reportedClaims(d))
}

// A relative pronoun that opens the cue's clause speaks for its
// antecedent: what shows is the list, not "that".
func TestRelativePronounSpeaksForItsNoun(t *testing.T) {
	d := quoteDoc(t, "The group released a list of donors that shows the fund has grown beyond one family.")
	FindQuotes(d)
	assert.Equal(t, []claim{{"shows", "a list of donors", "the fund has grown beyond one family"}}, reportedClaims(d))
}

// An "as" clause with its own subject says when the judging was done,
// not what the judged thing was said to be.
func TestTemporalAsIsNoPredicate(t *testing.T) {
	d := quoteDoc(t, "The council condemned the missile launch as the army fired three more rockets into the sea.")
	FindQuotes(d)
	assert.Equal(t, []claim{{"condemned", "The council", "the missile launch"}}, reportedClaims(d))
}

// A plural noun with a past participle after it, parsed as subject and
// finite verb, is the subject of the present-tense cue that follows.
func TestReducedRelativeSubjectSpeaks(t *testing.T) {
	d := quoteDoc(t, "Figures reported on Sunday now suggest that the mayor is the only candidate with money left.")
	FindQuotes(d)
	assert.Equal(t, []claim{{"suggest", "Figures", "that the mayor is the only candidate with money left"}}, reportedClaims(d))
}

// An adverbial clause a parser hung on a judged object as if it modified
// it ("condemned the launch | as the army fired rockets"), and what it
// hung on the object after that clause, tell when it was said, not what.
func TestAdverbialClauseOnObjectIsCut(t *testing.T) {
	d := doctest.Tree(t, "The/DET/DT/2/det council/NOUN/NN/3/nsubj condemned/VERB/VBD/0/root the/DET/DT/5/det "+
		"launch/NOUN/NN/3/obj as/SCONJ/IN/9/mark the/DET/DT/8/det army/NOUN/NN/9/nsubj fired/VERB/VBD/5/acl "+
		"rockets/NOUN/NNS/9/obj ,/PUNCT/,/13/punct which/PRON/WDT/13/nsubj worried/VERB/VBD/5/acl:relcl "+
		"Rome/PROPN/NNP/13/obj ./PUNCT/./3/punct")
	d.Words[2].Lemma, d.Words[8].Lemma, d.Words[12].Lemma = "condemn", "fire", "worry"
	FindQuotes(d)
	assert.Equal(t, []claim{{"condemned", "The council", "the launch"}}, reportedClaims(d))
}
