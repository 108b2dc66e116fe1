package event

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Each frame family, and how a trigger's sense comes from its arguments.

var people = map[string]doc.EntityType{"Kim Lund": doc.Person, "Ola Berg": doc.Person, "Eva Stone": doc.Person,
	"Tom Hale": doc.Person, "Dana Ruiz": doc.Person, "Rita Gale": doc.Person, "Anna Lee": doc.Person, "Ana Cruz": doc.Person,
	"Vega Labs": doc.Organization, "Nova Corp": doc.Organization, "Zeta Inc": doc.Organization,
	"Oslo": doc.Place, "Lyon": doc.Place, "Ohio": doc.Place, "France": doc.Place, "Spain": doc.Place, "Philadelphia": doc.Place}

func TestMeetingWithPlaceAndTime(t *testing.T) {
	d := tree(t, "Kim/PROPN/NNP/3/nsubj Lund/PROPN/NNP/1/flat met/VERB/VBD/0/root Ola/PROPN/NNP/3/obj Berg/PROPN/NNP/4/flat "+
		"in/ADP/IN/7/case Oslo/PROPN/NNP/3/obl on/ADP/IN/9/case Friday/PROPN/NNP/3/obl ./PUNCT/./3/punct",
		"met=meet", people, "Friday=2024-02-23")
	ev := event(t, d, "met")
	assert.Equal(t, "MEET", ev.Type)
	assert.Equal(t, map[string]string{"Kim Lund": "Arg0", "Ola Berg": "Arg1"}, roles(d, ev))
	require.GreaterOrEqual(t, ev.Place, 0)
	assert.Equal(t, "Oslo", d.Mentions[ev.Place].Text)
	assert.Equal(t, "2024-02-23", ev.Time)
	assert.True(t, ev.Factuality.Asserted())
}

// An infinitive of purpose after a verb of motion, which UD hangs on the
// motion verb, happens where the motion went, by the one who moved; a
// place it came from is not where it happened.
func TestPurposeOfAJourneyTakesItsDestination(t *testing.T) {
	d := tree(t, "Kim/PROPN/NNP/3/nsubj Lund/PROPN/NNP/1/flat flew/VERB/VBD/0/root to/ADP/IN/5/case Lyon/PROPN/NNP/3/obl "+
		",/PUNCT/,/7/punct France/PROPN/NNP/5/appos ,/PUNCT/,/10/punct to/PART/TO/10/mark meet/VERB/VB/3/advcl "+
		"with/ADP/IN/12/case Ola/PROPN/NNP/10/obl Berg/PROPN/NNP/12/flat ./PUNCT/./3/punct", "flew=fly", people)
	ev := event(t, d, "meet")
	assert.Equal(t, map[string]string{"Kim Lund": "Arg0", "Ola Berg": "Arg1", "France": "Argm-LOC"}, roles(d, ev))
	require.GreaterOrEqual(t, ev.Place, 0)
	assert.Equal(t, "Lyon", d.Mentions[ev.Place].Text)

	d = tree(t, "Kim/PROPN/NNP/3/nsubj Lund/PROPN/NNP/1/flat flew/VERB/VBD/0/root from/ADP/IN/5/case Lyon/PROPN/NNP/3/obl "+
		"to/PART/TO/7/mark meet/VERB/VB/3/advcl Ola/PROPN/NNP/7/obj Berg/PROPN/NNP/8/flat ./PUNCT/./3/punct", "flew=fly", people)
	assert.Equal(t, -1, event(t, d, "meet").Place, "not met where she left")
}

// A phrasal verb of the lexicon is read whether the parser takes its
// particle for one or for an adverb.
func TestAnAdverbAfterTheVerbMayBeItsParticle(t *testing.T) {
	d := tree(t, "Ola/PROPN/NNP/3/nsubj Berg/PROPN/NNP/1/flat reached/VERB/VBD/0/root out/ADV/RB/3/advmod to/ADP/IN/7/case "+
		"Eva/PROPN/NNP/7/compound Stone/PROPN/NNP/3/obl ./PUNCT/./3/punct", "reached=reach", people)
	ev := event(t, d, "reached")
	assert.Equal(t, "COMMUNICATE", ev.Type)
	assert.Equal(t, map[string]string{"Ola Berg": "Arg0", "Eva Stone": "Arg2"}, roles(d, ev))
}

