package event

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"

	"github.com/stretchr/testify/assert"
)

func TestParticipleOfSayingHungOnANounSpeaksForTheClause(t *testing.T) {
	// the parse hangs ", saying" on the object of a relative clause
	d := tree(t, "Kim/PROPN/NNP/3/nsubj Lund/PROPN/NNP/1/flat condemned/VERB/VBD/0/root voters/NOUN/NNS/3/obj "+
		"who/PRON/WP/6/nsubj post/VERB/VBP/4/acl:relcl crude/ADJ/JJ/8/amod jokes/NOUN/NNS/6/obj ,/PUNCT/,/10/punct "+
		"saying/VERB/VBG/8/acl her/PRON/PRP$/12/nmod:poss campaign/NOUN/NN/13/nsubj rejects/VERB/VBZ/10/ccomp "+
		"them/PRON/PRP/13/obj ./PUNCT/./3/punct", "saying=say", people)
	assert.Equal(t, "Arg0", roles(d, event(t, d, "saying"))["Kim Lund"], "who condemned them says it, not the voters of the relative clause")

	// without a comma the participle tells what the object says, for who issued it
	d = tree(t, "Kim/PROPN/NNP/3/nsubj Lund/PROPN/NNP/1/flat posted/VERB/VBD/0/root a/DET/DT/5/det note/NOUN/NN/3/obj "+
		"saying/VERB/VBG/5/acl the/DET/DT/8/det mill/NOUN/NN/9/nsubj closed/VERB/VBD/6/ccomp ./PUNCT/./3/punct",
		"saying=say closed=close posted=post", people)
	assert.Equal(t, "Arg0", roles(d, event(t, d, "saying"))["Kim Lund"], "her note says it")

	// the comma sets it off from the main clause, not from the clause reported in it
	d = tree(t, "Kim/PROPN/NNP/3/nsubj Lund/PROPN/NNP/1/flat said/VERB/VBD/0/root Ola/PROPN/NNP/6/nsubj Berg/PROPN/NNP/4/flat "+
		"holds/VERB/VBZ/3/ccomp odd/ADJ/JJ/8/amod views/NOUN/NNS/6/obj ,/PUNCT/,/10/punct stating/VERB/VBG/8/acl "+
		"them/PRON/PRP/10/obj plainly/ADV/RB/10/advmod ./PUNCT/./3/punct", "stating=state holds=hold", people)
	r := roles(d, event(t, d, "stating"))
	assert.Equal(t, "Arg0", r["Kim Lund"], "who said it states it")
	assert.NotContains(t, r, "Ola Berg", "not the one she reports on")

	// a text put out by another: the report says it, not who cites it
	d = tree(t, "Kim/PROPN/NNP/3/nsubj Lund/PROPN/NNP/1/flat cited/VERB/VBD/0/root a/DET/DT/5/det report/NOUN/NN/3/obj "+
		"saying/VERB/VBG/5/acl the/DET/DT/8/det mill/NOUN/NN/9/nsubj closed/VERB/VBD/6/ccomp ./PUNCT/./3/punct",
		"saying=say closed=close", people)
	assert.NotContains(t, roles(d, event(t, d, "saying")), "Kim Lund", "she cites what the report says")

	// a participle on a noun of an oblique says what the noun says: no one else is named
	d = tree(t, "Kim/PROPN/NNP/3/nsubj Lund/PROPN/NNP/1/flat came/VERB/VBD/0/root with/ADP/IN/5/case polls/NOUN/NNS/3/obl "+
		"saying/VERB/VBG/5/acl she/PRON/PRP/8/nsubj leads/VERB/VBZ/6/ccomp ./PUNCT/./3/punct", "saying=say", people)
	assert.NotContains(t, roles(d, event(t, d, "saying")), "Kim Lund", "the polls say she leads")
}

