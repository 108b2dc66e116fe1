package event

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/stretchr/testify/assert"
)

// Each factuality cue, on the predicate itself and through its governor.

func fact(pol, cert, tense, special string) doc.Factuality {
	return doc.Factuality{Polarity: pol, Certainty: cert, Time: tense, SpecialCases: special, Source: -1}
}

func TestNegation(t *testing.T) {
	d := tree(t, "Kim/PROPN/NNP/4/nsubj Lund/PROPN/NNP/1/flat never/ADV/RB/4/advmod met/VERB/VBD/0/root Ola/PROPN/NNP/4/obj "+
		"Berg/PROPN/NNP/5/flat ./PUNCT/./4/punct", "met=meet", people)
	assert.Equal(t, fact("NEG", "", "", ""), event(t, d, "met").Factuality)

	d = tree(t, "There/PRON/EX/2/expl was/VERB/VBD/0/root no/DET/DT/4/det meeting/NOUN/NN/2/nsubj ./PUNCT/./2/punct", "was=be", people)
	assert.Equal(t, "NEG", event(t, d, "meeting").Factuality.Polarity)

	// a subject that denies the event: "no one", "nobody"; "not everyone" does not
	d = tree(t, "No/DET/DT/2/det one/NOUN/NN/4/nsubj had/AUX/VBD/4/aux met/VERB/VBN/0/root Ola/PROPN/NNP/4/obj "+
		"Berg/PROPN/NNP/5/flat ./PUNCT/./4/punct", "met=meet", people)
	assert.Equal(t, "NEG", event(t, d, "met").Factuality.Polarity)
	d = tree(t, "Nobody/PRON/NN/2/nsubj met/VERB/VBD/0/root Ola/PROPN/NNP/2/obj Berg/PROPN/NNP/3/flat ./PUNCT/./2/punct",
		"met=meet", people)
	assert.Equal(t, "NEG", event(t, d, "met").Factuality.Polarity)
	d = tree(t, "Not/PART/RB/2/advmod everyone/PRON/NN/3/nsubj met/VERB/VBD/0/root Ola/PROPN/NNP/3/obj Berg/PROPN/NNP/4/flat "+
		"./PUNCT/./3/punct", "met=meet", people)
	assert.Equal(t, "", event(t, d, "met").Factuality.Polarity, "some did")
}

func TestModals(t *testing.T) {
	d := tree(t, "Vega/PROPN/NNP/2/compound Labs/PROPN/NNPS/4/nsubj may/AUX/MD/4/aux sell/VERB/VB/0/root Nova/PROPN/NNP/6/compound "+
		"Corp/PROPN/NNP/4/obj ./PUNCT/./4/punct", "", people)
	assert.Equal(t, fact("", "POSSIBLE", "FUTURE", ""), event(t, d, "sell").Factuality)

	d = tree(t, "Eva/PROPN/NNP/4/nsubj Stone/PROPN/NNP/1/flat will/AUX/MD/4/aux visit/VERB/VB/0/root Oslo/PROPN/NNP/4/obj ./PUNCT/./4/punct",
		"", people)
	assert.Equal(t, fact("", "", "FUTURE", ""), event(t, d, "visit").Factuality)

	d = tree(t, "Eva/PROPN/NNP/5/nsubj Stone/PROPN/NNP/1/flat could/AUX/MD/5/aux have/AUX/VB/5/aux won/VERB/VBN/0/root "+
		"the/DET/DT/7/det race/NOUN/NN/5/obj ./PUNCT/./5/punct", "won=win", people)
	assert.Equal(t, fact("NEG", "", "", ""), event(t, d, "won").Factuality, "a counterfactual: it did not happen")

	d = tree(t, "Eva/PROPN/NNP/5/nsubj Stone/PROPN/NNP/1/flat may/AUX/MD/5/aux have/AUX/VB/5/aux won/VERB/VBN/0/root "+
		"the/DET/DT/7/det race/NOUN/NN/5/obj ./PUNCT/./5/punct", "won=win", people)
	assert.Equal(t, fact("", "POSSIBLE", "", ""), event(t, d, "won").Factuality, "a perfect keeps the past; may doubts it")
}

func TestConditionalAndTheWouldOfReportedSpeech(t *testing.T) {
	// the parser hangs the if-clause as a complement; it is a condition all the same
	d := tree(t, "Tom/PROPN/NNP/3/nsubj Hale/PROPN/NNP/1/flat said/VERB/VBD/0/root he/PRON/PRP/6/nsubj would/AUX/MD/6/aux "+
		"lose/VERB/VB/3/ccomp if/SCONJ/IN/10/mark Eva/PROPN/NNP/10/nsubj Stone/PROPN/NNP/8/flat won/VERB/VBD/6/ccomp "+
		"the/DET/DT/12/det primary/NOUN/NN/10/obj ./PUNCT/./3/punct", "said=say won=win", people)
	assert.True(t, event(t, d, "said").Factuality.Asserted())
	lose := event(t, d, "lose").Factuality
	assert.Equal(t, "Tom Hale", d.Mentions[lose.Source].Text, "told on Tom Hale's word")
	lose.Reported, lose.Source = false, -1
	assert.Equal(t, fact("", "", "FUTURE", "COND_MAIN_CLAUSE"), lose)
	assert.Equal(t, "COND_IF_CLAUSE", event(t, d, "won").Factuality.SpecialCases)

	d = tree(t, "She/PRON/PRP/2/nsubj asked/VERB/VBD/0/root if/SCONJ/IN/5/mark he/PRON/PRP/5/nsubj resigned/VERB/VBD/2/ccomp ./PUNCT/./2/punct",
		"asked=ask resigned=resign", people)
	assert.Equal(t, "", event(t, d, "resigned").Factuality.SpecialCases, "an embedded question is no condition")
}