func TestJusticeFrames(t *testing.T) {
	d := tree(t, "Rita/PROPN/NNP/4/nsubj:pass Gale/PROPN/NNP/1/flat was/AUX/VBD/4/aux:pass arrested/VERB/VBN/0/root "+
		"in/ADP/IN/6/case Lyon/PROPN/NNP/4/obl and/CCONJ/CC/8/cc charged/VERB/VBN/4/conj with/ADP/IN/10/case "+
		"fraud/NOUN/NN/8/obl ./PUNCT/./4/punct", "was=be arrested=arrest charged=charge", people)
	arrest := event(t, d, "arrested")
	assert.Equal(t, "ARREST", arrest.Type)
	assert.Equal(t, map[string]string{"Rita Gale": "Arg1"}, roles(d, arrest))
	assert.Equal(t, "Lyon", d.Mentions[arrest.Place].Text)
	charge := event(t, d, "charged")
	assert.Equal(t, "CHARGE", charge.Type)
	assert.Equal(t, map[string]string{"Rita Gale": "Arg1"}, roles(d, charge), "the conjunct shares the passive and its subject")

	d = tree(t, "Police/NOUN/NNS/2/nsubj freed/VERB/VBD/0/root the/DET/DT/5/det two/NUM/CD/5/nummod hostages/NOUN/NNS/2/obj ./PUNCT/./2/punct",
		"freed=free hostages=hostage", people)
	assert.Equal(t, "RELEASE", event(t, d, "freed").Type, "people are set free")
}

func TestReleaseOfAStatementIsPublishing(t *testing.T) {
	d := tree(t, "Vega/PROPN/NNP/2/compound Labs/PROPN/NNPS/3/nsubj released/VERB/VBD/0/root a/DET/DT/5/det "+
		"statement/NOUN/NN/3/obj on/ADP/IN/7/case Monday/PROPN/NNP/3/obl ./PUNCT/./3/punct", "released=release", people)
	ev := event(t, d, "released")
	assert.Equal(t, "PUBLISH", ev.Type, "a statement is made public, nobody is freed")
	assert.Equal(t, map[string]string{"Vega Labs": "Arg0"}, roles(d, ev))
	assert.Equal(t, "STATEMENT", event(t, d, "statement").Type)
}

func TestChangeFramesNeedAThing(t *testing.T) {
	d := tree(t, "Vega/PROPN/NNP/2/compound Labs/PROPN/NNPS/3/compound shares/NOUN/NNS/4/nsubj fell/VERB/VBD/0/root "+
		"5/NUM/CD/6/nummod percent/NOUN/NN/4/obj ./PUNCT/./4/punct", "shares=share fell=fall", people)
	ev := event(t, d, "fell")
	assert.Equal(t, "DECREASE", ev.Type)
	assert.Equal(t, map[string]string{"Vega Labs shares": "Arg1"}, roles(d, ev),
		"the shares fell, not Vega Labs: an amount is no object, and what falls is Arg1")

	d = tree(t, "Ola/PROPN/NNP/3/nsubj Berg/PROPN/NNP/1/flat fell/VERB/VBD/0/root ./PUNCT/./3/punct", "fell=fall", people)
	assert.Equal(t, "FALL", event(t, d, "fell").Type, "a person falling is no decrease")

	d = tree(t, "Ola/PROPN/NNP/3/nsubj Berg/PROPN/NNP/1/flat fell/VERB/VBD/0/root for/ADP/IN/6/case the/DET/DT/6/det "+
		"scam/NOUN/NN/3/obl ./PUNCT/./3/punct", "fell=fall", people)
	assert.Equal(t, "DECEIVE", event(t, d, "fell").Type, "'fell for' is being taken in")

	d = tree(t, "Sales/NOUN/NNS/2/nsubj fell/VERB/VBD/0/root for/ADP/IN/6/case a/DET/DT/6/det third/ADJ/JJ/5/amod "+
		"month/NOUN/NN/2/obl ./PUNCT/./2/punct", "Sales=sale fell=fall", people)
	assert.Equal(t, "DECREASE", event(t, d, "fell").Type, "'for a third month' is a duration")
}

