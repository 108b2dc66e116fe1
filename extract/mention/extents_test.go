package mention

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/stretchr/testify/assert"
)

func TestNounPhraseLeavesOutAVerbTakenForAComplement(t *testing.T) {
	// "Tom Berg, a lawyer for the firm and a neighbour of the family's, said that it failed":
	// the parser hangs "said" on "neighbour" as its complement
	d := doctest.Tree(t, "Tom/PROPN/NNP/0/root Berg/PROPN/NNP/1/flat ,/PUNCT/,/5/punct a/DET/DT/5/det lawyer/NOUN/NN/1/appos "+
		"for/ADP/IN/8/case the/DET/DT/8/det firm/NOUN/NN/5/nmod and/CCONJ/CC/11/cc a/DET/DT/11/det neighbour/NOUN/NN/5/conj "+
		"of/ADP/IN/16/case the/DET/DT/14/det family/NOUN/NN/16/nmod:unmarked 's/PART/POS/14/case said/VERB/VBD/11/nmod "+
		"that/SCONJ/IN/19/mark it/PRON/PRP/19/nsubj failed/VERB/VBD/16/ccomp ./PUNCT/./1/punct")
	assert.Equal(t, "a neighbour", phraseOf(t, d, "neighbour", 0), "a verb is no noun's complement")
}

func TestNounPhraseLeavesOutARelativeClauseWithoutRelativeWordOrSubject(t *testing.T) {
	// "Prices of homes near the new station doubled last year": "doubled" hung on "station"
	d := doctest.Tree(t, "Prices/NOUN/NNS/0/root of/ADP/IN/3/case homes/NOUN/NNS/1/nmod near/ADP/IN/7/case the/DET/DT/7/det "+
		"new/ADJ/JJ/7/amod station/NOUN/NN/3/nmod doubled/VERB/VBD/7/acl:relcl last/ADJ/JJ/10/amod year/NOUN/NN/8/obl:tmod "+
		"./PUNCT/./1/punct")
	assert.Equal(t, "Prices of homes near the new station", phraseOf(t, d, "Prices", 0))

	// with a subject of its own it is a relative clause: "the size of the loans they took"
	d = doctest.Tree(t, "She/PRON/PRP/2/nsubj doubted/VERB/VBD/0/root the/DET/DT/4/det size/NOUN/NN/2/obj of/ADP/IN/7/case "+
		"the/DET/DT/7/det loans/NOUN/NNS/4/nmod they/PRON/PRP/9/nsubj took/VERB/VBD/7/acl:relcl ./PUNCT/./2/punct")
	assert.Equal(t, "the size of the loans they took", phraseOf(t, d, "size", 0))
}

