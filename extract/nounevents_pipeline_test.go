package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Event nouns take the participants the sentence gives them though the
// parse hangs them elsewhere (issue #16, branch events8).

func TestAnOccasionOfSpeechHungOnTheObjectIsTheVerbs(t *testing.T) {
	d := processed("Governors Ann Miller and Tom Reyes condemned the new rules in statements on Tuesday.")
	args := argTexts(d, eventAt(t, d, "statements"))
	assert.Equal(t, "Arg0", args["Ann Miller"], "who condemned in statements made them: %v", args)
	assert.Equal(t, "Arg0", args["Tom Reyes"], "%v", args)
}

func TestAContainedPhraseIsNoOccasion(t *testing.T) {
	// (Not "quoted the passages in the statement": the beam parser hangs "in
	// the statement" on "quoted", the other reading, where she quotes in it.)
	d := processed("Pilar Ortega quoted the first lines in the statement.")
	for _, ev := range d.Events {
		if d.Slice(ev.Trigger) == "statement" {
			assert.NotContains(t, argTexts(d, ev), "Pilar Ortega", "she quotes the statement, she did not make it")
		}
	}
}

func TestTheOwnerOfAStatementMakesIt(t *testing.T) {
	d := processed("Brazil's statement on Monday surprised the markets.")
	args := argTexts(d, eventAt(t, d, "statement"))
	assert.Equal(t, "Arg0", args["Brazil"], "a place that states is the speaker, no theme: %v", args)
}

func TestAnAgentHungOnTheThemeActs(t *testing.T) {
	d := processed("The criticism of the tax program by union leaders grew on Monday.")
	args := argTexts(d, eventAt(t, d, "criticism"))
	assert.Equal(t, "Arg0", args["union leaders"], "the by-phrase criticizes, though parsed on the program: %v", args)
}

func TestNamesAfterAPluralTitleParsedAsASecondSubject(t *testing.T) {
	d := processed("Governors Ann Miller and Tom Reyes condemned the new rules on Tuesday.")
	args := argTexts(d, eventAt(t, d, "condemned"))
	assert.Equal(t, "Arg0", args["Ann Miller"], "%v", args)
	assert.NotContains(t, args, "Governors", "the named governors act, not a group beside them: %v", args)
}

// A participle heading a clause with a subject and no auxiliary is a
// headline's passive ("Barra appointed as chief"); in running text that
// ends with a full stop it is a past tense the tagger took for one.
func TestAPastTenseTaggedAsAParticipleInRunningText(t *testing.T) {
	d := processed("Ruth Baker named as chief of Dalton Bank\n\nThe mayor spoke on Monday.\n\nIn Dayton, the crowd booed loudly.")
	args := argTexts(d, eventAt(t, d, "booed"))
	assert.Equal(t, "Arg0", args["the crowd"], "the crowd boos: %v", args)
	args = argTexts(d, eventAt(t, d, "named"))
	assert.Equal(t, "Arg1", args["Ruth Baker"], "the headline's passive stays: %v", args)
}

// A sentence that ends inside a quotation or bracket has its full stop
// before the closing mark, and a text without blank lines is no
// headline: in both the tagger's participle is a past tense.
func TestAPastTenseBeforeAClosingQuoteOrInOneParagraph(t *testing.T) {
	d := processed("Lena Park wins the vote\n\nThe mayor spoke on Monday.\n\nIn Akron, the audience booed, chanting \"shame on you.\"")
	args := argTexts(d, eventAt(t, d, "booed"))
	assert.Equal(t, "Arg0", args["the audience"], "the full stop stands before the quote: %v", args)
	d = processed("The mayor spoke on Monday. In Akron, the audience booed loudly.")
	args = argTexts(d, eventAt(t, d, "booed"))
	assert.Equal(t, "Arg0", args["the audience"], "a one-paragraph text is no headline: %v", args)
}

// A "be" in the subject's own relative clause does not make the verb
// after it passive.
func TestABeInTheSubjectsClauseIsNotTheVerbs(t *testing.T) {
	d := processed("Lena Park wins the vote\n\nThe mayor spoke on Monday.\n\nAt the rally, the students, who were tired, jeered the mayor.")
	args := argTexts(d, eventAt(t, d, "jeered"))
	// the mention is the noun phrase with its set-off relative clause (mention.WidenAsides)
	assert.Equal(t, "Arg0", args["the students, who were tired"], "the students jeer: %v", args)
}

// A prepositional verb's oblique is a core argument ("focused on X",
// "relied on X", "sided with X"); another verb's on-phrase is none.
func TestTheObliqueOfAPrepositionalVerbTakesPart(t *testing.T) {
	d := processed("Senator Ana Ortiz focused on rural voters and relied on small donors. The unions have sided with Ortiz. Ortiz spoke on CNN.")
	args := argTexts(d, eventAt(t, d, "focused"))
	assert.Equal(t, "Arg2", args["rural voters"], "%v", args)
	args = argTexts(d, eventAt(t, d, "relied"))
	assert.Equal(t, "Arg1", args["small donors"], "%v", args)
	args = argTexts(d, eventAt(t, d, "sided"))
	assert.Equal(t, "Arg1", args["Ortiz"], "%v", args)
	for _, ev := range d.Events {
		if d.Slice(ev.Trigger) == "spoke" {
			assert.NotContains(t, argTexts(d, ev), "CNN", "where she spoke takes no part")
		}
	}
}

// A partitive and its named whole are one participant, not two.
func TestAPartAndItsWholeTakePartOnce(t *testing.T) {
	d := processed("A majority of Canadians backed the new tax in March.")
	args := argTexts(d, eventAt(t, d, "backed"))
	assert.NotContains(t, args, "Canadians", "the majority are the Canadians: %v", args)
	assert.Len(t, args, 2, "the majority and the tax: %v", args)
}

// The participle complement of a predicative verb tells what its subject
// underwent ("seemed surprised"): the subject is Arg1, as in a passive.
func TestAParticipleAfterAPredicativeVerbIsPassive(t *testing.T) {
	d := processed("The mayor appeared cowed by the protests. Ruth Baker seemed surprised by the verdict. The voters became frustrated by the council.")
	for trigger, subject := range map[string]string{"cowed": "The mayor", "surprised": "Ruth Baker", "frustrated": "The voters"} {
		args := argTexts(d, eventAt(t, d, trigger))
		assert.Equal(t, "Arg1", args[subject], "%s: %v", trigger, args)
	}
}
