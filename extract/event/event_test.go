package event

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// eventsOf reads the events of hand-marked names, one entity per name (no
// coreference).
func eventsOf(t *testing.T, text string, names map[string]doc.EntityType, timexes ...doc.Timex) *doc.Document {
	t.Helper()
	d := doctest.WithEntities(t, text, names)
	d.Timexes = timexes
	FindEvents(d)
	return d
}

func TestMeetingHasBothParticipantsPlaceAndTime(t *testing.T) {
	text := "Chancellor Olaf Brandt met Lucia Ferri in Rome on May 3."
	d := eventsOf(t, text, map[string]doc.EntityType{"Olaf Brandt": doc.Person, "Lucia Ferri": doc.Person, "Rome": doc.Place},
		doc.Timex{Span: doc.Span{Start: 47, End: 52}, Text: "May 3", Type: "DATE", Value: "2023-05-03"})
	ev, ok := doctest.Event(d, "MEET")
	require.True(t, ok)
	assert.Equal(t, map[string]string{"Olaf Brandt": "participant", "Lucia Ferri": "participant"}, doctest.ArgNames(d, ev))
	require.GreaterOrEqual(t, ev.Place, 0)
	assert.Equal(t, "Rome", d.Mentions[ev.Place].Text)
	assert.Equal(t, "2023-05-03", ev.Time)
}

func TestPassiveFlipsTheRoles(t *testing.T) {
	d := eventsOf(t, "Marco Vitale was convicted of fraud by Judge Ana Cruz.",
		map[string]doc.EntityType{"Marco Vitale": doc.Person, "Ana Cruz": doc.Person})
	ev, ok := doctest.Event(d, "CONVICT")
	require.True(t, ok)
	assert.Equal(t, map[string]string{"Marco Vitale": "patient", "Ana Cruz": "agent"}, doctest.ArgNames(d, ev))
}

func TestActiveVoiceRoles(t *testing.T) {
	d := eventsOf(t, "Northwind Corp acquired Bluefin Labs last year.",
		map[string]doc.EntityType{"Northwind Corp": doc.Organization, "Bluefin Labs": doc.Organization})
	ev, ok := doctest.Event(d, "ACQUIRE")
	require.True(t, ok)
	assert.Equal(t, map[string]string{"Northwind Corp": "agent", "Bluefin Labs": "patient"}, doctest.ArgNames(d, ev))
}

func TestTriggerInsideANameIsNotAnEvent(t *testing.T) {
	d := eventsOf(t, "The Death Valley park reopened.", map[string]doc.EntityType{"Death Valley": doc.Place})
	_, ok := doctest.Event(d, "DIE")
	assert.False(t, ok)
}

func TestRelativeClauseBoundsParticipants(t *testing.T) {
	d := eventsOf(t, "Sara Lind, who met Tom Eck in May, was arrested in Oslo.",
		map[string]doc.EntityType{"Sara Lind": doc.Person, "Tom Eck": doc.Person, "Oslo": doc.Place})
	ev, ok := doctest.Event(d, "ARREST")
	require.True(t, ok)
	names := doctest.ArgNames(d, ev)
	assert.NotContains(t, names, "Tom Eck")
}

func TestEconomicEvents(t *testing.T) {
	d := eventsOf(t, "Acme Corp sales fell 8% while Borell Inc reported a loss.",
		map[string]doc.EntityType{"Acme Corp": doc.Organization, "Borell Inc": doc.Organization})
	var types []string
	for _, ev := range d.Events {
		types = append(types, ev.Type+":"+d.Slice(ev.Trigger))
	}
	assert.Equal(t, []string{"SALE:sales", "DECREASE:fell", "STATEMENT:reported", "DECREASE:loss"}, types)
}

func TestPhotoCreditTakesPartInNothing(t *testing.T) {
	d := eventsOf(t, "© Reuters Ana Ruiz meets Ben Okoro in Lima",
		map[string]doc.EntityType{"Reuters": doc.Organization, "Ana Ruiz": doc.Person, "Ben Okoro": doc.Person, "Lima": doc.Place})
	ev, ok := doctest.Event(d, "MEET")
	require.True(t, ok)
	assert.Equal(t, map[string]string{"Ana Ruiz": "participant", "Ben Okoro": "participant"}, doctest.ArgNames(d, ev))
}