func TestNounPhraseLeavesOutTheVerbOfASentenceReadAsANoun(t *testing.T) {
	// "The number of buses leaving the depot dropped in May.": no verb above "number"
	d := doctest.Tree(t, "The/DET/DT/2/det number/NOUN/NN/0/root of/ADP/IN/4/case buses/NOUN/NNS/2/nmod leaving/VERB/VBG/4/acl "+
		"the/DET/DT/7/det depot/NOUN/NN/5/obj dropped/VERB/VBN/7/acl in/ADP/IN/10/case May/PROPN/NNP/8/obl ./PUNCT/./2/punct")
	assert.Equal(t, "The number of buses leaving the depot", phraseOf(t, d, "number", 0))
	assert.Equal(t, "the depot", phraseOf(t, d, "depot", 0))

	// a later participle is the verb: the first one stays
	d = doctest.Tree(t, "The/DET/DT/2/det number/NOUN/NN/0/root of/ADP/IN/4/case people/NOUN/NNS/2/nmod hurt/VERB/VBN/4/acl "+
		"in/ADP/IN/8/case the/DET/DT/8/det crash/NOUN/NN/5/obl rose/VERB/VBD/8/acl ./PUNCT/./2/punct")
	assert.Equal(t, "people hurt in the crash", phraseOf(t, d, "people", 0))

	// a participle set off by a comma after it is no rival: "The head of the firm agreed in a memo, leaked in May."
	d = doctest.Tree(t, "The/DET/DT/2/det head/NOUN/NN/0/root of/ADP/IN/5/case the/DET/DT/5/det firm/NOUN/NN/2/nmod "+
		"agreed/VERB/VBN/5/acl in/ADP/IN/9/case a/DET/DT/9/det memo/NOUN/NN/6/obl ,/PUNCT/,/11/punct "+
		"leaked/VERB/VBN/2/acl in/ADP/IN/13/case May/PROPN/NNP/11/obl ./PUNCT/./2/punct")
	assert.Equal(t, "The head of the firm", phraseOf(t, d, "head", 0))

	// a headline, with no full stop, has no other verb: its participle is the noun's
	d = doctest.Tree(t, "Owners/NOUN/NNS/0/root of/ADP/IN/3/case farms/NOUN/NNS/1/nmod flooded/VERB/VBN/3/acl in/ADP/IN/6/case "+
		"spring/NOUN/NN/4/obl")
	assert.Equal(t, "Owners of farms flooded in spring", phraseOf(t, d, "Owners", 0))
}

func TestNounPhraseLeavesOutAnAbsoluteAside(t *testing.T) {
	// "the talks planned for six nations, with both sides setting the terms"
	d := doctest.Tree(t, "They/PRON/PRP/2/nsubj backed/VERB/VBD/0/root the/DET/DT/4/det talks/NOUN/NNS/2/obj planned/VERB/VBN/4/acl "+
		"for/ADP/IN/8/case six/NUM/CD/8/nummod nations/NOUN/NNS/5/obl ,/PUNCT/,/12/punct with/ADP/IN/12/case both/DET/DT/12/det "+
		"sides/NOUN/NNS/8/nmod setting/VERB/VBG/12/acl the/DET/DT/15/det terms/NOUN/NNS/13/obj ./PUNCT/./2/punct")
	assert.Equal(t, "the talks planned for six nations", phraseOf(t, d, "talks", 0))
}

