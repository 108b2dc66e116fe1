package mention

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/stretchr/testify/assert"
)

// phraseOf is the text of the noun phrase NounPhrase gives the n-th word
// whose form is w (0 for the first).
func phraseOf(t *testing.T, d *doc.Document, w string, n int) string {
	t.Helper()
	for i, word := range d.Words {
		if word.Text != w {
			continue
		}
		if n > 0 {
			n--
			continue
		}
		a, b := NounPhrase(d, i)
		return d.Slice(doc.Span{Start: d.Words[a].Start, End: d.Words[b-1].End})
	}
	t.Fatalf("no word %q", w)
	return ""
}

func TestNounPhraseTakesDeterminersModifiersAndCompounds(t *testing.T) {
	d := doctest.Tree(t, "The/DET/DT/5/det six/NUM/CD/3/nummod member/NOUN/NN/5/compound Afghan/ADJ/JJ/5/amod "+
		"team/NOUN/NN/6/nsubj won/VERB/VBD/0/root ./PUNCT/./6/punct")
	assert.Equal(t, "The six member Afghan team", phraseOf(t, d, "team", 0))
}

func TestNounPhraseKeepsThePossessorAndItsMarker(t *testing.T) {
	d := doctest.Tree(t, "She/PRON/PRP/2/nsubj praised/VERB/VBD/0/root her/PRON/PRP$/4/nmod:poss state/NOUN/NN/6/nmod:poss "+
		"'s/PART/POS/4/case governor/NOUN/NN/2/obj ./PUNCT/./2/punct")
	assert.Equal(t, "her state 's governor", phraseOf(t, d, "governor", 0), "the possessor is part of the phrase")
	assert.Equal(t, "her state 's", phraseOf(t, d, "state", 0), "a possessor is a phrase with its marker")
}

func TestNounPhraseTakesItsComplementNotTheClausesOblique(t *testing.T) {
	d := doctest.Tree(t, "A/DET/DT/2/det spokesman/NOUN/NN/6/nsubj for/ADP/IN/5/case the/DET/DT/5/det navy/NOUN/NN/2/nmod "+
		"met/VERB/VBD/0/root reporters/NOUN/NNS/6/obj in/ADP/IN/9/case Oslo/PROPN/NNP/6/obl ./PUNCT/./6/punct")
	assert.Equal(t, "A spokesman for the navy", phraseOf(t, d, "spokesman", 0))
	assert.Equal(t, "the navy", phraseOf(t, d, "navy", 0), "the preposition stays outside")
	assert.Equal(t, "reporters", phraseOf(t, d, "reporters", 0), "a place the verb's oblique names is not the object's")
}

func TestNounPhraseTakesARelativeClauseWithARelativeWord(t *testing.T) {
	d := doctest.Tree(t, "Grants/NOUN/NNS/3/nsubj:pass were/AUX/VBD/3/aux:pass given/VERB/VBN/0/root to/ADP/IN/6/case "+
		"the/DET/DT/6/det farmers/NOUN/NNS/3/obl who/PRON/WP/8/nsubj lost/VERB/VBD/6/acl:relcl their/PRON/PRP$/10/nmod:poss "+
		"crops/NOUN/NNS/8/obj ./PUNCT/./3/punct")
	assert.Equal(t, "the farmers who lost their crops", phraseOf(t, d, "farmers", 0))

	// A "relative clause" with no relative word right after a title is the
	// parser reading "the carmaker Volvo agreed" as "the carmaker (that)
	// Volvo agreed".
	d = doctest.Tree(t, "The/DET/DT/2/det carmaker/NOUN/NN/0/root Volvo/PROPN/NNP/4/nsubj agreed/VERB/VBD/2/acl:relcl ./PUNCT/./2/punct")
	assert.Equal(t, "The carmaker", phraseOf(t, d, "carmaker", 0))
}

