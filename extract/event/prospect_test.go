package event

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/stretchr/testify/assert"
)

// The time and certainty a construction gives a clause (prospect.go).

func TestBeToIsArranged(t *testing.T) {
	d := tree(t, "Kim/PROPN/NNP/5/nsubj Lund/PROPN/NNP/1/flat was/AUX/VBD/5/cop to/PART/TO/5/mark meet/VERB/VB/0/root "+
		"Ola/PROPN/NNP/5/obj Berg/PROPN/NNP/6/flat ./PUNCT/./5/punct", "was=be", people)
	assert.Equal(t, fact("", "", "FUTURE", ""), event(t, d, "meet").Factuality, "arranged, not yet done")

	d = tree(t, "Kim/PROPN/NNP/4/nsubj Lund/PROPN/NNP/1/flat went/VERB/VBD/0/root to/PART/TO/5/mark meet/VERB/VB/3/advcl "+
		"Ola/PROPN/NNP/5/obj Berg/PROPN/NNP/6/flat ./PUNCT/./3/punct", "went=go", people)
	assert.True(t, event(t, d, "meet").Factuality.Asserted(), "no 'be' before the marker: the journey's purpose, told as done")
}

func TestFutureModifier(t *testing.T) {
	d := tree(t, "Voters/NOUN/NNS/2/nsubj await/VERB/VBP/0/root the/DET/DT/5/det upcoming/ADJ/JJ/5/amod election/NOUN/NN/2/obj "+
		"./PUNCT/./2/punct", "Voters=voter", people)
	assert.Equal(t, "FUTURE", event(t, d, "election").Factuality.Time)

	d = tree(t, "Voters/NOUN/NNS/2/nsubj recall/VERB/VBP/0/root the/DET/DT/5/det last/ADJ/JJ/5/amod election/NOUN/NN/2/obj "+
		"./PUNCT/./2/punct", "Voters=voter", people)
	assert.True(t, event(t, d, "election").Factuality.Asserted())
}

func TestClauseOfTimeUnderFuture(t *testing.T) {
	d := tree(t, "Reporters/NOUN/NNS/3/nsubj will/AUX/MD/3/aux follow/VERB/VB/0/root Kim/PROPN/NNP/3/obj Lund/PROPN/NNP/4/flat "+
		"wherever/ADV/WRB/8/mark she/PRON/PRP/8/nsubj travels/VERB/VBZ/3/advcl ./PUNCT/./3/punct",
		"Reporters=reporter travels=travel", people)
	assert.Equal(t, "FUTURE", event(t, d, "travels").Factuality.Time, "the present of a clause of place under 'will'")

	d = tree(t, "Reporters/NOUN/NNS/2/nsubj followed/VERB/VBD/0/root Kim/PROPN/NNP/2/obj Lund/PROPN/NNP/3/flat "+
		"wherever/ADV/WRB/7/mark she/PRON/PRP/7/nsubj traveled/VERB/VBD/2/advcl ./PUNCT/./2/punct",
		"Reporters=reporter followed=follow traveled=travel", people)
	assert.True(t, event(t, d, "traveled").Factuality.Asserted())

	d = tree(t, "Kim/PROPN/NNP/4/nsubj Lund/PROPN/NNP/1/flat will/AUX/MD/4/aux meet/VERB/VB/0/root Ola/PROPN/NNP/4/obj "+
		"Berg/PROPN/NNP/5/flat because/SCONJ/IN/9/mark she/PRON/PRP/9/nsubj travels/VERB/VBZ/4/advcl ./PUNCT/./4/punct",
		"travels=travel", people)
	assert.True(t, event(t, d, "travels").Factuality.Asserted(), "a clause of cause keeps its own present")
}