func TestPhrasalVerbs(t *testing.T) {
	d := tree(t, "Vega/PROPN/NNP/2/compound Labs/PROPN/NNPS/3/nsubj shut/VERB/VBD/0/root down/ADP/RP/3/compound:prt "+
		"its/PRON/PRP$/6/nmod:poss plant/NOUN/NN/3/obj ./PUNCT/./3/punct", "", people)
	assert.Equal(t, "CLOSURE", event(t, d, "shut").Type)
	d = tree(t, "Dana/PROPN/NNP/3/nsubj Ruiz/PROPN/NNP/1/flat stepped/VERB/VBD/0/root down/ADP/RP/3/compound:prt ./PUNCT/./3/punct",
		"stepped=step", people)
	ev := event(t, d, "stepped")
	assert.Equal(t, "RESIGN", ev.Type)
	assert.Equal(t, map[string]string{"Dana Ruiz": "Arg0"}, roles(d, ev))
	d = tree(t, "Ola/PROPN/NNP/3/nsubj Berg/PROPN/NNP/1/flat picked/VERB/VBD/0/root up/ADP/RP/3/compound:prt "+
		"the/DET/DT/6/det award/NOUN/NN/3/obj ./PUNCT/./3/punct", "picked=pick", people)
	assert.Equal(t, "PICK_UP", event(t, d, "picked").Type, "an unlisted verb and particle are typed by both")
}

func TestPoliticalFrames(t *testing.T) {
	d := tree(t, "Eva/PROPN/NNP/3/nsubj Stone/PROPN/NNP/1/flat slammed/VERB/VBD/0/root Tom/PROPN/NNP/3/obj "+
		"Hale/PROPN/NNP/4/flat ./PUNCT/./3/punct", "slammed=slam", people)
	ev := event(t, d, "slammed")
	assert.Equal(t, "CRITICIZE", ev.Type)
	assert.Equal(t, map[string]string{"Eva Stone": "Arg0", "Tom Hale": "Arg1"}, roles(d, ev))

	d = tree(t, "Eva/PROPN/NNP/3/nsubj Stone/PROPN/NNP/1/flat proposed/VERB/VBD/0/root a/DET/DT/5/det ban/NOUN/NN/3/obj "+
		"on/ADP/IN/7/case imports/NOUN/NNS/5/nmod ./PUNCT/./3/punct", "proposed=propose imports=import", people)
	assert.Equal(t, "PROPOSE", event(t, d, "proposed").Type)
	assert.Equal(t, "BAN", event(t, d, "ban").Type)

	d = tree(t, "Eva/PROPN/NNP/3/nsubj Stone/PROPN/NNP/1/flat won/VERB/VBD/0/root the/DET/DT/5/det "+
		"primary/NOUN/NN/3/obj ./PUNCT/./3/punct", "won=win", people)
	assert.Equal(t, "WIN", event(t, d, "won").Type)
	assert.Equal(t, "ELECTION", event(t, d, "primary").Type)

	d = tree(t, "Tom/PROPN/NNP/3/nsubj Hale/PROPN/NNP/1/flat retweeted/VERB/VBD/0/root a/DET/DT/5/det post/NOUN/NN/3/obj "+
		"by/ADP/IN/7/case Eva/PROPN/NNP/5/nmod Stone/PROPN/NNP/7/flat ./PUNCT/./3/punct", "retweeted=retweet", people)
	assert.Equal(t, "STATEMENT", event(t, d, "retweeted").Type)

	d = tree(t, "The/DET/DT/2/det city/NOUN/NN/3/nsubj canceled/VERB/VBD/0/root the/DET/DT/5/det parade/NOUN/NN/3/obj ./PUNCT/./3/punct",
		"canceled=cancel", people)
	assert.Equal(t, "CANCEL", event(t, d, "canceled").Type)

	d = tree(t, "Hackers/NOUN/NNS/2/nsubj hacked/VERB/VBD/0/root the/DET/DT/4/det servers/NOUN/NNS/2/obj of/ADP/IN/7/case "+
		"Vega/PROPN/NNP/7/compound Labs/PROPN/NNPS/4/nmod ./PUNCT/./2/punct", "hacked=hack servers=server", people)
	ev = event(t, d, "hacked")
	assert.Equal(t, "HACK", ev.Type)
	assert.Equal(t, map[string]string{"the servers of Vega Labs": "Arg1"}, roles(d, ev), "the servers are hacked, not their owner")
}