func TestProspectiveGovernors(t *testing.T) {
	d := tree(t, "Dana/PROPN/NNP/3/nsubj Ruiz/PROPN/NNP/1/flat plans/VERB/VBZ/0/root to/PART/TO/5/mark sue/VERB/VB/3/xcomp "+
		"Vega/PROPN/NNP/7/compound Labs/PROPN/NNPS/5/obj ./PUNCT/./3/punct", "plans=plan", people)
	assert.True(t, event(t, d, "plans").Factuality.Asserted(), "the plan exists")
	assert.Equal(t, fact("", "", "FUTURE", ""), event(t, d, "sue").Factuality)

	d = tree(t, "Eva/PROPN/NNP/3/nsubj Stone/PROPN/NNP/1/flat hopes/VERB/VBZ/0/root to/PART/TO/5/mark win/VERB/VB/3/xcomp "+
		"the/DET/DT/7/det race/NOUN/NN/5/obj ./PUNCT/./3/punct", "hopes=hope", people)
	assert.Equal(t, fact("", "POSSIBLE", "FUTURE", ""), event(t, d, "win").Factuality)

	d = tree(t, "Tom/PROPN/NNP/4/nsubj:pass Hale/PROPN/NNP/1/flat is/AUX/VBZ/4/aux:pass expected/VERB/VBN/0/root to/PART/TO/6/mark "+
		"win/VERB/VB/4/xcomp ./PUNCT/./4/punct", "is=be expected=expect", people)
	assert.Equal(t, fact("", "PROBABLE", "FUTURE", ""), event(t, d, "win").Factuality)

	d = tree(t, "Tom/PROPN/NNP/4/nsubj Hale/PROPN/NNP/1/flat is/AUX/VBZ/4/cop likely/ADJ/JJ/0/root to/PART/TO/6/mark "+
		"win/VERB/VB/4/xcomp the/DET/DT/8/det race/NOUN/NN/6/obj ./PUNCT/./4/punct", "is=be", people)
	assert.Equal(t, fact("", "PROBABLE", "FUTURE", ""), event(t, d, "win").Factuality)

	d = tree(t, "Kim/PROPN/NNP/3/nsubj Lund/PROPN/NNP/1/flat flew/VERB/VBD/0/root to/ADP/IN/5/case Oslo/PROPN/NNP/3/obl "+
		"to/PART/TO/7/mark meet/VERB/VB/3/advcl Ola/PROPN/NNP/7/obj Berg/PROPN/NNP/8/flat ./PUNCT/./3/punct", "flew=fly", people)
	meet := event(t, d, "meet")
	assert.True(t, meet.Factuality.Asserted(), "a report of the trip tells the meeting it was for")
	assert.Equal(t, map[string]string{"Kim Lund": "Arg0", "Ola Berg": "Arg1"}, roles(d, meet))
	assert.Equal(t, "Oslo", d.Mentions[event(t, d, "flew").Place].Text, "a destination is where one travels")
}

func TestImplicativeAndNegativeGovernors(t *testing.T) {
	d := tree(t, "Vega/PROPN/NNP/2/compound Labs/PROPN/NNPS/3/nsubj continued/VERB/VBD/0/root to/PART/TO/5/mark cut/VERB/VB/3/xcomp "+
		"jobs/NOUN/NNS/5/obj ./PUNCT/./3/punct", "continued=continue jobs=job", people)
	assert.True(t, event(t, d, "cut").Factuality.Asserted(), "what continues happens")

	d = tree(t, "Tom/PROPN/NNP/3/nsubj Hale/PROPN/NNP/1/flat failed/VERB/VBD/0/root to/PART/TO/5/mark win/VERB/VB/3/xcomp "+
		"the/DET/DT/7/det seat/NOUN/NN/5/obj ./PUNCT/./3/punct", "failed=fail", people)
	assert.Equal(t, fact("NEG", "", "", ""), event(t, d, "win").Factuality)

	d = tree(t, "Eva/PROPN/NNP/3/nsubj Stone/PROPN/NNP/1/flat denied/VERB/VBD/0/root that/SCONJ/IN/6/mark she/PRON/PRP/6/nsubj "+
		"met/VERB/VBD/3/ccomp Tom/PROPN/NNP/6/obj Hale/PROPN/NNP/7/flat ./PUNCT/./3/punct", "denied=deny met=meet", people)
	assert.Equal(t, "NEG", event(t, d, "met").Factuality.Polarity)

	d = tree(t, "Vega/PROPN/NNP/2/compound Labs/PROPN/NNPS/3/nsubj prevented/VERB/VBD/0/root a/DET/DT/5/det "+
		"collapse/NOUN/NN/3/obj ./PUNCT/./3/punct", "prevented=prevent", people)
	assert.Equal(t, "NEG", event(t, d, "collapse").Factuality.Polarity)
	assert.True(t, event(t, d, "prevented").Factuality.Asserted())
}

