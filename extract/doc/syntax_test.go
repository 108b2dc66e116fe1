package doc

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// parsed builds a one-sentence document from "form/UPOS/XPOS/head/rel"
// items (head 1-based, 0 for the root), one word per token, words
// separated by single spaces in the text.
func parsed(t *testing.T, items string) *Document {
	t.Helper()
	fields := strings.Fields(items)
	var forms []string
	for _, f := range fields {
		forms = append(forms, strings.Split(f, "/")[0])
	}
	d := NewDocument("t", strings.Join(forms, " "), time.Time{})
	pos := 0
	for i, f := range fields {
		p := strings.Split(f, "/")
		require.Len(t, p, 5, f)
		head, err := strconv.Atoi(p[3])
		require.NoError(t, err)
		span := Span{Start: pos, End: pos + len([]rune(p[0]))}
		pos = span.End + 1
		d.Tokens = append(d.Tokens, Token{Span: span, Text: p[0]})
		d.Words = append(d.Words, Word{Span: span, Text: p[0], Token: i, UPOS: p[1], XPOS: p[2], Lemma: strings.ToLower(p[0]),
			Head: head - 1, Rel: p[4]})
	}
	d.Sentences = []Sentence{{Span: Span{0, pos - 1}, First: 0, Last: len(fields)}}
	return d
}

func texts(d *Document, ws []int) []string {
	var out []string
	for _, w := range ws {
		out = append(out, d.Words[w].Text)
	}
	return out
}

func TestSubjectsThroughConjunctionAndControl(t *testing.T) {
	d := parsed(t, "She/PRON/PRP/2/nsubj arrived/VERB/VBD/0/root and/CCONJ/CC/4/cc spoke/VERB/VBD/2/conj ./PUNCT/./2/punct")
	assert.Equal(t, []string{"She"}, texts(d, d.Subjects(1)))
	assert.Equal(t, []string{"She"}, texts(d, d.Subjects(3)), "the conjunct shares the subject")

	d = parsed(t, "They/PRON/PRP/2/nsubj asked/VERB/VBD/0/root her/PRON/PRP/2/obj to/PART/TO/5/mark leave/VERB/VB/2/xcomp")
	assert.Equal(t, []string{"her"}, texts(d, d.Subjects(4)), "object control")
	d = parsed(t, "He/PRON/PRP/2/nsubj wants/VERB/VBZ/0/root to/PART/TO/4/mark leave/VERB/VB/2/xcomp")
	assert.Equal(t, []string{"He"}, texts(d, d.Subjects(3)), "subject control")
	assert.Equal(t, []string{"leave"}, texts(d, d.Complements(1)))
}

func TestPassiveObliquesAndSubtree(t *testing.T) {
	d := parsed(t, "The/DET/DT/2/det bill/NOUN/NN/4/nsubj:pass was/AUX/VBD/4/aux:pass signed/VERB/VBN/0/root "+
		"by/ADP/IN/7/case the/DET/DT/7/det governor/NOUN/NN/4/obl:agent in/ADP/IN/9/case Austin/PROPN/NNP/4/obl")
	assert.Equal(t, []string{"bill"}, texts(d, d.Subjects(3)))
	assert.Equal(t, []string{"was"}, texts(d, d.Auxiliaries(3)))
	obls, preps := d.Obliques(3)
	assert.Equal(t, []string{"governor", "Austin"}, texts(d, obls))
	assert.Equal(t, []string{"by", "in"}, preps)
	assert.Equal(t, []string{"governor"}, texts(d, d.Dependents(3, "obl:agent")), "a subtype matches only itself")
	first, last, span := d.Subtree(6)
	assert.Equal(t, 4, first)
	assert.Equal(t, 7, last)
	assert.Equal(t, "by the governor", d.Slice(span))
	_, _, span = d.Subtree(3)
	assert.Equal(t, d.Text, d.Slice(span), "the root covers the sentence")
}

func TestNegationAndModals(t *testing.T) {
	d := parsed(t, "He/PRON/PRP/4/nsubj would/AUX/MD/4/aux not/PART/RB/4/advmod lose/VERB/VB/0/root")
	assert.True(t, d.Negated(3))
	assert.Equal(t, "would", d.Modal(3))
	d = parsed(t, "The/DET/DT/2/det company/NOUN/NN/3/nsubj released/VERB/VBD/0/root results/NOUN/NNS/3/obj")
	assert.False(t, d.Negated(2))
	assert.Equal(t, "", d.Modal(2))
	assert.Equal(t, []string{"results"}, texts(d, d.Objects(2)))
}

func TestHeadNounAndTokenWord(t *testing.T) {
	d := parsed(t, "the/DET/DT/4/det six/NUM/CD/4/nummod Afghan/ADJ/JJ/4/amod team/NOUN/NN/5/nsubj won/VERB/VBD/0/root")
	assert.Equal(t, 3, d.HeadNoun(0, 4))
	assert.Equal(t, -1, d.HeadNoun(4, 5), "a verb is no noun phrase")
	assert.Equal(t, 3, d.TokenWord(3))
	assert.Equal(t, []int{0, 1, 2}, d.Children(3))
}