func TestNounTriggerTakesOnlyItsOwnPhrase(t *testing.T) {
	// the loss is posted by Orbex, but the noun phrase "a loss" names no one
	d := eventsOf(t, "Orbex posted a loss after Delta Foods cut prices.",
		map[string]doc.EntityType{"Orbex": doc.Organization, "Delta Foods": doc.Organization})
	ev, ok := doctest.Event(d, "DECREASE")
	require.True(t, ok)
	assert.Equal(t, "loss", d.Slice(ev.Trigger))
	assert.Empty(t, doctest.ArgNames(d, ev))
	// possessor and of-phrase
	d = eventsOf(t, "Analysts welcomed Orbex's acquisition of Delta Foods.",
		map[string]doc.EntityType{"Orbex": doc.Organization, "Delta Foods": doc.Organization})
	ev, ok = doctest.Event(d, "ACQUIRE")
	require.True(t, ok)
	assert.Equal(t, map[string]string{"Orbex": "agent", "Delta Foods": "patient"}, doctest.ArgNames(d, ev))
}

func TestSubjectIsNotInsideAPrepositionalPhrase(t *testing.T) {
	d := eventsOf(t, "Engineers from Orbex announced the closure yesterday.",
		map[string]doc.EntityType{"Orbex": doc.Organization})
	ev, ok := doctest.Event(d, "STATEMENT")
	require.True(t, ok)
	assert.NotContains(t, doctest.ArgNames(d, ev), "Orbex")
}

func TestControlVerbPassesItsSubject(t *testing.T) {
	d := eventsOf(t, "Halvard Steel plans to sue Marlow Freight over the contract.",
		map[string]doc.EntityType{"Halvard Steel": doc.Organization, "Marlow Freight": doc.Organization})
	ev, ok := doctest.Event(d, "LAWSUIT")
	require.True(t, ok)
	assert.Equal(t, map[string]string{"Halvard Steel": "agent", "Marlow Freight": "patient"}, doctest.ArgNames(d, ev))
}

func TestCoordinatedSubjectsMeet(t *testing.T) {
	d := eventsOf(t, "Ines Moro, Pavel Dunn and Rita Gale met in Vienna on Friday.",
		map[string]doc.EntityType{"Ines Moro": doc.Person, "Pavel Dunn": doc.Person, "Rita Gale": doc.Person, "Vienna": doc.Place})
	ev, ok := doctest.Event(d, "MEET")
	require.True(t, ok)
	assert.Equal(t, map[string]string{"Ines Moro": "participant", "Pavel Dunn": "participant", "Rita Gale": "participant"},
		doctest.ArgNames(d, ev))
}

func TestReducedPassiveWithBy(t *testing.T) {
	d := eventsOf(t, "The striker Leo Brandt, released by Porto Athletic in May, joined a new club.",
		map[string]doc.EntityType{"Leo Brandt": doc.Person, "Porto Athletic": doc.Organization})
	ev, ok := doctest.Event(d, "RELEASE")
	require.True(t, ok)
	assert.Equal(t, "agent", doctest.ArgNames(d, ev)["Porto Athletic"])
}

func TestGerundAdjunctTakesTheMainSubject(t *testing.T) {
	d := eventsOf(t, "Before meeting Olaf Brandt, Lucia Ferri spoke to reporters.",
		map[string]doc.EntityType{"Olaf Brandt": doc.Person, "Lucia Ferri": doc.Person})
	ev, ok := doctest.Event(d, "MEET")
	require.True(t, ok)
	assert.Equal(t, map[string]string{"Olaf Brandt": "participant", "Lucia Ferri": "participant"}, doctest.ArgNames(d, ev))
}

func TestNationalityAdjectiveIsNoParticipant(t *testing.T) {
	d := eventsOf(t, "Norwegian shares fell sharply.", map[string]doc.EntityType{"Norwegian": doc.Other})
	ev, ok := doctest.Event(d, "DECREASE")
	require.True(t, ok)
	assert.Empty(t, doctest.ArgNames(d, ev))
}

func TestCoordinatedVerbSharesTheSubject(t *testing.T) {
	d := eventsOf(t, "Northwind Corp, which Ada Vance founded, acquired Bluefin Labs in 2019 and later sold Kestrel Media.",
		map[string]doc.EntityType{"Northwind Corp": doc.Organization, "Ada Vance": doc.Person, "Bluefin Labs": doc.Organization,
			"Kestrel Media": doc.Organization})
	ev, ok := doctest.Event(d, "SALE")
	require.True(t, ok)
	assert.Equal(t, map[string]string{"Northwind Corp": "agent", "Kestrel Media": "patient"}, doctest.ArgNames(d, ev))
}

