package event

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Things: a subject or object that is no entity takes part as a noun
// phrase of its own.

func TestAnObjectThatIsNoEntityIsAThing(t *testing.T) {
	d := tree(t, "Nova/PROPN/NNP/2/compound Corp/PROPN/NNP/3/nsubj launched/VERB/VBD/0/root a/DET/DT/6/det "+
		"new/ADJ/JJ/6/amod tablet/NOUN/NN/3/obj ./PUNCT/./3/punct", "launched=launch", people)
	ev := event(t, d, "launched")
	assert.Equal(t, map[string]string{"Nova Corp": "Arg0", "a new tablet": "Arg1"}, roles(d, ev))
	for _, a := range ev.Args {
		m := d.Mentions[a.Mention]
		if m.Text == "a new tablet" {
			assert.Equal(t, doc.Nominal, m.Kind)
			e := d.Entities[m.Entity]
			assert.Equal(t, doc.Other, e.Type)
			assert.True(t, strings.HasPrefix(e.ID, thingKind+"-"), "a document-local id: %s", e.ID)
		}
	}
}

func TestAPassiveSubjectThingUndergoesTheEvent(t *testing.T) {
	d := tree(t, "Nine/NUM/CD/2/nummod tablets/NOUN/NNS/5/nsubj:pass will/AUX/MD/5/aux be/AUX/VB/5/aux:pass "+
		"closed/VERB/VBN/0/root by/ADP/IN/8/case Vega/PROPN/NNP/8/compound Labs/PROPN/NNPS/5/obl:agent ./PUNCT/./5/punct",
		"tablets=tablet be=be closed=close", people)
	assert.Equal(t, map[string]string{"Nine tablets": "Arg1", "Vega Labs": "Arg0"}, roles(d, event(t, d, "closed")))
}

func TestARelativePronounStandsForItsThing(t *testing.T) {
	d := tree(t, "the/DET/DT/2/det tablets/NOUN/NNS/0/root which/PRON/WDT/5/obj Nova/PROPN/NNP/5/nsubj sold/VERB/VBD/2/acl:relcl",
		"tablets=tablet sold=sell", map[string]doc.EntityType{"Nova": doc.Organization})
	assert.Equal(t, map[string]string{"Nova": "Arg0", "the tablets which Nova sold": "Arg1"}, roles(d, event(t, d, "sold")))
}

func TestAbstractNounsAmountsAndPeopleAreNoThings(t *testing.T) {
	d := tree(t, "Public/ADJ/JJ/2/amod confidence/NOUN/NN/3/nsubj hurt/VERB/VBD/0/root Vega/PROPN/NNP/5/compound "+
		"Labs/PROPN/NNPS/3/obj ./PUNCT/./3/punct", "hurt=hurt", people)
	assert.Equal(t, map[string]string{"Vega Labs": "Arg1"}, roles(d, event(t, d, "hurt")),
		"confidence is a state in WordNet's first sense: as a subject, no thing")

	d = tree(t, "Nova/PROPN/NNP/2/compound Corp/PROPN/NNP/3/nsubj gained/VERB/VBD/0/root twelve/NUM/CD/5/nummod "+
		"percent/NOUN/NN/3/obj ./PUNCT/./3/punct", "gained=gain", people)
	assert.Equal(t, map[string]string{"Nova Corp": "Arg1"}, roles(d, event(t, d, "gained")), "an amount is no thing")

	d = tree(t, "Smugglers/NOUN/NNS/2/nsubj robbed/VERB/VBD/0/root Vega/PROPN/NNP/4/compound Labs/PROPN/NNPS/2/obj ./PUNCT/./2/punct",
		"robbed=rob", people)
	assert.Equal(t, map[string]string{"Vega Labs": "Arg1"}, roles(d, event(t, d, "robbed")),
		"smugglers are people the mention stage left, not things")
}

