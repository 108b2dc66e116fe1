package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// eventsOf runs coreference and events over hand-marked names.
func eventsOf(t *testing.T, text string, names map[string]EntityType, timexes ...Timex) *Document {
	t.Helper()
	d := docWithNames(t, text, names)
	Resolve(d)
	d.Timexes = timexes
	FindEvents(d)
	return d
}

func argNames(d *Document, ev Event) map[string]string {
	out := map[string]string{}
	for _, a := range ev.Args {
		out[d.Entities[d.Mentions[a.Mention].Entity].Name] = a.Role
	}
	return out
}

func findEvent(d *Document, typ string) (Event, bool) {
	for _, ev := range d.Events {
		if ev.Type == typ {
			return ev, true
		}
	}
	return Event{}, false
}

func TestMeetingHasBothParticipantsPlaceAndTime(t *testing.T) {
	text := "Chancellor Olaf Brandt met Lucia Ferri in Rome on May 3."
	d := eventsOf(t, text, map[string]EntityType{"Olaf Brandt": Person, "Lucia Ferri": Person, "Rome": Place},
		Timex{Span: Span{47, 52}, Text: "May 3", Type: "DATE", Value: "2023-05-03"})
	ev, ok := findEvent(d, "MEET")
	require.True(t, ok)
	assert.Equal(t, map[string]string{"Olaf Brandt": "participant", "Lucia Ferri": "participant"}, argNames(d, ev))
	require.GreaterOrEqual(t, ev.Place, 0)
	assert.Equal(t, "Rome", d.Mentions[ev.Place].Text)
	assert.Equal(t, "2023-05-03", ev.Time)
}

func TestPassiveFlipsTheRoles(t *testing.T) {
	d := eventsOf(t, "Marco Vitale was convicted of fraud by Judge Ana Cruz.",
		map[string]EntityType{"Marco Vitale": Person, "Ana Cruz": Person})
	ev, ok := findEvent(d, "CONVICT")
	require.True(t, ok)
	assert.Equal(t, map[string]string{"Marco Vitale": "patient", "Ana Cruz": "agent"}, argNames(d, ev))
}

func TestActiveVoiceRoles(t *testing.T) {
	d := eventsOf(t, "Northwind Corp acquired Bluefin Labs last year.",
		map[string]EntityType{"Northwind Corp": Organization, "Bluefin Labs": Organization})
	ev, ok := findEvent(d, "ACQUIRE")
	require.True(t, ok)
	assert.Equal(t, map[string]string{"Northwind Corp": "agent", "Bluefin Labs": "patient"}, argNames(d, ev))
}

func TestTriggerInsideANameIsNotAnEvent(t *testing.T) {
	d := eventsOf(t, "The Death Valley park reopened.", map[string]EntityType{"Death Valley": Place})
	_, ok := findEvent(d, "DIE")
	assert.False(t, ok)
}

func TestRelativeClauseBoundsParticipants(t *testing.T) {
	d := eventsOf(t, "Sara Lind, who met Tom Eck in May, was arrested in Oslo.",
		map[string]EntityType{"Sara Lind": Person, "Tom Eck": Person, "Oslo": Place})
	ev, ok := findEvent(d, "ARREST")
	require.True(t, ok)
	names := argNames(d, ev)
	assert.NotContains(t, names, "Tom Eck")
}

func TestEconomicEvents(t *testing.T) {
	d := eventsOf(t, "Acme Corp sales fell 8% while Borell Inc reported a loss.",
		map[string]EntityType{"Acme Corp": Organization, "Borell Inc": Organization})
	var types []string
	for _, ev := range d.Events {
		types = append(types, ev.Type+":"+d.Slice(ev.Trigger))
	}
	assert.Equal(t, []string{"SALE:sales", "DECREASE:fell", "STATEMENT:reported", "DECREASE:loss"}, types)
}

func TestStatementTakesTheQuoteSpeaker(t *testing.T) {
	d := docWithNames(t, `"We will appeal," Ines Vidal told Marco Belli.`,
		map[string]EntityType{"Ines Vidal": Person, "Marco Belli": Person})
	Resolve(d)
	FindQuotes(d)
	FindEvents(d)
	ev, ok := findEvent(d, "STATEMENT")
	require.True(t, ok)
	assert.Equal(t, map[string]string{"Ines Vidal": "agent", "Marco Belli": "patient"}, argNames(d, ev))
}