func TestNounPhraseLeavesOutAppositionsAndConjuncts(t *testing.T) {
	d := doctest.Tree(t, "Kestrel/PROPN/NNP/8/nsubj ,/PUNCT/,/4/punct a/DET/DT/4/det bakery/NOUN/NN/1/appos in/ADP/IN/6/case "+
		"Oslo/PROPN/NNP/4/nmod ,/PUNCT/,/1/punct said/VERB/VBD/0/root so/ADV/RB/8/advmod ./PUNCT/./8/punct")
	assert.Equal(t, "Kestrel", phraseOf(t, d, "Kestrel", 0), "the apposition is a mention of its own")
	assert.Equal(t, "a bakery in Oslo", phraseOf(t, d, "bakery", 0))

	d = doctest.Tree(t, "Smith/PROPN/NNP/4/nsubj and/CCONJ/CC/3/cc Jones/PROPN/NNP/1/conj met/VERB/VBD/0/root ./PUNCT/./4/punct")
	assert.Equal(t, "Smith", phraseOf(t, d, "Smith", 0), "each conjunct is a phrase of its own")
}

func TestNounPhraseOfAPredicateLeavesTheClause(t *testing.T) {
	d := doctest.Tree(t, "Kestrel/PROPN/NNP/6/nsubj is/AUX/VBZ/6/cop now/ADV/RB/6/advmod the/DET/DT/6/det largest/ADJ/JJS/6/amod "+
		"bakery/NOUN/NN/0/root in/ADP/IN/8/case Oslo/PROPN/NNP/6/nmod ./PUNCT/./6/punct")
	assert.Equal(t, "the largest bakery in Oslo", phraseOf(t, d, "bakery", 0))
}

func TestNounPhraseLeavesOutClausesTheParserMisattached(t *testing.T) {
	d := doctest.Tree(t, "The/DET/DT/2/det scientists/NOUN/NNS/0/root found/VERB/VBN/2/acl a/DET/DT/5/det reduction/NOUN/NN/3/obj")
	assert.Equal(t, "The scientists", phraseOf(t, d, "scientists", 0), "a passive participle has no object: a verb")

	d = doctest.Tree(t, "They/PRON/PRP/2/nsubj rescued/VERB/VBD/0/root the/DET/DT/5/det asylum/NOUN/NN/5/compound "+
		"seekers/NOUN/NNS/2/obj found/VERB/VBN/5/acl in/ADP/IN/9/case the/DET/DT/9/det water/NOUN/NN/6/obl")
	assert.Equal(t, "the asylum seekers found in the water", phraseOf(t, d, "seekers", 0), "a participle phrase")

	d = doctest.Tree(t, "They/PRON/PRP/2/nsubj praised/VERB/VBD/0/root what/PRON/WP/5/det private/ADJ/JJ/5/amod "+
		"schools/NOUN/NNS/2/obj held/VERB/VBN/5/acl")
	assert.Equal(t, "private schools", phraseOf(t, d, "schools", 0), "a bare participle is more often a verb (and a free relative's \"what\" no determiner)")

	d = doctest.Tree(t, "It/PRON/PRP/2/nsubj required/VERB/VBD/0/root the/DET/DT/4/det team/NOUN/NN/2/obj to/PART/TO/6/mark "+
		"travel/VERB/VB/4/acl")
	assert.Equal(t, "the team", phraseOf(t, d, "team", 0), "an infinitive after an object is the verb's complement")

	d = doctest.Tree(t, "He/PRON/PRP/2/nsubj called/VERB/VBD/0/root for/ADP/IN/5/case the/DET/DT/5/det bases/NOUN/NNS/2/obl "+
		"to/PART/TO/8/mark be/AUX/VB/8/aux:pass hit/VERB/VBN/5/acl")
	assert.Equal(t, "the bases", phraseOf(t, d, "bases", 0), "so is one after the object of a preposition")

	d = doctest.Tree(t, "She/PRON/PRP/5/nsubj was/AUX/VBD/5/cop the/DET/DT/5/det first/ADJ/JJ/5/amod woman/NOUN/NN/0/root "+
		"to/PART/TO/7/mark lead/VERB/VB/5/acl a/DET/DT/9/det firm/NOUN/NN/7/obj")
	assert.Equal(t, "the first woman to lead a firm", phraseOf(t, d, "woman", 0))

	d = doctest.Tree(t, "He/PRON/PRP/2/nsubj left/VERB/VBD/0/root his/PRON/PRP$/4/nmod:poss party/NOUN/NN/2/obj "+
		"due/ADJ/JJ/8/case to/ADP/IN/5/fixed its/PRON/PRP$/8/nmod:poss defeat/NOUN/NN/4/nmod")
	assert.Equal(t, "his party", phraseOf(t, d, "party", 0), "a phrase of cause modifies the clause")

	d = doctest.Tree(t, "At/ADP/IN/3/case 0800/NUM/CD/3/nummod UTC/PROPN/NNP/6/nmod ,/PUNCT/,/3/punct the/DET/DT/6/det "+
		"bank/NOUN/NN/7/nsubj cut/VERB/VBD/0/root rates/NOUN/NNS/7/obj")
	assert.Equal(t, "the bank", phraseOf(t, d, "bank", 0), "a prepositional phrase before the head is adverbial")
}