func TestHedgesQuestionsAndDates(t *testing.T) {
	d := tree(t, "Tom/PROPN/NNP/4/nsubj Hale/PROPN/NNP/1/flat probably/ADV/RB/4/advmod met/VERB/VBD/0/root Eva/PROPN/NNP/4/obj "+
		"Stone/PROPN/NNP/5/flat ./PUNCT/./4/punct", "met=meet", people)
	assert.Equal(t, fact("", "PROBABLE", "", ""), event(t, d, "met").Factuality)

	d = tree(t, "Did/AUX/VBD/4/aux Tom/PROPN/NNP/4/nsubj Hale/PROPN/NNP/2/flat meet/VERB/VB/0/root Eva/PROPN/NNP/4/obj "+
		"Stone/PROPN/NNP/5/flat ?/PUNCT/./4/punct", "Did=do", people)
	assert.Equal(t, "UNDERSPECIFIED", event(t, d, "meet").Factuality.Certainty, "a question asserts nothing")

	// the documents of tree are dated 2024-03-01
	d = tree(t, "Kim/PROPN/NNP/3/nsubj Lund/PROPN/NNP/1/flat meets/VERB/VBZ/0/root Ola/PROPN/NNP/3/obj Berg/PROPN/NNP/4/flat "+
		"on/ADP/IN/7/case June/PROPN/NNP/3/obl 7/NUM/CD/7/nummod ./PUNCT/./3/punct", "meets=meet", people, "June 7=2024-06-07")
	ev := event(t, d, "meets")
	assert.Equal(t, "2024-06-07", ev.Time)
	assert.Equal(t, "FUTURE", ev.Factuality.Time, "dated after the article")
	d = tree(t, "Kim/PROPN/NNP/3/nsubj Lund/PROPN/NNP/1/flat met/VERB/VBD/0/root Ola/PROPN/NNP/3/obj Berg/PROPN/NNP/4/flat "+
		"last/ADJ/JJ/7/amod week/NOUN/NN/3/obl:tmod ./PUNCT/./3/punct", "met=meet", people, "last week=2024-W08")
	assert.True(t, event(t, d, "met").Factuality.Asserted(), "a week value is no later date")
}

func TestInheritedFactuality(t *testing.T) {
	d := tree(t, "Vega/PROPN/NNP/2/compound Labs/PROPN/NNPS/4/nsubj will/AUX/MD/4/aux cut/VERB/VB/0/root jobs/NOUN/NNS/4/obj "+
		"and/CCONJ/CC/7/cc close/VERB/VB/4/conj plants/NOUN/NNS/7/obj ./PUNCT/./4/punct", "jobs=job plants=plant", people)
	assert.Equal(t, "FUTURE", event(t, d, "close").Factuality.Time, "the conjunct shares the auxiliary")

	d = tree(t, "Stocks/NOUN/NNS/2/nsubj fell/VERB/VBD/0/root on/ADP/IN/4/case fears/NOUN/NNS/2/obl of/ADP/IN/7/case "+
		"a/DET/DT/7/det recession/NOUN/NN/4/nmod ./PUNCT/./2/punct", "Stocks=stock fell=fall fears=fear", people)
	assert.True(t, event(t, d, "fell").Factuality.Asserted())
	assert.Equal(t, fact("", "POSSIBLE", "FUTURE", ""), event(t, d, "recession").Factuality, "a feared recession")

	d = tree(t, "Vega/PROPN/NNP/2/compound Labs/PROPN/NNPS/3/nsubj plans/VERB/VBZ/0/root a/DET/DT/5/det merger/NOUN/NN/3/obj ./PUNCT/./3/punct",
		"plans=plan", people)
	assert.Equal(t, "FUTURE", event(t, d, "merger").Factuality.Time)
}

func TestParsedFactualityExamples(t *testing.T) {
	d := parsed(t, "Tom Hale said he would lose.", people)
	assert.True(t, event(t, d, "said").Factuality.Asserted())
	lose := event(t, d, "lose")
	assert.Equal(t, "FUTURE", lose.Factuality.Time, "he has not lost yet")
	assert.Equal(t, map[string]string{}, roles(d, lose), "'he' is no entity here (no coreference in this test)")
}

func TestImperative(t *testing.T) {
	d := tree(t, "Defeat/VERB/VB/0/root Vega/PROPN/NNP/3/compound Labs/PROPN/NNPS/1/obj and/CCONJ/CC/5/cc "+
		"dismantle/VERB/VB/1/conj its/PRON/PRP$/7/nmod:poss network/NOUN/NN/5/obj ./PUNCT/./1/punct", "", people)
	assert.Equal(t, "FUTURE", event(t, d, "Defeat").Factuality.Time, "a command is not done yet")
}

func TestPurposeIsNotYetDone(t *testing.T) {
	d := tree(t, "Vega/PROPN/NNP/2/compound Labs/PROPN/NNPS/3/nsubj cut/VERB/VBD/0/root prices/NOUN/NNS/3/obj to/PART/TO/6/mark "+
		"win/VERB/VB/3/advcl Nova/PROPN/NNP/8/compound Corp/PROPN/NNP/6/obj ./PUNCT/./3/punct", "prices=price", people)
	assert.Equal(t, "FUTURE", event(t, d, "win").Factuality.Time, "winning Nova Corp was the aim")
}

