package coref

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/stretchr/testify/assert"
)

func TestAKinNounTakesTheOnePlainNameWithTheOwnersSurname(t *testing.T) {
	d := doctest.Parsed(t, "Karen Lund opened the clinic in May. Her husband was at the ceremony. Peter Lund cut the ribbon.",
		map[string]doc.EntityType{"Karen Lund": doc.Person, "Peter Lund": doc.Person})
	resolve(d)
	assert.Equal(t, "Peter Lund", doctest.EntityOf(d, "Her husband", 0), "the only other Lund is her husband")
}

func TestAKinNounDoesNotTakeATitledNameWithTheSameSurname(t *testing.T) {
	d := doctest.Parsed(t, "Gov. Dale Brenner said his brother, a navy pilot, opposed the plan. Mayor Lou Brenner agreed with him.",
		map[string]doc.EntityType{"Dale Brenner": doc.Person, "Lou Brenner": doc.Person})
	resolve(d)
	assert.NotEqual(t, "Lou Brenner", doctest.EntityOf(d, "his brother", 0), "a mayor with the same surname is not thereby his brother")
	d = doctest.Parsed(t, "Fire captain Sam Holt said Nora Holt was injured. Her husband was detained.",
		map[string]doc.EntityType{"Sam Holt": doc.Person, "Nora Holt": doc.Person})
	resolve(d)
	assert.NotEqual(t, "Sam Holt", doctest.EntityOf(d, "Her husband", 0), "a fire captain named Holt is not thereby her husband")
}

func TestAKinNounBeforeATitledNameStillTakesIt(t *testing.T) {
	d := doctest.Parsed(t, "Ben Moe called his father, club coach Greg Moe, after the game. Later his father praised the team.",
		map[string]doc.EntityType{"Ben Moe": doc.Person, "Greg Moe": doc.Person})
	resolve(d)
	assert.Equal(t, "Greg Moe", doctest.EntityOf(d, "his father", 1), "the kin noun beside the titled name says he is the father")
}

func TestAKinNounTakesANameTitledOnlyOnce(t *testing.T) {
	d := doctest.Parsed(t, "Former Gov. Tom Lund turned 70 on Friday. Karen Lund praised her husband in a speech. Tom Lund thanked her. Tom Lund then left.",
		map[string]doc.EntityType{"Tom Lund": doc.Person, "Karen Lund": doc.Person})
	resolve(d)
	assert.Equal(t, "Tom Lund", doctest.EntityOf(d, "her husband", 0), "named bare more often than by his title")
}

func TestTheSameOwnersKinNounIsOnePerson(t *testing.T) {
	d := doctest.Parsed(t, "Omar Vance said his sister found the letter. Omar Vance's sister later gave it to the police.",
		map[string]doc.EntityType{"Omar Vance": doc.Person})
	resolve(d)
	assert.Equal(t, doctest.EntityOf(d, "his sister", 0), doctest.EntityOf(d, "Omar Vance's sister", 0), "his sister and Omar Vance's sister: one woman")
	assert.NotEqual(t, "Omar Vance", doctest.EntityOf(d, "his sister", 0), "a person of her own")
	d = doctest.Parsed(t, "Omar Vance said his sister found the letter. Lisa Grant's sister later gave it to the police.",
		map[string]doc.EntityType{"Omar Vance": doc.Person, "Lisa Grant": doc.Person})
	resolve(d)
	assert.NotEqual(t, doctest.EntityOf(d, "his sister", 0), doctest.EntityOf(d, "Grant's sister", 0), "another owner's sister is someone else")
}

func TestTwoKinNounsJoinedAreTwoPeople(t *testing.T) {
	d := doctest.Parsed(t, "Nadia Voss said she learned to fish from her aunt and uncle. Later her uncle sold the boat.",
		map[string]doc.EntityType{"Nadia Voss": doc.Person})
	resolve(d)
	aunt := doctest.EntityOf(d, "her aunt", 0)
	assert.NotEqual(t, aunt, doctest.EntityOf(d, "her uncle", 0), "an aunt is not the uncle named after her")
	assert.NotEqual(t, aunt, doctest.EntityOf(d, "uncle", 0), "an aunt and uncle are two people, not one person's two roles")
}

func TestOnePersonMayHoldTwoKinNounsWithoutAnOwner(t *testing.T) {
	d := doctest.Parsed(t, "Walter Pike was a devoted father and grandfather, his neighbours said.",
		map[string]doc.EntityType{"Walter Pike": doc.Person})
	resolve(d)
	assert.Equal(t, doctest.EntityOf(d, "a devoted father", 0), doctest.EntityOf(d, "grandfather", 0), "one man is both")
}

// "Mrs." is no role: a wife the article calls "Mrs. Hale" is still the
// one woman named with her husband's surname.
func TestAKinNounTakesANameCalledByACourtesyTitle(t *testing.T) {
	d := doctest.Parsed(t, "Dora Hale runs the bakery with Victor Hale. Mrs. Hale opened it in 1990. Mrs. Hale bakes the bread. "+
		"Mr. Hale said his wife works hard.",
		map[string]doc.EntityType{"Dora Hale": doc.Person, "Victor Hale": doc.Person, "Hale": doc.Person})
	resolve(d)
	assert.Equal(t, "Dora Hale", doctest.EntityOf(d, "Hale", 0), "Mrs. Hale")
	assert.Equal(t, "Dora Hale", doctest.EntityOf(d, "his wife", 0), "called Mrs. Hale, not presented by a role")
}
