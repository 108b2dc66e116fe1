package event

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Participants and their roles through each construction, and place and
// time from the predicate's own dependents.

func TestPassiveTakesItsAgentFromTheByPhrase(t *testing.T) {
	d := tree(t, "Anna/PROPN/NNP/4/nsubj:pass Lee/PROPN/NNP/1/flat was/AUX/VBD/4/aux:pass convicted/VERB/VBN/0/root "+
		"of/ADP/IN/6/case fraud/NOUN/NN/4/obl by/ADP/IN/10/case Judge/PROPN/NNP/10/compound Ana/PROPN/NNP/4/obl:agent "+
		"Cruz/PROPN/NNP/9/flat ./PUNCT/./4/punct", "was=be convicted=convict", people)
	ev := event(t, d, "convicted")
	assert.Equal(t, "CONVICT", ev.Type)
	assert.Equal(t, map[string]string{"Anna Lee": "Arg1", "Ana Cruz": "Arg0"}, roles(d, ev))
}

func TestControlAndRaising(t *testing.T) {
	d := tree(t, "Dana/PROPN/NNP/3/nsubj Ruiz/PROPN/NNP/1/flat plans/VERB/VBZ/0/root to/PART/TO/5/mark sue/VERB/VB/3/xcomp "+
		"Vega/PROPN/NNP/7/compound Labs/PROPN/NNPS/5/obj ./PUNCT/./3/punct", "plans=plan", people)
	ev := event(t, d, "sue")
	assert.Equal(t, "LAWSUIT", ev.Type)
	assert.Equal(t, map[string]string{"Dana Ruiz": "Arg0", "Vega Labs": "Arg1"}, roles(d, ev), "subject control")

	d = tree(t, "Eva/PROPN/NNP/3/nsubj Stone/PROPN/NNP/1/flat urged/VERB/VBD/0/root Tom/PROPN/NNP/3/obj Hale/PROPN/NNP/4/flat "+
		"to/PART/TO/7/mark resign/VERB/VB/3/xcomp ./PUNCT/./3/punct", "urged=urge", people)
	assert.Equal(t, map[string]string{"Tom Hale": "Arg0"}, roles(d, event(t, d, "resign")),
		"object control: Tom Hale is the one who would resign (resign.01: the resigner is Arg0)")
	assert.Equal(t, map[string]string{"Eva Stone": "Arg0", "Tom Hale": "Arg1"}, roles(d, event(t, d, "urged")))

	d = tree(t, "Tom/PROPN/NNP/4/nsubj:pass Hale/PROPN/NNP/1/flat is/AUX/VBZ/4/aux:pass expected/VERB/VBN/0/root to/PART/TO/6/mark "+
		"win/VERB/VB/4/xcomp ./PUNCT/./4/punct", "is=be expected=expect", people)
	assert.Equal(t, map[string]string{"Tom Hale": "Arg0"}, roles(d, event(t, d, "win")), "raising: the subject of 'is expected'")
}

func TestRelativeClauses(t *testing.T) {
	d := tree(t, "Tom/PROPN/NNP/9/nsubj Hale/PROPN/NNP/1/flat ,/PUNCT/,/5/punct who/PRON/WP/5/nsubj founded/VERB/VBD/1/acl:relcl "+
		"Vega/PROPN/NNP/7/compound Labs/PROPN/NNPS/5/obj ,/PUNCT/,/5/punct quit/VERB/VBD/0/root ./PUNCT/./9/punct",
		"founded=found", people)
	assert.Equal(t, map[string]string{"Tom Hale": "Arg0", "Vega Labs": "Arg1"}, roles(d, event(t, d, "founded")),
		"'who' stands for the noun the clause modifies")
	assert.Equal(t, map[string]string{"Tom Hale": "Arg0"}, roles(d, event(t, d, "quit")), "the clause's object stays in it")

	d = tree(t, "Vega/PROPN/NNP/2/compound Labs/PROPN/NNPS/9/nsubj ,/PUNCT/,/7/punct which/PRON/WDT/7/obj Dana/PROPN/NNP/7/nsubj "+
		"Ruiz/PROPN/NNP/5/flat founded/VERB/VBD/2/acl:relcl ,/PUNCT/,/2/punct hired/VERB/VBD/0/root Ola/PROPN/NNP/9/obj "+
		"Berg/PROPN/NNP/10/flat ./PUNCT/./9/punct", "founded=found hired=hire", people)
	assert.Equal(t, map[string]string{"Dana Ruiz": "Arg0", "Vega Labs": "Arg1"}, roles(d, event(t, d, "founded")),
		"an object relative: 'which' is what was founded")
	assert.Equal(t, map[string]string{"Vega Labs": "Arg0", "Ola Berg": "Arg1"}, roles(d, event(t, d, "hired")))

	d = tree(t, "Ola/PROPN/NNP/11/nsubj Berg/PROPN/NNP/1/flat ,/PUNCT/,/4/punct released/VERB/VBN/1/acl by/ADP/IN/7/case "+
		"Vega/PROPN/NNP/7/compound Labs/PROPN/NNPS/4/obl:agent in/ADP/IN/9/case May/PROPN/NNP/4/obl ,/PUNCT/,/1/punct "+
		"joined/VERB/VBD/0/root Nova/PROPN/NNP/13/compound Corp/PROPN/NNP/11/obj ./PUNCT/./11/punct",
		"released=release joined=join", people)
	assert.Equal(t, map[string]string{"Ola Berg": "Arg1", "Vega Labs": "Arg0"}, roles(d, event(t, d, "released")),
		"a participle modifying a noun: the noun is what undergoes it")
	assert.Equal(t, map[string]string{"Ola Berg": "Arg0", "Nova Corp": "Arg1"}, roles(d, event(t, d, "joined")))
}