func TestParticipleAfterCommaTakesTheClauseSubject(t *testing.T) {
	d := eventsOf(t, "Olaf Brandt toured Northwind Corp, meeting Lucia Ferri at the plant.",
		map[string]doc.EntityType{"Olaf Brandt": doc.Person, "Northwind Corp": doc.Organization, "Lucia Ferri": doc.Person})
	ev, ok := doctest.Event(d, "MEET")
	require.True(t, ok)
	assert.Equal(t, map[string]string{"Olaf Brandt": "participant", "Lucia Ferri": "participant"}, doctest.ArgNames(d, ev))
}

func TestInflectedTriggersAndIdioms(t *testing.T) {
	d := eventsOf(t, "Northwind Corp is buying Bluefin Labs in order to grow.",
		map[string]doc.EntityType{"Northwind Corp": doc.Organization, "Bluefin Labs": doc.Organization})
	ev, ok := doctest.Event(d, "ACQUIRE")
	require.True(t, ok)
	assert.Equal(t, map[string]string{"Northwind Corp": "agent", "Bluefin Labs": "patient"}, doctest.ArgNames(d, ev))
	_, ok = doctest.Event(d, "SALE")
	assert.False(t, ok, "'in order to' orders nothing")
	// a subject pronoun after the verb opens a clause, it is not the object
	d = eventsOf(t, "Ada Vance, saying she would resign, left.", map[string]doc.EntityType{"Ada Vance": doc.Person})
	ev, ok = doctest.Event(d, "STATEMENT")
	require.True(t, ok)
	assert.NotEqual(t, "patient", doctest.ArgNames(d, ev)["Ada Vance"])
}

func TestReportedClauseKeepsItsOwnSubject(t *testing.T) {
	d := eventsOf(t, "Ada Vance said the board expects to sell Kestrel Media.",
		map[string]doc.EntityType{"Ada Vance": doc.Person, "Kestrel Media": doc.Organization})
	ev, ok := doctest.Event(d, "SALE")
	require.True(t, ok)
	assert.NotContains(t, doctest.ArgNames(d, ev), "Ada Vance", "she only reports the sale")
	assert.Equal(t, "patient", doctest.ArgNames(d, ev)["Kestrel Media"])
	d = eventsOf(t, "Northwind Corp announced plans to sell Kestrel Media.",
		map[string]doc.EntityType{"Northwind Corp": doc.Organization, "Kestrel Media": doc.Organization})
	ev, ok = doctest.Event(d, "SALE")
	require.True(t, ok)
	assert.Equal(t, map[string]string{"Northwind Corp": "agent", "Kestrel Media": "patient"}, doctest.ArgNames(d, ev))
}

func TestPlaceOfAThatClauseIsNotTheStatementsPlace(t *testing.T) {
	d := eventsOf(t, "Ada Vance announced that the firm will build a plant in Tulsa.",
		map[string]doc.EntityType{"Ada Vance": doc.Person, "Tulsa": doc.Place})
	ev, ok := doctest.Event(d, "STATEMENT")
	require.True(t, ok)
	assert.Equal(t, -1, ev.Place)
	d = eventsOf(t, "Ada Vance met Bo Lind in Tulsa that day.",
		map[string]doc.EntityType{"Ada Vance": doc.Person, "Bo Lind": doc.Person, "Tulsa": doc.Place})
	ev, ok = doctest.Event(d, "MEET")
	require.True(t, ok)
	require.GreaterOrEqual(t, ev.Place, 0)
	assert.Equal(t, "Tulsa", d.Mentions[ev.Place].Text)
}

func TestDescriptionEndingInANameGivesTheName(t *testing.T) {
	d := eventsOf(t, "Police reported the death of his brother Omar Quist.",
		map[string]doc.EntityType{"Omar Quist": doc.Person})
	ev, ok := doctest.Event(d, "DIE")
	require.True(t, ok)
	assert.Equal(t, map[string]string{"Omar Quist": "patient"}, doctest.ArgNames(d, ev))
}