func TestAComplementizerIsNoRelativeWord(t *testing.T) {
	// "The mayor told the council that she backed the plan.": "that" opens what she told
	d := doctest.Tree(t, "The/DET/DT/2/det mayor/NOUN/NN/3/nsubj told/VERB/VBD/0/root the/DET/DT/5/det council/NOUN/NN/3/obj "+
		"that/SCONJ/IN/8/mark she/PRON/PRP/8/nsubj backed/VERB/VBD/5/acl:relcl the/DET/DT/10/det plan/NOUN/NN/8/obj ./PUNCT/./3/punct")
	assert.Equal(t, "the council", phraseOf(t, d, "council", 0))

	// "The board asked our readers which candidate won.": a question, with "which" before a noun
	d = doctest.Tree(t, "The/DET/DT/2/det board/NOUN/NN/3/nsubj asked/VERB/VBD/0/root our/PRON/PRP$/5/nmod:poss "+
		"readers/NOUN/NNS/3/iobj which/PRON/WDT/7/det candidate/NOUN/NN/8/nsubj won/VERB/VBD/5/acl:relcl ./PUNCT/./3/punct")
	assert.Equal(t, "our readers", phraseOf(t, d, "readers", 0))

	// the parser may make "which" the object beside the verb's own object
	d = doctest.Tree(t, "The/DET/DT/2/det board/NOUN/NN/3/nsubj asked/VERB/VBD/0/root our/PRON/PRP$/5/nmod:poss "+
		"readers/NOUN/NNS/3/obj which/PRON/WDT/8/obj candidate/NOUN/NN/8/nsubj won/VERB/VBD/5/acl:relcl the/DET/DT/10/det "+
		"debate/NOUN/NN/8/obj ./PUNCT/./3/punct")
	assert.Equal(t, "our readers", phraseOf(t, d, "readers", 0))

	// "She read the law that he spent years fighting for.": the parser gives "that" the object's role, "for" lacks its noun
	d = doctest.Tree(t, "She/PRON/PRP/2/nsubj read/VERB/VBD/0/root the/DET/DT/4/det law/NOUN/NN/2/obj that/PRON/WDT/7/obj "+
		"he/PRON/PRP/7/nsubj spent/VERB/VBD/4/acl:relcl years/NOUN/NNS/7/obj fighting/VERB/VBG/7/xcomp for/ADP/IN/9/obl "+
		"./PUNCT/./2/punct")
	assert.Equal(t, "the law that he spent years fighting for", phraseOf(t, d, "law", 0))

	// a relative "that" fills a role in its clause and stays
	d = doctest.Tree(t, "She/PRON/PRP/2/nsubj read/VERB/VBD/0/root the/DET/DT/4/det plan/NOUN/NN/2/obj that/PRON/WDT/7/obj "+
		"he/PRON/PRP/7/nsubj drafted/VERB/VBD/4/acl:relcl ./PUNCT/./2/punct")
	assert.Equal(t, "the plan that he drafted", phraseOf(t, d, "plan", 0))

	// a noun of content takes the clause: "She repeated her claim that he lied."
	d = doctest.Tree(t, "She/PRON/PRP/2/nsubj repeated/VERB/VBD/0/root her/PRON/PRP$/4/nmod:poss claim/NOUN/NN/2/obj "+
		"that/SCONJ/IN/7/mark he/PRON/PRP/7/nsubj lied/VERB/VBD/4/acl:relcl ./PUNCT/./2/punct")
	assert.Equal(t, "her claim that he lied", phraseOf(t, d, "claim", 0))

	// so does a subject: "A report that the firm cut jobs angered them."
	d = doctest.Tree(t, "A/DET/DT/2/det report/NOUN/NN/8/nsubj that/SCONJ/IN/6/mark the/DET/DT/5/det firm/NOUN/NN/6/nsubj "+
		"cut/VERB/VBD/2/acl:relcl jobs/NOUN/NNS/6/obj angered/VERB/VBD/0/root them/PRON/PRP/8/obj ./PUNCT/./8/punct")
	assert.Equal(t, "A report that the firm cut jobs", phraseOf(t, d, "report", 0))
}

func TestNounPhraseOpensAfterWhose(t *testing.T) {
	// "She met Ana Ruiz, whose “Daily” show on radio lost its host."
	d := doctest.Tree(t, "She/PRON/PRP/2/nsubj met/VERB/VBD/0/root Ana/PROPN/NNP/2/obj Ruiz/PROPN/NNP/3/flat ,/PUNCT/,/14/punct "+
		"whose/PRON/WP$/10/nmod:poss “/PUNCT/``/8/punct Daily/PROPN/NNP/10/compound ”/PUNCT/''/8/punct show/NOUN/NN/14/nsubj "+
		"on/ADP/IN/12/case radio/NOUN/NN/10/nmod recently/ADV/RB/14/advmod lost/VERB/VBD/3/acl:relcl its/PRON/PRP$/16/nmod:poss "+
		"host/NOUN/NN/14/obj ./PUNCT/./2/punct")
	assert.Equal(t, "“ Daily ” show on radio", phraseOf(t, d, "show", 0))
}

func TestNounPhraseLeavesOutAListItemBelowTheHead(t *testing.T) {
	// "Owners of plants making steel were angry buyers.": "buyers" hung on "steel" as a list item
	d := doctest.Tree(t, "Owners/NOUN/NNS/0/root of/ADP/IN/3/case plants/NOUN/NNS/1/nmod making/VERB/VBG/3/acl steel/NOUN/NN/4/obj "+
		"were/AUX/VBD/8/cop angry/ADJ/JJ/8/amod buyers/NOUN/NNS/5/list ./PUNCT/./1/punct")
	assert.Equal(t, "Owners of plants making steel", phraseOf(t, d, "Owners", 0))
}

