package mention

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/stretchr/testify/assert"
)

// A bare participle after the subject of a later verb is the noun's.

func TestABareParticipleOnTheSubjectOfACopulaIsTheNouns(t *testing.T) {
	d := doctest.Tree(t, "The/DET/DT/2/det delegates/NOUN/NNS/5/nsubj chosen/VERB/VBN/2/acl were/AUX/VBD/5/cop "+
		"farmers/NOUN/NNS/0/root ./PUNCT/./5/punct")
	assert.Equal(t, "The delegates chosen", phraseOf(t, d, "delegates", 0))
}

func TestABareParticipleOnAnObjectStaysOut(t *testing.T) {
	// "officials said the votes counted": the participle may be the clause's verb.
	d := doctest.Tree(t, "Officials/NOUN/NNS/2/nsubj saw/VERB/VBD/0/root the/DET/DT/4/det votes/NOUN/NNS/2/obj "+
		"counted/VERB/VBN/4/acl ./PUNCT/./2/punct")
	assert.Equal(t, "the votes", phraseOf(t, d, "votes", 0))
}