func TestPhotoCreditTakesPartInNothing(t *testing.T) {
	d := eventsOf(t, "© Reuters Ana Ruiz meets Ben Okoro in Lima",
		map[string]EntityType{"Reuters": Organization, "Ana Ruiz": Person, "Ben Okoro": Person, "Lima": Place})
	ev, ok := findEvent(d, "MEET")
	require.True(t, ok)
	assert.Equal(t, map[string]string{"Ana Ruiz": "participant", "Ben Okoro": "participant"}, argNames(d, ev))
}

func TestNounTriggerTakesOnlyItsOwnPhrase(t *testing.T) {
	// the loss is posted by Orbex, but the noun phrase "a loss" names no one
	d := eventsOf(t, "Orbex posted a loss after Delta Foods cut prices.",
		map[string]EntityType{"Orbex": Organization, "Delta Foods": Organization})
	ev, ok := findEvent(d, "DECREASE")
	require.True(t, ok)
	assert.Equal(t, "loss", d.Slice(ev.Trigger))
	assert.Empty(t, argNames(d, ev))
	// possessor and of-phrase
	d = eventsOf(t, "Analysts welcomed Orbex's acquisition of Delta Foods.",
		map[string]EntityType{"Orbex": Organization, "Delta Foods": Organization})
	ev, ok = findEvent(d, "ACQUIRE")
	require.True(t, ok)
	assert.Equal(t, map[string]string{"Orbex": "agent", "Delta Foods": "patient"}, argNames(d, ev))
}

func TestSubjectIsNotInsideAPrepositionalPhrase(t *testing.T) {
	d := eventsOf(t, "Engineers from Orbex announced the closure yesterday.",
		map[string]EntityType{"Orbex": Organization})
	ev, ok := findEvent(d, "STATEMENT")
	require.True(t, ok)
	assert.NotContains(t, argNames(d, ev), "Orbex")
}

func TestControlVerbPassesItsSubject(t *testing.T) {
	d := eventsOf(t, "Halvard Steel plans to sue Marlow Freight over the contract.",
		map[string]EntityType{"Halvard Steel": Organization, "Marlow Freight": Organization})
	ev, ok := findEvent(d, "LAWSUIT")
	require.True(t, ok)
	assert.Equal(t, map[string]string{"Halvard Steel": "agent", "Marlow Freight": "patient"}, argNames(d, ev))
}

func TestCoordinatedSubjectsMeet(t *testing.T) {
	d := eventsOf(t, "Ines Moro, Pavel Dunn and Rita Gale met in Vienna on Friday.",
		map[string]EntityType{"Ines Moro": Person, "Pavel Dunn": Person, "Rita Gale": Person, "Vienna": Place})
	ev, ok := findEvent(d, "MEET")
	require.True(t, ok)
	assert.Equal(t, map[string]string{"Ines Moro": "participant", "Pavel Dunn": "participant", "Rita Gale": "participant"},
		argNames(d, ev))
}

func TestReducedPassiveWithBy(t *testing.T) {
	d := eventsOf(t, "The striker Leo Brandt, released by Porto Athletic in May, joined a new club.",
		map[string]EntityType{"Leo Brandt": Person, "Porto Athletic": Organization})
	ev, ok := findEvent(d, "RELEASE")
	require.True(t, ok)
	assert.Equal(t, "agent", argNames(d, ev)["Porto Athletic"])
}

func TestGerundAdjunctTakesTheMainSubject(t *testing.T) {
	d := eventsOf(t, "Before meeting Olaf Brandt, Lucia Ferri spoke to reporters.",
		map[string]EntityType{"Olaf Brandt": Person, "Lucia Ferri": Person})
	ev, ok := findEvent(d, "MEET")
	require.True(t, ok)
	assert.Equal(t, map[string]string{"Olaf Brandt": "participant", "Lucia Ferri": "participant"}, argNames(d, ev))
}

func TestNationalityAdjectiveIsNoParticipant(t *testing.T) {
	d := eventsOf(t, "Norwegian shares fell sharply.", map[string]EntityType{"Norwegian": Other})
	ev, ok := findEvent(d, "DECREASE")
	require.True(t, ok)
	assert.Empty(t, argNames(d, ev))
}