func TestSupportVerbLendsItsSubjectToTheNoun(t *testing.T) {
	d := tree(t, "The/DET/DT/3/det two/NUM/CD/3/nummod candidates/NOUN/NNS/4/nsubj held/VERB/VBD/0/root a/DET/DT/6/det "+
		"debate/NOUN/NN/4/obj in/ADP/IN/8/case Ohio/PROPN/NNP/6/nmod ./PUNCT/./4/punct", "held=hold", people)
	assert.False(t, hasEvent(d, "held"), "holding a debate is the debate")
	ev := event(t, d, "debate")
	assert.Equal(t, "DEBATE", ev.Type)
	assert.Equal(t, "Ohio", d.Mentions[ev.Place].Text)

	d = tree(t, "Vega/PROPN/NNP/2/compound Labs/PROPN/NNPS/3/nsubj posted/VERB/VBD/0/root a/DET/DT/5/det loss/NOUN/NN/3/obj ./PUNCT/./3/punct",
		"posted=post", people)
	assert.Equal(t, map[string]string{"Vega Labs": "Arg0"}, roles(d, event(t, d, "loss")))
}

func TestVerbOutsideTheFramesIsTypedByItsLemma(t *testing.T) {
	d := tree(t, "Vega/PROPN/NNP/2/compound Labs/PROPN/NNPS/3/nsubj supplies/VERB/VBZ/0/root Nova/PROPN/NNP/5/compound "+
		"Corp/PROPN/NNP/3/obj ./PUNCT/./3/punct", "supplies=supply", people)
	ev := event(t, d, "supplies")
	assert.Equal(t, "SUPPLY", ev.Type)
	assert.Equal(t, map[string]string{"Vega Labs": "Arg0", "Nova Corp": "Arg1"}, roles(d, ev))
}

func TestWhatIsNoTrigger(t *testing.T) {
	d := tree(t, "The/DET/DT/3/det elected/VERB/VBN/3/amod officials/NOUN/NNS/4/nsubj met/VERB/VBD/0/root ./PUNCT/./4/punct",
		"elected=elect officials=official met=meet", people)
	assert.False(t, hasEvent(d, "elected"), "a participle modifying a noun tells no election")
	assert.True(t, hasEvent(d, "met"))

	d = tree(t, "Kim/PROPN/NNP/3/nsubj Lund/PROPN/NNP/1/flat has/VERB/VBZ/0/root a/DET/DT/5/det house/NOUN/NN/3/obj ./PUNCT/./3/punct",
		"has=have", people)
	assert.Empty(t, d.Events, "having is a state")

	d = tree(t, "The/DET/DT/4/det Death/PROPN/NNP/3/compound Valley/PROPN/NNP/4/compound park/NOUN/NN/5/nsubj "+
		"reopened/VERB/VBD/0/root ./PUNCT/./5/punct", "reopened=reopen", map[string]doc.EntityType{"Death Valley": doc.Place})
	assert.False(t, hasEvent(d, "Death"), "a word inside a name is no trigger")

	d = tree(t, "The/DET/DT/2/det report/NOUN/NN/3/nsubj says/VERB/VBZ/0/root sales/NOUN/NNS/5/nsubj rose/VERB/VBD/3/ccomp ./PUNCT/./3/punct",
		"says=say sales=sale rose=rise", people)
	assert.False(t, hasEvent(d, "report"), "a report that speaks is a document")
	assert.True(t, hasEvent(d, "sales"))
}

func TestParsedExamples(t *testing.T) {
	d := parsed(t, "Tom Hale did not release the report.", people)
	ev := event(t, d, "release")
	assert.Equal(t, "PUBLISH", ev.Type, "a report is published")
	assert.Equal(t, "NEG", ev.Factuality.Polarity)
	assert.Equal(t, map[string]string{"Tom Hale": "Arg0", "the report": "Arg1"}, roles(d, ev))

	d = parsed(t, "The company declined to comment.", people)
	assert.Equal(t, "REFUSE", event(t, d, "declined").Type, "declining to comment is no decrease")
	comment := event(t, d, "comment")
	assert.Equal(t, "STATEMENT", comment.Type)
	assert.Equal(t, "NEG", comment.Factuality.Polarity)
}

