package event

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/stretchr/testify/assert"
)

// An argument is the mention its head word heads. A name before a common
// noun modifies it: the phrase takes part, not the name.
func TestANamePremodifierIsNoArgument(t *testing.T) {
	d := tree(t, "The/DET/DT/3/det HBO/PROPN/NNP/3/compound series/NOUN/NN/4/nsubj follows/VERB/VBZ/0/root "+
		"a/DET/DT/6/det lawyer/NOUN/NN/4/obj ./PUNCT/./4/punct", "follows=follow", map[string]doc.EntityType{"HBO": doc.Organization})
	args := roles(d, event(t, d, "follows"))
	assert.Equal(t, "Arg0", args["The HBO series"], "%v", args)
	assert.NotContains(t, args, "HBO", "%v", args)
}

// A body's noun with names before it is the body that acts, a nominal of
// its own: the campaigns decline, not the first name before them.
func TestCampaignsNamedAfterPeopleAct(t *testing.T) {
	d := tree(t, "The/DET/DT/5/det Smith/PROPN/NNP/5/compound and/CCONJ/CC/4/cc Jones/PROPN/NNP/2/conj "+
		"campaigns/NOUN/NNS/6/nsubj declined/VERB/VBD/0/root to/PART/TO/8/mark comment/VERB/VB/6/xcomp ./PUNCT/./6/punct",
		"campaigns=campaign declined=decline", map[string]doc.EntityType{"Smith": doc.Person, "Jones": doc.Person})
	ev := event(t, d, "declined")
	args := roles(d, ev)
	assert.Equal(t, map[string]string{"The Smith and Jones campaigns": "Arg0"}, args)
	if assert.Len(t, ev.Args, 1) {
		assert.Equal(t, doc.Organization, d.Entities[d.Mentions[ev.Args[0].Mention].Entity].Type)
	}
}

// A possessor is no argument of the predicate its phrase is the subject
// of: the question centers on the budget, and what centers is Arg1.
func TestAPossessorIsNoArgument(t *testing.T) {
	d := tree(t, "Ward/PROPN/NNP/3/nmod:poss 's/PART/POS/1/case question/NOUN/NN/4/nsubj centered/VERB/VBD/0/root "+
		"on/ADP/IN/7/case the/DET/DT/7/det budget/NOUN/NN/4/obl ./PUNCT/./4/punct", "centered=center",
		map[string]doc.EntityType{"Ward": doc.Person})
	args := roles(d, event(t, d, "centered"))
	assert.Equal(t, "Arg1", args["Ward 's question"], "%v", args)
	assert.NotContains(t, args, "Ward", "%v", args)
}

// A name in an of-phrase takes no part beside the noun that heads the
// phrase: the members reject the plan, not the Senate.
func TestANameInsideAnOfPhraseIsNoArgument(t *testing.T) {
	d := tree(t, "Members/NOUN/NNS/5/nsubj of/ADP/IN/4/case the/DET/DT/4/det Senate/PROPN/NNP/1/nmod "+
		"rejected/VERB/VBD/0/root the/DET/DT/7/det plan/NOUN/NN/5/obj ./PUNCT/./5/punct", "rejected=reject",
		map[string]doc.EntityType{"Senate": doc.Organization})
	args := roles(d, event(t, d, "rejected"))
	assert.Equal(t, "Arg0", args["Members of the Senate"], "%v", args)
	assert.NotContains(t, args, "Senate", "%v", args)
}

// A share of a group stands for the group: "two-thirds of the Greens".
func TestAFractionOfAGroupIsTheGroup(t *testing.T) {
	d := tree(t, "Two-thirds/NOUN/NNS/5/nsubj of/ADP/IN/4/case the/DET/DT/4/det Greens/PROPN/NNPS/1/nmod "+
		"voted/VERB/VBD/0/root ./PUNCT/./5/punct", "voted=vote", map[string]doc.EntityType{"Greens": doc.Organization})
	assert.Equal(t, map[string]string{"Greens": "Arg0"}, roles(d, event(t, d, "voted")))
}

// A person's name after a title heads the place the parse hung it on.
func TestATitledNameHeadsThePlaceBeforeIt(t *testing.T) {
	d := tree(t, "The/DET/DT/2/det plan/NOUN/NN/4/nsubj:pass was/AUX/VBD/4/aux:pass praised/VERB/VBN/0/root "+
		"by/ADP/IN/7/case former/ADJ/JJ/7/amod Ohio/PROPN/NNP/4/obl:agent Gov./PROPN/NNP/7/flat Ann/PROPN/NNP/7/flat "+
		"Lee/PROPN/NNP/7/flat ./PUNCT/./4/punct", "praised=praise",
		map[string]doc.EntityType{"Ohio": doc.Place, "Ann Lee": doc.Person})
	args := roles(d, event(t, d, "praised"))
	assert.Equal(t, "Arg0", args["Ann Lee"], "%v", args)
	assert.NotContains(t, args, "Ohio", "%v", args)
}