func TestCoordinatedVerbSharesTheSubject(t *testing.T) {
	d := eventsOf(t, "Northwind Corp, which Ada Vance founded, acquired Bluefin Labs in 2019 and later sold Kestrel Media.",
		map[string]EntityType{"Northwind Corp": Organization, "Ada Vance": Person, "Bluefin Labs": Organization,
			"Kestrel Media": Organization})
	ev, ok := findEvent(d, "SALE")
	require.True(t, ok)
	assert.Equal(t, map[string]string{"Northwind Corp": "agent", "Kestrel Media": "patient"}, argNames(d, ev))
}

func TestParticipleAfterCommaTakesTheClauseSubject(t *testing.T) {
	d := eventsOf(t, "Olaf Brandt toured Northwind Corp, meeting Lucia Ferri at the plant.",
		map[string]EntityType{"Olaf Brandt": Person, "Northwind Corp": Organization, "Lucia Ferri": Person})
	ev, ok := findEvent(d, "MEET")
	require.True(t, ok)
	assert.Equal(t, map[string]string{"Olaf Brandt": "participant", "Lucia Ferri": "participant"}, argNames(d, ev))
}

func TestInflectedTriggersAndIdioms(t *testing.T) {
	d := eventsOf(t, "Northwind Corp is buying Bluefin Labs in order to grow.",
		map[string]EntityType{"Northwind Corp": Organization, "Bluefin Labs": Organization})
	ev, ok := findEvent(d, "ACQUIRE")
	require.True(t, ok)
	assert.Equal(t, map[string]string{"Northwind Corp": "agent", "Bluefin Labs": "patient"}, argNames(d, ev))
	_, ok = findEvent(d, "SALE")
	assert.False(t, ok, "'in order to' orders nothing")
	// a subject pronoun after the verb opens a clause, it is not the object
	d = eventsOf(t, "Ada Vance, saying she would resign, left.", map[string]EntityType{"Ada Vance": Person})
	ev, ok = findEvent(d, "STATEMENT")
	require.True(t, ok)
	assert.NotEqual(t, "patient", argNames(d, ev)["Ada Vance"])
}

func TestReportedClauseKeepsItsOwnSubject(t *testing.T) {
	d := eventsOf(t, "Ada Vance said the board expects to sell Kestrel Media.",
		map[string]EntityType{"Ada Vance": Person, "Kestrel Media": Organization})
	ev, ok := findEvent(d, "SALE")
	require.True(t, ok)
	assert.NotContains(t, argNames(d, ev), "Ada Vance", "she only reports the sale")
	assert.Equal(t, "patient", argNames(d, ev)["Kestrel Media"])
	d = eventsOf(t, "Northwind Corp announced plans to sell Kestrel Media.",
		map[string]EntityType{"Northwind Corp": Organization, "Kestrel Media": Organization})
	ev, ok = findEvent(d, "SALE")
	require.True(t, ok)
	assert.Equal(t, map[string]string{"Northwind Corp": "agent", "Kestrel Media": "patient"}, argNames(d, ev))
}

func TestPlaceOfAThatClauseIsNotTheStatementsPlace(t *testing.T) {
	d := eventsOf(t, "Ada Vance announced that the firm will build a plant in Tulsa.",
		map[string]EntityType{"Ada Vance": Person, "Tulsa": Place})
	ev, ok := findEvent(d, "STATEMENT")
	require.True(t, ok)
	assert.Equal(t, -1, ev.Place)
	d = eventsOf(t, "Ada Vance met Bo Lind in Tulsa that day.",
		map[string]EntityType{"Ada Vance": Person, "Bo Lind": Person, "Tulsa": Place})
	ev, ok = findEvent(d, "MEET")
	require.True(t, ok)
	require.GreaterOrEqual(t, ev.Place, 0)
	assert.Equal(t, "Tulsa", d.Mentions[ev.Place].Text)
}

func TestDescriptionEndingInANameGivesTheName(t *testing.T) {
	d := eventsOf(t, "Police reported the death of his brother Omar Quist.",
		map[string]EntityType{"Omar Quist": Person})
	ev, ok := findEvent(d, "DIE")
	require.True(t, ok)
	assert.Equal(t, map[string]string{"Omar Quist": "patient"}, argNames(d, ev))
}