func TestAnEventOutsideTheFramesNeedsAParticipant(t *testing.T) {
	d := tree(t, "Officials/NOUN/NNS/2/nsubj disrupted/VERB/VBD/0/root the/DET/DT/4/det network/NOUN/NN/2/obj ./PUNCT/./2/punct",
		"Officials=official disrupted=disrupt", people)
	assert.Empty(t, d.Events, "who disrupted what, the text does not name")
	d = tree(t, "Tom/PROPN/NNP/3/nsubj Hale/PROPN/NNP/1/flat disrupted/VERB/VBD/0/root the/DET/DT/5/det network/NOUN/NN/3/obj ./PUNCT/./3/punct",
		"disrupted=disrupt", people)
	assert.Equal(t, "DISRUPT", event(t, d, "disrupted").Type)
	d = tree(t, "The/DET/DT/2/det recession/NOUN/NN/3/nsubj deepened/VERB/VBD/0/root ./PUNCT/./3/punct", "deepened=deepen", people)
	assert.Equal(t, "CRISIS", event(t, d, "recession").Type, "a frame tells something without participants")
	d = tree(t, "Tom/PROPN/NNP/3/nsubj Hale/PROPN/NNP/1/flat thinks/VERB/VBZ/0/root Eva/PROPN/NNP/6/nsubj Stone/PROPN/NNP/4/flat "+
		"won/VERB/VBD/3/ccomp ./PUNCT/./3/punct", "thinks=think won=win", people)
	assert.False(t, hasEvent(d, "thinks"), "thinking is no event an analyst lists")
	assert.True(t, hasEvent(d, "won"))
}

func TestSensesFromTheTheme(t *testing.T) {
	d := tree(t, "Eva/PROPN/NNP/3/nsubj Stone/PROPN/NNP/1/flat raised/VERB/VBD/0/root $/SYM/$/3/obj 2/NUM/CD/6/compound "+
		"million/NUM/CD/4/nummod ./PUNCT/./3/punct", "raised=raise", people)
	assert.NotEqual(t, "INCREASE", event(t, d, "raised").Type, "an amount raised is no increase")
	d = tree(t, "Eva/PROPN/NNP/3/nsubj Stone/PROPN/NNP/1/flat raised/VERB/VBD/0/root money/NOUN/NN/3/obj ./PUNCT/./3/punct",
		"raised=raise", people)
	assert.Equal(t, "FUNDRAISE", event(t, d, "raised").Type)
	d = tree(t, "She/PRON/PRP/2/nsubj showed/VERB/VBD/0/root the/DET/DT/4/det strength/NOUN/NN/2/obj of/ADP/IN/6/case "+
		"conviction/NOUN/NN/4/nmod ./PUNCT/./2/punct", "showed=show", people)
	assert.False(t, hasEvent(d, "conviction"), "a conviction no one is named in is a belief")
}

// Markup a source left in the text names no event.
func TestNoTriggerInsideMarkup(t *testing.T) {
	d := parsed(t, `Eva Stone praised Ola Berg. <tweet tweet-id="4711"><tweet/>.`, people)
	assert.True(t, hasEvent(d, "praised"))
	assert.False(t, hasEvent(d, "tweet"), "a tag name")
}

// Participles used as prepositions and verbs under an expletive "it" head
// no event of their own.
func TestPrepositionsAndExpletivesAreNoEvents(t *testing.T) {
	d := parsed(t, "Given the debts of Nova Corp, Vega Labs sold its stake.", people)
	assert.False(t, hasEvent(d, "Given"))
	assert.True(t, hasEvent(d, "sold"))

	d = parsed(t, "The award was given to Eva Stone by Vega Labs.", people)
	assert.True(t, hasEvent(d, "given"), "a real giving")

	d = parsed(t, "It turns out that Vega Labs sold Nova Corp.", people)
	assert.False(t, hasEvent(d, "turns"))
	assert.True(t, hasEvent(d, "sold"))
	x := newCtx(d)
	assert.True(t, x.expletive(1), "the expletive it, whatever coreference makes of it")
	d = parsed(t, "Vega Labs turned out new phones.", people)
	assert.False(t, newCtx(d).expletive(2))
}

