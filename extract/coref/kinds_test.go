package coref

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/stretchr/testify/assert"
)

// filler puts a description more than three sentences after the name.
const filler = "Ana Ruiz spoke for an hour. Tom Baker cheered. The hall was cold. Many stayed late. "

func TestTheOnlyNamedPartyFarBack(t *testing.T) {
	d := doctest.Parsed(t, "The Green Party met in Leeds on Saturday. "+filler+"Later, the party voted to back the plan.",
		map[string]doc.EntityType{"Green Party": doc.Organization, "Leeds": doc.Place, "Ana Ruiz": doc.Person, "Tom Baker": doc.Person})
	resolve(d)
	assert.Equal(t, "Green Party", doctest.EntityOf(d, "the party", 0), "the one party the article named")
}

func TestTwoNamedPartiesLeaveThePartyOpen(t *testing.T) {
	d := doctest.Parsed(t, "The Green Party met in Leeds on Saturday. The Labour Party met in York. "+filler+
		"Later, the party voted to back the plan.",
		map[string]doc.EntityType{"Green Party": doc.Organization, "Labour Party": doc.Organization, "Leeds": doc.Place,
			"York": doc.Place, "Ana Ruiz": doc.Person, "Tom Baker": doc.Person})
	resolve(d)
	got := doctest.EntityOf(d, "the party", 0)
	assert.NotEqual(t, "Green Party", got)
	assert.NotEqual(t, "Labour Party", got)
}

func TestTheOnlyNamedPartyNeedsABareNoun(t *testing.T) {
	d := doctest.Parsed(t, "The Green Party met in Leeds on Saturday. "+filler+"Later, the local party voted to back the plan.",
		map[string]doc.EntityType{"Green Party": doc.Organization, "Leeds": doc.Place, "Ana Ruiz": doc.Person, "Tom Baker": doc.Person})
	resolve(d)
	assert.NotEqual(t, "Green Party", doctest.EntityOf(d, "the local party", 0), "a modifier says which party")
}

func TestACapitalisedKindNounThatRunsOnIsAnotherName(t *testing.T) {
	d := doctest.Parsed(t, "The Road Safety Committee met in Leeds on Saturday. "+filler+
		"In May, Ana Ruiz left to head the Committee to Save the Parks.",
		map[string]doc.EntityType{"Road Safety Committee": doc.Organization, "Leeds": doc.Place, "Ana Ruiz": doc.Person,
			"Tom Baker": doc.Person})
	resolve(d)
	assert.NotEqual(t, "Road Safety Committee", doctest.EntityOf(d, "the Committee", 0), "the name goes on after it")
	d = doctest.Parsed(t, "The Road Safety Committee met in Leeds on Saturday. "+filler+"In May, Ana Ruiz left the committee.",
		map[string]doc.EntityType{"Road Safety Committee": doc.Organization, "Leeds": doc.Place, "Ana Ruiz": doc.Person,
			"Tom Baker": doc.Person})
	resolve(d)
	assert.Equal(t, "Road Safety Committee", doctest.EntityOf(d, "the committee", 0))
}

func TestTheStateTheArticleCalledAState(t *testing.T) {
	places := map[string]doc.EntityType{"Ana Ruiz": doc.Person, "Tom Baker": doc.Person, "Nevada": doc.Place, "Reno": doc.Place}
	d := doctest.Parsed(t, "Ana Ruiz won the Nevada primary on Tuesday. Nevada state officials counted late. "+
		"Tom Baker cheered. The hall was cold. Many stayed late. Turnout in the state fell.", places)
	resolve(d)
	assert.Equal(t, "Nevada", doctest.EntityOf(d, "the state", 0), "the text says Nevada is a state")

	d = doctest.Parsed(t, "Ana Ruiz won the Nevada primary on Tuesday. Nevada state officials counted late. "+
		"Tom Baker cheered. The hall was cold. Ana Ruiz flew to Reno. Turnout in the state fell.", places)
	resolve(d)
	assert.NotEqual(t, "Nevada", doctest.EntityOf(d, "the state", 0), "a place named since may be the state meant")

	d = doctest.Parsed(t, "Ana Ruiz won the Nevada primary on Tuesday. Officials counted late. "+
		"Tom Baker cheered. The hall was cold. Many stayed late. Turnout in the state fell.", places)
	resolve(d)
	assert.NotEqual(t, "Nevada", doctest.EntityOf(d, "the state", 0), "nothing says what Nevada is: no list of places")
}