// A time before a noun that names a participant says which one it is
// ("the 2024 frontrunner"), not when the predicate happened; a time before
// an occasion dates what happens there.
func TestATimeBeforeAParticipantsNounDatesNothing(t *testing.T) {
	d := tree(t, "Ann/PROPN/NNP/7/nsubj Lee/PROPN/NNP/1/flat ,/PUNCT/,/6/punct the/DET/DT/6/det 2024/NUM/CD/6/nummod "+
		"frontrunner/NOUN/NN/1/appos said/VERB/VBD/0/root so/ADV/RB/7/advmod ./PUNCT/./7/punct", "said=say",
		map[string]doc.EntityType{"Ann Lee": doc.Person}, "2024=2024")
	assert.Equal(t, "", event(t, d, "said").Time)

	d = tree(t, "Ann/PROPN/NNP/3/nsubj Lee/PROPN/NNP/1/flat spoke/VERB/VBD/0/root at/ADP/IN/7/case a/DET/DT/7/det "+
		"Tuesday/PROPN/NNP/7/compound breakfast/NOUN/NN/3/obl ./PUNCT/./3/punct", "spoke=speak",
		map[string]doc.EntityType{"Ann Lee": doc.Person}, "Tuesday=2024-02-27")
	assert.Equal(t, "2024-02-27", event(t, d, "spoke").Time)
}

// Who takes part in a gathering attends it: no agent of the caucuses.
// Who takes part in talks talks.
func TestAttendingAGatheringIsNoAgencyOfIt(t *testing.T) {
	names := map[string]doc.EntityType{"Ann Lee": doc.Person}
	d := tree(t, "Ann/PROPN/NNP/3/nsubj Lee/PROPN/NNP/1/flat participated/VERB/VBD/0/root in/ADP/IN/6/case "+
		"the/DET/DT/6/det caucuses/NOUN/NNS/3/obl ./PUNCT/./3/punct", "participated=participate caucuses=caucus", names)
	for _, ev := range d.Events {
		if d.Slice(ev.Trigger) == "caucuses" {
			assert.NotContains(t, roles(d, ev), "Ann Lee")
		}
	}
	d = tree(t, "Ann/PROPN/NNP/3/nsubj Lee/PROPN/NNP/1/flat participated/VERB/VBD/0/root in/ADP/IN/6/case "+
		"the/DET/DT/6/det talks/NOUN/NNS/3/obl ./PUNCT/./3/punct", "participated=participate", names)
	assert.Equal(t, "Arg0", roles(d, event(t, d, "talks"))["Ann Lee"])
}

// An against-phrase after the object names whom the object is set
// against, no second theme.
func TestAgainstAfterAnObjectIsArg2(t *testing.T) {
	d := tree(t, "The/DET/DT/2/det ruling/NOUN/NN/3/nsubj turned/VERB/VBD/0/root Ann/PROPN/NNP/3/obj Lee/PROPN/NNP/4/flat "+
		"against/ADP/IN/7/case Bo/PROPN/NNP/3/obl Ray/PROPN/NNP/7/flat ./PUNCT/./3/punct", "turned=turn",
		map[string]doc.EntityType{"Ann Lee": doc.Person, "Bo Ray": doc.Person})
	args := roles(d, event(t, d, "turned"))
	assert.Equal(t, "Arg1", args["Ann Lee"], "%v", args)
	assert.Equal(t, "Arg2", args["Bo Ray"], "%v", args)
}

// A handle is no word of a cut name: its possessor is no participant.
func TestTheOwnerOfAHandleIsNoArgument(t *testing.T) {
	d := tree(t, "Ann/PROPN/NNP/3/nsubj Lee/PROPN/NNP/1/flat took/VERB/VBD/0/root a/DET/DT/5/det question/NOUN/NN/3/obj "+
		"from/ADP/IN/9/case Vega/PROPN/NNP/9/nmod:poss 's/PART/POS/7/case @jdoe/PROPN/NNP/3/obl ./PUNCT/./3/punct", "took=take",
		map[string]doc.EntityType{"Ann Lee": doc.Person, "Vega": doc.Organization})
	args := roles(d, event(t, d, "took"))
	assert.NotContains(t, args, "Vega", "%v", args)
	assert.Equal(t, "Arg0", args["Ann Lee"], "%v", args)
}

// A gerund the parse hung on a noun that cannot act, right after its
// of-phrase, is what the of-phrase does: the photo wears nothing.
func TestAGerundAfterAnOfPhraseIsItsAct(t *testing.T) {
	d := tree(t, "The/DET/DT/2/det email/NOUN/NN/3/nsubj includes/VERB/VBZ/0/root a/DET/DT/5/det photo/NOUN/NN/3/obj "+
		"of/ADP/IN/7/case Ann/PROPN/NNP/5/nmod Lee/PROPN/NNP/7/flat wearing/VERB/VBG/5/acl a/DET/DT/11/det vest/NOUN/NN/9/obj "+
		"./PUNCT/./3/punct", "includes=include wearing=wear", map[string]doc.EntityType{"Ann Lee": doc.Person})
	args := roles(d, event(t, d, "wearing"))
	assert.Equal(t, "Arg0", args["Ann Lee"], "%v", args)
	assert.NotContains(t, args, "a photo of Ann Lee wearing a vest", "%v", args)
}

// A noun that names the kind of place a name before it is stands for the
// named place: the counties are Sonoma and Lake, no thing of their own.
func TestAPlaceKindAfterANameIsThePlace(t *testing.T) {
	d := tree(t, "An/DET/DT/2/det earthquake/NOUN/NN/3/nsubj rattled/VERB/VBD/0/root Sonoma/PROPN/NNP/7/compound "+
		"and/CCONJ/CC/6/cc Lake/PROPN/NNP/4/conj counties/NOUN/NNS/3/obj ./PUNCT/./3/punct", "rattled=rattle",
		map[string]doc.EntityType{"Sonoma": doc.Place, "Lake": doc.Place})
	args := roles(d, event(t, d, "rattled"))
	assert.Equal(t, "Arg1", args["Sonoma"], "%v", args)
	assert.NotContains(t, args, "Sonoma and Lake counties", "%v", args)
}