func TestAKnownEventIsNoPlan(t *testing.T) {
	d := tree(t, "Vega/PROPN/NNP/2/compound Labs/PROPN/NNPS/4/nsubj will/AUX/MD/4/aux hold/VERB/VB/0/root talks/NOUN/NNS/4/obj ./PUNCT/./4/punct",
		"talks=talks", people)
	assert.Equal(t, "FUTURE", event(t, d, "talks").Factuality.Time, "talks to be held")
	d = tree(t, "Nova/PROPN/NNP/2/compound Corp/PROPN/NNP/4/nsubj will/AUX/MD/4/aux cover/VERB/VB/0/root the/DET/DT/6/det "+
		"election/NOUN/NN/4/obj ./PUNCT/./4/punct", "", people)
	assert.True(t, event(t, d, "election").Factuality.Asserted(), "the election it will cover is another matter")
}

func TestNotOnlyIsNoDenial(t *testing.T) {
	d := tree(t, "We/PRON/PRP/5/nsubj will/AUX/MD/5/aux not/PART/RB/5/advmod only/ADV/RB/5/advmod cover/VERB/VB/0/root "+
		"Tom/PROPN/NNP/5/obj Hale/PROPN/NNP/6/flat ./PUNCT/./5/punct", "", people)
	assert.Equal(t, "", event(t, d, "cover").Factuality.Polarity)
	d = tree(t, "The/DET/DT/2/det crisis/NOUN/NN/4/nsubj will/AUX/MD/4/aux end/VERB/VB/0/root ./PUNCT/./4/punct", "", people)
	assert.True(t, event(t, d, "crisis").Factuality.Asserted(), "the crisis that will end is under way")
}

func TestAFailedPreventionLetsItHappen(t *testing.T) {
	d := tree(t, "Vega/PROPN/NNP/2/compound Labs/PROPN/NNPS/3/nsubj failed/VERB/VBD/0/root to/PART/TO/5/mark prevent/VERB/VB/3/xcomp "+
		"the/DET/DT/7/det collapse/NOUN/NN/5/obj ./PUNCT/./3/punct", "failed=fail", people)
	assert.Equal(t, "NEG", event(t, d, "prevent").Factuality.Polarity)
	assert.Equal(t, "", event(t, d, "collapse").Factuality.Polarity, "what was not prevented happened")
}

// Infinitives and gerunds that tell a deed, not an aim.
func TestDeedsNotAims(t *testing.T) {
	d := parsed(t, "Kim Lund used to teach music in a small town.", people)
	assert.True(t, event(t, d, "teach").Factuality.Asserted(), "habitual past, not planned")

	d = parsed(t, "The knife that Kim Lund used to stab Ola Berg was found.", people)
	assert.True(t, event(t, d, "stab").Factuality.Asserted(), "the deed the use served")

	d = parsed(t, "Eva Stone was the first senator to visit the camp.", people)
	assert.True(t, event(t, d, "visit").Factuality.Asserted(), "a ranked infinitive tells who did it")
	d = parsed(t, "Eva Stone announced a plan to visit the camp.", people)
	assert.Equal(t, "FUTURE", event(t, d, "visit").Factuality.Time, "an unranked one is still an aim")

	d = parsed(t, "The meeting was devoted to criticizing Ola Berg.", people)
	assert.True(t, event(t, d, "criticizing").Factuality.Asserted(), "a gerund after the preposition to")
}

func TestNegatedNounsAndNoLonger(t *testing.T) {
	d := parsed(t, "The refusal of Kim Lund to pay Ola Berg angered the union.", people)
	assert.Equal(t, "NEG", event(t, d, "pay").Factuality.Polarity)

	d = parsed(t, "Eva Stone can no longer count on Ola Berg.", people)
	assert.Equal(t, "NEG", event(t, d, "count").Factuality.Polarity)
	d = parsed(t, "Eva Stone waited longer than Ola Berg.", people)
	assert.NotEqual(t, "NEG", event(t, d, "waited").Factuality.Polarity)
}

func TestASaidConditionBelongsToTheSpeech(t *testing.T) {
	d := parsed(t, "\"If the river floods,\" Ola Berg said, \"the farms will suffer.\"", people)
	assert.Equal(t, "", event(t, d, "said").Factuality.SpecialCases)
}

// The items of a numbered list of commands are asked for, not done.
func TestNumberedCommandsArePlanned(t *testing.T) {
	d := parsed(t, "\"One, defeat Vega Labs in Ohio. Two, protect our farms.\"", people)
	assert.Equal(t, "FUTURE", event(t, d, "defeat").Factuality.Time)
	d = parsed(t, "Eva Stone defeated Vega Labs in Ohio.", people)
	assert.True(t, event(t, d, "defeated").Factuality.Asserted())
}

