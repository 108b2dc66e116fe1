package event

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/stretchr/testify/assert"
)

// Factuality, second round (issue #16): choices and causes that tell their
// infinitive done, objects that deny their verb, questions asked about an
// event taken as known, if-clauses of asking, and the writer's naming of
// what a cue judges.

// A choice made, a step taken next and what a cause brings about happened;
// what one is urged to do is still to come.
func TestImplicativeChoicesAndCauses(t *testing.T) {
	d := parsed(t, "Dana Ruiz chose to sell the farm in May.", people)
	assert.True(t, event(t, d, "sell").Factuality.Asserted(), "the choice made, the farm sold")
	d = parsed(t, "Kim Lund then proceeded to read the verdict to Ola Berg.", people)
	assert.True(t, event(t, d, "read").Factuality.Asserted())
	d = parsed(t, "The flood drove thousands of farmers to leave the valley in 1998.", people)
	assert.True(t, event(t, d, "leave").Factuality.Asserted(), "they left")
	d = parsed(t, "Kim Lund urged the mayor to resign.", people)
	assert.Equal(t, "FUTURE", event(t, d, "resign").Factuality.Time, "urged, not done")
	d = parsed(t, "Ola Berg chose not to answer the letter.", people)
	assert.Equal(t, fact("NEG", "", "", ""), event(t, d, "answer").Factuality)

	// the parser hangs the infinitive on the object of the cause
	d = tree(t, "The/DET/DT/2/det strike/NOUN/NN/3/nsubj prompted/VERB/VBD/0/root the/DET/DT/5/det mayor/NOUN/NN/3/obj "+
		"to/PART/TO/7/mark resign/VERB/VB/5/acl ./PUNCT/./3/punct", "prompted=prompt", people)
	assert.True(t, event(t, d, "resign").Factuality.Asserted(), "the strike made him resign")
	d = tree(t, "Kim/PROPN/NNP/3/nsubj Lund/PROPN/NNP/1/flat made/VERB/VBD/0/root it/PRON/PRP/3/expl her/PRON/PRP$/6/nmod:poss "+
		"mission/NOUN/NN/3/obj to/PART/TO/8/mark win/VERB/VB/6/acl the/DET/DT/10/det seat/NOUN/NN/8/obj ./PUNCT/./3/punct",
		"made=make", people)
	assert.Equal(t, "FUTURE", event(t, d, "win").Factuality.Time, "an aim, not a cause")
}

// An object that names nothing denies its verb; a bound on an amount, a
// name that begins with "No", and a conjunct with its own object do not.
func TestObjectsThatDenyTheVerb(t *testing.T) {
	d := parsed(t, "Tom Hale has paid nothing in federal taxes.", people)
	assert.Equal(t, "NEG", event(t, d, "paid").Factuality.Polarity)
	d = parsed(t, "Vega Labs found no errors in the accounts of Nova Corp.", people)
	assert.Equal(t, "NEG", event(t, d, "found").Factuality.Polarity)
	d = parsed(t, "Ola Berg offered nothing but praise for the mayor.", people)
	assert.Equal(t, "", event(t, d, "offered").Factuality.Polarity, "praise was offered")
	d = tree(t, "Vega/PROPN/NNP/2/compound Labs/PROPN/NNP/3/nsubj sold/VERB/VBD/0/root No/DET/DT/5/det "+
		"Limits/NOUN/NNS/3/obj ./PUNCT/./3/punct", "sold=sell", people)
	assert.Equal(t, "", event(t, d, "sold").Factuality.Polarity, "a name, no denial")
	d = tree(t, "Vega/PROPN/NNP/2/compound Labs/PROPN/NNP/3/nsubj found/VERB/VBD/0/root no/DET/DT/5/det one/PRON/NN/3/obj "+
		"released/VERB/VBD/5/acl the/DET/DT/8/det file/NOUN/NN/6/obj ./PUNCT/./3/punct", "found=find", people)
	assert.Equal(t, "", event(t, d, "found").Factuality.Polarity, "the subject of a clause the parser took for the object")
	d = tree(t, "Vega/PROPN/NNP/2/compound Labs/PROPN/NNP/3/nsubj made/VERB/VBD/0/root no/DET/DT/5/det offer/NOUN/NN/3/obj "+
		"and/CCONJ/CC/7/cc raised/VERB/VBD/3/conj the/DET/DT/9/det price/NOUN/NN/7/obj ./PUNCT/./3/punct", "raised=raise", people)
	assert.Equal(t, "", event(t, d, "raised").Factuality.Polarity, "the denying object is the first verb's")
}

// A question word asks about an event it takes as known: "why" in the
// present as well as the past; a yes-no question and a proposal stay open.
func TestQuestionsAboutKnownEvents(t *testing.T) {
	d := parsed(t, "Why does the city refuse to repair the bridge?", people)
	assert.True(t, event(t, d, "refuse").Factuality.Asserted(), "the refusal is known")
	d = parsed(t, "Did Kim Lund sell the farm?", people)
	assert.Equal(t, "UNDERSPECIFIED", event(t, d, "sell").Factuality.Certainty)
	d = tree(t, "Why/ADV/WRB/3/advmod not/PART/RB/3/advmod sell/VERB/VB/0/root the/DET/DT/5/det farm/NOUN/NN/3/obj ?/PUNCT/./3/punct",
		"", people)
	assert.False(t, event(t, d, "sell").Factuality.Asserted(), "a proposal, not a known sale")

	// an embedded question about a known event: no request, no guess
	d = parsed(t, "Kim Lund kept asking Ola Berg why Vega Labs had blamed Nova Corp for the outage.", people)
	assert.Equal(t, "", event(t, d, "blamed").Factuality.Certainty)
	d = parsed(t, "Kim Lund asked Ola Berg to sell the farm.", people)
	assert.Equal(t, "POSSIBLE", event(t, d, "sell").Factuality.Certainty, "what one is asked to do")
}

