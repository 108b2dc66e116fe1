package event

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/stretchr/testify/assert"
)

// The object of a verb is the subject of the gerund or infinitive that
// completes it, when the marker says so; the subject stays the agent of a
// gerund of manner and of a purpose clause.

func TestObjectIsTheSubjectOfAFromGerund(t *testing.T) {
	d := tree(t, "Eva/PROPN/NNP/3/nsubj Stone/PROPN/NNP/1/flat stopped/VERB/VBD/0/root Tom/PROPN/NNP/3/obj Hale/PROPN/NNP/4/flat "+
		"from/SCONJ/IN/7/mark entering/VERB/VBG/3/advcl Ohio/PROPN/NNP/7/obj ./PUNCT/./3/punct",
		"stopped=stop entering=enter", people)
	assert.Equal(t, map[string]string{"Tom Hale": "Arg0", "Ohio": "Arg1"}, roles(d, event(t, d, "entering")))

	d = tree(t, "Eva/PROPN/NNP/3/nsubj Stone/PROPN/NNP/1/flat convinced/VERB/VBD/0/root Tom/PROPN/NNP/3/obj Hale/PROPN/NNP/4/flat "+
		"by/SCONJ/IN/7/mark visiting/VERB/VBG/3/advcl Ohio/PROPN/NNP/7/obj ./PUNCT/./3/punct",
		"convinced=convince visiting=visit", people)
	assert.Equal(t, map[string]string{"Eva Stone": "Arg0", "Ohio": "Arg1"}, roles(d, event(t, d, "visiting")),
		"a gerund of manner is the subject's act")
}

func TestObjectThatActsIsTheSubjectOfAForGerund(t *testing.T) {
	d := tree(t, "Kim/PROPN/NNP/3/nsubj Lund/PROPN/NNP/1/flat thanked/VERB/VBD/0/root Ola/PROPN/NNP/3/obj Berg/PROPN/NNP/4/flat "+
		"for/SCONJ/IN/7/mark visiting/VERB/VBG/3/advcl Oslo/PROPN/NNP/7/obj ./PUNCT/./3/punct",
		"thanked=thank visiting=visit", people)
	assert.Equal(t, map[string]string{"Ola Berg": "Arg0", "Oslo": "Arg1"}, roles(d, event(t, d, "visiting")))

	d = tree(t, "Kim/PROPN/NNP/3/nsubj Lund/PROPN/NNP/1/flat paid/VERB/VBD/0/root a/DET/DT/5/det fee/NOUN/NN/3/obj "+
		"for/SCONJ/IN/7/mark visiting/VERB/VBG/3/advcl Oslo/PROPN/NNP/7/obj ./PUNCT/./3/punct",
		"paid=pay visiting=visit", people)
	assert.Equal(t, map[string]string{"Kim Lund": "Arg0", "Oslo": "Arg1"}, roles(d, event(t, d, "visiting")),
		"a fee visits nothing: the payer does")
}