func TestNounPhraseOfEveryWordIsContiguous(t *testing.T) {
	d := doctest.Parsed(t, "A spokesman for the navy, which patrols the coast, said on Monday that local residents "+
		"who live near the harbour and their mayor had criticized her state's plan.", nil)
	for h, w := range d.Words {
		if w.UPOS != "NOUN" {
			continue
		}
		a, b := NounPhrase(d, h)
		assert.True(t, a <= h && h < b, w.Text)
		text := d.Slice(doc.Span{Start: d.Words[a].Start, End: d.Words[b-1].End})
		assert.False(t, strings.HasSuffix(text, ",") || strings.HasPrefix(text, ","), text)
		assert.NotContains(t, text, "criticized", "a noun phrase holds no verb of the clause around it")
	}
}

func TestNounPhraseLeavesOutTheClausesDateAndVerbBelowItsHead(t *testing.T) {
	// "in 2019" dates the meeting, whatever noun the parser hangs it on.
	d := doctest.Tree(t, "They/PRON/PRP/2/nsubj met/VERB/VBD/0/root 200/NUM/CD/4/nummod farmers/NOUN/NNS/2/obj "+
		"in/ADP/IN/6/case 2019/NUM/CD/4/nmod ./PUNCT/./2/punct")
	assert.Equal(t, "200 farmers", phraseOf(t, d, "farmers", 0))

	d = doctest.Tree(t, "They/PRON/PRP/2/nsubj visited/VERB/VBD/0/root three/NUM/CD/4/nummod towns/NOUN/NNS/2/obj "+
		"on/ADP/IN/7/case May/PROPN/NNP/7/compound 4/NUM/CD/4/nmod")
	assert.Equal(t, "three towns", phraseOf(t, d, "towns", 0), "a date is a time, not a part of the towns")

	// A participle with an object under a noun inside the phrase is the clause's.
	d = doctest.Tree(t, "A/DET/DT/2/det lot/NOUN/NN/8/nsubj of/ADP/IN/4/case farmers/NOUN/NNS/2/nmod "+
		"given/VERB/VBN/4/acl the/DET/DT/7/det drought/NOUN/NN/5/obj agree/VERB/VBP/0/root")
	assert.Equal(t, "A lot of farmers", phraseOf(t, d, "lot", 0))

	// An event under the head keeps its time, and a noun under the head its relative clause.
	d = doctest.Tree(t, "She/PRON/PRP/2/nsubj became/VERB/VBD/0/root the/DET/DT/4/det favourite/NOUN/NN/2/xcomp "+
		"for/ADP/IN/7/case the/DET/DT/7/det nomination/NOUN/NN/4/nmod in/ADP/IN/9/case 2030/NUM/CD/7/nmod")
	assert.Equal(t, "the favourite for the nomination in 2030", phraseOf(t, d, "favourite", 0))
	d = doctest.Tree(t, "He/PRON/PRP/2/nsubj lacked/VERB/VBD/0/root the/DET/DT/4/det support/NOUN/NN/2/obj "+
		"of/ADP/IN/6/case farmers/NOUN/NNS/4/nmod he/PRON/PRP/8/nsubj courted/VERB/VBD/6/acl:relcl")
	assert.Equal(t, "the support of farmers he courted", phraseOf(t, d, "support", 0))
}