func TestARelativeClausePredicateIsItsAntecedent(t *testing.T) {
	people := map[string]doc.EntityType{"Tom Baker": doc.Person, "Ana Ruiz": doc.Person, "Sara Lind": doc.Person}
	d := doctest.Parsed(t, "Tom Baker, who is a harsh critic of the mayor, left early.", people)
	resolve(d)
	assert.Equal(t, "Tom Baker", doctest.EntityOf(d, "a harsh critic of the mayor", 0))

	d = doctest.Parsed(t, "Reporters asked Ana Ruiz who was the winner of the vote.", people)
	resolve(d)
	assert.NotEqual(t, "Ana Ruiz", doctest.EntityOf(d, "the winner of the vote", 0), "a question, no relative clause")
}

func TestARelativeClauseAfterAnAppositionIsTheAppositionsOwn(t *testing.T) {
	d := doctest.Parsed(t, "\"We lost,\" said Sara Lind, a former adviser to Tom Baker who is now a fellow at the institute.",
		map[string]doc.EntityType{"Tom Baker": doc.Person, "Sara Lind": doc.Person})
	resolve(d)
	assert.NotEqual(t, "Tom Baker", doctest.EntityOf(d, "a fellow at the institute", 0), "the clause hangs on the adviser")
}

func TestARelativeClauseAfterACoordinationIsTheLastConjuncts(t *testing.T) {
	// The parse hangs the clause on "Baker", the first conjunct.
	d := doctest.Parsed(t, "Reporters said the letters passed between Baker and Tom Lind, who was his deputy at the time and is now the mayor.",
		map[string]doc.EntityType{"Baker": doc.Person, "Tom Lind": doc.Person})
	resolve(d)
	assert.NotEqual(t, "Baker", doctest.EntityOf(d, "his deputy", 0), "the clause follows the second name")
}

func TestAPartyNicknameIsTheParty(t *testing.T) {
	names := map[string]doc.EntityType{"GOP": doc.Organization, "Republican Party": doc.Organization, "Leeds": doc.Place,
		"Ana Ruiz": doc.Person, "Tom Baker": doc.Person}
	d := doctest.Parsed(t, "The GOP met in Leeds on Saturday. Ana Ruiz said the Republican Party would win.", names)
	resolve(d)
	assert.Equal(t, doctest.EntityOf(d, "GOP", 0), doctest.EntityOf(d, "Republican Party", 0), "a listed nickname")

	d = doctest.Parsed(t, "The GOP met in Leeds on Saturday. "+filler+"Later, the party voted to back the plan.", names)
	resolve(d)
	assert.Equal(t, "GOP", doctest.EntityOf(d, "the party", 0), "the party named only by its nickname")

	names = map[string]doc.EntityType{"Labour": doc.Organization, "Labour Party": doc.Organization, "Leeds": doc.Place}
	d = doctest.Parsed(t, "Labour won in Leeds on Saturday. The Labour Party said it was pleased.", names)
	resolve(d)
	assert.Equal(t, doctest.EntityOf(d, "Labour", 0), doctest.EntityOf(d, "Labour Party", 0), "not a US list only")
}

func TestTheOnlyNamedBodyNeedsItsKindInAName(t *testing.T) {
	names := map[string]doc.EntityType{"NATO": doc.Organization, "Leeds": doc.Place, "Ana Ruiz": doc.Person, "Tom Baker": doc.Person}
	d := doctest.Parsed(t, "NATO met in Leeds on Saturday. "+filler+"Later, the party voted to back the plan.", names)
	resolve(d)
	assert.NotEqual(t, "NATO", doctest.EntityOf(d, "the party", 0), "no name or listed alias of NATO holds party")
}