func TestControlVerbLendsItsObjectToAnInfinitiveParsedAsAdverbial(t *testing.T) {
	d := tree(t, "Dana/PROPN/NNP/3/nsubj Ruiz/PROPN/NNP/1/flat persuaded/VERB/VBD/0/root Tom/PROPN/NNP/3/obj Hale/PROPN/NNP/4/flat "+
		"to/PART/TO/7/mark join/VERB/VB/3/advcl Vega/PROPN/NNP/9/compound Labs/PROPN/NNPS/7/obj ./PUNCT/./3/punct",
		"persuaded=persuade", people)
	assert.Equal(t, map[string]string{"Tom Hale": "Arg0", "Vega Labs": "Arg1"}, roles(d, event(t, d, "join")))

	d = tree(t, "Dana/PROPN/NNP/3/nsubj Ruiz/PROPN/NNP/1/flat met/VERB/VBD/0/root Tom/PROPN/NNP/3/obj Hale/PROPN/NNP/4/flat "+
		"to/PART/TO/7/mark discuss/VERB/VB/3/advcl Vega/PROPN/NNP/9/compound Labs/PROPN/NNPS/7/obj ./PUNCT/./3/punct",
		"met=meet", people)
	assert.Equal(t, map[string]string{"Dana Ruiz": "Arg0", "Vega Labs": "Arg1"}, roles(d, event(t, d, "discuss")),
		"a purpose clause is the subject's")

	d = tree(t, "Rita/PROPN/NNP/3/nsubj Gale/PROPN/NNP/1/flat recruited/VERB/VBD/0/root Anna/PROPN/NNP/3/obj Lee/PROPN/NNP/4/flat "+
		"to/PART/TO/7/mark lead/VERB/VB/3/xcomp Vega/PROPN/NNP/9/compound Labs/PROPN/NNPS/7/obj ./PUNCT/./3/punct",
		"recruited=recruit", people)
	assert.Equal(t, map[string]string{"Anna Lee": "Arg0", "Vega Labs": "Arg1"}, roles(d, event(t, d, "lead")),
		"the one recruited leads")

	d = tree(t, "Anna/PROPN/NNP/12/nsubj Lee/PROPN/NNP/1/flat ,/PUNCT/,/7/punct whom/PRON/WP/7/obj Rita/PROPN/NNP/7/nsubj "+
		"Gale/PROPN/NNP/5/flat recruited/VERB/VBD/1/acl:relcl to/PART/TO/9/mark lead/VERB/VB/7/xcomp Vega/PROPN/NNP/11/compound "+
		"Labs/PROPN/NNPS/9/obj quit/VERB/VBD/0/root ./PUNCT/./12/punct", "recruited=recruit", people)
	assert.Equal(t, map[string]string{"Anna Lee": "Arg0", "Vega Labs": "Arg1"}, roles(d, event(t, d, "lead")),
		"'whom' is the one recruited, who leads")

	d = tree(t, "Rita/PROPN/NNP/3/nsubj Gale/PROPN/NNP/1/flat chose/VERB/VBD/0/root a/DET/DT/5/det photo/NOUN/NN/3/obj "+
		"to/PART/TO/7/mark honour/VERB/VB/3/xcomp Anna/PROPN/NNP/7/obj Lee/PROPN/NNP/8/flat ./PUNCT/./3/punct",
		"chose=choose", people)
	assert.Equal(t, map[string]string{"Rita Gale": "Arg0", "Anna Lee": "Arg1"}, roles(d, event(t, d, "honour")),
		"a photo chosen acts for no one: the infinitive is the chooser's purpose")
}

func TestWhoAfterAPlaceStandsForThePeopleBeforeIt(t *testing.T) {
	d := tree(t, "Kim/PROPN/NNP/2/nsubj hosted/VERB/VBD/0/root fifty/NUM/CD/4/nummod workers/NOUN/NNS/2/obj from/ADP/IN/6/case "+
		"Ohio/PROPN/NNP/4/nmod and/CCONJ/CC/8/cc Spain/PROPN/NNP/6/conj who/PRON/WP/10/nsubj visited/VERB/VBD/8/acl:relcl "+
		"Vega/PROPN/NNP/12/compound Labs/PROPN/NNPS/10/obj ./PUNCT/./2/punct",
		"hosted=host visited=visit", people)
	ev := event(t, d, "visited")
	assert.Equal(t, map[string]string{"Vega Labs": "Arg1"}, roles(d, ev), "no place visited")

	d = tree(t, "Kim/PROPN/NNP/2/nsubj met/VERB/VBD/0/root Ola/PROPN/NNP/2/obj Berg/PROPN/NNP/3/flat and/CCONJ/CC/6/cc "+
		"Eva/PROPN/NNP/3/conj Stone/PROPN/NNP/6/flat from/ADP/IN/9/case Ohio/PROPN/NNP/3/nmod ,/PUNCT/,/12/punct "+
		"who/PRON/WP/12/nsubj visited/VERB/VBD/9/acl:relcl Vega/PROPN/NNP/14/compound Labs/PROPN/NNPS/12/obj ./PUNCT/./2/punct",
		"met=meet visited=visit", people)
	assert.Equal(t, map[string]string{"Eva Stone": "Arg0", "Vega Labs": "Arg1"}, roles(d, event(t, d, "visited")),
		"the last of the people before the place")
}

