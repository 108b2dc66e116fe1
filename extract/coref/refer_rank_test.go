package coref

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/stretchr/testify/assert"
)

// Tests of how pronouns choose between people: binding, the gender a
// first name gives, and when to leave a pronoun unresolved.

func TestLikelyGenderCountsAgainstAnEarlierMan(t *testing.T) {
	// Both are men: Olsen by an earlier "he", Lukas Brandt only by his first
	// name. "him" in the clause whose subject is Brandt is Brandt, not the
	// man whose gender the text happened to state first.
	d := doctest.Parsed(t, "Erik Olsen said he would stay in Bergen. Lukas Brandt, meanwhile, hopes that a win in the north will give him a seat.",
		map[string]doc.EntityType{"Erik Olsen": doc.Person, "Lukas Brandt": doc.Person})
	resolve(d)
	assert.Equal(t, "Erik Olsen", doctest.EntityOf(d, "he", 0))
	assert.Equal(t, "Lukas Brandt", doctest.EntityOf(d, "him", 0))
}

func TestReflexiveIsBoundToItsClauseSubject(t *testing.T) {
	// The subject of the coordinated clause, not the reporter who governs it.
	d := doctest.Parsed(t, "Paul Weber told reporters that Jonas Keller walked into the station and turned himself in.",
		map[string]doc.EntityType{"Paul Weber": doc.Person, "Jonas Keller": doc.Person})
	resolve(d)
	assert.Equal(t, "Jonas Keller", doctest.EntityOf(d, "himself", 0))
}

func TestIntensifyingReflexiveIsTheNounItFollows(t *testing.T) {
	d := doctest.Parsed(t, "Tomas Lind spoke with a calm that Victor Hugo himself might have envied.",
		map[string]doc.EntityType{"Tomas Lind": doc.Person, "Victor Hugo": doc.Person})
	resolve(d)
	assert.Equal(t, "Victor Hugo", doctest.EntityOf(d, "himself", 0))
}

func TestPronounInAQuoteIsNotItsSpeaker(t *testing.T) {
	// Two men; the "he" and "his" of the quote are the man Brandt talks
	// about, not Brandt, who would say "I".
	d := doctest.Parsed(t, "Ivo Brandt met Pavel Novak on Monday. Later, Brandt described Novak as “restless, always trying to make his point, and he never waits his turn.”",
		map[string]doc.EntityType{"Ivo Brandt": doc.Person, "Pavel Novak": doc.Person, "Brandt": doc.Person, "Novak": doc.Person})
	resolve(d)
	assert.Equal(t, "Pavel Novak", doctest.EntityOf(d, "his", 0))
	assert.Equal(t, "Pavel Novak", doctest.EntityOf(d, "he", 0))
}

func TestQuoteInTheNarratorsClauseHasNoSpeaker(t *testing.T) {
	// "because “...”" is the narrator's clause quoting a phrase: its
	// "she" may be the clause's subject.
	d := doctest.Parsed(t, "Maria Lund checked into the clinic on Friday but left because “she was not happy with the staff,” a friend said.",
		map[string]doc.EntityType{"Maria Lund": doc.Person})
	resolve(d)
	assert.Equal(t, "Maria Lund", doctest.EntityOf(d, "she", 0))
}

func TestQuotedNameIsNotTheNarrativeSubject(t *testing.T) {
	// The first name in the sentence is quoted; the narrative's subject is
	// the coach who speaks, whom the next "he" continues.
	d := doctest.Parsed(t, "“Oskar Berg was the best player on the field,” coach Ivan Petrov told reporters after the long match in the rain. He praised the defence.",
		map[string]doc.EntityType{"Oskar Berg": doc.Person, "Ivan Petrov": doc.Person})
	resolve(d)
	assert.Equal(t, "Ivan Petrov", doctest.EntityOf(d, "He", 0))
}

func TestTitleInTheNameStatesTheGender(t *testing.T) {
	// The name list takes Alex for a man's name; "Ms." in the name
	// mention states Moreno a woman, whom "her" refers to, before any
	// pronoun is read.
	d := doctest.Parsed(t, "Sam Ortiz met Ms. Alex Moreno on Monday. Later, the mayor praised her.",
		map[string]doc.EntityType{"Sam Ortiz": doc.Person, "Ms. Alex Moreno": doc.Person})
	resolve(d)
	assert.Equal(t, "Alex Moreno", doctest.EntityOf(d, "her", 0))
}

func TestSpeakerAfterAQuoteIsNoneItNames(t *testing.T) {
	// Two men: the "he" who speaks after the quote is not the man the
	// quote talks about in the third person.
	d := doctest.Parsed(t, "Karl Weiss won the final on Sunday, and Peter Holm watched it from the stands. “Weiss was very calm at the net. That may matter in the next round,” he said.",
		map[string]doc.EntityType{"Peter Holm": doc.Person, "Karl Weiss": doc.Person, "Weiss": doc.Person})
	resolve(d)
	assert.Equal(t, "Peter Holm", doctest.EntityOf(d, "he", 0))
}