func TestGoal(t *testing.T) {
	d := tree(t, "Kim/PROPN/NNP/3/nsubj Lund/PROPN/NNP/1/flat made/VERB/VBD/0/root cutting/VERB/VBG/3/obj taxes/NOUN/NNS/4/obj "+
		"a/DET/DT/7/det priority/NOUN/NN/3/xcomp ./PUNCT/./3/punct", "made=make cutting=cut taxes=tax", people)
	assert.Equal(t, "FUTURE", event(t, d, "cutting").Factuality.Time, "an aim, not yet done")

	// the parse that hangs the goal noun on the gerund
	d = tree(t, "Kim/PROPN/NNP/3/nsubj Lund/PROPN/NNP/1/flat made/VERB/VBD/0/root cutting/VERB/VBG/3/xcomp taxes/NOUN/NNS/4/iobj "+
		"a/DET/DT/7/det priority/NOUN/NN/4/obj ./PUNCT/./3/punct", "made=make cutting=cut taxes=tax", people)
	assert.Equal(t, "FUTURE", event(t, d, "cutting").Factuality.Time)

	d = tree(t, "Kim/PROPN/NNP/3/nsubj Lund/PROPN/NNP/1/flat achieved/VERB/VBD/0/root her/PRON/PRP$/5/nmod:poss "+
		"goal/NOUN/NN/3/obj ./PUNCT/./3/punct", "achieved=achieve", people)
	for _, ev := range d.Events {
		assert.True(t, ev.Factuality.Asserted(), "the goal reached: %s", d.Slice(ev.Trigger))
	}
}

func TestLikelihoodAdjectives(t *testing.T) {
	d := tree(t, "It/PRON/PRP/3/expl is/AUX/VBZ/3/cop possible/ADJ/JJ/0/root that/SCONJ/IN/8/mark Kim/PROPN/NNP/8/nsubj "+
		"Lund/PROPN/NNP/5/flat had/AUX/VBD/8/aux met/VERB/VBN/3/csubj Ola/PROPN/NNP/8/obj Berg/PROPN/NNP/9/flat ./PUNCT/./3/punct",
		"met=meet", people)
	assert.Equal(t, fact("", "POSSIBLE", "", ""), event(t, d, "met").Factuality)

	d = tree(t, "It/PRON/PRP/3/expl was/AUX/VBD/3/cop unlikely/ADJ/JJ/0/root that/SCONJ/IN/7/mark Kim/PROPN/NNP/7/nsubj "+
		"Lund/PROPN/NNP/5/flat met/VERB/VBD/3/ccomp Ola/PROPN/NNP/7/obj Berg/PROPN/NNP/8/flat ./PUNCT/./3/punct",
		"met=meet", people)
	assert.Equal(t, fact("NEG", "PROBABLE", "", ""), event(t, d, "met").Factuality, "probably not")
}

func TestInvertedConditionInsideTheSentence(t *testing.T) {
	d := tree(t, "It/PRON/PRP/5/nsubj would/AUX/MD/5/aux have/AUX/VB/5/aux been/AUX/VBN/5/cop fair/ADJ/JJ/0/root "+
		"had/AUX/VBD/9/aux Kim/PROPN/NNP/9/nsubj Lund/PROPN/NNP/7/flat thanked/VERB/VBN/5/advcl Ola/PROPN/NNP/9/obj "+
		"Berg/PROPN/NNP/10/flat ./PUNCT/./5/punct", "thanked=thank", people)
	assert.Equal(t, "COND_IF_CLAUSE", event(t, d, "thanked").Factuality.SpecialCases, "supposed, not told as done")

	d = tree(t, "Kim/PROPN/NNP/3/nsubj Lund/PROPN/NNP/1/flat left/VERB/VBD/0/root after/SCONJ/IN/8/mark she/PRON/PRP/8/nsubj "+
		"had/AUX/VBD/8/aux thanked/VERB/VBN/3/advcl Ola/PROPN/NNP/8/obj Berg/PROPN/NNP/9/flat ./PUNCT/./3/punct",
		"left=leave thanked=thank", people)
	assert.True(t, event(t, d, "thanked").Factuality.Asserted(), "the subject before 'had': no inversion")
}

