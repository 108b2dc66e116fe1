package event

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/stretchr/testify/assert"
)

var firms = map[string]doc.EntityType{"Halvard Steel": doc.Organization, "Marlow Freight": doc.Organization,
	"Pavel Dunn": doc.Person, "Oslo": doc.Place}

// openOf reads the open relations of a hand-checked tree as "holder
// lemma relative" strings.
func openOf(t *testing.T, items, lemmas string) []string {
	t.Helper()
	d := tree(t, items, lemmas, firms)
	FindOpenRelations(d)
	var out []string
	for _, r := range d.Relations {
		if r.Kind == "open" {
			assert.Equal(t, OpenConfidence, r.Confidence)
			out = append(out, d.Entities[d.Mentions[r.Holder].Entity].Name+" "+r.Type+" "+
				d.Entities[d.Mentions[r.Relative].Entity].Name)
		}
	}
	return out
}

func TestOpenRelationsReadSubjectVerbObject(t *testing.T) {
	assert.Equal(t, []string{"Halvard Steel supply Marlow Freight"},
		openOf(t, "Halvard/PROPN/NNP/2/compound Steel/PROPN/NNP/3/nsubj supplies/VERB/VBZ/0/root Marlow/PROPN/NNP/5/compound "+
			"Freight/PROPN/NNP/3/obj with/ADP/IN/7/case coils/NOUN/NNS/3/obl ./PUNCT/./3/punct", "supplies=supply"))
	assert.Equal(t, []string{"Halvard Steel sponsor Pavel Dunn"},
		openOf(t, "Pavel/PROPN/NNP/4/nsubj:pass Dunn/PROPN/NNP/1/flat was/AUX/VBD/4/aux:pass sponsored/VERB/VBN/0/root "+
			"by/ADP/IN/7/case Halvard/PROPN/NNP/7/compound Steel/PROPN/NNP/4/obl:agent ./PUNCT/./4/punct", "was=be sponsored=sponsor"),
		"a passive reads agent first")
	assert.Equal(t, []string{"Pavel Dunn work for Halvard Steel"},
		openOf(t, "Pavel/PROPN/NNP/3/nsubj Dunn/PROPN/NNP/1/flat works/VERB/VBZ/0/root for/ADP/IN/6/case "+
			"Halvard/PROPN/NNP/6/compound Steel/PROPN/NNP/3/obl ./PUNCT/./3/punct", "works=work"))
}

func TestOpenRelationsStateNothingUncertain(t *testing.T) {
	assert.Empty(t, openOf(t, "Marlow/PROPN/NNP/2/compound Freight/PROPN/NNP/5/nsubj did/AUX/VBD/5/aux not/PART/RB/5/advmod "+
		"renew/VERB/VB/0/root Halvard/PROPN/NNP/7/compound Steel/PROPN/NNP/5/obj ./PUNCT/./5/punct", "did=do"), "negated")
	assert.Empty(t, openOf(t, "Marlow/PROPN/NNP/2/compound Freight/PROPN/NNP/4/nsubj may/AUX/MD/4/aux "+
		"renew/VERB/VB/0/root Halvard/PROPN/NNP/6/compound Steel/PROPN/NNP/4/obj ./PUNCT/./4/punct", ""), "only possible")
	assert.Empty(t, openOf(t, "Halvard/PROPN/NNP/2/compound Steel/PROPN/NNP/3/nsubj acquired/VERB/VBD/0/root "+
		"Marlow/PROPN/NNP/5/compound Freight/PROPN/NNP/3/obj ./PUNCT/./3/punct", "acquired=acquire"), "an event frame has it")
	assert.Empty(t, openOf(t, "Pavel/PROPN/NNP/3/nsubj Dunn/PROPN/NNP/1/flat lived/VERB/VBD/0/root in/ADP/IN/5/case "+
		"Oslo/PROPN/NNP/3/obl ./PUNCT/./3/punct", "lived=live"), "a place after a preposition is where, not whom")
	assert.Empty(t, openOf(t, "Pavel/PROPN/NNP/3/nsubj Dunn/PROPN/NNP/1/flat thanked/VERB/VBD/0/root Marlow/PROPN/NNP/5/compound "+
		"Freight/PROPN/NNP/7/nmod:poss 's/PART/POS/5/case drivers/NOUN/NNS/3/obj ./PUNCT/./3/punct", "thanked=thank"),
		"the possessor is not the object")
	assert.Empty(t, openOf(t, "The/DET/DT/2/det chairman/NOUN/NN/3/nsubj thanked/VERB/VBD/0/root Marlow/PROPN/NNP/5/compound "+
		"Freight/PROPN/NNP/3/obj ./PUNCT/./3/punct", "thanked=thank"), "an unnamed holder is no graph node")
}