// A past tense or a past modifier keeps an event in the past whatever a
// date or a governor says.
func TestPastStaysPast(t *testing.T) {
	d := tree(t, "Eva/PROPN/NNP/3/nsubj Stone/PROPN/NNP/1/flat met/VERB/VBD/0/root Ola/PROPN/NNP/3/obj Berg/PROPN/NNP/4/flat "+
		"in/ADP/IN/7/case May/PROPN/NNP/3/obl ./PUNCT/./3/punct", "met=meet", people, "May=2099-05")
	assert.Equal(t, "", event(t, d, "met").Factuality.Time, "a misread date does not make a past meeting future")
	d = tree(t, "Eva/PROPN/NNP/3/nsubj Stone/PROPN/NNP/1/flat meets/VERB/VBZ/0/root Ola/PROPN/NNP/3/obj Berg/PROPN/NNP/4/flat "+
		"in/ADP/IN/7/case May/PROPN/NNP/3/obl ./PUNCT/./3/punct", "meets=meet", people, "May=2099-05")
	assert.Equal(t, "FUTURE", event(t, d, "meets").Factuality.Time)

	d = parsed(t, "Tom Hale will celebrate past victories of Vega Labs.", people)
	assert.NotEqual(t, "FUTURE", event(t, d, "victories").Factuality.Time)
}

// After a noun or a pledge, a gerund after "to" is an aim all the same.
func TestGerundAimsAfterNounsAndPledges(t *testing.T) {
	d := parsed(t, "Eva Stone announced steps to closing Vega Labs.", people)
	assert.Equal(t, "FUTURE", event(t, d, "closing").Factuality.Time)
	d = parsed(t, "The treaty committed Ohio to reducing its debts.", people)
	assert.Equal(t, "FUTURE", event(t, d, "reducing").Factuality.Time)
}

func TestBareParticipleSharesItsGovernorsTime(t *testing.T) {
	// "Vega Labs will close the plant, cutting 300 jobs."
	d := tree(t, "Vega/PROPN/NNP/2/compound Labs/PROPN/NNPS/4/nsubj will/AUX/MD/4/aux close/VERB/VB/0/root the/DET/DT/6/det "+
		"plant/NOUN/NN/4/obj ,/PUNCT/,/8/punct cutting/VERB/VBG/4/advcl 300/NUM/CD/10/nummod jobs/NOUN/NNS/8/obj ./PUNCT/./4/punct",
		"jobs=job", people)
	assert.Equal(t, "FUTURE", event(t, d, "cutting").Factuality.Time, "the cuts come with the closure")
	// "Vega Labs did not close the plant, citing the cost.": the citing is done.
	d = tree(t, "Vega/PROPN/NNP/2/compound Labs/PROPN/NNPS/5/nsubj did/AUX/VBD/5/aux not/PART/RB/5/advmod close/VERB/VB/0/root "+
		"the/DET/DT/7/det plant/NOUN/NN/5/obj ,/PUNCT/,/9/punct citing/VERB/VBG/5/advcl the/DET/DT/11/det cost/NOUN/NN/9/obj ./PUNCT/./5/punct",
		"", people)
	assert.Equal(t, "NEG", event(t, d, "close").Factuality.Polarity)
	assert.True(t, event(t, d, "citing").Factuality.Asserted(), "the denial is not the reason's")
	// "Vega Labs can fly 300 people, beating its rivals.": an ability, the beating is told as a fact.
	d = tree(t, "Vega/PROPN/NNP/2/compound Labs/PROPN/NNPS/4/nsubj can/AUX/MD/4/aux fly/VERB/VB/0/root 300/NUM/CD/6/nummod "+
		"people/NOUN/NNS/4/obj ,/PUNCT/,/8/punct beating/VERB/VBG/4/advcl its/PRON/PRP$/10/nmod:poss rivals/NOUN/NNS/8/obj ./PUNCT/./4/punct",
		"people=person rivals=rival", people)
	assert.NotEqual(t, "FUTURE", event(t, d, "beating").Factuality.Time)
	// "After closing the plant, Vega Labs will sell it.": a marked clause keeps its own time.
	d = tree(t, "After/SCONJ/IN/2/mark closing/VERB/VBG/9/advcl the/DET/DT/4/det plant/NOUN/NN/2/obj ,/PUNCT/,/9/punct "+
		"Vega/PROPN/NNP/7/compound Labs/PROPN/NNPS/9/nsubj will/AUX/MD/9/aux sell/VERB/VB/0/root it/PRON/PRP/9/obj ./PUNCT/./9/punct",
		"", people)
	assert.NotEqual(t, "FUTURE", event(t, d, "closing").Factuality.Time)
}

// A quote's cue is told by the text: the "will" of the quotation, or an
// if-clause of it, that the parser hangs on "said" (or "said" hung inside
// the if-clause) gives the cue no future and no condition.
func TestACueKeepsOutOfItsQuotation(t *testing.T) {
	quoted := func(d *doc.Document, content, cueWord string) {
		cue := span(d.Text, cueWord)
		d.Quotes = []doc.Quote{{Content: []doc.Span{span(d.Text, content)}, Cue: &cue, Speaker: -1, Addressee: -1}}
		d.Events = nil
		FindEvents(d)
	}
	d := tree(t, "\"/PUNCT/``/4/punct Prices/NOUN/NNS/4/nsubj will/AUX/MD/9/aux rise/VERB/VB/0/root ,/PUNCT/,/4/punct "+
		"\"/PUNCT/''/4/punct Kim/PROPN/NNP/9/nsubj Lund/PROPN/NNP/7/flat said/VERB/VBD/4/parataxis ./PUNCT/./4/punct",
		"said=say", people)
	assert.Equal(t, "FUTURE", event(t, d, "said").Factuality.Time, "without the quote, the parse's aux counts")
	quoted(d, "Prices will rise", "said")
	assert.True(t, event(t, d, "said").Factuality.Asserted(), "the quotation's will")

	d = tree(t, "\"/PUNCT/``/4/punct We/PRON/PRP/4/nsubj would/AUX/MD/4/aux win/VERB/VB/0/root if/SCONJ/IN/7/mark "+
		"voters/NOUN/NNS/7/nsubj came/VERB/VBD/4/advcl ,/PUNCT/,/7/punct \"/PUNCT/''/7/punct Kim/PROPN/NNP/12/nsubj "+
		"Lund/PROPN/NNP/10/flat said/VERB/VBD/7/ccomp ./PUNCT/./4/punct", "said=say came=come", people)
	quoted(d, "We would win if voters came", "said")
	assert.True(t, event(t, d, "said").Factuality.Asserted(), "said hung inside the if-clause")
	assert.Equal(t, "COND_MAIN_CLAUSE", event(t, d, "win").Factuality.SpecialCases)
}