func TestDatedPastOverridesAim(t *testing.T) {
	items := "Kim/PROPN/NNP/3/nsubj Lund/PROPN/NNP/1/flat changed/VERB/VBD/0/root her/PRON/PRP$/5/nmod:poss plans/NOUN/NNS/3/obj " +
		"to/PART/TO/7/mark meet/VERB/VB/3/advcl Ola/PROPN/NNP/7/obj Berg/PROPN/NNP/8/flat in/ADP/IN/11/case " +
		"2021/NUM/CD/7/obl ./PUNCT/./3/punct"
	d := tree(t, items, "changed=change plans=plan", people, "2021=2021")
	ev := event(t, d, "meet")
	assert.Equal(t, "2021", ev.Time)
	assert.Equal(t, "", ev.Factuality.Time, "dated three years before the article: done")

	d = tree(t, items, "changed=change plans=plan", people)
	assert.Equal(t, "FUTURE", event(t, d, "meet").Factuality.Time, "undated, the aim is to come")
}

func TestWhatStartsLaterIsToCome(t *testing.T) {
	// "hours before the talks begin", the clause hung on the noun by the parser
	d := tree(t, "Kim/PROPN/NNP/4/nsubj Lund/PROPN/NNP/1/flat will/AUX/MD/4/aux meet/VERB/VB/0/root Ola/PROPN/NNP/4/obj "+
		"Berg/PROPN/NNP/5/flat hours/NOUN/NNS/4/obl:tmod before/SCONJ/IN/11/mark the/DET/DT/10/det "+
		"summit/NOUN/NN/11/nsubj begins/VERB/VBZ/7/acl ./PUNCT/./4/punct", "hours=hour begins=begin", people)
	assert.Equal(t, "FUTURE", event(t, d, "summit").Factuality.Time, "the summit begins after the meeting to come")

	d = tree(t, "Kim/PROPN/NNP/2/nsubj met/VERB/VBD/0/root Ola/PROPN/NNP/2/obj Berg/PROPN/NNP/3/flat hours/NOUN/NNS/2/obl:tmod "+
		"before/SCONJ/IN/9/mark the/DET/DT/8/det summit/NOUN/NN/9/nsubj began/VERB/VBD/5/acl ./PUNCT/./2/punct",
		"met=meet hours=hour began=begin", map[string]doc.EntityType{"Kim": doc.Person, "Ola Berg": doc.Person})
	assert.True(t, event(t, d, "summit").Factuality.Asserted())
}

func TestInstrumentObjectPurpose(t *testing.T) {
	// the parser hangs the purpose on the object: "used the ruling to attack Ola Berg"
	d := tree(t, "Kim/PROPN/NNP/3/nsubj Lund/PROPN/NNP/1/flat used/VERB/VBD/0/root the/DET/DT/5/det ruling/NOUN/NN/3/obj "+
		"to/PART/TO/7/mark attack/VERB/VB/5/acl Ola/PROPN/NNP/7/obj Berg/PROPN/NNP/8/flat ./PUNCT/./3/punct",
		"used=use", people)
	assert.True(t, event(t, d, "attack").Factuality.Asserted(), "the use is told, and what it was used for")

	d = tree(t, "Kim/PROPN/NNP/3/nsubj Lund/PROPN/NNP/1/flat found/VERB/VBD/0/root the/DET/DT/5/det ruling/NOUN/NN/3/obj "+
		"to/PART/TO/7/mark attack/VERB/VB/5/acl Ola/PROPN/NNP/7/obj Berg/PROPN/NNP/8/flat ./PUNCT/./3/punct",
		"found=find", people)
	assert.Equal(t, "FUTURE", event(t, d, "attack").Factuality.Time)
}