func TestSpeakerAfterTheSpeechVerb(t *testing.T) {
	d := tree(t, "\"/PUNCT/``/3/punct We/PRON/PRP/3/nsubj won/VERB/VBD/6/ccomp ,/PUNCT/,/3/punct \"/PUNCT/''/3/punct "+
		"said/VERB/VBD/0/root Ana/PROPN/NNP/9/compound Cruz/PROPN/NNP/7/flat ./PUNCT/./6/punct", "said=say", people)
	assert.Equal(t, map[string]string{"Ana Cruz": "Arg0"}, roles(d, event(t, d, "said")),
		"a name the parser hung on the full stop after 'said' is who says")

	d = tree(t, "\"/PUNCT/``/3/punct We/PRON/PRP/3/nsubj won/VERB/VBD/6/ccomp ,/PUNCT/,/3/punct \"/PUNCT/''/3/punct "+
		"said/VERB/VBD/0/root chair/NOUN/NN/6/nsubj of/ADP/IN/10/case the/DET/DT/10/det board/NOUN/NN/7/nmod "+
		"Ana/PROPN/NNP/13/compound Cruz/PROPN/NNP/11/flat ./PUNCT/./6/punct", "said=say", people)
	assert.Equal(t, map[string]string{"Ana Cruz": "Arg0"}, roles(d, event(t, d, "said")),
		"the title before the name is no other speaker")
}

func TestAdverbialParticipleIsPassive(t *testing.T) {
	d := tree(t, "Tom/PROPN/NNP/3/nsubj Hale/PROPN/NNP/1/flat failed/VERB/VBD/0/root ,/PUNCT/,/5/punct blocked/VERB/VBN/3/advcl "+
		"by/ADP/IN/8/case Vega/PROPN/NNP/8/compound Labs/PROPN/NNPS/5/obl ./PUNCT/./3/punct",
		"failed=fail blocked=block", people)
	assert.Equal(t, map[string]string{"Tom Hale": "Arg1", "Vega Labs": "Arg0"}, roles(d, event(t, d, "blocked")),
		"the one blocked and the one who blocks")
}

func TestSupportVerbOfARelativeClauseLendsItsSubject(t *testing.T) {
	d := tree(t, "Kim/PROPN/NNP/3/nsubj Lund/PROPN/NNP/1/flat criticized/VERB/VBD/0/root the/DET/DT/5/det remarks/NOUN/NNS/3/obj "+
		"that/PRON/WDT/9/obj Tom/PROPN/NNP/9/nsubj Hale/PROPN/NNP/7/flat made/VERB/VBD/5/acl:relcl ./PUNCT/./3/punct",
		"criticized=criticize remarks=remark made=make", people)
	assert.Equal(t, map[string]string{"Tom Hale": "Arg0"}, roles(d, event(t, d, "remarks")), "who made the remarks")

	d = tree(t, "Kim/PROPN/NNP/3/nsubj Lund/PROPN/NNP/1/flat criticized/VERB/VBD/0/root the/DET/DT/5/det remarks/NOUN/NNS/3/obj "+
		"Tom/PROPN/NNP/8/nsubj Hale/PROPN/NNP/6/flat heard/VERB/VBD/5/acl:relcl ./PUNCT/./3/punct",
		"criticized=criticize remarks=remark heard=hear", people)
	assert.False(t, hasEvent(d, "remarks") && roles(d, event(t, d, "remarks"))["Tom Hale"] == "Arg0",
		"who heard the remarks did not make them")
}

func TestTheFirstObjectThatActsDoesTheGerund(t *testing.T) {
	d := tree(t, "Kim/PROPN/NNP/3/nsubj Lund/PROPN/NNP/1/flat gave/VERB/VBD/0/root Ola/PROPN/NNP/3/iobj Berg/PROPN/NNP/4/flat "+
		"a/DET/DT/8/det gold/NOUN/NN/8/compound medal/NOUN/NN/3/obj for/SCONJ/IN/10/mark visiting/VERB/VBG/3/advcl "+
		"Oslo/PROPN/NNP/10/obj ./PUNCT/./3/punct", "gave=give visiting=visit", people)
	assert.Equal(t, map[string]string{"Ola Berg": "Arg0", "Oslo": "Arg1"}, roles(d, event(t, d, "visiting")),
		"the one given the medal visited, not the medal")
}

func TestWhoHoldsARallyIsItsAgent(t *testing.T) {
	d := tree(t, "Tom/PROPN/NNP/3/nsubj Hale/PROPN/NNP/1/flat held/VERB/VBD/0/root a/DET/DT/5/det rally/NOUN/NN/3/obj "+
		"in/ADP/IN/7/case Ohio/PROPN/NNP/3/obl ./PUNCT/./3/punct", "held=hold", people)
	assert.Equal(t, "Arg0", roles(d, event(t, d, "rally"))["Tom Hale"])

	d = tree(t, "Vega/PROPN/NNP/2/compound Labs/PROPN/NNPS/3/nsubj suffered/VERB/VBD/0/root a/DET/DT/5/det decline/NOUN/NN/3/obj "+
		"./PUNCT/./3/punct", "suffered=suffer", people)
	assert.Equal(t, "Arg1", roles(d, event(t, d, "decline"))["Vega Labs"], "what suffers a decline undergoes it")
}