func TestThePastDatesAClause(t *testing.T) {
	// "She prayed at the mosque in the past."
	d := doctest.Tree(t, "She/PRON/PRP/2/nsubj prayed/VERB/VBD/0/root at/ADP/IN/5/case the/DET/DT/5/det mosque/NOUN/NN/2/obl "+
		"in/ADP/IN/8/case the/DET/DT/8/det past/NOUN/NN/5/nmod ./PUNCT/./2/punct")
	assert.Equal(t, "the mosque", phraseOf(t, d, "mosque", 0))

	// a time that is the noun's own stays: "She praised the heroes of the past."
	d = doctest.Tree(t, "She/PRON/PRP/2/nsubj praised/VERB/VBD/0/root the/DET/DT/4/det heroes/NOUN/NNS/2/obj of/ADP/IN/7/case "+
		"the/DET/DT/7/det past/NOUN/NN/4/nmod ./PUNCT/./2/punct")
	assert.Equal(t, "the heroes of the past", phraseOf(t, d, "heroes", 0))
}

func TestNounPhraseKeepsAFreeRelativeAndAsidesInside(t *testing.T) {
	// "They took another look at what failed.": "what" heads the clause and is its relative word
	d := doctest.Tree(t, "They/PRON/PRP/2/nsubj took/VERB/VBD/0/root another/DET/DT/4/det look/NOUN/NN/2/obj at/ADP/IN/6/case "+
		"what/PRON/WP/4/nmod failed/VERB/VBD/6/acl:relcl ./PUNCT/./2/punct")
	assert.Equal(t, "another look at what failed", phraseOf(t, d, "look", 0))

	// "tax cuts for firms and some (backed by unions) for workers": a bracketed parataxis inside
	d = doctest.Tree(t, "They/PRON/PRP/2/nsubj backed/VERB/VBD/0/root cuts/NOUN/NNS/2/obj for/ADP/IN/5/case firms/NOUN/NNS/3/nmod "+
		"and/CCONJ/CC/13/cc some/DET/DT/13/det (/PUNCT/-LRB-/9/punct backed/VERB/VBN/13/parataxis by/ADP/IN/11/case "+
		"unions/NOUN/NNS/9/obl )/PUNCT/-RRB-/9/punct workers/NOUN/NNS/5/conj ./PUNCT/./2/punct")
	assert.Equal(t, "cuts for firms and some ( backed by unions ) workers", phraseOf(t, d, "cuts", 0))
}

func TestOnlyAWithPhraseIsAnAbsoluteAside(t *testing.T) {
	// "She backed the talks, in a form agreed by both sides.": a complement of "talks", after the comma
	d := doctest.Tree(t, "She/PRON/PRP/2/nsubj backed/VERB/VBD/0/root the/DET/DT/4/det talks/NOUN/NNS/2/obj ,/PUNCT/,/8/punct "+
		"in/ADP/IN/8/case a/DET/DT/8/det form/NOUN/NN/4/nmod agreed/VERB/VBN/8/acl by/ADP/IN/12/case both/DET/DT/12/det "+
		"sides/NOUN/NNS/9/obl ./PUNCT/./2/punct")
	assert.Equal(t, "the talks , in a form agreed by both sides", phraseOf(t, d, "talks", 0))
}

