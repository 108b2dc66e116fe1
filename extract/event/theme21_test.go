package event

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// An abstract noun that is a verb's direct object is the theme the
// event acts on (things.go abstractTheme).

func TestAnAbstractDirectObjectIsTheTheme(t *testing.T) {
	d := tree(t, "Vega/PROPN/NNP/2/compound Labs/PROPN/NNPS/3/nsubj restored/VERB/VBD/0/root public/ADJ/JJ/5/amod "+
		"confidence/NOUN/NN/3/obj ./PUNCT/./3/punct", "restored=restore", people)
	assert.Equal(t, map[string]string{"Vega Labs": "Arg0", "public confidence": "Arg1"}, roles(d, event(t, d, "restored")),
		"what was restored is the confidence, though the noun names a state")

	d = tree(t, "Vega/PROPN/NNP/2/compound Labs/PROPN/NNPS/3/nsubj scrapped/VERB/VBD/0/root the/DET/DT/5/det "+
		"requirement/NOUN/NN/3/obj and/CCONJ/CC/8/cc the/DET/DT/8/det process/NOUN/NN/5/conj ./PUNCT/./3/punct",
		"scrapped=scrap", people)
	assert.Equal(t, map[string]string{"Vega Labs": "Arg0", "the requirement": "Arg1", "the process": "Arg1"},
		roles(d, event(t, d, "scrapped")), "both conjoined objects are scrapped")
}

func TestASupportVerbsAbstractObjectIsNoTheme(t *testing.T) {
	d := tree(t, "Vega/PROPN/NNP/2/compound Labs/PROPN/NNPS/3/nsubj gave/VERB/VBD/0/root priority/NOUN/NN/3/obj "+
		"to/ADP/IN/7/case the/DET/DT/7/det rules/NOUN/NNS/3/obl ./PUNCT/./3/punct", "gave=give rules=rule", people)
	for _, m := range d.Mentions {
		assert.NotContains(t, m.Text, "priority", "a support verb's noun is no thing it acts on")
	}
}

func TestARoleThatIsPlayedIsNoTheme(t *testing.T) {
	d := tree(t, "Vega/PROPN/NNP/2/compound Labs/PROPN/NNPS/3/nsubj played/VERB/VBD/0/root a/DET/DT/6/det "+
		"central/ADJ/JJ/6/amod role/NOUN/NN/3/obj ./PUNCT/./3/punct", "played=play", people)
	for _, m := range d.Mentions {
		assert.NotContains(t, m.Text, "role", "\"played a role\" is an idiom: the role is no thing played")
	}
}

func TestThePrepositionalThemeOfAFrameIsAThing(t *testing.T) {
	d := tree(t, "Vega/PROPN/NNP/2/compound Labs/PROPN/NNPS/3/nsubj decided/VERB/VBD/0/root on/ADP/IN/6/case "+
		"a/DET/DT/6/det process/NOUN/NN/3/obl ./PUNCT/./3/punct", "decided=decide", people)
	assert.Equal(t, map[string]string{"Vega Labs": "Arg0", "a process": "Arg1"}, roles(d, event(t, d, "decided")),
		"what was decided on is the process")

	d = tree(t, "Vega/PROPN/NNP/2/compound Labs/PROPN/NNPS/3/nsubj sold/VERB/VBD/0/root tablets/NOUN/NNS/3/obj in/ADP/IN/7/case "+
		"the/DET/DT/7/det morning/NOUN/NN/3/obl ./PUNCT/./3/punct", "sold=sell tablets=tablet", people)
	assert.Equal(t, map[string]string{"Vega Labs": "Arg0", "tablets": "Arg1"}, roles(d, event(t, d, "sold")),
		"an oblique the frame gives no role of its own is no thing")
}

func TestAParentheticalAfterAThemesPrepositionIsNoThing(t *testing.T) {
	d := tree(t, "Vega/PROPN/NNP/2/compound Labs/PROPN/NNPS/7/nsubj ,/PUNCT/,/5/punct on/ADP/IN/5/case balance/NOUN/NN/7/obl "+
		",/PUNCT/,/5/punct decided/VERB/VBD/0/root quickly/ADV/RB/7/advmod ./PUNCT/./7/punct", "decided=decide", people)
	assert.NotContains(t, roles(d, event(t, d, "decided")), "balance")
	for _, m := range d.Mentions {
		assert.NotContains(t, m.Text, "balance", "\"on balance\" before the verb is parenthetical, nothing decided on")

		d = tree(t, "Vega/PROPN/NNP/2/compound Labs/PROPN/NNPS/3/nsubj decided/VERB/VBD/0/root on/ADP/IN/5/case "+
			"secrecy/NOUN/NN/3/obl ./PUNCT/./3/punct", "decided=decide", people)
		assert.Equal(t, map[string]string{"Vega Labs": "Arg0", "secrecy": "Arg1"}, roles(d, event(t, d, "decided")),
			"a bare noun after the verb is its theme")
	}
}