func TestRelativeClauseAfterConjoinedNames(t *testing.T) {
	d := tree(t, "Kim/PROPN/NNP/12/nsubj Lund/PROPN/NNP/1/flat and/CCONJ/CC/4/cc Ola/PROPN/NNP/1/conj Berg/PROPN/NNP/4/flat "+
		",/PUNCT/,/8/punct who/PRON/WP/8/nsubj founded/VERB/VBD/1/acl:relcl Vega/PROPN/NNP/10/compound "+
		"Labs/PROPN/NNPS/8/obj ,/PUNCT/,/1/punct met/VERB/VBD/0/root Eva/PROPN/NNP/12/obj Stone/PROPN/NNP/13/flat ./PUNCT/./12/punct",
		"founded=found met=meet", people)
	assert.Equal(t, map[string]string{"Ola Berg": "Arg0", "Vega Labs": "Arg1"}, roles(d, event(t, d, "founded")),
		"the name next to the comma founded it")

	d = tree(t, "Kim/PROPN/NNP/12/nsubj Lund/PROPN/NNP/1/flat and/CCONJ/CC/4/cc Ola/PROPN/NNP/1/conj Berg/PROPN/NNP/4/flat "+
		"who/PRON/WP/8/nsubj have/AUX/VBP/8/aux founded/VERB/VBN/1/acl:relcl Vega/PROPN/NNP/10/compound "+
		"Labs/PROPN/NNPS/8/obj ,/PUNCT/,/1/punct met/VERB/VBD/0/root Eva/PROPN/NNP/12/obj Stone/PROPN/NNP/13/flat ./PUNCT/./12/punct",
		"founded=found met=meet", people)
	assert.Equal(t, "Arg0", roles(d, event(t, d, "founded"))["Kim Lund"], "'who have' stands for both")

	d = tree(t, "Kim/PROPN/NNP/13/nsubj Lund/PROPN/NNP/1/flat and/CCONJ/CC/4/cc Ola/PROPN/NNP/1/conj Berg/PROPN/NNP/4/flat "+
		",/PUNCT/,/8/punct who/PRON/WP/8/nsubj founded/VERB/VBD/1/acl:relcl Vega/PROPN/NNP/10/compound "+
		"Labs/PROPN/NNPS/8/obj together/ADV/RB/8/advmod ,/PUNCT/,/1/punct met/VERB/VBD/0/root Eva/PROPN/NNP/13/obj "+
		"Stone/PROPN/NNP/14/flat ./PUNCT/./13/punct", "founded=found met=meet", people)
	assert.Equal(t, "Arg0", roles(d, event(t, d, "founded"))["Kim Lund"], "'together': both founded it")
}

func TestFirstOfTwoObjectsOfSendReceives(t *testing.T) {
	d := tree(t, "Kim/PROPN/NNP/3/nsubj Lund/PROPN/NNP/1/flat sent/VERB/VBD/0/root Ola/PROPN/NNP/3/obj Berg/PROPN/NNP/4/flat "+
		"a/DET/DT/7/det letter/NOUN/NN/3/obj ./PUNCT/./3/punct", "sent=send", people)
	assert.Equal(t, "Arg2", roles(d, event(t, d, "sent"))["Ola Berg"])

	d = tree(t, "Vega/PROPN/NNP/2/compound Labs/PROPN/NNPS/3/nsubj named/VERB/VBD/0/root Ola/PROPN/NNP/3/obj Berg/PROPN/NNP/4/flat "+
		"its/PRON/PRP$/7/nmod:poss chief/NOUN/NN/3/obj ./PUNCT/./3/punct", "named=name", people)
	assert.Equal(t, "Arg1", roles(d, event(t, d, "named"))["Ola Berg"], "the one named is no receiver")
}