// An if-clause on a verb of asking is the question, however the parser
// hangs it: neither the asking nor the asked is a condition.
func TestIfClausesOfAsking(t *testing.T) {
	d := tree(t, "Vega/PROPN/NNP/2/compound Labs/PROPN/NNP/3/nsubj sent/VERB/VBD/0/root Kim/PROPN/NNP/3/obj Lund/PROPN/NNP/4/flat "+
		"to/PART/TO/7/mark ask/VERB/VB/3/advcl shoppers/NOUN/NNS/7/obj if/SCONJ/IN/13/mark Nova/PROPN/NNP/11/compound "+
		"Corp/PROPN/NNP/13/nsubj had/AUX/VBD/13/aux raised/VERB/VBN/7/advcl its/PRON/PRP$/15/nmod:poss prices/NOUN/NNS/13/obj "+
		"./PUNCT/./3/punct", "raised=raise", people)
	assert.Equal(t, "", event(t, d, "ask").Factuality.SpecialCases, "the asking has no condition")
	raised := event(t, d, "raised").Factuality
	assert.Equal(t, "", raised.SpecialCases)
	assert.Equal(t, "UNDERSPECIFIED", raised.Certainty, "asked about, neither told nor denied")

	d = tree(t, "Asked/VERB/VBN/9/advcl if/SCONJ/IN/4/mark there/PRON/EX/4/expl was/VERB/VBD/1/advcl fraud/NOUN/NN/4/nsubj ,/PUNCT/,/9/punct "+
		"Tom/PROPN/NNP/9/nsubj Hale/PROPN/NNP/7/flat suggested/VERB/VBD/0/root that/SCONJ/IN/14/mark the/DET/DT/12/det "+
		"count/NOUN/NN/14/nsubj:pass was/AUX/VBD/14/aux:pass rigged/VERB/VBN/9/ccomp ./PUNCT/./9/punct", "was=be suggested=suggest", people)
	assert.True(t, event(t, d, "suggested").Factuality.Asserted(), "the suggestion was made")

	// a request with its own "for" phrase keeps its condition
	d = tree(t, "Kim/PROPN/NNP/4/nsubj Lund/PROPN/NNP/1/flat will/AUX/MD/4/aux ask/VERB/VB/0/root for/ADP/IN/6/case help/NOUN/NN/4/obl "+
		"if/SCONJ/IN/9/mark she/PRON/PRP/9/nsubj needs/VERB/VBZ/4/advcl it/PRON/PRP/9/obj ./PUNCT/./4/punct", "needs=need", people)
	assert.Equal(t, "COND_MAIN_CLAUSE", event(t, d, "ask").Factuality.SpecialCases)
}

// What a judging cue takes as its object is named by the writer: the
// events of the object's relative clause, infinitive or noun are the
// text's, not the judge's; what the cue says of the object stays the
// judge's ("accused him of lying"), and so do quoted words.
func TestTheWritersNamingOfWhatIsJudged(t *testing.T) {
	judged := func(text, cueWord, content string) *doc.Document {
		d := parsed(t, text, people)
		cue := span(text, cueWord)
		d.Quotes = []doc.Quote{{Content: []doc.Span{span(text, content)}, Cue: &cue, Speaker: 0, Addressee: -1}}
		FindEvents(d)
		return d
	}
	d := judged("Kim Lund has attacked rules that help Vega Labs.", "attacked", "rules that help Vega Labs")
	assert.Equal(t, "", reportedBy(t, d, "help"), "the writer's relative clause")
	d = judged("Kim Lund praised the attempt of the council to shut the plant.", "praised",
		"the attempt of the council to shut the plant")
	assert.Equal(t, "", reportedBy(t, d, "shut"), "the writer's naming of the attempt")
	d = judged("Kim Lund accused Ola Berg of lying to Vega Labs.", "accused", "Ola Berg of lying to Vega Labs")
	assert.Equal(t, "Kim Lund", reportedBy(t, d, "lying"), "what she says of him")
	// the parser hangs what is said of two on the second of them
	d = tree(t, "Kim/PROPN/NNP/3/nsubj Lund/PROPN/NNP/1/flat accused/VERB/VBD/0/root Ola/PROPN/NNP/3/obj Berg/PROPN/NNP/4/flat "+
		"and/CCONJ/CC/8/cc Vega/PROPN/NNP/8/compound Labs/PROPN/NNP/4/conj of/SCONJ/IN/10/mark lying/VERB/VBG/8/acl "+
		"to/ADP/IN/13/case Nova/PROPN/NNP/13/compound Corp/PROPN/NNP/10/obl ./PUNCT/./3/punct", "accused=accuse lying=lie", people)
	cue, kim := span(d.Text, "accused"), -1
	for i, m := range d.Mentions {
		if m.Text == "Kim Lund" {
			kim = i // the mentions of a tree come in no fixed order
		}
	}
	d.Quotes = []doc.Quote{{Content: []doc.Span{span(d.Text, "Ola Berg and Vega Labs of lying to Nova Corp")}, Cue: &cue,
		Speaker: kim, Addressee: -1}}
	FindEvents(d)
	assert.Equal(t, "Kim Lund", reportedBy(t, d, "lying"), "what she says of them both")
	d = judged(`Kim Lund attacked the mayor, "a man who sold our farm."`, "attacked", `the mayor, "a man who sold our farm."`)
	assert.Equal(t, "Kim Lund", reportedBy(t, d, "sold"), "her quoted words")
}