// A raising verb says how the event looks, not that it is to come.
func TestSeemingIsNoPlan(t *testing.T) {
	d := parsed(t, "Kim Lund seemed to win the race.", people)
	assert.Equal(t, fact("", "PROBABLE", "", ""), event(t, d, "win").Factuality)
	d = parsed(t, "Kim Lund plans to win the race.", people)
	assert.Equal(t, "FUTURE", event(t, d, "win").Factuality.Time)
}

// "will" with an adverb of frequency tells a habit, no event to come.
func TestHabitualWillIsNoFuture(t *testing.T) {
	d := parsed(t, "Eva Stone will often visit Oslo in the summer.", people)
	assert.Equal(t, "", event(t, d, "visit").Factuality.Time)
	d = parsed(t, "Eva Stone will visit Oslo in the summer.", people)
	assert.Equal(t, "FUTURE", event(t, d, "visit").Factuality.Time)
}

// A past conjunct hung on a bare verb under "would" shares no "would":
// it is a second act of the sentence, told as done.
func TestAPastConjunctSharesNoModal(t *testing.T) {
	d := tree(t, "Kim/PROPN/NNP/3/nsubj Lund/PROPN/NNP/1/flat said/VERB/VBD/0/root Ola/PROPN/NNP/7/nsubj Berg/PROPN/NNP/4/flat "+
		"would/AUX/MD/7/aux sell/VERB/VB/3/ccomp the/DET/DT/9/det farm/NOUN/NN/7/obj and/CCONJ/CC/11/cc "+
		"visited/VERB/VBD/7/conj Eva/PROPN/NNP/11/obj Stone/PROPN/NNP/12/flat ./PUNCT/./3/punct", "said=say visited=visit", people)
	assert.Equal(t, "FUTURE", event(t, d, "sell").Factuality.Time)
	assert.Equal(t, "", event(t, d, "visited").Factuality.Time)
	d = tree(t, "Kim/PROPN/NNP/3/nsubj Lund/PROPN/NNP/1/flat said/VERB/VBD/0/root Ola/PROPN/NNP/7/nsubj Berg/PROPN/NNP/4/flat "+
		"would/AUX/MD/7/aux sell/VERB/VB/3/ccomp the/DET/DT/9/det farm/NOUN/NN/7/obj and/CCONJ/CC/11/cc "+
		"visit/VERB/VB/7/conj Eva/PROPN/NNP/11/obj Stone/PROPN/NNP/12/flat ./PUNCT/./3/punct", "said=say", people)
	assert.Equal(t, "FUTURE", event(t, d, "visit").Factuality.Time, "a bare conjunct shares the would")
}

// An if-clause of the quotation hung on its cue is no condition of the
// saying, but still one of what is said.
func TestACueHandsOnItsQuotationsCondition(t *testing.T) {
	d := tree(t, "\"/PUNCT/``/9/punct If/SCONJ/IN/4/mark prices/NOUN/NNS/4/nsubj rise/VERB/VBP/9/advcl ,/PUNCT/,/4/punct "+
		"\"/PUNCT/''/4/punct Kim/PROPN/NNP/9/nsubj Lund/PROPN/NNP/7/flat said/VERB/VBD/0/root ,/PUNCT/,/14/punct "+
		"\"/PUNCT/``/14/punct Ola/PROPN/NNP/14/nsubj will/AUX/MD/14/aux sell/VERB/VB/9/ccomp the/DET/DT/16/det "+
		"farm/NOUN/NN/14/obj ./PUNCT/./9/punct \"/PUNCT/''/9/punct", "said=say", people)
	cue := span(d.Text, "said")
	d.Quotes = []doc.Quote{{Content: []doc.Span{span(d.Text, "If prices rise"), span(d.Text, "Ola will sell the farm")},
		Cue: &cue, Speaker: -1, Addressee: -1}}
	d.Events = nil
	FindEvents(d)
	assert.True(t, event(t, d, "said").Factuality.Asserted())
	assert.Equal(t, "COND_MAIN_CLAUSE", event(t, d, "sell").Factuality.SpecialCases)
}

// "this kind of growth" is the growth that the clause expects.
func TestAKindOfEventTakesItsClausesTime(t *testing.T) {
	d := parsed(t, "Kim Lund expects this kind of growth to continue.", people)
	f := event(t, d, "growth").Factuality
	assert.Equal(t, "FUTURE", f.Time)
	assert.Equal(t, "PROBABLE", f.Certainty)
}