func TestNounOfAControlParticipleIsTheSubjectOfItsInfinitive(t *testing.T) {
	d := tree(t, "Tom/PROPN/NNP/9/nsubj Hale/PROPN/NNP/1/flat ,/PUNCT/,/4/punct elected/VERB/VBN/1/acl to/PART/TO/6/mark "+
		"lead/VERB/VB/4/xcomp Vega/PROPN/NNP/8/compound Labs/PROPN/NNPS/6/obj quit/VERB/VBD/0/root ./PUNCT/./9/punct",
		"elected=elect", people)
	assert.Equal(t, map[string]string{"Tom Hale": "Arg0", "Vega Labs": "Arg1"}, roles(d, event(t, d, "lead")),
		"the one elected leads")

	d = tree(t, "Vega/PROPN/NNP/2/compound Labs/PROPN/NNPS/3/nsubj spent/VERB/VBD/0/root the/DET/DT/5/det money/NOUN/NN/3/obj "+
		"needed/VERB/VBN/5/acl to/PART/TO/8/mark pay/VERB/VB/6/xcomp Tom/PROPN/NNP/8/obj Hale/PROPN/NNP/9/flat ./PUNCT/./3/punct",
		"needed=need", people)
	assert.NotContains(t, roles(d, event(t, d, "pay")), "Vega Labs", "no control verb: the money pays no one")

	d = tree(t, "Vega/PROPN/NNP/2/compound Labs/PROPN/NNPS/3/nsubj sold/VERB/VBD/0/root the/DET/DT/5/det plant/NOUN/NN/3/obj "+
		"chosen/VERB/VBN/5/acl to/PART/TO/8/mark host/VERB/VB/6/xcomp Tom/PROPN/NNP/8/obj Hale/PROPN/NNP/9/flat ./PUNCT/./3/punct",
		"chosen=choose", people)
	assert.Equal(t, map[string]string{"Tom Hale": "Arg1"}, roles(d, event(t, d, "host")),
		"a plant cannot act: chosen for a purpose, it hosts no one")
}

func TestWhoConsidersAnActDoesIt(t *testing.T) {
	d := tree(t, "Kim/PROPN/NNP/4/nsubj Lund/PROPN/NNP/1/flat is/AUX/VBZ/4/aux considering/VERB/VBG/0/root closing/VERB/VBG/4/xcomp "+
		"Vega/PROPN/NNP/7/compound Labs/PROPN/NNPS/5/obj ./PUNCT/./4/punct", "considering=consider closing=close", people)
	assert.Equal(t, map[string]string{"Kim Lund": "Arg0", "Vega Labs": "Arg1"}, roles(d, event(t, d, "closing")))

	d = tree(t, "Kim/PROPN/NNP/3/nsubj Lund/PROPN/NNP/1/flat recommended/VERB/VBD/0/root closing/VERB/VBG/3/xcomp "+
		"Vega/PROPN/NNP/6/compound Labs/PROPN/NNPS/4/obj ./PUNCT/./3/punct", "recommended=recommend closing=close", people)
	assert.Equal(t, map[string]string{"Vega Labs": "Arg1"}, roles(d, event(t, d, "closing")),
		"who recommends an act leaves open who does it")
}

func TestAGerundConjoinedToAnOpenGerundHasNoAgentFromTheClause(t *testing.T) {
	d := tree(t, "Kim/PROPN/NNP/3/nsubj Lund/PROPN/NNP/1/flat recommended/VERB/VBD/0/root closing/VERB/VBG/3/xcomp "+
		"Vega/PROPN/NNP/6/compound Labs/PROPN/NNPS/4/obj and/CCONJ/CC/8/cc selling/VERB/VBG/4/conj Zeta/PROPN/NNP/10/compound "+
		"Inc/PROPN/NNP/8/obj ./PUNCT/./3/punct", "recommended=recommend closing=close selling=sell", people)
	assert.Equal(t, map[string]string{"Zeta Inc": "Arg1"}, roles(d, event(t, d, "selling")),
		"as for the first gerund, the one who recommends does not sell")

	d = tree(t, "Kim/PROPN/NNP/2/nsubj considered/VERB/VBD/0/root closing/VERB/VBG/2/xcomp Vega/PROPN/NNP/5/compound "+
		"Labs/PROPN/NNPS/3/obj and/CCONJ/CC/7/cc selling/VERB/VBG/3/conj Zeta/PROPN/NNP/9/compound Inc/PROPN/NNP/7/obj "+
		"./PUNCT/./2/punct", "considered=consider closing=close selling=sell", map[string]doc.EntityType{"Kim": doc.Person,
		"Vega Labs": doc.Organization, "Zeta Inc": doc.Organization})
	assert.Equal(t, map[string]string{"Kim": "Arg0", "Zeta Inc": "Arg1"}, roles(d, event(t, d, "selling")))
}

