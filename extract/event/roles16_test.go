package event

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestPossessorOfAnActDoneToSomeone(t *testing.T) {
	// "Kim Lund's nomination": Kim Lund is nominated
	d := tree(t, "Ola/PROPN/NNP/3/nsubj Berg/PROPN/NNP/1/flat praised/VERB/VBD/0/root Kim/PROPN/NNP/7/nmod:poss "+
		"Lund/PROPN/NNP/4/flat 's/PART/POS/4/case nomination/NOUN/NN/3/obj ./PUNCT/./3/punct", "praised=praise", people)
	assert.Equal(t, map[string]string{"Kim Lund": "Arg1"}, roles(d, event(t, d, "nomination")))

	// with an of-phrase the possessor nominates
	d = tree(t, "Ola/PROPN/NNP/4/nmod:poss Berg/PROPN/NNP/1/flat 's/PART/POS/1/case nomination/NOUN/NN/8/nsubj "+
		"of/ADP/IN/6/case Kim/PROPN/NNP/4/nmod Lund/PROPN/NNP/6/flat surprised/VERB/VBD/0/root us/PRON/PRP/8/obj "+
		"./PUNCT/./8/punct", "surprised=surprise", people)
	assert.Equal(t, map[string]string{"Ola Berg": "Arg0", "Kim Lund": "Arg1"}, roles(d, event(t, d, "nomination")))
}

func TestOwnedActsInThePluralAreTheOwnersToMake(t *testing.T) {
	d := tree(t, "Kim/PROPN/NNP/4/nmod:poss Lund/PROPN/NNP/1/flat 's/PART/POS/1/case nominations/NOUN/NNS/5/nsubj "+
		"stalled/VERB/VBD/0/root ./PUNCT/./5/punct", "nominations=nomination stalled=stall", people)
	assert.Equal(t, "Arg0", roles(d, event(t, d, "nominations"))["Kim Lund"])
}

func TestABodysNominationIsItsToGive(t *testing.T) {
	d := tree(t, "Kim/PROPN/NNP/3/nsubj Lund/PROPN/NNP/1/flat won/VERB/VBD/0/root Vega/PROPN/NNP/5/compound "+
		"Labs/PROPN/NNPS/7/nmod:poss 's/PART/POS/5/case nomination/NOUN/NN/3/obj ./PUNCT/./3/punct", "won=win", people)
	assert.Equal(t, "Arg0", roles(d, event(t, d, "nomination"))["Vega Labs"])
}

func TestOwnedRallyIsHeld(t *testing.T) {
	d := tree(t, "Kim/PROPN/NNP/4/nmod:poss Lund/PROPN/NNP/1/flat 's/PART/POS/1/case rally/NOUN/NN/5/nsubj "+
		"drew/VERB/VBD/0/root thousands/NOUN/NNS/5/obj ./PUNCT/./5/punct", "thousands=thousand", people)
	assert.Equal(t, map[string]string{"Kim Lund": "Arg0"}, roles(d, event(t, d, "rally")))
}

func TestNamingVerbWithTwoObjects(t *testing.T) {
	// the parse takes "Kim Lund" and "a traitor" for two objects: Kim Lund is branded, a traitor the brand
	d := tree(t, "Ola/PROPN/NNP/3/nsubj Berg/PROPN/NNP/1/flat branded/VERB/VBD/0/root Kim/PROPN/NNP/3/iobj "+
		"Lund/PROPN/NNP/4/flat a/DET/DT/7/det traitor/NOUN/NN/3/obj ./PUNCT/./3/punct", "branded=brand", people)
	r := roles(d, event(t, d, "branded"))
	assert.Equal(t, map[string]string{"Ola Berg": "Arg0", "Kim Lund": "Arg1"}, r, "a traitor is no entity here")

	// a giving verb keeps its receiver
	d = tree(t, "Ola/PROPN/NNP/3/nsubj Berg/PROPN/NNP/1/flat sent/VERB/VBD/0/root Kim/PROPN/NNP/3/iobj "+
		"Lund/PROPN/NNP/4/flat a/DET/DT/7/det letter/NOUN/NN/3/obj ./PUNCT/./3/punct", "sent=send", people)
	assert.Equal(t, "Arg2", roles(d, event(t, d, "sent"))["Kim Lund"])
}

func TestEnoughForTheRecipientsGoal(t *testing.T) {
	// "denied Kim Lund enough votes to win": Kim Lund would have won, not the one who denied them
	d := tree(t, "Ola/PROPN/NNP/3/nsubj Berg/PROPN/NNP/1/flat denied/VERB/VBD/0/root Kim/PROPN/NNP/3/iobj Lund/PROPN/NNP/4/flat "+
		"enough/ADJ/JJ/7/amod votes/NOUN/NNS/3/obj to/PART/TO/9/mark win/VERB/VB/3/advcl ./PUNCT/./3/punct",
		"denied=deny votes=vote", people)
	assert.Equal(t, map[string]string{"Kim Lund": "Arg0"}, roles(d, event(t, d, "win")))
}
