package mention

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/stretchr/testify/assert"
)

// The coda of "there is" is the clause's, not the pivot's noun phrase.

func TestAnExistentialsParticipleIsNotThePivots(t *testing.T) {
	d := doctest.Tree(t, "There/PRON/EX/2/expl were/VERB/VBD/0/root four/NUM/CD/4/nummod guards/NOUN/NNS/2/nsubj "+
		"hurt/VERB/VBN/4/acl in/ADP/IN/8/case the/DET/DT/8/det blast/NOUN/NN/5/obl ./PUNCT/./2/punct")
	d.Words[1].Lemma = "be"
	assert.Equal(t, "four guards", phraseOf(t, d, "guards", 0))
}

func TestAnExistentialsPlaceAfterTheOfComplementIsNotThePivots(t *testing.T) {
	d := doctest.Tree(t, "There/PRON/EX/2/expl was/VERB/VBD/0/root a/DET/DT/4/det queue/NOUN/NN/2/nsubj "+
		"of/ADP/IN/6/case buyers/NOUN/NNS/4/nmod at/ADP/IN/9/case the/DET/DT/9/det door/NOUN/NN/6/nmod ./PUNCT/./2/punct")
	d.Words[1].Lemma = "be"
	assert.Equal(t, "a queue of buyers", phraseOf(t, d, "queue", 0))
}

func TestAPlaceBeforeARelativeClauseStaysInThePivot(t *testing.T) {
	d := doctest.Tree(t, "There/PRON/EX/2/expl are/VERB/VBP/0/root farmers/NOUN/NNS/2/nsubj in/ADP/IN/5/case "+
		"Kent/PROPN/NNP/3/nmod who/PRON/WP/7/nsubj object/VERB/VBP/3/acl:relcl ./PUNCT/./2/punct")
	d.Words[1].Lemma = "be"
	assert.Equal(t, "farmers in Kent who object", phraseOf(t, d, "farmers", 0))
}

func TestAPlaceOnASubjectOfAnotherVerbStays(t *testing.T) {
	d := doctest.Tree(t, "Farmers/NOUN/NNS/4/nsubj in/ADP/IN/3/case Kent/PROPN/NNP/1/nmod object/VERB/VBP/0/root ./PUNCT/./4/punct")
	assert.Equal(t, "Farmers in Kent", phraseOf(t, d, "Farmers", 0))
}

func TestAClauseOfTheComplementStaysAfterANounThatIsNoQuantity(t *testing.T) {
	// "being fined" is the complement's clause, which the parse hung on "risk".
	d := doctest.Tree(t, "There/PRON/EX/2/expl is/VERB/VBZ/0/root a/DET/DT/4/det risk/NOUN/NN/2/nsubj of/ADP/IN/6/case "+
		"drivers/NOUN/NNS/4/nmod being/AUX/VBG/8/aux:pass fined/VERB/VBN/4/acl ./PUNCT/./2/punct")
	d.Words[1].Lemma = "be"
	assert.Equal(t, "a risk of drivers being fined", phraseOf(t, d, "risk", 0))
}

func TestAQuestionAfterAPrepositionIsNoPlace(t *testing.T) {
	d2 := doctest.Tree(t, "There/PRON/EX/2/expl is/VERB/VBZ/0/root doubt/NOUN/NN/2/nsubj in/ADP/IN/6/case "+
		"which/DET/WDT/6/det towns/NOUN/NNS/3/nmod ./PUNCT/./2/punct")
	d2.Words[1].Lemma = "be"
	assert.Equal(t, "doubt in which towns", phraseOf(t, d2, "doubt", 0))
}

func TestAQuestionWordDeeperInThePhraseIsNoPlaceEither(t *testing.T) {
	d := doctest.Tree(t, "There/PRON/EX/2/expl is/VERB/VBZ/0/root doubt/NOUN/NN/2/nsubj in/ADP/IN/7/case "+
		"how/ADV/WRB/6/advmod many/ADJ/JJ/7/amod towns/NOUN/NNS/3/nmod ./PUNCT/./2/punct")
	d.Words[1].Lemma = "be"
	assert.Equal(t, "doubt in how many towns", phraseOf(t, d, "doubt", 0))
}

func TestAVerbWithATenseIsNoCoda(t *testing.T) {
	// The parse hung "are counted" on "clarity"; it is a clause, not a participle.
	d := doctest.Tree(t, "There/PRON/EX/2/expl is/VERB/VBZ/0/root little/ADJ/JJ/4/amod clarity/NOUN/NN/2/nsubj "+
		"on/ADP/IN/6/case votes/NOUN/NNS/4/nmod are/AUX/VBP/8/aux:pass counted/VERB/VBN/4/acl ./PUNCT/./2/punct")
	d.Words[1].Lemma = "be"
	assert.Equal(t, "little clarity on votes are counted", phraseOf(t, d, "clarity", 0))
}