func TestCoordination(t *testing.T) {
	d := tree(t, "Kim/PROPN/NNP/6/nsubj Lund/PROPN/NNP/1/flat and/CCONJ/CC/4/cc Ola/PROPN/NNP/1/conj Berg/PROPN/NNP/4/flat "+
		"met/VERB/VBD/0/root in/ADP/IN/8/case Oslo/PROPN/NNP/6/obl ./PUNCT/./6/punct", "met=meet", people)
	assert.Equal(t, map[string]string{"Kim Lund": "Arg0", "Ola Berg": "Arg0"}, roles(d, event(t, d, "met")),
		"conjoined subjects share the role")

	d = tree(t, "Vega/PROPN/NNP/2/compound Labs/PROPN/NNPS/3/nsubj bought/VERB/VBD/0/root Nova/PROPN/NNP/5/compound "+
		"Corp/PROPN/NNP/3/obj and/CCONJ/CC/7/cc sold/VERB/VBD/3/conj Zeta/PROPN/NNP/9/compound Inc/PROPN/NNP/7/obj ./PUNCT/./3/punct",
		"bought=buy sold=sell", people)
	assert.Equal(t, map[string]string{"Vega Labs": "Arg0", "Nova Corp": "Arg1"}, roles(d, event(t, d, "bought")))
	assert.Equal(t, map[string]string{"Vega Labs": "Arg0", "Zeta Inc": "Arg1"}, roles(d, event(t, d, "sold")),
		"a conjoined verb shares the subject, not the object")
}

func TestApposition(t *testing.T) {
	d := tree(t, "The/DET/DT/3/det chief/ADJ/JJ/3/amod executive/NOUN/NN/8/nsubj ,/PUNCT/,/5/punct Dana/PROPN/NNP/3/appos "+
		"Ruiz/PROPN/NNP/5/flat ,/PUNCT/,/5/punct resigned/VERB/VBD/0/root on/ADP/IN/10/case Monday/PROPN/NNP/8/obl ./PUNCT/./8/punct",
		"resigned=resign", people, "Monday=2024-02-26")
	ev := event(t, d, "resigned")
	assert.Equal(t, map[string]string{"Dana Ruiz": "Arg0"}, roles(d, ev), "the name in apposition to the subject")
	assert.Equal(t, "2024-02-26", ev.Time)
}

func TestNounArguments(t *testing.T) {
	d := tree(t, "Police/NOUN/NNS/2/nsubj confirmed/VERB/VBD/0/root the/DET/DT/4/det death/NOUN/NN/2/obj of/ADP/IN/6/case "+
		"Ola/PROPN/NNP/4/nmod Berg/PROPN/NNP/6/flat ./PUNCT/./2/punct", "confirmed=confirm", people)
	assert.Equal(t, map[string]string{"Ola Berg": "Arg1"}, roles(d, event(t, d, "death")))

	d = tree(t, "Analysts/NOUN/NNS/2/nsubj welcomed/VERB/VBD/0/root the/DET/DT/4/det acquisition/NOUN/NN/2/obj of/ADP/IN/7/case "+
		"Nova/PROPN/NNP/7/compound Corp/PROPN/NNP/4/nmod by/ADP/IN/10/case Vega/PROPN/NNP/10/compound Labs/PROPN/NNPS/4/nmod ./PUNCT/./2/punct",
		"welcomed=welcome", people)
	assert.Equal(t, map[string]string{"Nova Corp": "Arg1", "Vega Labs": "Arg0"}, roles(d, event(t, d, "acquisition")))

	d = tree(t, "Talks/NOUN/NNS/8/nsubj between/ADP/IN/3/case Kim/PROPN/NNP/1/nmod Lund/PROPN/NNP/3/flat and/CCONJ/CC/6/cc "+
		"Ola/PROPN/NNP/3/conj Berg/PROPN/NNP/6/flat ended/VERB/VBD/0/root ./PUNCT/./8/punct", "Talks=talks ended=end", people)
	ev := event(t, d, "Talks")
	assert.Equal(t, "MEET", ev.Type)
	assert.Equal(t, map[string]string{"Kim Lund": "Arg0", "Ola Berg": "Arg0"}, roles(d, ev))
}

func TestHearerIsArg2(t *testing.T) {
	d := tree(t, "Tom/PROPN/NNP/3/nsubj Hale/PROPN/NNP/1/flat told/VERB/VBD/0/root Eva/PROPN/NNP/3/obj Stone/PROPN/NNP/4/flat "+
		"that/SCONJ/IN/9/mark he/PRON/PRP/9/nsubj would/AUX/MD/9/aux stay/VERB/VB/3/ccomp ./PUNCT/./3/punct", "told=tell", people)
	ev := event(t, d, "told")
	assert.Equal(t, "STATEMENT", ev.Type)
	assert.Equal(t, map[string]string{"Tom Hale": "Arg0", "Eva Stone": "Arg2"}, roles(d, ev))
}