func TestInvertedConditionNeedsAConsequence(t *testing.T) {
	// the parser hangs "should she win" on "campaigned": the promise is
	// conditional, the campaigning is told as done
	d := tree(t, "Kim/PROPN/NNP/4/nsubj Lund/PROPN/NNP/1/flat has/AUX/VBZ/4/aux campaigned/VERB/VBN/0/root on/ADP/IN/6/case "+
		"promises/NOUN/NNS/4/obl ,/PUNCT/,/10/punct should/AUX/MD/10/aux she/PRON/PRP/10/nsubj win/VERB/VB/4/advcl "+
		"the/DET/DT/12/det election/NOUN/NN/10/obj ./PUNCT/./4/punct", "campaigned=campaign promises=promise", people)
	assert.True(t, event(t, d, "campaigned").Factuality.Asserted())
	assert.Equal(t, "COND_IF_CLAUSE", event(t, d, "win").Factuality.SpecialCases)
}

func TestOccasionOfWhatIsToCome(t *testing.T) {
	d := tree(t, "Kim/PROPN/NNP/4/nsubj Lund/PROPN/NNP/1/flat will/AUX/MD/4/aux meet/VERB/VB/0/root Ola/PROPN/NNP/4/obj "+
		"Berg/PROPN/NNP/5/flat at/ADP/IN/9/case the/DET/DT/9/det summit/NOUN/NN/4/obl ./PUNCT/./4/punct", "", people)
	assert.Equal(t, "FUTURE", event(t, d, "summit").Factuality.Time)

	d = tree(t, "Kim/PROPN/NNP/2/nsubj met/VERB/VBD/0/root Ola/PROPN/NNP/2/obj Berg/PROPN/NNP/3/flat at/ADP/IN/7/case "+
		"the/DET/DT/7/det summit/NOUN/NN/2/obl ./PUNCT/./2/punct", "met=meet", map[string]doc.EntityType{"Kim": doc.Person, "Ola Berg": doc.Person})
	assert.True(t, event(t, d, "summit").Factuality.Asserted())
}

func TestSureCounterfactualAndFear(t *testing.T) {
	d := tree(t, "She/PRON/PRP/6/nsubj:pass certainly/ADV/RB/6/advmod would/AUX/MD/6/aux have/AUX/VB/6/aux been/AUX/VBN/6/aux:pass "+
		"hacked/VERB/VBN/0/root had/AUX/VBD/10/aux she/PRON/PRP/10/nsubj not/PART/RB/10/advmod left/VERB/VBN/6/advcl "+
		"./PUNCT/./6/punct", "hacked=hack left=leave", people)
	assert.Equal(t, fact("", "", "", "COND_MAIN_CLAUSE"), event(t, d, "hacked").Factuality, "surely, had the condition held")

	d = tree(t, "Kim/PROPN/NNP/4/nsubj Lund/PROPN/NNP/1/flat is/AUX/VBZ/4/cop fearful/ADJ/JJ/0/root that/SCONJ/IN/8/mark "+
		"Ola/PROPN/NNP/8/nsubj Berg/PROPN/NNP/6/flat sued/VERB/VBD/4/ccomp her/PRON/PRP/8/obj ./PUNCT/./4/punct",
		"sued=sue", people)
	assert.Equal(t, "POSSIBLE", event(t, d, "sued").Factuality.Certainty, "a fear, not a fact")
}

func TestWhatFollowsInThePast(t *testing.T) {
	d := tree(t, "Kim/PROPN/NNP/4/nsubj Lund/PROPN/NNP/1/flat did/AUX/VBD/4/aux praise/VERB/VB/0/root Ola/PROPN/NNP/4/obj "+
		"Berg/PROPN/NNP/5/flat in/ADP/IN/10/case her/PRON/PRP$/10/nmod:poss next/ADJ/JJ/10/amod speech/NOUN/NN/4/obl "+
		"./PUNCT/./4/punct", "did=do", people)
	assert.True(t, event(t, d, "speech").Factuality.Asserted(), "the speech that followed")

	d = tree(t, "Kim/PROPN/NNP/3/nsubj Lund/PROPN/NNP/1/flat praises/VERB/VBZ/0/root Ola/PROPN/NNP/3/obj Berg/PROPN/NNP/4/flat "+
		"in/ADP/IN/9/case her/PRON/PRP$/9/nmod:poss next/ADJ/JJ/9/amod speech/NOUN/NN/3/obl ./PUNCT/./3/punct",
		"praises=praise", people)
	assert.Equal(t, "FUTURE", event(t, d, "speech").Factuality.Time)
}