func TestAnAsideOrAHyphenatedParticipleIsNoSentenceVerb(t *testing.T) {
	// "Ana Ruiz stars, in a role written for her.": "stars" is the verb the tagger took for a noun
	d := doctest.Tree(t, "Ana/PROPN/NNP/3/compound Ruiz/PROPN/NNP/1/flat stars/NOUN/NNS/0/root ,/PUNCT/,/7/punct in/ADP/IN/7/case "+
		"a/DET/DT/7/det role/NOUN/NN/3/nmod written/VERB/VBN/7/acl for/ADP/IN/10/case her/PRON/PRP/8/obl ./PUNCT/./3/punct")
	assert.Equal(t, "a role written for her", phraseOf(t, d, "role", 0))

	// "Reports of the union-backed campaign.": "union-backed" is one word
	d = doctest.Tree(t, "Reports/NOUN/NNS/0/root of/ADP/IN/4/case the/DET/DT/4/det union/NOUN/NN/1/nmod -/PUNCT/HYPH/6/punct "+
		"backed/VERB/VBN/4/acl campaign/NOUN/NN/6/xcomp ./PUNCT/./1/punct")
	d.Words[5].Start = d.Words[4].End // "-backed" written together, as the tokenizer splits "union-backed"
	assert.Equal(t, "Reports of the union - backed campaign", phraseOf(t, d, "Reports", 0))
}

func TestANounTaggedAsAVerbStaysAComplement(t *testing.T) {
	// "She backed funding in block grants and the families of the fallen."
	d := doctest.Tree(t, "She/PRON/PRP/2/nsubj backed/VERB/VBD/0/root funding/NOUN/NN/2/obj in/ADP/IN/6/case block/NOUN/NN/6/compound "+
		"grants/VERB/VBZ/3/nmod and/CCONJ/CC/9/cc the/DET/DT/9/det families/NOUN/NNS/3/conj of/ADP/IN/12/case the/DET/DT/12/det "+
		"fallen/VERB/VBN/9/nmod ./PUNCT/./2/punct")
	assert.Equal(t, "funding in block grants", phraseOf(t, d, "funding", 0))
	assert.Equal(t, "the families of the fallen", phraseOf(t, d, "families", 0))
}

func TestAListOfNamesStaysInThePhrase(t *testing.T) {
	// "Voters who backed Cruz, Kasich, Rubio stayed home.": the names are the verb's objects
	d := doctest.Tree(t, "Voters/NOUN/NNS/9/nsubj who/PRON/WP/3/nsubj backed/VERB/VBD/1/acl:relcl Cruz/PROPN/NNP/3/obj ,/PUNCT/,/6/punct "+
		"Kasich/PROPN/NNP/4/list ,/PUNCT/,/8/punct Rubio/PROPN/NNP/4/list stayed/VERB/VBD/0/root home/ADV/RB/9/advmod ./PUNCT/./9/punct")
	assert.Equal(t, "Voters who backed Cruz , Kasich , Rubio", phraseOf(t, d, "Voters", 0))
}

func TestNounPhraseLeavesOutAnObjectHungOnIt(t *testing.T) {
	// "The plan will give bakers and millers $5 million.": the parse hangs
	// the second object on "millers"
	d := doctest.Tree(t, "The/DET/DT/2/det plan/NOUN/NN/4/nsubj will/AUX/MD/4/aux give/VERB/VB/0/root bakers/NOUN/NNS/4/obj "+
		"and/CCONJ/CC/7/cc millers/NOUN/NNS/5/conj $/SYM/$/7/obj 5/NUM/CD/10/compound million/NUM/CD/8/nummod ./PUNCT/./4/punct")
	assert.Equal(t, "millers", phraseOf(t, d, "millers", 0))

	// elsewhere a noun with an object is a verb mistagged: "voters favor
	// hiring teachers", with "hiring" a noun, keeps its object
	d = doctest.Tree(t, "Voters/NOUN/NNS/2/nsubj favor/VERB/VBP/0/root hiring/NOUN/NN/2/obj teachers/NOUN/NNS/3/obj ./PUNCT/./2/punct")
	assert.Equal(t, "hiring teachers", phraseOf(t, d, "hiring", 0))
}