func TestPlaceIsThePredicatesOwn(t *testing.T) {
	d := tree(t, "Some/DET/DT/2/det delegates/NOUN/NNS/8/nsubj at/ADP/IN/5/case the/DET/DT/5/det convention/NOUN/NN/2/nmod "+
		"in/ADP/IN/7/case Philadelphia/PROPN/NNP/5/nmod said/VERB/VBD/0/root the/DET/DT/10/det vote/NOUN/NN/12/nsubj:pass "+
		"was/AUX/VBD/12/aux:pass rigged/VERB/VBN/8/ccomp ./PUNCT/./8/punct", "delegates=delegate said=say was=be rigged=rig", people)
	assert.Equal(t, -1, event(t, d, "said").Place, "the delegates' convention is not where they spoke")
	ev := event(t, d, "convention")
	require.GreaterOrEqual(t, ev.Place, 0)
	assert.Equal(t, "Philadelphia", d.Mentions[ev.Place].Text)

	d = tree(t, "Vega/PROPN/NNP/2/compound Labs/PROPN/NNPS/4/nsubj will/AUX/MD/4/aux cut/VERB/VB/0/root jobs/NOUN/NNS/4/obj "+
		"in/ADP/IN/7/case France/PROPN/NNP/4/obl and/CCONJ/CC/9/cc Spain/PROPN/NNP/7/conj ./PUNCT/./4/punct", "jobs=job", people)
	ev = event(t, d, "cut")
	require.GreaterOrEqual(t, ev.Place, 0)
	assert.Equal(t, "France", d.Mentions[ev.Place].Text)
	assert.Equal(t, map[string]string{"Vega Labs": "Arg0", "jobs": "Arg1", "Spain": "Argm-LOC"}, roles(d, ev),
		"every place conjoined; the jobs, an abstract object, are what is cut")
}

func TestTimeOfAMisattachedOblique(t *testing.T) {
	// the parser hangs "on Monday" on the jury: a time modifies no jury
	d := tree(t, "Anna/PROPN/NNP/4/nsubj:pass Lee/PROPN/NNP/1/flat was/AUX/VBD/4/aux:pass convicted/VERB/VBN/0/root "+
		"by/ADP/IN/7/case a/DET/DT/7/det jury/NOUN/NN/4/obl:agent in/ADP/IN/9/case Ohio/PROPN/NNP/7/nmod on/ADP/IN/11/case "+
		"Monday/PROPN/NNP/7/nmod ./PUNCT/./4/punct", "was=be convicted=convict", people, "Monday=2024-02-26")
	assert.Equal(t, "2024-02-26", event(t, d, "convicted").Time)

	// but the date of an event noun is the noun's
	d = tree(t, "Anna/PROPN/NNP/4/nsubj:pass Lee/PROPN/NNP/1/flat was/AUX/VBD/4/aux:pass convicted/VERB/VBN/0/root "+
		"in/ADP/IN/8/case the/DET/DT/8/det 2015/NUM/CD/8/nummod death/NOUN/NN/4/obl of/ADP/IN/10/case Ola/PROPN/NNP/8/nmod "+
		"Berg/PROPN/NNP/10/flat ./PUNCT/./4/punct", "was=be convicted=convict", people, "2015=2015")
	assert.Equal(t, "", event(t, d, "convicted").Time)
	death := event(t, d, "death")
	assert.Equal(t, "2015", death.Time)
	assert.Equal(t, map[string]string{"Ola Berg": "Arg1"}, roles(d, death))
}

func TestPlaceAndTimeHungOnAPerson(t *testing.T) {
	// the parser hangs "in Rotterdam on June 8" on "the mayor": where and
	// when they met, not a kind of mayor
	d := tree(t, "Kim/PROPN/NNP/3/nsubj Lund/PROPN/NNP/1/flat met/VERB/VBD/0/root Ola/PROPN/NNP/3/obj Berg/PROPN/NNP/4/flat "+
		",/PUNCT/,/8/punct the/DET/DT/8/det mayor/NOUN/NN/4/appos ,/PUNCT/,/11/punct in/ADP/IN/11/case Oslo/PROPN/NNP/8/nmod "+
		"on/ADP/IN/13/case June/PROPN/NNP/8/nmod 8/NUM/CD/13/nummod ./PUNCT/./3/punct", "met=meet", people, "June 8=2024-06-08")
	ev := event(t, d, "met")
	require.GreaterOrEqual(t, ev.Place, 0)
	assert.Equal(t, "Oslo", d.Mentions[ev.Place].Text)
	assert.Equal(t, "2024-06-08", ev.Time)

	d = tree(t, "Vega/PROPN/NNP/2/compound Labs/PROPN/NNPS/3/nsubj closed/VERB/VBD/0/root the/DET/DT/5/det plant/NOUN/NN/3/obj "+
		"in/ADP/IN/7/case Ohio/PROPN/NNP/5/nmod ./PUNCT/./3/punct", "closed=close", people)
	assert.Equal(t, -1, event(t, d, "closed").Place, "the plant is in Ohio")
}

func TestAnObjectOnlyControlsWithVerbsThatTakeOne(t *testing.T) {
	// the parser hangs the relative "that" on "intends": it is what is closed
	d := tree(t, "the/DET/DT/2/det plants/NOUN/NNS/0/root that/PRON/WDT/5/obj Vega/PROPN/NNP/5/nsubj intends/VERB/VBZ/2/acl:relcl "+
		"to/PART/TO/7/mark close/VERB/VB/5/xcomp", "plants=plant intends=intend", map[string]doc.EntityType{"Vega": doc.Organization})
	assert.Equal(t, map[string]string{"Vega": "Arg0", "the plants that Vega intends to close": "Arg1"},
		roles(d, event(t, d, "close")), "Vega closes; the plants, no entity, are the thing closed")
}

func TestAmountsAndTimesAreNoParticipants(t *testing.T) {
	d := tree(t, "Nova/PROPN/NNP/2/compound Corp/PROPN/NNP/3/nsubj gained/VERB/VBD/0/root hundreds/NOUN/NNS/3/obj "+
		"of/ADP/IN/6/case points/NOUN/NNS/4/nmod ./PUNCT/./3/punct", "gained=gain hundreds=hundred points=point",
		map[string]doc.EntityType{"Nova Corp": doc.Organization, "hundreds": doc.Other})
	assert.Equal(t, map[string]string{"Nova Corp": "Arg1"}, roles(d, event(t, d, "gained")), "what rose, not by how much")

	d = tree(t, "the/DET/DT/4/det 12:00/NUM/CD/3/nummod UTC/PROPN/NNP/4/compound announcement/NOUN/NN/0/root by/ADP/IN/6/case "+
		"Vega/PROPN/NNP/4/nmod", "", map[string]doc.EntityType{"UTC": doc.Organization, "Vega": doc.Organization}, "12:00 UTC=2024-03-01")
	assert.Equal(t, map[string]string{"Vega": "Arg0"}, roles(d, event(t, d, "announcement")), "a time zone inside a time is no one")
}