func TestTokenWordOfASplitToken(t *testing.T) {
	// "long-term" is one token of three words; "term" heads them
	d := NewDocument("t", "long-term plan", time.Time{})
	d.Tokens = []Token{{Span: Span{0, 9}, Text: "long-term"}, {Span: Span{10, 14}, Text: "plan"}}
	d.Words = []Word{
		{Span: Span{0, 4}, Text: "long", Token: 0, Head: 2, Rel: "amod"},
		{Span: Span{4, 5}, Text: "-", Token: 0, Head: 2, Rel: "punct"},
		{Span: Span{5, 9}, Text: "term", Token: 0, Head: 3, Rel: "compound"},
		{Span: Span{10, 14}, Text: "plan", Token: 1, Head: -1, Rel: "root"},
	}
	d.Sentences = []Sentence{{Span: Span{0, 14}, First: 0, Last: 2}}
	assert.Equal(t, 2, d.TokenWord(0))
	assert.Equal(t, 3, d.TokenWord(1))
	first, last := d.SentenceWords(0)
	assert.Equal(t, [2]int{0, 4}, [2]int{first, last})
}

func TestSubjectOfANonFiniteAdverbialClause(t *testing.T) {
	d := parsed(t, "She/PRON/PRP/2/nsubj flew/VERB/VBD/0/root to/ADP/IN/4/case Rome/PROPN/NNP/2/obl "+
		"to/PART/TO/6/mark meet/VERB/VB/2/advcl him/PRON/PRP/6/obj")
	assert.Equal(t, []string{"She"}, texts(d, d.Subjects(5)), "the purpose clause takes the main subject")
	d = parsed(t, "He/PRON/PRP/2/nsubj left/VERB/VBD/0/root because/SCONJ/IN/5/mark she/PRON/PRP/5/nsubj won/VERB/VBD/2/advcl")
	assert.Equal(t, []string{"she"}, texts(d, d.Subjects(4)), "a finite clause keeps its own")
	d = parsed(t, "He/PRON/PRP/2/nsubj left/VERB/VBD/0/root after/SCONJ/IN/6/mark they/PRON/PRP/6/nsubj will/AUX/MD/6/aux "+
		"fail/VERB/VB/2/advcl")
	assert.Equal(t, []string{"they"}, texts(d, d.Subjects(5)))
	d = parsed(t, "He/PRON/PRP/2/nsubj left/VERB/VBD/0/root when/SCONJ/WRB/5/mark it/PRON/PRP/5/nsubj rained/VERB/VBD/2/advcl "+
		"and/CCONJ/CC/7/cc ended/VERB/VBD/2/advcl")
	assert.Nil(t, d.Subjects(6), "a finite adverbial clause without a subject borrows none")
}

func TestPassive(t *testing.T) {
	d := parsed(t, "She/PRON/PRP/3/nsubj:pass was/AUX/VBD/3/aux:pass arrested/VERB/VBN/0/root and/CCONJ/CC/5/cc "+
		"charged/VERB/VBN/3/conj")
	assert.True(t, d.Passive(2))
	assert.True(t, d.Passive(4), "the conjunct shares the passive")
	d = parsed(t, "She/PRON/PRP/2/nsubj arrested/VERB/VBD/0/root him/PRON/PRP/2/obj and/CCONJ/CC/5/cc "+
		"charged/VERB/VBD/2/conj")
	assert.False(t, d.Passive(1))
	assert.False(t, d.Passive(4))
}

func TestPhraseLeavesOutSubtreesAndTrimsPunctuation(t *testing.T) {
	d := parsed(t, "Kestrel/PROPN/NNP/6/nsubj ,/PUNCT/,/4/punct a/DET/DT/4/det bakery/NOUN/NN/1/appos ,/PUNCT/,/1/punct "+
		"said/VERB/VBD/0/root so/ADV/RB/6/advmod")
	all := func(int) bool { return false }
	first, last := d.Phrase(0, all)
	assert.Equal(t, 0, first)
	assert.Equal(t, 4, last, "the trailing comma is trimmed")
	first, last = d.Phrase(0, func(w int) bool { return d.Words[w].Rel == "appos" })
	assert.Equal(t, 0, first)
	assert.Equal(t, 1, last, "a left-out child takes its subtree")
	first, last = d.Phrase(5, func(w int) bool { return d.Words[w].Rel == "nsubj" })
	assert.Equal(t, 5, first, "what lies beyond a left-out word is not the phrase's")
	assert.Equal(t, 7, last)
}

// The word index gives what the search gives, for a token of several
// words, a token with none and past the end, and is dropped when the
// words change.
func TestWordIndexAgreesWithSearch(t *testing.T) {
	d := NewDocument("t", "long-term plan , now", time.Time{})
	d.Tokens = []Token{{Span: Span{0, 9}}, {Span: Span{10, 14}}, {Span: Span{15, 16}}, {Span: Span{17, 20}}}
	d.Words = []Word{
		{Span: Span{0, 4}, Token: 0, Head: 2}, {Span: Span{4, 5}, Token: 0, Head: 2},
		{Span: Span{5, 9}, Token: 0, Head: 3}, {Span: Span{10, 14}, Token: 1, Head: -1},
		{Span: Span{17, 20}, Token: 3, Head: 3}, // token 2 has no word
	}
	d.Sentences = []Sentence{{First: 0, Last: 2}, {First: 2, Last: 4}}
	var want []int
	for tok := range len(d.Tokens) + 2 {
		want = append(want, d.wordOfToken(tok))
	}
	assert.Equal(t, []int{0, 3, 4, 4, 5, 5}, want)
	d.IndexWords()
	assert.True(t, d.wordIx.holds(d))
	for tok, w := range want {
		assert.Equal(t, w, d.wordOfToken(tok), "token %d", tok)
	}
	d.Words = d.Words[:3] // "plan" and "now" gone: the index no longer holds
	assert.False(t, d.wordIx.holds(d))
	first, last := d.SentenceWords(1)
	assert.Equal(t, [2]int{3, 3}, [2]int{first, last})
}
