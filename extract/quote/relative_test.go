package quote

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// A cue in a relative clause whose pronoun is the subject of the clause
// reported reports that clause alone: the main clause around it and the
// sentence after are the narrator's, and a claim of the cue over it does
// not take it in, but for a relative its speaker voices again as a
// pronoun ("praised the goalkeeper, who he believes ..."): that goes on
// with the praise, as judge B read "blasted the system, which he said
// runs the risk ...".
func TestCueInARelativeClause(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []claim
	}{
		{"The new fees, which the mayor said will start in May, will not cover parking. They will, however, apply to bridges.",
			[]claim{{"said", "the mayor", "will start in May"}}},
		{"The parking charges, which officials said would rise next year, have angered drivers.",
			[]claim{{"said", "officials", "would rise next year"}}},
		{"The coach praised the goalkeeper, who he believes has saved the season.",
			[]claim{{"praised", "The coach", "the goalkeeper, who he believes has saved the season"}, {"believes", "he", "has saved the season"}}},
	} {
		d := quoteDoc(t, tc.text)
		FindQuotes(d)
		assert.Equal(t, tc.want, reportedClaims(d), tc.text)
	}
}

// A cue in an adverbial clause that opens the sentence reports up to the
// comma before the main clause, whatever the parser hung the main clause
// on; after "as" the main clause is the claim.
func TestCueInAnOpeningAdverbialClause(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []claim
	}{
		{"When she says the school is safe, parents do not believe her.",
			[]claim{{"says", "she", "the school is safe"}}},
		{"But because the minister claimed the bridge was sound, the engineers stopped their checks.",
			[]claim{{"claimed", "the minister", "the bridge was sound"}}},
	} {
		d := quoteDoc(t, tc.text)
		FindQuotes(d)
		assert.Equal(t, tc.want, reportedClaims(d), tc.text)
	}
}

// A verb phrase after "and" that cannot be part of what the cue reports
// is the narrator's: after a noun phrase the cue takes as its object, or
// a verb of speech, which reports a claim of its own.
func TestConjunctOfTheCue(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []claim
	}{
		{"The driver claimed innocence and was released on bail.",
			[]claim{{"claimed", "The driver", "innocence"}}},
		{"The minister admitted that the plan was costly and called the critics liars.",
			[]claim{{"admitted", "The minister", "that the plan was costly"}, {"called", "The minister", "the critics liars"}}},
	} {
		d := quoteDoc(t, tc.text)
		FindQuotes(d)
		assert.Equal(t, tc.want, reportedClaims(d), tc.text)
	}
}

// A "that" clause after an adjunct of the cue is what the cue reports,
// though a parser may hang it on the adjunct's noun as a clause of its
// own; a relative clause of that noun is not.
func TestThatClauseAfterTheCuesAdjunct(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []claim
	}{
		{"The coach argued for the third time that the referee had been unfair.",
			[]claim{{"argued", "The coach", "that the referee had been unfair"}}},
		{"The agency disclosed for the first time that some files had been lost.",
			[]claim{{"disclosed", "The agency", "that some files had been lost"}}},
	} {
		d := quoteDoc(t, tc.text)
		FindQuotes(d)
		assert.Equal(t, tc.want, reportedClaims(d), tc.text)
	}
}