func TestAnnouncedUndertakingsAreTheAnnouncers(t *testing.T) {
	d := tree(t, "Vega/PROPN/NNP/2/compound Labs/PROPN/NNPS/3/nsubj announced/VERB/VBD/0/root job/NOUN/NN/5/compound "+
		"cuts/NOUN/NNS/3/obj in/ADP/IN/7/case France/PROPN/NNP/5/nmod ./PUNCT/./3/punct", "announced=announce cuts=cut", people)
	cuts := event(t, d, "cuts")
	assert.Equal(t, "DECREASE", cuts.Type)
	assert.Equal(t, map[string]string{"Vega Labs": "Arg0"}, roles(d, cuts))
	assert.Equal(t, "France", d.Mentions[cuts.Place].Text)

	d = tree(t, "Police/NOUN/NNS/2/nsubj announced/VERB/VBD/0/root the/DET/DT/4/det death/NOUN/NN/2/obj of/ADP/IN/6/case "+
		"Ola/PROPN/NNP/4/nmod Berg/PROPN/NNP/6/flat ./PUNCT/./2/punct", "announced=announce", people)
	assert.Equal(t, map[string]string{"Ola Berg": "Arg1"}, roles(d, event(t, d, "death")), "a death is not the announcer's")

	d = tree(t, "Vega/PROPN/NNP/2/compound Labs/PROPN/NNPS/5/nmod:poss 's/PART/POS/2/case Spain/PROPN/NNP/5/compound "+
		"sales/NOUN/NNS/6/nsubj rose/VERB/VBD/0/root ./PUNCT/./6/punct", "sales=sale rose=rise", people)
	sales := event(t, d, "sales")
	assert.Equal(t, map[string]string{"Vega Labs": "Arg0"}, roles(d, sales))
	require.GreaterOrEqual(t, sales.Place, 0)
	assert.Equal(t, "Spain", d.Mentions[sales.Place].Text, "a place compounded with an event noun is where")
}

func TestForToInfinitiveTakesThePrepositionsNoun(t *testing.T) {
	// "for the US to act" and "on the US to act": the parser hangs the
	// noun on the verb before; it is the subject of the infinitive
	d := tree(t, "Eva/PROPN/NNP/3/nsubj Stone/PROPN/NNP/1/flat called/VERB/VBD/0/root on/ADP/IN/6/case Vega/PROPN/NNP/6/compound "+
		"Labs/PROPN/NNPS/3/obl to/PART/TO/8/mark resign/VERB/VB/3/xcomp ./PUNCT/./3/punct", "called=call", people)
	assert.Equal(t, "DEMAND", event(t, d, "called").Type)
	assert.Equal(t, map[string]string{"Eva Stone": "Arg0", "Vega Labs": "Arg1"}, roles(d, event(t, d, "called")))
	assert.Equal(t, map[string]string{"Vega Labs": "Arg0"}, roles(d, event(t, d, "resign")), "Vega Labs is to resign, not Eva Stone")
	assert.Equal(t, "FUTURE", event(t, d, "resign").Factuality.Time)
}

func TestSupportAndAspectualVerbsLendTimeAndPlace(t *testing.T) {
	d := tree(t, "Vega/PROPN/NNP/2/compound Labs/PROPN/NNPS/3/nsubj began/VERB/VBD/0/root conducting/VERB/VBG/3/xcomp "+
		"raids/NOUN/NNS/4/obj in/ADP/IN/7/case Ohio/PROPN/NNP/4/obl in/ADP/IN/9/case 2014/NUM/CD/4/obl ./PUNCT/./3/punct",
		"began=begin conducting=conduct raids=raid", people, "2014=2014")
	assert.False(t, hasEvent(d, "began"), "beginning is when the raids ran")
	assert.False(t, hasEvent(d, "conducting"), "conducting raids is the raids")
	raids := event(t, d, "raids")
	assert.Equal(t, "ATTACK", raids.Type)
	assert.Equal(t, map[string]string{"Vega Labs": "Arg0"}, roles(d, raids))
	assert.Equal(t, "2014", raids.Time)
	assert.Equal(t, "Ohio", d.Mentions[raids.Place].Text)
}

func TestStatementNounsTakeTheirSpeaker(t *testing.T) {
	d := tree(t, "Tom/PROPN/NNP/3/nsubj Hale/PROPN/NNP/1/flat replied/VERB/VBD/0/root in/ADP/IN/6/case a/DET/DT/6/det "+
		"statement/NOUN/NN/3/obl ./PUNCT/./3/punct", "replied=reply", people)
	assert.Equal(t, map[string]string{"Tom Hale": "Arg0"}, roles(d, event(t, d, "statement")), "his statement")

	d = tree(t, "Eva/PROPN/NNP/3/nsubj Stone/PROPN/NNP/1/flat launched/VERB/VBD/0/root a/DET/DT/5/det round/NOUN/NN/3/obj "+
		"of/ADP/IN/7/case attacks/NOUN/NNS/5/nmod ./PUNCT/./3/punct", "launched=launch attacks=attack", people)
	assert.False(t, hasEvent(d, "launched"), "launching a round of attacks founds nothing")
	assert.Equal(t, map[string]string{"Eva Stone": "Arg0"}, roles(d, event(t, d, "attacks")))
}

