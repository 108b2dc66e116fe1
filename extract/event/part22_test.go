package event

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/stretchr/testify/assert"
)

var part22Names = map[string]doc.EntityType{"Ana Diaz": doc.Person, "Tom Reyes": doc.Person, "Ely Council": doc.Organization}

// A "that" tagged a conjunction but hung as the object of a relative
// clause stands for the noun the clause modifies.
func TestRelativeThatTaggedConjunction(t *testing.T) {
	d := tree(t, "Ana/PROPN/NNP/3/nsubj Diaz/PROPN/NNP/1/flat signed/VERB/VBD/0/root a/DET/DT/5/det petition/NOUN/NN/3/obj "+
		"that/SCONJ/IN/9/obj Ely/PROPN/NNP/8/compound Council/PROPN/NNP/9/nsubj rejected/VERB/VBD/5/acl:relcl ./PUNCT/./3/punct",
		"signed=sign rejected=reject", part22Names)
	assert.Equal(t, map[string]string{"Ely Council": "Arg0", "a petition that Ely Council rejected": "Arg1"},
		roles(d, event(t, d, "rejected")), "the petition is what the council rejected")

	// the same tag and relation as the subject: the noun does it
	d = tree(t, "Ana/PROPN/NNP/3/nsubj Diaz/PROPN/NNP/1/flat wrote/VERB/VBD/0/root a/DET/DT/5/det column/NOUN/NN/3/obj "+
		"that/SCONJ/IN/7/nsubj angered/VERB/VBD/5/acl:relcl Tom/PROPN/NNP/7/obj Reyes/PROPN/NNP/8/flat ./PUNCT/./3/punct",
		"wrote=write angered=anger", part22Names)
	assert.Equal(t, "Arg0", roles(d, event(t, d, "angered"))["a column that angered Tom Reyes"], "the column angered him")

	// after a content noun "that" opens what the noun holds: no participant
	d = tree(t, "Ana/PROPN/NNP/3/nsubj Diaz/PROPN/NNP/1/flat made/VERB/VBD/0/root an/DET/DT/5/det admission/NOUN/NN/3/obj "+
		"that/SCONJ/IN/9/obj Ely/PROPN/NNP/8/compound Council/PROPN/NNP/9/nsubj erred/VERB/VBD/5/acl:relcl ./PUNCT/./3/punct",
		"made=make erred=err", part22Names)
	for name := range roles(d, event(t, d, "erred")) {
		assert.NotContains(t, name, "admission", "the admission is no participant of erring")
	}

	// a verb with an object of its own has no gap for "that" to fill
	d = tree(t, "Ana/PROPN/NNP/3/nsubj Diaz/PROPN/NNP/1/flat read/VERB/VBD/0/root the/DET/DT/5/det letter/NOUN/NN/3/obj "+
		"that/SCONJ/IN/9/obj Ely/PROPN/NNP/8/compound Council/PROPN/NNP/9/nsubj sold/VERB/VBD/5/acl:relcl the/DET/DT/11/det "+
		"land/NOUN/NN/9/obj ./PUNCT/./3/punct",
		"read=read sold=sell", part22Names)
	assert.NotContains(t, roles(d, event(t, d, "sold")), "the letter that Ely Council sold the land", "the land is what was sold")
}

// A content noun's "that" that is the only subject of its clause is a
// relative pronoun: a content clause has a subject of its own.
func TestSubjectThatAfterContentNoun(t *testing.T) {
	d := tree(t, "Ana/PROPN/NNP/3/nsubj Diaz/PROPN/NNP/1/flat repeated/VERB/VBD/0/root the/DET/DT/5/det promise/NOUN/NN/3/obj "+
		"that/PRON/WDT/7/nsubj won/VERB/VBD/5/acl:relcl Tom/PROPN/NNP/7/iobj Reyes/PROPN/NNP/8/flat the/DET/DT/11/det "+
		"race/NOUN/NN/7/obj ./PUNCT/./3/punct",
		"repeated=repeat won=win", part22Names)
	assert.Equal(t, "Arg0", roles(d, event(t, d, "won"))["the promise that won Tom Reyes the race"], "the promise won him the race")
}

// A reflexive object is the subject in a second role.
func TestReflexiveObjectIsTheSubject(t *testing.T) {
	d := tree(t, "Ana/PROPN/NNP/3/nsubj Diaz/PROPN/NNP/1/flat blamed/VERB/VBD/0/root herself/PRON/PRP/3/obj for/ADP/IN/7/case "+
		"the/DET/DT/7/det delay/NOUN/NN/3/obl ./PUNCT/./3/punct", "blamed=blame", part22Names)
	ev := event(t, d, "blamed")
	var got []string
	for _, a := range ev.Args {
		got = append(got, a.Role+"="+d.Entities[d.Mentions[a.Mention].Entity].Name)
	}
	assert.Equal(t, []string{"Arg0=Ana Diaz", "Arg1=Ana Diaz"}, got, "she blames and is blamed")

	d = tree(t, "Ana/PROPN/NNP/4/nsubj and/CCONJ/CC/3/cc Tom/PROPN/NNP/1/conj distanced/VERB/VBD/0/root themselves/PRON/PRP/4/obj "+
		"from/ADP/IN/7/case Reyes/PROPN/NNP/4/obl ./PUNCT/./4/punct", "distanced=distance",
		map[string]doc.EntityType{"Ana": doc.Person, "Tom": doc.Person, "Reyes": doc.Person})
	ev = event(t, d, "distanced")
	n := 0
	for _, a := range ev.Args {
		if a.Role == "Arg1" {
			n++
		}
	}
	assert.Equal(t, 2, n, "both conjuncts distance themselves")
}

// A reflexive conjoined with another object keeps the other.
func TestReflexiveKeepsConjuncts(t *testing.T) {
	d := tree(t, "Ana/PROPN/NNP/3/nsubj Diaz/PROPN/NNP/1/flat defended/VERB/VBD/0/root herself/PRON/PRP/3/obj and/CCONJ/CC/6/cc "+
		"Tom/PROPN/NNP/4/conj Reyes/PROPN/NNP/6/flat ./PUNCT/./3/punct", "defended=defend", part22Names)
	r := roles(d, event(t, d, "defended"))
	assert.Equal(t, "Arg1", r["Tom Reyes"], "both are defended")
}

// The body one serves on and the thing one works on are participants
// (PropBank serve.01 Arg2, work.01 Arg1).
func TestServeOnAndWorkOn(t *testing.T) {
	d := tree(t, "Ana/PROPN/NNP/3/nsubj Diaz/PROPN/NNP/1/flat served/VERB/VBD/0/root on/ADP/IN/6/case Ely/PROPN/NNP/6/compound "+
		"Council/PROPN/NNP/3/obl ./PUNCT/./3/punct", "served=serve", part22Names)
	assert.Equal(t, "Arg2", roles(d, event(t, d, "served"))["Ely Council"], "the council she served on")

	d = tree(t, "Ana/PROPN/NNP/3/nsubj Diaz/PROPN/NNP/1/flat worked/VERB/VBD/0/root on/ADP/IN/5/case Tom/PROPN/NNP/3/obl "+
		"Reyes/PROPN/NNP/5/flat ./PUNCT/./3/punct", "worked=work", part22Names)
	assert.Equal(t, "Arg1", roles(d, event(t, d, "worked"))["Tom Reyes"], "what she worked on: his campaign, his case")
}