func TestAThingAloneKeepsNoOpenEvent(t *testing.T) {
	d := tree(t, "The/DET/DT/2/det tablet/NOUN/NN/3/nsubj weighs/VERB/VBZ/0/root little/ADJ/JJ/3/obj ./PUNCT/./3/punct",
		"weighs=weigh", people)
	assert.False(t, hasEvent(d, "weighs"), "an open predicate needs an entity of the earlier stages")
	for _, e := range d.Entities {
		if strings.HasPrefix(e.ID, thingKind+"-") {
			assert.Empty(t, e.Mentions, "the thing of a dropped event is no entity: %s", e.Name)
		}
	}
}

func TestACapitalisedWordIsAThingOnlyInAProductsShape(t *testing.T) {
	d := tree(t, "Nova/PROPN/NNP/2/compound Corp/PROPN/NNP/3/nsubj unveiled/VERB/VBD/0/root the/DET/DT/5/det "+
		"zPad/PROPN/NNP/3/obj ./PUNCT/./3/punct", "unveiled=unveil", people)
	require.Contains(t, roles(d, event(t, d, "unveiled")), "the zPad")

	d = tree(t, "Nova/PROPN/NNP/2/compound Corp/PROPN/NNP/3/nsubj hired/VERB/VBD/0/root Tamsin/PROPN/NNP/3/obj ./PUNCT/./3/punct",
		"hired=hire", people)
	assert.Equal(t, map[string]string{"Nova Corp": "Arg0"}, roles(d, event(t, d, "hired")),
		"a name the name stage missed is no thing")
}

func TestADescriptionOfANamedEntityIsNoThing(t *testing.T) {
	d := tree(t, "Vega/PROPN/NNP/2/compound Labs/PROPN/NNPS/3/nsubj thanked/VERB/VBD/0/root the/DET/DT/5/det "+
		"labs/NOUN/NNS/3/obj ./PUNCT/./3/punct", "thanked=thank", people)
	assert.Equal(t, map[string]string{"Vega Labs": "Arg0"}, roles(d, event(t, d, "thanked")),
		"'the labs' names Vega Labs again: coreference's to find, no thing")
}

func TestACapitalisedBareSingularOpeningASentenceIsAName(t *testing.T) {
	d := tree(t, "Marsh/NOUN/NN/2/nsubj sold/VERB/VBD/0/root the/DET/DT/4/det boat/NOUN/NN/2/obj ./PUNCT/./2/punct",
		"sold=sell", people)
	assert.Equal(t, map[string]string{"the boat": "Arg1"}, roles(d, event(t, d, "sold")),
		"a singular count noun needs a determiner: 'Marsh' is a name the name stage missed")

	d = tree(t, "Tablets/NOUN/NNS/2/nsubj fell/VERB/VBD/0/root sharply/ADV/RB/2/advmod ./PUNCT/./2/punct", "Tablets=tablet fell=fall", people)
	assert.Equal(t, map[string]string{"Tablets": "Arg1"}, roles(d, event(t, d, "fell")), "a bare plural opening a sentence")
}

func TestTheThatOfAContentClauseStandsForNoThing(t *testing.T) {
	d := tree(t, "Eva/PROPN/NNP/3/nsubj Stone/PROPN/NNP/1/flat welcomed/VERB/VBD/0/root the/DET/DT/5/det news/NOUN/NN/3/obj "+
		"that/PRON/WDT/9/obj Tom/PROPN/NNP/9/nsubj Hale/PROPN/NNP/7/flat resigned/VERB/VBD/5/acl:relcl ./PUNCT/./3/punct",
		"welcomed=welcome resigned=resign", people)
	assert.Equal(t, map[string]string{"Tom Hale": "Arg0"}, roles(d, event(t, d, "resigned")),
		"the parse took 'that' for a relative pronoun: the news is not what he resigned")
}

func TestAnIdiomsObjectIsNoThing(t *testing.T) {
	d := tree(t, "Nova/PROPN/NNP/2/compound Corp/PROPN/NNP/3/nsubj took/VERB/VBD/0/root advantage/NOUN/NN/3/obj "+
		"of/ADP/IN/7/case the/DET/DT/7/det rules/NOUN/NNS/4/nmod ./PUNCT/./3/punct", "took=take rules=rule", people)
	for _, m := range d.Mentions {
		assert.NotContains(t, m.Text, "advantage", "\"took advantage\" is an idiom: its noun names no thing")
	}
}