func TestDatelineIsNoParticipant(t *testing.T) {
	d := tree(t, "OSLO/PROPN/NNP/5/compound ―/PUNCT/:/1/punct Vega/PROPN/NNP/4/compound Labs/PROPN/NNPS/5/nsubj "+
		"announced/VERB/VBD/0/root cuts/NOUN/NNS/5/obj ./PUNCT/./5/punct", "announced=announce cuts=cut",
		map[string]doc.EntityType{"OSLO": doc.Place, "Vega Labs": doc.Organization})
	assert.Equal(t, map[string]string{"Vega Labs": "Arg0"}, roles(d, event(t, d, "announced")), "the dateline says where it was filed")
}

func TestWhenClauseTakesTheTimeItModifies(t *testing.T) {
	// the parser hangs the when-clause on the main verb; it tells what happened in 2018
	d := tree(t, "Kim/PROPN/NNP/4/nsubj:pass Lund/PROPN/NNP/1/flat was/AUX/VBD/4/aux:pass elected/VERB/VBN/0/root in/ADP/IN/6/case "+
		"2018/NUM/CD/4/obl when/ADV/WRB/9/advmod she/PRON/PRP/9/nsubj defeated/VERB/VBD/4/advcl Ola/PROPN/NNP/9/obj "+
		"Berg/PROPN/NNP/10/flat ./PUNCT/./4/punct", "was=be elected=elect defeated=defeat", people, "2018=2018")
	assert.Equal(t, "2018", event(t, d, "defeated").Time)
}

func TestAStrandedOfPhraseStillBelongsToItsNoun(t *testing.T) {
	// the parser lost "of Ola Berg" (hung on the final stop): a preposition is always a case marker
	d := tree(t, "She/PRON/PRP/2/nsubj sought/VERB/VBD/0/root the/DET/DT/4/det release/NOUN/NN/2/obj of/ADP/IN/8/advmod "+
		"Ola/PROPN/NNP/8/advmod Berg/PROPN/NNP/6/flat ./PUNCT/./2/punct", "sought=seek", people)
	assert.Equal(t, map[string]string{"Ola Berg": "Arg1"}, roles(d, event(t, d, "release")))
}

func TestATimeAfterTheComplementIsTheComplements(t *testing.T) {
	// the parser hangs "in June" on "announced": it dates the opening
	d := tree(t, "Vega/PROPN/NNP/2/compound Labs/PROPN/NNPS/3/nsubj announced/VERB/VBD/0/root that/SCONJ/IN/6/mark it/PRON/PRP/6/nsubj "+
		"opens/VERB/VBZ/3/ccomp in/ADP/IN/8/case June/PROPN/NNP/3/obl ./PUNCT/./3/punct", "announced=announce opens=open",
		people, "June=2024-06")
	assert.Equal(t, "", event(t, d, "announced").Time)

	// a quote before the verb leaves the time after it to the verb
	d = tree(t, "We/PRON/PRP/2/nsubj won/VERB/VBD/6/ccomp ,/PUNCT/,/2/punct Tom/PROPN/NNP/6/nsubj Hale/PROPN/NNP/4/flat "+
		"said/VERB/VBD/0/root on/ADP/IN/8/case Monday/PROPN/NNP/6/obl ./PUNCT/./6/punct", "won=win said=say",
		people, "Monday=2024-02-26")
	assert.Equal(t, "2024-02-26", event(t, d, "said").Time)
}

func TestAnObjectHungOnTheFullStopIsStillTheObject(t *testing.T) {
	// a parser hangs "Ola Berg in Oslo" on the full stop
	d := tree(t, "Kim/PROPN/NNP/3/nsubj Lund/PROPN/NNP/1/flat met/VERB/VBD/0/root Ola/PROPN/NNP/8/compound Berg/PROPN/NNP/4/flat "+
		"in/ADP/IN/7/case Oslo/PROPN/NNP/4/nmod ./PUNCT/./3/punct", "met=meet", people)
	ev := event(t, d, "met")
	assert.Equal(t, map[string]string{"Kim Lund": "Arg0", "Ola Berg": "Arg1"}, roles(d, ev))
	require.GreaterOrEqual(t, ev.Place, 0)
	assert.Equal(t, "Oslo", d.Mentions[ev.Place].Text)
}

func TestAPurposeHungOnTheFirstConjunctIsTheNearerOnes(t *testing.T) {
	// "The show is in its fifth season, and Kim Lund flew to Oslo to meet Ola Berg": the parser hangs "to
	// meet" on "season"; Kim Lund is the one who flew to meet him
	d := tree(t, "The/DET/DT/2/det show/NOUN/NN/7/nsubj is/AUX/VBZ/7/cop in/ADP/IN/7/case its/PRON/PRP$/7/nmod:poss "+
		"fifth/ADJ/JJ/7/amod season/NOUN/NN/0/root ,/PUNCT/,/12/punct and/CCONJ/CC/12/cc Kim/PROPN/NNP/12/nsubj "+
		"Lund/PROPN/NNP/10/flat flew/VERB/VBD/7/conj to/ADP/IN/14/case Oslo/PROPN/NNP/12/obl to/PART/TO/16/mark "+
		"meet/VERB/VB/7/advcl Ola/PROPN/NNP/16/obj Berg/PROPN/NNP/17/flat ./PUNCT/./7/punct", "flew=fly", people)
	assert.Equal(t, map[string]string{"Kim Lund": "Arg0", "Ola Berg": "Arg1"}, roles(d, event(t, d, "meet")))
	assert.True(t, event(t, d, "meet").Factuality.Asserted(), "the purpose of a journey told as done")
}