func TestBeToOfAPurpose(t *testing.T) {
	d := tree(t, "The/DET/DT/2/det visit/NOUN/NN/6/nsubj was/AUX/VBD/6/cop only/ADV/RB/6/advmod to/PART/TO/6/mark "+
		"meet/VERB/VB/0/root Ola/PROPN/NNP/6/obj Berg/PROPN/NNP/7/flat ./PUNCT/./6/punct", "was=be", people)
	assert.True(t, event(t, d, "meet").Factuality.Asserted(), "what the visit was for, no arrangement")
}

func TestDatedPastKeepsADemand(t *testing.T) {
	d := tree(t, "Kim/PROPN/NNP/3/nsubj Lund/PROPN/NNP/1/flat demanded/VERB/VBD/0/root a/DET/DT/5/det vote/NOUN/NN/3/obj "+
		"to/PART/TO/7/mark meet/VERB/VB/3/advcl Ola/PROPN/NNP/7/obj Berg/PROPN/NNP/8/flat in/ADP/IN/11/case "+
		"2021/NUM/CD/7/obl ./PUNCT/./3/punct", "demanded=demand", people, "2021=2021")
	assert.Equal(t, "FUTURE", event(t, d, "meet").Factuality.Time, "asked for in 2021, maybe never done")
}

func TestConcessiveWhileKeepsItsPresent(t *testing.T) {
	d := tree(t, "While/SCONJ/IN/4/mark Kim/PROPN/NNP/4/nsubj Lund/PROPN/NNP/2/flat visits/VERB/VBZ/9/advcl Ola/PROPN/NNP/4/obj "+
		"Berg/PROPN/NNP/5/flat ,/PUNCT/,/4/punct Eva/PROPN/NNP/9/nsubj will/AUX/MD/9/aux win/VERB/VB/0/root ./PUNCT/./9/punct",
		"visits=visit", people)
	assert.True(t, event(t, d, "visits").Factuality.Asserted(), "'while' of concession: its own present")
}

func TestInvertedConditionBesideItsHead(t *testing.T) {
	// the quotation marks around 'have been fair' make the parser set the condition beside it
	d := tree(t, "It/PRON/PRP/5/nsubj would/AUX/MD/5/aux have/AUX/VB/5/aux been/AUX/VBN/5/cop fair/ADJ/JJ/0/root "+
		"had/AUX/VBD/9/aux Kim/PROPN/NNP/9/nsubj Lund/PROPN/NNP/7/flat thanked/VERB/VBN/5/parataxis Ola/PROPN/NNP/9/obj "+
		"Berg/PROPN/NNP/10/flat ./PUNCT/./5/punct", "thanked=thank", people)
	assert.Equal(t, "COND_IF_CLAUSE", event(t, d, "thanked").Factuality.SpecialCases)
}

func TestFearOfAClauseTheParserMadeAdverbial(t *testing.T) {
	d := tree(t, "Kim/PROPN/NNP/4/nsubj Lund/PROPN/NNP/1/flat is/AUX/VBZ/4/cop fearful/ADJ/JJ/0/root that/SCONJ/IN/8/mark "+
		"Ola/PROPN/NNP/8/nsubj Berg/PROPN/NNP/6/flat sued/VERB/VBD/4/advcl her/PRON/PRP/8/obj ./PUNCT/./4/punct",
		"sued=sue", people)
	assert.Equal(t, "POSSIBLE", event(t, d, "sued").Factuality.Certainty)
}