func TestTransferTakesItsRecipient(t *testing.T) {
	d := eventsOf(t, "Halvard Steel said Pavel Dunn sold its rail unit to Marlow Freight.",
		map[string]EntityType{"Halvard Steel": Organization, "Pavel Dunn": Person, "Marlow Freight": Organization})
	ev, ok := findEvent(d, "SALE")
	require.True(t, ok)
	assert.Equal(t, map[string]string{"Pavel Dunn": "agent", "Marlow Freight": "recipient"}, argNames(d, ev),
		"'its' is a determiner here: the unit is sold, not Halvard Steel")
	d = eventsOf(t, "The first locomotive was delivered yesterday to Marlow Freight.",
		map[string]EntityType{"Marlow Freight": Organization})
	ev, ok = findEvent(d, "SALE")
	require.True(t, ok)
	assert.Equal(t, map[string]string{"Marlow Freight": "recipient"}, argNames(d, ev))
}

func TestTriggerSenseFromContext(t *testing.T) {
	names := map[string]EntityType{"Porto Athletic": Organization, "Leo Brandt": Person}
	d := eventsOf(t, "Porto Athletic released a statement on Monday.", names)
	_, ok := findEvent(d, "RELEASE")
	assert.False(t, ok, "a statement is published, nobody is freed")
	_, ok = findEvent(d, "PUBLISH")
	assert.True(t, ok)
	d = eventsOf(t, "Porto Athletic released the striker Leo Brandt.", names)
	_, ok = findEvent(d, "RELEASE")
	assert.True(t, ok)
	d = eventsOf(t, "Analysts are expecting a weaker quarter.", names)
	_, ok = findEvent(d, "PREGNANCY")
	assert.False(t, ok)
	d = eventsOf(t, "Porto Athletic is engaged in talks with Leo Brandt.", names)
	_, ok = findEvent(d, "MARRY")
	assert.False(t, ok)
}

func TestObjectRelativeClauseAndCommaPassive(t *testing.T) {
	names := map[string]EntityType{"Northwind Corp": Organization, "Ada Vance": Person, "Bluefin Labs": Organization,
		"Leo Brandt": Person, "Porto Athletic": Organization}
	d := eventsOf(t, "Northwind Corp, which Ada Vance founded in 2015, acquired Bluefin Labs.", names)
	ev, ok := findEvent(d, "FOUND")
	require.True(t, ok)
	assert.Equal(t, map[string]string{"Ada Vance": "agent", "Northwind Corp": "patient"}, argNames(d, ev))
	ev, ok = findEvent(d, "ACQUIRE")
	require.True(t, ok)
	assert.Equal(t, map[string]string{"Northwind Corp": "agent", "Bluefin Labs": "patient"}, argNames(d, ev))
	d = eventsOf(t, "Leo Brandt, released by Porto Athletic in May, signed elsewhere. Bluefin Labs was sued by Ada Vance.", names)
	ev, ok = findEvent(d, "RELEASE")
	require.True(t, ok)
	assert.Equal(t, map[string]string{"Leo Brandt": "patient", "Porto Athletic": "agent"}, argNames(d, ev))
	ev, ok = findEvent(d, "LAWSUIT")
	require.True(t, ok)
	assert.Equal(t, map[string]string{"Bluefin Labs": "patient", "Ada Vance": "agent"}, argNames(d, ev))
}

func TestCoordinatedPassiveAndWithObject(t *testing.T) {
	names := map[string]EntityType{"Ruth Okafor": Person, "Denver": Place, "Harbor Trust": Organization,
		"Citywide Bank": Organization}
	d := eventsOf(t, "Ruth Okafor was arrested in Denver on Friday and charged with bribery.", names)
	ev, ok := findEvent(d, "CHARGE")
	require.True(t, ok)
	assert.Equal(t, map[string]string{"Ruth Okafor": "patient"}, argNames(d, ev), "the 'was' of 'was arrested' carries over")
	d = eventsOf(t, "Harbor Trust merged with Citywide Bank in 2020.", names)
	ev, ok = findEvent(d, "ACQUIRE")
	require.True(t, ok)
	assert.Equal(t, map[string]string{"Harbor Trust": "agent", "Citywide Bank": "patient"}, argNames(d, ev))
}