func TestAnInfinitiveOnANounTakesTheNounsAgent(t *testing.T) {
	d := tree(t, "Nova/PROPN/NNP/2/compound Corp/PROPN/NNP/4/nmod:poss 's/PART/POS/2/case plan/NOUN/NN/0/root to/PART/TO/6/mark "+
		"acquire/VERB/VB/4/acl Vega/PROPN/NNP/8/compound Labs/PROPN/NNPS/6/obj", "acquire=acquire", people)
	assert.Equal(t, map[string]string{"Nova Corp": "Arg0", "Vega Labs": "Arg1"}, roles(d, event(t, d, "acquire")),
		"the possessor of the plan acquires")

	d = tree(t, "Nova/PROPN/NNP/2/compound Corp/PROPN/NNP/3/compound plans/NOUN/NNS/0/root to/PART/TO/5/mark "+
		"acquire/VERB/VB/3/acl Vega/PROPN/NNP/7/compound Labs/PROPN/NNPS/5/obj", "plans=plan acquire=acquire", people)
	assert.Equal(t, map[string]string{"Nova Corp": "Arg0", "Vega Labs": "Arg1"}, roles(d, event(t, d, "acquire")),
		"a headline's 'X plans to' parsed as a noun: the firm compounded with it acquires")
}

// Where a mover came from is no place of the event.
func TestOriginIsNoPlace(t *testing.T) {
	d := parsed(t, "Kim Lund came from France in 2014.", people)
	ev := event(t, d, "came")
	assert.Equal(t, -1, ev.Place, "France is where she came from")
	assert.Equal(t, "Arg2", roles(d, ev)["France"])

	d = parsed(t, "Kim Lund and Ola Berg from France have lived in Ohio since 2014.", people)
	ev = event(t, d, "lived")
	require.GreaterOrEqual(t, ev.Place, 0)
	assert.Equal(t, "Ohio", d.Mentions[ev.Place].Text)
	assert.NotContains(t, roles(d, ev), "France")

	d = parsed(t, "Kim Lund reported from France.", people)
	require.GreaterOrEqual(t, event(t, d, "reported").Place, 0, "a report from a place is made there")
}

// A causative or perception verb's object does what its bare infinitive
// says.
func TestCausativeObjectIsTheAgent(t *testing.T) {
	d := parsed(t, "Eva Stone made Ola Berg sign the contract.", people)
	assert.Equal(t, "Arg0", roles(d, event(t, d, "sign"))["Ola Berg"])
	assert.NotContains(t, roles(d, event(t, d, "sign")), "Eva Stone")

	d = parsed(t, "Kim Lund watched Tom Hale leave the stadium.", people)
	assert.Equal(t, "Arg0", roles(d, event(t, d, "leave"))["Tom Hale"])
}

// A title the parser took for the head of the name after it stands for
// the named person.
func TestTitleBeforeNameIsThePerson(t *testing.T) {
	names := map[string]doc.EntityType{"Ola Berg": doc.Person, "Vega Labs": doc.Organization, "Ohio": doc.Place}
	d := tree(t, "Vega/PROPN/NNP/2/compound Labs/PROPN/NNPS/3/nsubj hired/VERB/VBD/0/root Ohio/PROPN/NNP/5/compound "+
		"chemist/NOUN/NN/3/obj Ola/PROPN/NNP/3/dep Berg/PROPN/NNP/6/flat ./PUNCT/./3/punct", "hired=hire", names)
	assert.Equal(t, map[string]string{"Vega Labs": "Arg0", "Ola Berg": "Arg1"}, roles(d, event(t, d, "hired")))
}

// A dateline with a date and an agency is where and by whom the report
// was filed: neither takes part.
func TestDatelineWithDateIsNoParticipant(t *testing.T) {
	names := map[string]doc.EntityType{"OSLO": doc.Place, "Eva Stone": doc.Person, "Vega Labs": doc.Organization,
		"Reuters": doc.Organization}
	d := tree(t, "OSLO/PROPN/NNP/11/nsubj ,/PUNCT/,/3/punct March/PROPN/NNP/1/appos 3/NUM/CD/3/nummod (/PUNCT/-LRB-/6/punct "+
		"Reuters/PROPN/NNP/1/appos )/PUNCT/-RRB-/6/punct —/PUNCT/:/1/punct Eva/PROPN/NNP/11/nsubj Stone/PROPN/NNP/9/flat "+
		"criticized/VERB/VBD/0/root Vega/PROPN/NNP/11/obj Labs/PROPN/NNPS/12/flat ./PUNCT/./11/punct", "criticized=criticize", names)
	assert.Equal(t, map[string]string{"Eva Stone": "Arg0", "Vega Labs": "Arg1"}, roles(d, event(t, d, "criticized")))
}

// A place that picks out a group is no place of the event; a place where
// things are sent is.
func TestGroupPlaceAndDestination(t *testing.T) {
	d := tree(t, "Eva/PROPN/NNP/3/nsubj Stone/PROPN/NNP/1/flat called/VERB/VBD/0/root for/ADP/IN/5/case aid/NOUN/NN/3/obl "+
		"for/ADP/IN/7/case farmers/NOUN/NNS/3/obl in/ADP/IN/9/case Ohio/PROPN/NNP/7/nmod ./PUNCT/./3/punct", "called=call", people)
	e := d.AddEntity(doc.Entity{ID: "farmers", Name: "farmers", Type: doc.Person})
	d.Mentions = append(d.Mentions, doc.Mention{Span: span(d.Text, "farmers"), Text: "farmers", Kind: doc.Nominal,
		Type: doc.Person, Entity: e, FirstTok: 6, LastTok: 7})
	d.Entities[e].Mentions = []int{len(d.Mentions) - 1}
	FindEvents(d)
	assert.Equal(t, -1, event(t, d, "called").Place, "the farmers are those of Ohio")

	d = parsed(t, "Kim Lund met with Ola Berg in Oslo.", people)
	require.GreaterOrEqual(t, event(t, d, "met").Place, 0, "a named person's place is where they met")

	d = parsed(t, "Tom Hale sent troops to Spain.", people)
	ev := event(t, d, "sent")
	require.GreaterOrEqual(t, ev.Place, 0)
	assert.Equal(t, "Spain", d.Mentions[ev.Place].Text)
}