// A noun that names what the object was ("called it a great meeting")
// tells of it as the verb does: no call for a meeting to come.
func TestPredicateNounOfCallIsAsserted(t *testing.T) {
	d := tree(t, "Eva/PROPN/NNP/3/nsubj Stone/PROPN/NNP/1/flat called/VERB/VBD/0/root it/PRON/PRP/3/obj a/DET/DT/7/det "+
		"great/ADJ/JJ/7/amod meeting/NOUN/NN/3/xcomp ./PUNCT/./3/punct", "called=call", people)
	f := event(t, d, "meeting").Factuality
	assert.Equal(t, "", f.Time, "the meeting was")
	assert.Equal(t, "", f.Certainty)
}

// A participle of planning or proposing before an event noun puts it
// ahead: "the proposed merger" has not happened; "the failed merger" has.
func TestProspectiveModifierOfEventNoun(t *testing.T) {
	d := tree(t, "Vega/PROPN/NNP/2/compound Labs/PROPN/NNPS/3/nsubj opposed/VERB/VBD/0/root the/DET/DT/6/det proposed/VERB/VBN/6/amod "+
		"merger/NOUN/NN/3/obj with/ADP/IN/9/case Nova/PROPN/NNP/9/compound Corp/PROPN/NNP/6/nmod ./PUNCT/./3/punct",
		"opposed=oppose proposed=propose", people)
	f := event(t, d, "merger").Factuality
	assert.Equal(t, "FUTURE", f.Time)
	assert.Equal(t, "POSSIBLE", f.Certainty)

	d = tree(t, "Vega/PROPN/NNP/2/compound Labs/PROPN/NNPS/3/nsubj opposed/VERB/VBD/0/root the/DET/DT/6/det failed/VERB/VBN/6/amod "+
		"merger/NOUN/NN/3/obj with/ADP/IN/9/case Nova/PROPN/NNP/9/compound Corp/PROPN/NNP/6/nmod ./PUNCT/./3/punct",
		"opposed=oppose failed=fail", people)
	assert.NotEqual(t, "FUTURE", event(t, d, "merger").Factuality.Time)
}

func TestFeelingsRefusalsAndNothingDone(t *testing.T) {
	// a feeling about what its infinitive tells: that happened, unless the feeling is itself to come
	d := tree(t, "Eva/PROPN/NNP/4/nsubj Stone/PROPN/NNP/1/flat was/AUX/VBD/4/cop proud/ADJ/JJ/0/root to/PART/TO/6/mark "+
		"sign/VERB/VB/4/xcomp the/DET/DT/8/det bill/NOUN/NN/6/obj ./PUNCT/./4/punct", "", people)
	assert.Equal(t, fact("", "", "", ""), event(t, d, "sign").Factuality, "proud to sign: signed")
	d = tree(t, "Eva/PROPN/NNP/5/nsubj Stone/PROPN/NNP/1/flat would/AUX/MD/5/aux be/AUX/VB/5/cop proud/ADJ/JJ/0/root "+
		"to/PART/TO/7/mark sign/VERB/VB/5/xcomp the/DET/DT/9/det bill/NOUN/NN/7/obj ./PUNCT/./5/punct", "", people)
	assert.Equal(t, "FUTURE", event(t, d, "sign").Factuality.Time, "would be proud to sign: not yet")
	d = tree(t, "Eva/PROPN/NNP/4/nsubj Stone/PROPN/NNP/1/flat is/AUX/VBZ/4/cop eager/ADJ/JJ/0/root to/PART/TO/6/mark "+
		"sign/VERB/VB/4/xcomp the/DET/DT/8/det bill/NOUN/NN/6/obj ./PUNCT/./4/punct", "", people)
	assert.Equal(t, "FUTURE", event(t, d, "sign").Factuality.Time, "eager looks ahead")

	// a refusal's infinitive the parser hung as a purpose clause
	d = tree(t, "Vega/PROPN/NNP/2/compound Labs/PROPN/NNPS/3/nsubj refused/VERB/VBD/0/root ,/PUNCT/,/5/punct again/ADV/RB/3/advmod "+
		",/PUNCT/,/8/punct to/PART/TO/8/mark sell/VERB/VB/3/advcl Nova/PROPN/NNP/10/compound Corp/PROPN/NNP/8/obj ./PUNCT/./3/punct",
		"refused=refuse", people)
	assert.Equal(t, fact("NEG", "", "", ""), event(t, d, "sell").Factuality)
	d = tree(t, "Eva/PROPN/NNP/3/nsubj Stone/PROPN/NNP/1/flat stopped/VERB/VBD/0/root to/PART/TO/5/mark "+
		"visit/VERB/VB/3/advcl Oslo/PROPN/NNP/5/obj ./PUNCT/./3/punct", "stopped=stop", people)
	assert.Equal(t, "", event(t, d, "visit").Factuality.Polarity, "stopped to visit: an aim, not a denial")

	// "did nothing to V": V did not happen, and is no aim to come either
	d = tree(t, "Vega/PROPN/NNP/2/compound Labs/PROPN/NNPS/4/nsubj has/AUX/VBZ/4/aux done/VERB/VBN/0/root nothing/PRON/NN/4/obj "+
		"to/PART/TO/7/mark stop/VERB/VB/5/acl Nova/PROPN/NNP/9/compound Corp/PROPN/NNP/7/obj ./PUNCT/./4/punct",
		"done=do", people)
	assert.Equal(t, fact("NEG", "", "", ""), event(t, d, "stop").Factuality)
}