func TestNounPhraseLeavesOutAThatClauseWithASubjectOfItsOwn(t *testing.T) {
	// "that" is the complementizer of "told": the parser made it the relative subject.
	d := doctest.Tree(t, "He/PRON/PRP/2/nsubj told/VERB/VBD/0/root the/DET/DT/4/det farmers/NOUN/NNS/2/obj "+
		"that/PRON/WDT/8/nsubj few/ADJ/JJ/7/amod people/NOUN/NNS/8/nsubj knew/VERB/VBD/4/acl:relcl")
	assert.Equal(t, "the farmers", phraseOf(t, d, "farmers", 0))
	d = doctest.Tree(t, "He/PRON/PRP/2/nsubj met/VERB/VBD/0/root the/DET/DT/4/det farmers/NOUN/NNS/2/obj "+
		"that/PRON/WDT/7/obj people/NOUN/NNS/7/nsubj knew/VERB/VBD/4/acl:relcl")
	assert.Equal(t, "the farmers that people knew", phraseOf(t, d, "farmers", 0))
}

func TestNounPhraseClosesTheQuoteItOpens(t *testing.T) {
	d := doctest.Tree(t, "They/PRON/PRP/2/nsubj met/VERB/VBD/0/root the/DET/DT/6/det “/PUNCT/``/6/punct weekend/NOUN/NN/6/compound "+
		"farmers/NOUN/NNS/2/obj ”/PUNCT/''/2/punct ./PUNCT/./2/punct")
	assert.Equal(t, "the “ weekend farmers ”", phraseOf(t, d, "farmers", 0), "the closing mark belongs to the phrase it quotes in")
	d = doctest.Tree(t, "“/PUNCT/``/4/punct The/DET/DT/3/det farmers/NOUN/NNS/4/nsubj left/VERB/VBD/0/root ”/PUNCT/''/4/punct")
	assert.Equal(t, "The farmers", phraseOf(t, d, "farmers", 0), "a quote opened before the phrase is not its")
}

func TestNounPhraseOpensWithNoConjunctionOrPreposition(t *testing.T) {
	// The parser hung the coordinator and the preposition on the noun's modifier.
	d := doctest.Tree(t, "We/PRON/PRP/2/nsubj met/VERB/VBD/0/root and/CCONJ/CC/4/cc two/NUM/CD/6/nummod other/ADJ/JJ/6/amod "+
		"girls/NOUN/NNS/2/obj")
	assert.Equal(t, "two other girls", phraseOf(t, d, "girls", 0))
	d = doctest.Tree(t, "We/PRON/PRP/2/nsubj met/VERB/VBD/0/root at/ADP/IN/4/case least/ADJ/JJS/5/advmod "+
		"two/NUM/CD/6/nummod girls/NOUN/NNS/2/obj")
	assert.Equal(t, "at least two girls", phraseOf(t, d, "girls", 0), "a quantifier keeps its preposition")
}

// A bare noun phrase opened by a past form right after the head is the
// clause's verb and object the parser hung on the subject ("The bank
// closed branches" read as one noun); with a preposition, a gerund
// ("operating costs") or a capitalised word (a name) it stays.
func TestNounPhraseLeavesOutAVerbTheParserMadeAModifier(t *testing.T) {
	d := doctest.Tree(t, "The/DET/DT/2/det bank/NOUN/NN/0/root closed/VERB/VBN/4/amod branches/NOUN/NNS/2/nmod ./PUNCT/./2/punct")
	assert.Equal(t, "The bank", phraseOf(t, d, "bank", 0))
	assert.Equal(t, "closed branches", phraseOf(t, d, "branches", 0))

	d = doctest.Tree(t, "The/DET/DT/2/det bank/NOUN/NN/0/root for/ADP/IN/5/case displaced/VERB/VBN/5/amod families/NOUN/NNS/2/nmod ./PUNCT/./2/punct")
	assert.Equal(t, "The bank for displaced families", phraseOf(t, d, "bank", 0), "a complement with its preposition")
	d = doctest.Tree(t, "the/DET/DT/2/det mill/NOUN/NN/0/root operating/VERB/VBG/4/amod costs/NOUN/NNS/2/nmod")
	assert.Equal(t, "the mill operating costs", phraseOf(t, d, "mill", 0), "a gerund modifies")
	d = doctest.Tree(t, "the/DET/DT/2/det owner/NOUN/NN/0/root United/VERB/VBN/4/amod Mills/PROPN/NNPS/2/nmod")
	assert.Equal(t, "the owner United Mills", phraseOf(t, d, "owner", 0), "a name")
}