// "called for X to act and for Y to act": each infinitive's agent is its
// own for-phrase, also when the parser conjoined the second with a noun.
func TestSecondForPhraseIsItsInfinitivesAgent(t *testing.T) {
	d := tree(t, "Eva/PROPN/NNP/3/nsubj Stone/PROPN/NNP/1/flat called/VERB/VBD/0/root for/ADP/IN/5/case Ohio/PROPN/NNP/3/obl "+
		"to/PART/TO/7/mark act/VERB/VB/3/advcl on/ADP/IN/10/case the/DET/DT/10/det matter/NOUN/NN/7/obl and/CCONJ/CC/14/cc "+
		"for/ADP/IN/14/case Vega/PROPN/NNP/14/compound Labs/PROPN/NNPS/10/conj to/PART/TO/16/mark pay/VERB/VB/3/advcl "+
		"Ola/PROPN/NNP/16/obj Berg/PROPN/NNP/17/flat ./PUNCT/./3/punct", "called=call", people)
	assert.Equal(t, "Arg0", roles(d, event(t, d, "pay"))["Vega Labs"])
	assert.NotContains(t, roles(d, event(t, d, "pay")), "Eva Stone")
}

// A gerund left without its subject takes the object before it: "the
// survey shows X leading Y".
func TestSmallClauseGerundSubject(t *testing.T) {
	d := tree(t, "The/DET/DT/2/det survey/NOUN/NN/3/nsubj shows/VERB/VBZ/0/root Eva/PROPN/NNP/3/obj Stone/PROPN/NNP/4/flat "+
		"beating/VERB/VBG/3/ccomp Ola/PROPN/NNP/6/obj Berg/PROPN/NNP/7/flat ./PUNCT/./3/punct", "shows=show beating=beat", people)
	assert.Equal(t, map[string]string{"Eva Stone": "Arg0", "Ola Berg": "Arg1"}, roles(d, event(t, d, "beating")))
}

// A verb that speaks in a dated interview or statement is dated by it.
func TestSpeakingInADatedInterview(t *testing.T) {
	d := tree(t, "In/ADP/IN/3/case an/DET/DT/3/det interview/NOUN/NN/8/obl Friday/PROPN/NNP/3/nmod:tmod ,/PUNCT/,/3/punct "+
		"Eva/PROPN/NNP/8/nsubj Stone/PROPN/NNP/6/flat said/VERB/VBD/0/root ./PUNCT/./8/punct", "said=say", people,
		"Friday=2024-03-01")
	assert.Equal(t, "2024-03-01", event(t, d, "said").Time)
}

// The gerund of a verb that proposes an act has no agent from the clause.
// (Not "suggested closing Vega Labs": the beam parser reads "closing" as an
// adjective of the name there, a misparse no rule on the gerund survives.)
func TestProposedActHasNoAgent(t *testing.T) {
	d := parsed(t, "Eva Stone suggested closing the offices of Vega Labs.", people)
	assert.Equal(t, map[string]string{"the offices of Vega Labs": "Arg1"}, roles(d, event(t, d, "closing")))

	d = parsed(t, "Eva Stone stopped funding the clinic.", people)
	assert.Equal(t, "Arg0", roles(d, event(t, d, "funding"))["Eva Stone"], "other verbs still control it")
}

// A causative verb controls its infinitive only through an object that
// can act: "made a mistake in the check" (the noun check parsed as a verb)
// leaves the checker the subject.
func TestCausativeNeedsAnAgentObject(t *testing.T) {
	d := tree(t, "Vega/PROPN/NNP/2/compound Labs/PROPN/NNPS/3/nsubj made/VERB/VBD/0/root a/DET/DT/5/det mistake/NOUN/NN/3/obj "+
		"in/ADP/IN/8/case the/DET/DT/8/det audit/NOUN/NN/5/nmod check/VERB/VB/3/xcomp for/ADP/IN/12/case "+
		"Ola/PROPN/NNP/12/compound Berg/PROPN/NNP/9/obl ./PUNCT/./3/punct", "made=make", people)
	assert.Equal(t, "Arg0", roles(d, event(t, d, "check"))["Vega Labs"])
}

// A name that opens a relative clause on the noun before it is no title's
// holder, and an expletive object controls nothing.
func TestNameOpeningARelativeClauseAndExpletiveIt(t *testing.T) {
	d := tree(t, "Eva/PROPN/NNP/3/nsubj Stone/PROPN/NNP/1/flat criticized/VERB/VBD/0/root the/DET/DT/5/det remarks/NOUN/NNS/3/obj "+
		"Ola/PROPN/NNP/8/nsubj Berg/PROPN/NNP/6/flat made/VERB/VBD/5/acl:relcl ./PUNCT/./3/punct", "criticized=criticize", people)
	assert.NotContains(t, roles(d, event(t, d, "criticized")), "Ola Berg")

	d = parsed(t, "The feud between Eva Stone and Ola Berg made it harder to reunite.", people)
	for _, ev := range d.Events {
		for _, a := range ev.Args {
			assert.NotEqual(t, "it", d.Mentions[a.Mention].Text)
		}
	}
}