func TestButSharesTheMoodNotTheDenial(t *testing.T) {
	d := tree(t, "Vega/PROPN/NNP/2/compound Labs/PROPN/NNPS/4/nsubj would/AUX/MD/4/aux sell/VERB/VB/0/root Nova/PROPN/NNP/6/compound "+
		"Corp/PROPN/NNP/4/obj but/CCONJ/CC/8/cc buy/VERB/VB/4/conj Zeta/PROPN/NNP/10/compound Inc/PROPN/NNP/8/obj ./PUNCT/./4/punct",
		"", people)
	assert.Equal(t, event(t, d, "sell").Factuality.Time, event(t, d, "buy").Factuality.Time, "would sell X but buy Y: both to come")
	assert.Equal(t, "FUTURE", event(t, d, "buy").Factuality.Time)

	d = tree(t, "Vega/PROPN/NNP/2/compound Labs/PROPN/NNPS/5/nsubj would/AUX/MD/5/aux not/PART/RB/5/advmod sell/VERB/VB/0/root "+
		"Nova/PROPN/NNP/7/compound Corp/PROPN/NNP/5/obj but/CCONJ/CC/9/cc buy/VERB/VB/5/conj Zeta/PROPN/NNP/11/compound "+
		"Inc/PROPN/NNP/9/obj ./PUNCT/./5/punct", "", people)
	assert.Equal(t, "", event(t, d, "buy").Factuality.Polarity, "the contrast turns the denial")
}

func TestDeniedBringingAboutDeniesTheEvent(t *testing.T) {
	d := tree(t, "The/DET/DT/2/det merger/NOUN/NN/5/nsubj did/AUX/VBD/5/aux not/PART/RB/5/advmod result/VERB/VB/0/root "+
		"in/ADP/IN/8/case job/NOUN/NN/8/compound losses/NOUN/NNS/5/obl ./PUNCT/./5/punct", "losses=loss", people)
	assert.Equal(t, "NEG", event(t, d, "losses").Factuality.Polarity, "did not result in losses: none")

	d = tree(t, "Vega/PROPN/NNP/2/compound Labs/PROPN/NNPS/5/nsubj did/AUX/VBD/5/aux not/PART/RB/5/advmod hold/VERB/VB/0/root "+
		"talks/NOUN/NNS/5/obj ./PUNCT/./5/punct", "talks=talk", people)
	assert.Equal(t, "NEG", event(t, d, "talks").Factuality.Polarity, "held no talks")

	d = tree(t, "Kim/PROPN/NNP/5/nsubj Lund/PROPN/NNP/1/flat did/AUX/VBD/5/aux not/PART/RB/5/advmod attend/VERB/VB/0/root "+
		"the/DET/DT/7/det meeting/NOUN/NN/5/obj ./PUNCT/./5/punct", "", people)
	assert.Equal(t, "", event(t, d, "meeting").Factuality.Polarity, "the meeting took place without her")
}

// An event noun without a determiner that makes it known, subject of a
// clause told with "could", "may" or "might", is only thought of; a known
// one ("the strike") happened or is under way.
func TestEventSubjectOfAPossibilityIsPossible(t *testing.T) {
	d := parsed(t, "A win in the state could help her campaign.", nil)
	f := event(t, d, "win").Factuality
	if f.Certainty != "POSSIBLE" || f.Time != "FUTURE" {
		t.Errorf("want the win possible and to come, got %+v", f)
	}
	d = parsed(t, "The victory in the state could help her campaign.", nil)
	if f := event(t, d, "victory").Factuality; f.Certainty != "" || f.Time != "" {
		t.Errorf("a known victory was made a guess: %+v", f)
	}
	d = parsed(t, "A win in the state could have helped her campaign.", nil)
	if f := event(t, d, "win").Factuality; f.Certainty == "POSSIBLE" && f.Time == "FUTURE" {
		t.Errorf("a perfect modal put the win ahead: %+v", f)
	}
}

// A question mark questions the clause it ends: a question set after a
// colon or inside a quotation leaves the sentence's main verb told as a fact.
func TestQuestionAfterAColonOrQuoted(t *testing.T) {
	d := parsed(t, "The defeat has brought the senator to a hard choice: what does he want?", nil)
	if c := event(t, d, "brought").Factuality.Certainty; c != "" {
		t.Errorf("the told bringing was questioned: %q", c)
	}
	d = parsed(t, "The reporter asked, \u201cWill the mayor resign?\u201d", nil)
	if c := event(t, d, "resign").Factuality.Certainty; c != "UNDERSPECIFIED" {
		t.Errorf("the quoted question's resigning: %q, want UNDERSPECIFIED", c)
	}
	d = parsed(t, "Did the mayor resign?", nil)
	if c := event(t, d, "resign").Factuality.Certainty; c != "UNDERSPECIFIED" {
		t.Errorf("a question's own verb: %q, want UNDERSPECIFIED", c)
	}
}