func TestTransferTakesItsRecipient(t *testing.T) {
	d := eventsOf(t, "Halvard Steel said Pavel Dunn sold its rail unit to Marlow Freight.",
		map[string]doc.EntityType{"Halvard Steel": doc.Organization, "Pavel Dunn": doc.Person, "Marlow Freight": doc.Organization})
	ev, ok := doctest.Event(d, "SALE")
	require.True(t, ok)
	assert.Equal(t, map[string]string{"Pavel Dunn": "agent", "Marlow Freight": "recipient"}, doctest.ArgNames(d, ev),
		"'its' is a determiner here: the unit is sold, not Halvard Steel")
	d = eventsOf(t, "The first locomotive was delivered yesterday to Marlow Freight.",
		map[string]doc.EntityType{"Marlow Freight": doc.Organization})
	ev, ok = doctest.Event(d, "SALE")
	require.True(t, ok)
	assert.Equal(t, map[string]string{"Marlow Freight": "recipient"}, doctest.ArgNames(d, ev))
}

func TestTriggerSenseFromContext(t *testing.T) {
	names := map[string]doc.EntityType{"Porto Athletic": doc.Organization, "Leo Brandt": doc.Person}
	d := eventsOf(t, "Porto Athletic released a statement on Monday.", names)
	_, ok := doctest.Event(d, "RELEASE")
	assert.False(t, ok, "a statement is published, nobody is freed")
	_, ok = doctest.Event(d, "PUBLISH")
	assert.True(t, ok)
	d = eventsOf(t, "Porto Athletic released the striker Leo Brandt.", names)
	_, ok = doctest.Event(d, "RELEASE")
	assert.True(t, ok)
	d = eventsOf(t, "Analysts are expecting a weaker quarter.", names)
	_, ok = doctest.Event(d, "PREGNANCY")
	assert.False(t, ok)
	d = eventsOf(t, "Porto Athletic is engaged in talks with Leo Brandt.", names)
	_, ok = doctest.Event(d, "MARRY")
	assert.False(t, ok)
}

func TestObjectRelativeClauseAndCommaPassive(t *testing.T) {
	names := map[string]doc.EntityType{"Northwind Corp": doc.Organization, "Ada Vance": doc.Person, "Bluefin Labs": doc.Organization,
		"Leo Brandt": doc.Person, "Porto Athletic": doc.Organization}
	d := eventsOf(t, "Northwind Corp, which Ada Vance founded in 2015, acquired Bluefin Labs.", names)
	ev, ok := doctest.Event(d, "FOUND")
	require.True(t, ok)
	assert.Equal(t, map[string]string{"Ada Vance": "agent", "Northwind Corp": "patient"}, doctest.ArgNames(d, ev))
	ev, ok = doctest.Event(d, "ACQUIRE")
	require.True(t, ok)
	assert.Equal(t, map[string]string{"Northwind Corp": "agent", "Bluefin Labs": "patient"}, doctest.ArgNames(d, ev))
	d = eventsOf(t, "Leo Brandt, released by Porto Athletic in May, signed elsewhere. Bluefin Labs was sued by Ada Vance.", names)
	ev, ok = doctest.Event(d, "RELEASE")
	require.True(t, ok)
	assert.Equal(t, map[string]string{"Leo Brandt": "patient", "Porto Athletic": "agent"}, doctest.ArgNames(d, ev))
	ev, ok = doctest.Event(d, "LAWSUIT")
	require.True(t, ok)
	assert.Equal(t, map[string]string{"Bluefin Labs": "patient", "Ada Vance": "agent"}, doctest.ArgNames(d, ev))
}

func TestCoordinatedPassiveAndWithObject(t *testing.T) {
	names := map[string]doc.EntityType{"Ruth Okafor": doc.Person, "Denver": doc.Place, "Harbor Trust": doc.Organization,
		"Citywide Bank": doc.Organization}
	d := eventsOf(t, "Ruth Okafor was arrested in Denver on Friday and charged with bribery.", names)
	ev, ok := doctest.Event(d, "CHARGE")
	require.True(t, ok)
	assert.Equal(t, map[string]string{"Ruth Okafor": "patient"}, doctest.ArgNames(d, ev), "the 'was' of 'was arrested' carries over")
	d = eventsOf(t, "Harbor Trust merged with Citywide Bank in 2020.", names)
	ev, ok = doctest.Event(d, "ACQUIRE")
	require.True(t, ok)
	assert.Equal(t, map[string]string{"Harbor Trust": "agent", "Citywide Bank": "patient"}, doctest.ArgNames(d, ev))
}