func TestWhoIsRalliedToActActs(t *testing.T) {
	d := tree(t, "Kim/PROPN/NNP/3/nsubj Lund/PROPN/NNP/1/flat rallied/VERB/VBD/0/root Ola/PROPN/NNP/3/obj Berg/PROPN/NNP/4/flat "+
		"to/PART/TO/7/mark reject/VERB/VB/3/xcomp Vega/PROPN/NNP/9/compound Labs/PROPN/NNPS/7/obj ./PUNCT/./3/punct",
		"rallied=rally", people)
	assert.Equal(t, map[string]string{"Ola Berg": "Arg0", "Vega Labs": "Arg1"}, roles(d, event(t, d, "reject")))
}

// "get": the amount is the means, the infinitive the goal.
func TestEnoughObjectLeavesTheGoalToTheSubject(t *testing.T) {
	d := tree(t, "Eva/PROPN/NNP/3/nsubj Stone/PROPN/NNP/1/flat hopes/VERB/VBZ/0/root to/PART/TO/5/mark get/VERB/VB/3/xcomp "+
		"enough/ADJ/JJ/7/amod voters/NOUN/NNS/5/obj to/PART/TO/9/mark force/VERB/VB/5/xcomp Tom/PROPN/NNP/9/obj Hale/PROPN/NNP/10/flat "+
		"out/ADP/RP/9/compound:prt ./PUNCT/./3/punct", "hopes=hope force=force voters=voter", people)
	assert.Equal(t, "Arg0", roles(d, event(t, d, "force"))["Eva Stone"], "who gets the voters forces him out")

	d = tree(t, "Eva/PROPN/NNP/3/nsubj Stone/PROPN/NNP/1/flat hopes/VERB/VBZ/0/root to/PART/TO/5/mark get/VERB/VB/3/xcomp "+
		"the/DET/DT/7/det voters/NOUN/NNS/5/obj to/PART/TO/9/mark force/VERB/VB/5/xcomp Tom/PROPN/NNP/9/obj Hale/PROPN/NNP/10/flat "+
		"out/ADP/RP/9/compound:prt ./PUNCT/./3/punct", "hopes=hope force=force voters=voter", people)
	assert.NotEqual(t, "Arg0", roles(d, event(t, d, "force"))["Eva Stone"], "\"got the voters to force\": they force it")
}

// A speaker after "said" whose title the parser took for the head, hung on
// the full stop, is the speaker when the phrase holds a name.
func TestTitledSpeakerAfterSaid(t *testing.T) {
	d := tree(t, "“/PUNCT/``/2/punct Fine/ADJ/JJ/5/ccomp ,/PUNCT/,/2/punct ”/PUNCT/''/2/punct said/VERB/VBD/0/root "+
		"Sen./PROPN/NNP/9/compound Tom/PROPN/NNP/6/flat Hale/PROPN/NNP/6/flat ./PUNCT/./5/punct", "said=say", people)
	titled := doc.Span{Start: d.Tokens[5].Start, End: d.Tokens[7].End}
	d.Mentions = append(d.Mentions, doc.Mention{Span: titled, Text: d.Slice(titled), Kind: doc.Nominal, Type: doc.Person,
		Entity: d.Mentions[0].Entity, FirstTok: 5, LastTok: 8})
	d.Entities[d.Mentions[0].Entity].Mentions = append(d.Entities[d.Mentions[0].Entity].Mentions, len(d.Mentions)-1)
	FindEvents(d)
	assert.Equal(t, map[string]string{"Tom Hale": "Arg0"}, roles(d, event(t, d, "said")))
}

// "got X to do Y" lends X when X can act, also when the parser hangs the
// infinitive on "got" as an adverbial clause, as UD does for a purpose.
func TestGetLendsAnAgentObjectToAnAdverbialInfinitive(t *testing.T) {
	d := tree(t, "The/DET/DT/2/det mayor/NOUN/NN/3/nsubj got/VERB/VBD/0/root Eva/PROPN/NNP/3/obj Stone/PROPN/NNP/4/flat "+
		"to/PART/TO/7/mark sign/VERB/VB/3/advcl the/DET/DT/9/det deal/NOUN/NN/7/obj ./PUNCT/./3/punct", "got=get", people)
	assert.Equal(t, "Arg0", roles(d, event(t, d, "sign"))["Eva Stone"])
}