// The town of the venue an event is at is where it happened.
func TestVenueTownIsThePlace(t *testing.T) {
	d := tree(t, "Eva/PROPN/NNP/3/nsubj Stone/PROPN/NNP/1/flat spoke/VERB/VBD/0/root at/ADP/IN/6/case a/DET/DT/6/det "+
		"museum/NOUN/NN/3/obl in/ADP/IN/8/case Oslo/PROPN/NNP/6/nmod ./PUNCT/./3/punct", "spoke=speak", people)
	ev := event(t, d, "spoke")
	require.GreaterOrEqual(t, ev.Place, 0)
	assert.Equal(t, "Oslo", d.Mentions[ev.Place].Text)
}

func TestTimeBesideAnObliqueOfADegreeAdverb(t *testing.T) {
	// the parser hangs "into the budget" on "deeper" and "Friday" on the
	// budget: Friday still dates the diving
	d := tree(t, "Dana/PROPN/NNP/3/nsubj Ruiz/PROPN/NNP/1/flat dove/VERB/VBD/0/root deeper/ADJ/JJR/3/advmod "+
		"into/ADP/IN/7/case the/DET/DT/7/det budget/NOUN/NN/4/obl Friday/PROPN/NNP/7/appos ./PUNCT/./3/punct",
		"dove=dive", people, "Friday=2024-03-01")
	assert.Equal(t, "2024-03-01", event(t, d, "dove").Time)

	// a year of an event noun there stays the noun's
	d = tree(t, "Dana/PROPN/NNP/3/nsubj Ruiz/PROPN/NNP/1/flat dove/VERB/VBD/0/root deeper/ADJ/JJR/3/advmod "+
		"into/ADP/IN/8/case the/DET/DT/8/det 2015/NUM/CD/8/nummod death/NOUN/NN/4/obl of/ADP/IN/10/case "+
		"Ola/PROPN/NNP/8/nmod Berg/PROPN/NNP/10/flat ./PUNCT/./3/punct",
		"dove=dive", people, "2015=2015")
	assert.Equal(t, "", event(t, d, "dove").Time)
}

func TestATimeTheAdverbMeasuresAgainstIsNoDate(t *testing.T) {
	// "ahead of Friday": the visit came before Friday, not on it
	d := tree(t, "Dana/PROPN/NNP/3/nsubj Ruiz/PROPN/NNP/1/flat toured/VERB/VBD/0/root Ohio/PROPN/NNP/3/obj "+
		"ahead/ADV/RB/3/advmod of/ADP/IN/7/case Friday/PROPN/NNP/5/obl ./PUNCT/./3/punct",
		"toured=tour", people, "Friday=2024-03-01")
	assert.Equal(t, "", event(t, d, "toured").Time)

	// "later in the week" places it then
	d = tree(t, "Dana/PROPN/NNP/3/nsubj Ruiz/PROPN/NNP/1/flat toured/VERB/VBD/0/root Ohio/PROPN/NNP/3/obj "+
		"later/ADV/RBR/3/advmod in/ADP/IN/8/case the/DET/DT/8/det week/NOUN/NN/5/obl ./PUNCT/./3/punct",
		"toured=tour", people, "the week=2024-W09")
	assert.Equal(t, "2024-W09", event(t, d, "toured").Time)
}

func TestAnAdverbHungOnTheFollowingParticiple(t *testing.T) {
	// the parser hangs "deeper" on "finding": "deeper into the budget
	// Friday" is the diving's, the comma closes it
	d := tree(t, "Dana/PROPN/NNP/3/nsubj Ruiz/PROPN/NNP/1/flat dove/VERB/VBD/0/root deeper/ADJ/JJR/10/advmod "+
		"into/ADP/IN/7/case the/DET/DT/7/det budget/NOUN/NN/4/obl Friday/PROPN/NNP/7/appos ,/PUNCT/,/10/punct "+
		"finding/VERB/VBG/3/advcl gaps/NOUN/NNS/10/obj ./PUNCT/./3/punct",
		"dove=dive finding=find", people, "Friday=2024-03-01")
	assert.Equal(t, "2024-03-01", event(t, d, "dove").Time)
}

// A headline drops the auxiliary of its passive, and the tagger may read
// the participle as a past tense: the by-phrase that acts tells it.
func TestHeadlinePastWithAgentIsPassive(t *testing.T) {
	d := tree(t, "Tom/PROPN/NNP/3/nsubj Hale/PROPN/NNP/1/flat removed/VERB/VBD/0/root from/ADP/IN/5/case office/NOUN/NN/3/obl "+
		"by/ADP/IN/8/case Vega/PROPN/NNP/8/compound Labs/PROPN/NNPS/3/obl", "removed=remove", people)
	assert.Equal(t, map[string]string{"Tom Hale": "Arg1", "Vega Labs": "Arg0"}, roles(d, event(t, d, "removed")))
}

// A passive's by-phrase that the parse hung on one of its obliques is
// still its agent: "was defeated in the vote by Eva Stone".
func TestPassiveAgentHungOnAnOblique(t *testing.T) {
	d := tree(t, "Tom/PROPN/NNP/4/nsubj:pass Hale/PROPN/NNP/1/flat was/AUX/VBD/4/aux:pass defeated/VERB/VBN/0/root in/ADP/IN/7/case "+
		"the/DET/DT/7/det runoff/NOUN/NN/4/obl by/ADP/IN/9/case Eva/PROPN/NNP/7/nmod Stone/PROPN/NNP/9/flat ./PUNCT/./4/punct",
		"was=be defeated=defeat", people)
	assert.Equal(t, map[string]string{"Tom Hale": "Arg1", "Eva Stone": "Arg0"}, roles(d, event(t, d, "defeated")))
}
