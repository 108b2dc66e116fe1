package event

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/stretchr/testify/assert"
)

// Factuality, seventh round (issue #16).

// An election or a debate that a verb to come takes part in lies ahead,
// however sure the verb; one told in the past, or the aim of a past act,
// stays as it was.
func TestOccasionOfActToComeIsAhead(t *testing.T) {
	d := parsed(t, "The two mayors may be running in the county election.", people)
	assert.Equal(t, "FUTURE", event(t, d, "election").Factuality.Time)
	d = parsed(t, "Kim Lund might not win the regional election.", people)
	assert.Equal(t, "FUTURE", event(t, d, "election").Factuality.Time)
	d = parsed(t, "Ola Berg will attend the debate with her brother.", people)
	assert.Equal(t, "FUTURE", event(t, d, "debate").Factuality.Time)
	d = parsed(t, "Ola Berg attended the debate with her brother.", people)
	assert.NotEqual(t, "FUTURE", event(t, d, "debate").Factuality.Time, "told in the past")
	d = parsed(t, "The two mayors competed in the regional election.", people)
	assert.NotEqual(t, "FUTURE", event(t, d, "election").Factuality.Time, "told in the past")
	d = parsed(t, "Farmers can vote in the regional primaries.", people)
	assert.NotEqual(t, "FUTURE", event(t, d, "primaries").Factuality.Time, "a series, some of it past")
}

// An act done to the subject that a verb of receiving takes ("win the
// nomination") is as sure as the verb and under its condition.
func TestReceivedActTakesItsVerbsMood(t *testing.T) {
	d := parsed(t, "If we win the nomination, the governor is finished.", people)
	assert.Equal(t, "COND_IF_CLAUSE", event(t, d, "nomination").Factuality.SpecialCases)
	d = parsed(t, "Kim Lund will probably clinch the party's nomination.", people)
	f := event(t, d, "nomination").Factuality
	assert.Equal(t, "FUTURE", f.Time)
	assert.Equal(t, "PROBABLE", f.Certainty)
	d = parsed(t, "Kim Lund clinched the party's nomination.", people)
	f = event(t, d, "nomination").Factuality
	assert.Equal(t, "", f.Time+f.Certainty+f.SpecialCases, "told as done")
}

// An "if any," the parser hangs on the full stop is still a hedge: the
// clause it stands in is no main clause of a condition. A condition the
// parser hangs so, with a verb after "if", still supposes.
func TestStrayIfAnyIsNoCondition(t *testing.T) {
	stray := "Ola/PROPN/NNP/3/nsubj Berg/PROPN/NNP/1/flat places/VERB/VBZ/0/root raw/ADJ/JJ/5/amod tables/NOUN/NNS/3/obj " +
		"online/ADV/RB/3/advmod with/ADP/IN/8/case few/ADJ/JJ/3/obl ,/PUNCT/,/18/punct if/SCONJ/IN/18/mark any/DET/DT/14/det " +
		",/PUNCT/,/11/punct visible/ADJ/JJ/14/amod efforts/NOUN/NNS/18/acl:relcl to/PART/TO/16/mark protect/VERB/VB/14/acl " +
		"names/NOUN/NNS/16/obj ./PUNCT/./3/advcl"
	d := tree(t, stray, "places=place efforts=effort protect=protect names=name tables=table", people)
	assert.Equal(t, "", event(t, d, "places").Factuality.SpecialCases)
	cond := strings.Replace(stray, "any/DET/DT/14/det ,/PUNCT/,/11/punct", "they/PRON/PRP/14/nsubj see/VERB/VBP/14/dep", 1)
	d = tree(t, cond, "places=place efforts=effort protect=protect names=name tables=table see=see", people)
	assert.Equal(t, "COND_MAIN_CLAUSE", event(t, d, "places").Factuality.SpecialCases, "a verb after if")
}

// "According to" a document that names its maker by a name before it, a
// participle's agent or a from-phrase: the maker reports what the clause
// tells; a document alone reports nothing.
func TestDocumentMakerReports(t *testing.T) {
	d := parsed(t, "Kim Lund sold the farm in May, according to new Vega Labs research.", people)
	assert.Equal(t, "Vega Labs", sourceName(t, d, "sold"))
	d = parsed(t, "Kim Lund sold the farm in May, according to a survey conducted by Nova Corp in June.", people)
	assert.Equal(t, "Nova Corp", sourceName(t, d, "sold"))
	d = parsed(t, "Kim Lund reveals a few odd facts: “Of its 900 farms, according to data from Vega Labs, 300 are for sale.”", people)
	assert.Equal(t, "", sourceName(t, d, "reveals"), "what follows the colon is the list's")
	d = parsed(t, "Kim Lund sold the farm in May, according to data from Vega Labs.", people)
	assert.Equal(t, "Vega Labs", sourceName(t, d, "sold"))
	d = parsed(t, "Kim Lund sold the farm in May, according to a survey.", people)
	assert.Equal(t, "", sourceName(t, d, "sold"))
}

// sourceName is the text of the mention on whose word the event of
// trigger is told, "" when none.
func sourceName(t *testing.T, d *doc.Document, trigger string) string {
	t.Helper()
	f := event(t, d, trigger).Factuality
	if !f.Reported || f.Source < 0 {
		return ""
	}
	return d.Mentions[f.Source].Text
}
