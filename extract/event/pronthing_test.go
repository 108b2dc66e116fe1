package event

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// A pronoun coreference left without an antecedent is still the
// participant its clause names.
func TestUnresolvedPronounIsAParticipant(t *testing.T) {
	d := parsed(t, "Nova Corp reviewed the report. Nova Corp later rejected it.", people)
	assert.Equal(t, map[string]string{"Nova Corp": "Arg0", "it": "Arg1"}, roles(d, event(t, d, "rejected")))

	d = parsed(t, "Kim Lund said the old treaty had always depended on it.", people)
	assert.Equal(t, map[string]string{"it": "Arg1"}, roles(d, event(t, d, "depended")), "a core preposition's pronoun")

	d = parsed(t, "The ferry slowed as it approached Oslo.", people)
	assert.Equal(t, "Arg0", roles(d, event(t, d, "approached"))["it"], "the subject of an adverbial clause")

	d = parsed(t, "Zeta Inc sold them to Ana Cruz.", people)
	assert.Equal(t, "Arg1", roles(d, event(t, d, "sold"))["them"])
}

// An expletive "it" names nothing.
func TestExpletiveItIsNoParticipant(t *testing.T) {
	d := parsed(t, "Kim Lund considered it unlikely that the plant would close.", people)
	assert.Equal(t, map[string]string{"Kim Lund": "Arg0"}, roles(d, event(t, d, "considered")), "an object before the complement it stands for")
	d = parsed(t, "Kim Lund found it hard to sell the plant.", people)
	assert.Equal(t, map[string]string{"Kim Lund": "Arg0"}, roles(d, event(t, d, "found")))

	d = parsed(t, "As Kim Lund put it, the deal was dead.", people)
	assert.NotContains(t, roles(d, event(t, d, "put")), "it", "an idiom")

	d = parsed(t, "It was reported that Nova Corp fired Ana Cruz.", people)
	for _, ev := range d.Events {
		assert.NotContains(t, roles(d, ev), "It", "the subject of a passive with its clause")
	}
}

// The subject "it" of a copula says what something is: no participant
// of the infinitive the predicate takes, nor of an event noun.
func TestCopularItIsNoParticipant(t *testing.T) {
	d := parsed(t, "It was a good chance to thank Kim Lund.", people)
	assert.Equal(t, map[string]string{"Kim Lund": "Arg1"}, roles(d, event(t, d, "thank")))

	d = parsed(t, "It amazes Kim Lund that the plant is still open.", people)
	assert.NotContains(t, roles(d, event(t, d, "amazes")), "It", "an extraposed clause")
}

// A to-infinitive after another complement is what "it" announces.
func TestItBeforeADelayedInfinitiveIsNoParticipant(t *testing.T) {
	d := tree(t, "It/PRON/PRP/2/nsubj costs/VERB/VBZ/0/root Kim/PROPN/NNP/2/iobj Lund/PROPN/NNP/3/flat $/SYM/$/2/obj "+
		"500/NUM/CD/5/nummod to/PART/TO/8/mark join/VERB/VB/2/advcl Vega/PROPN/NNP/8/obj Labs/PROPN/NNP/9/flat ./PUNCT/./2/punct",
		"costs=cost", people)
	assert.Equal(t, map[string]string{"Kim Lund": "Arg2"}, roles(d, event(t, d, "costs")))

	d = tree(t, "It/PRON/PRP/2/nsubj urged/VERB/VBD/0/root Kim/PROPN/NNP/2/obj Lund/PROPN/NNP/3/flat to/PART/TO/6/mark "+
		"resign/VERB/VB/2/xcomp ./PUNCT/./2/punct", "urged=urge", people)
	assert.Equal(t, "Arg0", roles(d, event(t, d, "urged"))["It"], "an object that controls the infinitive: \"it\" refers")
	d = tree(t, "It/PRON/PRP/2/nsubj allows/VERB/VBZ/0/root Kim/PROPN/NNP/2/obj Lund/PROPN/NNP/3/flat to/PART/TO/6/mark "+
		"resign/VERB/VB/2/xcomp ./PUNCT/./2/punct", "allows=allow", people)
	assert.Equal(t, "Arg0", roles(d, event(t, d, "allows"))["It"], "the open complement of a verb with an object")
}

// A subject inside a quotation is no argument of the verb that cites it,
// whatever the parse hung it on.
func TestQuotedItIsNoSubjectOfTheCitingVerb(t *testing.T) {
	d := tree(t, "“/PUNCT/``/6/punct It/PRON/PRP/6/nsubj failed/VERB/VBD/6/ccomp ,/PUNCT/,/6/punct ”/PUNCT/''/6/punct "+
		"added/VERB/VBD/0/root Kim/PROPN/NNP/6/obj Lund/PROPN/NNP/7/flat ./PUNCT/./6/punct", "added=add failed=fail", people)
	assert.NotContains(t, roles(d, event(t, d, "added")), "It")
}

// A body or place named last before an unresolved "it" is most likely
// what it stands for: coreference's to link, no thing of its own.
func TestItAfterANamedBodyStaysUnlinked(t *testing.T) {
	d := tree(t, "Vega/PROPN/NNP/3/nsubj Labs/PROPN/NNP/1/flat said/VERB/VBD/0/root it/PRON/PRP/5/nsubj sold/VERB/VBD/3/ccomp "+
		"Nova/PROPN/NNP/5/obj Corp/PROPN/NNP/6/flat ./PUNCT/./3/punct", "said=say sold=sell", people)
	assert.Equal(t, map[string]string{"Nova Corp": "Arg1"}, roles(d, event(t, d, "sold")))
}