func TestFirstPersonSayerInsideAQuotation(t *testing.T) {
	text := "“The guard stopped us, and I said, ‘We have a permit,’” Eva Stone recalled."
	d := parsed(t, text, people)
	i := -1
	for k := range d.Mentions {
		if d.Mentions[k].Text == "Eva Stone" {
			i = k
		}
	}
	cue := span(text, "recalled")
	d.Quotes = []doc.Quote{{Content: []doc.Span{span(text, "The guard stopped us, and I said, ‘We have a permit,’")},
		Cue: &cue, Speaker: i, Addressee: -1, Direct: true}}
	FindEvents(d)
	assert.Equal(t, "Arg0", roles(d, event(t, d, "said"))["Eva Stone"], "the quotation's “I” is who speaks it")

	text = "“The guard was like, ‘I said no permits,’ and he left,” Eva Stone recalled."
	d = parsed(t, text, people)
	for k := range d.Mentions {
		if d.Mentions[k].Text == "Eva Stone" {
			i = k
		}
	}
	cue = span(text, "recalled")
	d.Quotes = []doc.Quote{{Content: []doc.Span{span(text, "The guard was like, ‘I said no permits,’ and he left,")},
		Cue: &cue, Speaker: i, Addressee: -1, Direct: true}}
	FindEvents(d)
	assert.NotContains(t, roles(d, event(t, d, "said")), "Eva Stone", "a quotation within hers holds another's words")

	d.Quotes[0].Direct = false
	FindEvents(d)
	assert.NotContains(t, roles(d, event(t, d, "said")), "Eva Stone", "only a quotation's own words are hers")
}

func TestGenericInfinitiveOfSayingIsNoAct(t *testing.T) {
	d := tree(t, "It/PRON/PRP/3/expl is/AUX/VBZ/3/cop safe/ADJ/JJ/0/root to/PART/TO/5/mark say/VERB/VB/3/csubj "+
		"the/DET/DT/7/det mill/NOUN/NN/8/nsubj closed/VERB/VBD/5/ccomp ./PUNCT/./3/punct", "closed=close", people)
	assert.Equal(t, "GEN", event(t, d, "say").Factuality.SpecialCases, "what anyone may say is said by no one")
	assert.Equal(t, "", event(t, d, "closed").Factuality.SpecialCases, "what is said is the text's own")

	d = tree(t, "It/PRON/PRP/6/nsubj:outer is/AUX/VBZ/6/cop too/ADV/RB/4/advmod early/ADV/RB/6/advmod to/PART/TO/6/mark "+
		"say/VERB/VB/0/root ./PUNCT/./6/punct", "", people)
	assert.Equal(t, "GEN", event(t, d, "say").Factuality.SpecialCases, "the infinitive the parser made the predicate")

	d = tree(t, "Kim/PROPN/NNP/4/nsubj Lund/PROPN/NNP/1/flat was/AUX/VBD/4/cop wrong/ADJ/JJ/0/root to/PART/TO/6/mark "+
		"say/VERB/VB/4/xcomp it/PRON/PRP/6/obj ./PUNCT/./4/punct", "", people)
	assert.Equal(t, "", event(t, d, "say").Factuality.SpecialCases, "she said it, wrongly")
	d = tree(t, "I/PRON/PRP/2/nsubj feel/VERB/VBP/0/root bad/ADJ/JJ/2/xcomp to/PART/TO/5/mark say/VERB/VB/3/xcomp "+
		"it/PRON/PRP/5/obj ./PUNCT/./2/punct", "", people)
	assert.Equal(t, "", event(t, d, "say").Factuality.SpecialCases, "no expletive: the feeler says it")
}

func TestVerbOfSayingConjoinedToAClauseOfAnother(t *testing.T) {
	// "said" hung on the first clause of "but": the conjunct before it speaks
	d := tree(t, "The/DET/DT/2/det hearing/NOUN/NN/4/nsubj:pass was/AUX/VBD/4/aux:pass closed/VERB/VBN/0/root but/CCONJ/CC/8/cc "+
		"Kim/PROPN/NNP/8/nsubj Lund/PROPN/NNP/6/flat spoke/VERB/VBD/4/conj and/CCONJ/CC/10/cc said/VERB/VBD/4/conj "+
		"it/PRON/PRP/12/nsubj failed/VERB/VBD/10/ccomp ./PUNCT/./4/punct", "spoke=speak said=say failed=fail", people)
	assert.Equal(t, "Arg0", roles(d, event(t, d, "said"))["Kim Lund"], "who spoke said it, not the hearing")

	// hung on a verb of the clause she rejects: she says it
	d = tree(t, "Kim/PROPN/NNP/3/nsubj Lund/PROPN/NNP/1/flat rejected/VERB/VBD/0/root the/DET/DT/5/det idea/NOUN/NN/3/obj "+
		"that/SCONJ/IN/8/mark the/DET/DT/8/det changes/NOUN/NNS/9/nsubj amounted/VERB/VBD/5/acl to/ADP/IN/11/case "+
		"purges/NOUN/NNS/9/obl and/CCONJ/CC/13/cc said/VERB/VBD/9/conj so/ADV/RB/13/advmod ./PUNCT/./3/punct",
		"said=say changes=change", people)
	assert.Equal(t, "Arg0", roles(d, event(t, d, "said"))["Kim Lund"], "the changes say nothing")

	// a text that may say it keeps it: no climbing to who reports it
	d = tree(t, "Kim/PROPN/NNP/3/nsubj Lund/PROPN/NNP/1/flat said/VERB/VBD/0/root the/DET/DT/5/det ad/NOUN/NN/7/nsubj "+
		"is/AUX/VBZ/7/cop crude/ADJ/JJ/3/ccomp and/CCONJ/CC/9/cc says/VERB/VBZ/7/conj nothing/PRON/NN/9/obj ./PUNCT/./3/punct",
		"says=say", people)
	assert.NotContains(t, roles(d, event(t, d, "says")), "Kim Lund", "the ad says nothing")
}