// The "up" of "up to 200" is no particle: the verb keeps its own frame and
// the amount is its theme.
func TestUpToAnAmountIsNoParticle(t *testing.T) {
	d := tree(t, "Ohio/PROPN/NNP/3/nsubj will/AUX/MD/3/aux host/VERB/VB/0/root up/ADP/RP/3/compound:prt to/ADP/TO/7/case "+
		"200/NUM/CD/7/nummod refugees/NOUN/NNS/3/obl ./PUNCT/./3/punct", "", people)
	ev := event(t, d, "host")
	assert.Equal(t, "HOST", ev.Type)
}

// A decision is a plan only when it is one to act; a ruling is not.
func TestDecisionToActIsAPlan(t *testing.T) {
	d := parsed(t, "Vega Labs decided to close the plant.", people)
	assert.Equal(t, "PLAN", event(t, d, "decided").Type)
	d = parsed(t, "The judges decided the case against Vega Labs.", people)
	assert.Equal(t, "DECIDE", event(t, d, "decided").Type)
	d = parsed(t, "The decision to close the plant angered Vega Labs.", people)
	assert.Equal(t, "PLAN", event(t, d, "decision").Type)
}

// A phrasal verb of speaking with an object is no speech: "opened up a
// debate" opens it, "opened up about her past" speaks.
func TestPhrasalSpeechWithObjectIsNoStatement(t *testing.T) {
	d := tree(t, "Kim/PROPN/NNP/3/nsubj Lund/PROPN/NNP/1/flat opened/VERB/VBD/0/root up/ADP/RP/3/compound:prt a/DET/DT/7/det "+
		"new/ADJ/JJ/7/amod market/NOUN/NN/3/obj ./PUNCT/./3/punct", "opened=open", people)
	assert.Equal(t, "OPEN_UP", event(t, d, "opened").Type)

	d = tree(t, "Kim/PROPN/NNP/3/nsubj Lund/PROPN/NNP/1/flat opened/VERB/VBD/0/root up/ADP/RP/3/compound:prt about/ADP/IN/7/case "+
		"her/PRON/PRP$/7/nmod:poss past/NOUN/NN/3/obl ./PUNCT/./3/punct", "opened=open", people)
	assert.Equal(t, "STATEMENT", event(t, d, "opened").Type)
}

// The town of a venue named with "of" is its place whichever noun of the
// name the parser hangs it on: "at the Museum of Art in Lyon".
func TestTheTownOfAVenueNamedWithOf(t *testing.T) {
	d := tree(t, "Eva/PROPN/NNP/3/nsubj Stone/PROPN/NNP/1/flat spoke/VERB/VBD/0/root at/ADP/IN/6/case the/DET/DT/6/det "+
		"Museum/PROPN/NNP/3/obl of/ADP/IN/8/case Art/PROPN/NNP/6/nmod in/ADP/IN/10/case Lyon/PROPN/NNP/8/nmod ./PUNCT/./3/punct",
		"spoke=speak", people)
	ev := event(t, d, "spoke")
	require.GreaterOrEqual(t, ev.Place, 0)
	assert.Equal(t, "Lyon", d.Mentions[ev.Place].Text)
}

// A phrasal verb with the preposition of its oblique may mean another
// thing than with its particle alone: "pushed back on the plan" opposes
// it, "pushed back the launch" delays it.
func TestAPhrasalVerbWithItsPreposition(t *testing.T) {
	d := tree(t, "Eva/PROPN/NNP/3/nsubj Stone/PROPN/NNP/1/flat pushed/VERB/VBD/0/root back/ADP/RP/3/compound:prt on/ADP/IN/7/case "+
		"the/DET/DT/7/det plan/NOUN/NN/3/obl ./PUNCT/./3/punct", "pushed=push", people)
	assert.Equal(t, "CRITICIZE", event(t, d, "pushed").Type)
	d = tree(t, "Vega/PROPN/NNP/2/compound Labs/PROPN/NNPS/3/nsubj pushed/VERB/VBD/0/root back/ADP/RP/3/compound:prt "+
		"the/DET/DT/6/det launch/NOUN/NN/3/obj ./PUNCT/./3/punct", "pushed=push", people)
	assert.Equal(t, "DELAY", event(t, d, "pushed").Type)
}