func TestFiniteVerbOfSayingHungOnItsSubject(t *testing.T) {
	// "noted" hung on the name, the name taken for an apposition of the noun before
	d := tree(t, "The/DET/DT/2/det mill/NOUN/NN/3/nsubj hires/VERB/VBZ/0/root migrants/NOUN/NNS/3/obj ,/PUNCT/,/6/punct "+
		"Kim/PROPN/NNP/4/appos Lund/PROPN/NNP/6/flat noted/VERB/VBD/6/acl ./PUNCT/./3/punct", "noted=note", people)
	assert.Equal(t, "Arg0", roles(d, event(t, d, "noted"))["Kim Lund"], "no modifier of a noun is finite")

	// the noun lies inside a relative clause: no subject of the main verb
	d = tree(t, "Kim/PROPN/NNP/0/root Lund/PROPN/NNP/1/flat ,/PUNCT/,/5/punct whose/PRON/WP$/5/nmod:poss allies/NOUN/NNS/6/nsubj "+
		"include/VERB/VBP/1/acl:relcl Ola/PROPN/NNP/6/obj Berg/PROPN/NNP/7/flat ,/PUNCT/,/10/punct said/VERB/VBD/7/acl "+
		"no/INTJ/UH/10/obj ./PUNCT/./1/punct", "said=say", people)
	assert.NotContains(t, roles(d, event(t, d, "said")), "Ola Berg", "an ally named in her relative clause does not speak")
}

func TestClaimSpeakerParsedAsWhatIsSaid(t *testing.T) {
	// the parse makes the inverted name the object of the cue and the quotation its subject
	d := tree(t, "“/PUNCT/``/3/punct Talks/NOUN/NNS/3/nsubj failed/VERB/VBD/6/csubj ,/PUNCT/,/3/punct ”/PUNCT/''/3/punct "+
		"noted/VERB/VBD/0/root Kim/PROPN/NNP/6/obj Lund/PROPN/NNP/7/flat ./PUNCT/./6/punct", "noted=note failed=fail", people)
	speaker := -1
	for i, m := range d.Mentions {
		if m.Text == "Kim Lund" {
			speaker = i
		}
	}
	cue := span(d.Text, "noted")
	d.Quotes = []doc.Quote{{Content: []doc.Span{span(d.Text, "Talks failed ,")}, Cue: &cue, Speaker: speaker, Addressee: -1, Direct: true}}
	FindEvents(d)
	assert.Equal(t, map[string]string{"Kim Lund": "Arg0"}, roles(d, event(t, d, "noted")), "the claim's speaker notes it")
}

func TestInvertedCueAfterACommaIsNoConjunct(t *testing.T) {
	// "said" taken for a conjunct of the first clause, its speaker for a clause
	d := tree(t, "The/DET/DT/2/det cause/NOUN/NN/4/nsubj was/AUX/VBD/4/cop unknown/ADJ/JJ/0/root ,/PUNCT/,/9/punct but/CCONJ/CC/9/cc "+
		"Kim/PROPN/NNP/9/nsubj Lund/PROPN/NNP/7/flat ailed/VERB/VBD/4/conj ,/PUNCT/,/11/punct said/VERB/VBD/4/conj "+
		"Ola/PROPN/NNP/11/ccomp Berg/PROPN/NNP/12/flat ./PUNCT/./4/punct", "ailed=ail said=say", people)
	assert.NotContains(t, roles(d, event(t, d, "said")), "Kim Lund", "no conjunction opens the cue: she did not say it")
}
