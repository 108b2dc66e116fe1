package mention

import (
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/newsgraph/newsgraph/extract/tokenize"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func names(t *testing.T, text string) (*doc.Document, map[string]doc.EntityType) {
	t.Helper()
	d := doc.NewDocument("t", text, time.Time{})
	tokenize.Tokenize(d)
	FindNames(d)
	out := map[string]doc.EntityType{}
	for _, m := range d.Mentions {
		out[m.Text] = m.Type
	}
	return d, out
}

func TestFindNamesTypes(t *testing.T) {
	d, got := names(t, "Angela Merkel met Emmanuel Macron in Paris on Tuesday. "+
		"The United Nations said aid had reached the town.")
	assert.Equal(t, doc.Person, got["Angela Merkel"])
	assert.Equal(t, doc.Person, got["Emmanuel Macron"])
	assert.Equal(t, doc.Place, got["Paris"])
	assert.Equal(t, doc.Organization, got["United Nations"], "the article stays outside the name")
	assert.NotContains(t, got, "Tuesday")
	for _, m := range d.Mentions {
		assert.Equal(t, doc.Name, m.Kind)
		assert.Equal(t, -1, m.Entity)
		assert.Equal(t, doc.Unknown, m.Gender)
		assert.Equal(t, d.Slice(m.Span), m.Text)
		assert.Equal(t, d.Tokens[m.FirstTok].Start, m.Start)
		assert.Equal(t, d.Tokens[m.LastTok-1].End, m.End)
	}
}

func TestFindNamesPossessiveOutside(t *testing.T) {
	_, got := names(t, "Microsoft's new chief executive said the company would hire engineers in Seattle.")
	assert.Equal(t, doc.Organization, got["Microsoft"])
	for n := range got {
		assert.False(t, strings.HasSuffix(n, "'s"), n)
	}
}

func TestFindNamesPhotoCredit(t *testing.T) {
	_, got := names(t, "© Disney Kim heads to the premiere in London with her sister.")
	assert.NotContains(t, got, "Disney Kim")
	assert.Contains(t, got, "Kim")
	assert.Contains(t, got, "Disney")

	_, got = names(t, "Photo: Getty Images Kim Kardashian arrives at the gala in New York.")
	assert.NotContains(t, got, "Getty Images Kim Kardashian")
	assert.Equal(t, doc.Person, got["Kim Kardashian"])
}

func TestFindNamesTitleCaseHeadline(t *testing.T) {
	for _, h := range []string{
		"Local Man Wins Big At County Fair After Decades Of Trying",
		"Kim Kardashian Heads To Washington For Meeting With Prison Reform Advocates",
	} {
		d, _ := names(t, h)
		inName := 0
		for _, m := range d.Mentions {
			inName += m.LastTok - m.FirstTok
		}
		assert.Less(t, inName*2, len(d.Tokens), "%s: %v", h, d.Mentions)
	}
}

func TestFindNamesAllCapsHeadlineUsesBody(t *testing.T) {
	_, got := names(t, "FLOODS CLOSE ROADS IN NORWAY\n\nHeavy rain closed roads across Norway on Monday, officials said.")
	assert.Equal(t, doc.Place, got["NORWAY"])
	assert.NotContains(t, got, "FLOODS")
}

func TestFindNamesEmpty(t *testing.T) {
	d, got := names(t, "")
	assert.Empty(t, got)
	assert.Empty(t, d.Mentions)
}

func TestNERModelLoadsOnce(t *testing.T) {
	a, err := NERModel()
	require.NoError(t, err)
	b, _ := NERModel()
	assert.Same(t, a, b)
	assert.Equal(t, 2, a.Stages())
}

// BenchmarkFindNames measures the name stage alone on already tokenized
// news text and reports words per second (per core: the stage is serial).
func BenchmarkFindNames(b *testing.B) {
	text := strings.Repeat("Shares of Toyota Motor Corp. fell 3 percent in Tokyo on Friday after the Bank of Japan "+
		"said it would raise interest rates, a move analysts at Nomura had expected. "+
		"Prime Minister Shigeru Ishiba told reporters in Osaka that the government would review the plan "+
		"with the International Monetary Fund before the summit in Washington.\n\n", 40)
	d := doc.NewDocument("bench", text, time.Time{})
	tokenize.Tokenize(d)
	if _, err := NERModel(); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for b.Loop() {
		d.Mentions = d.Mentions[:0]
		FindNames(d)
	}
	b.ReportMetric(float64(len(d.Tokens))*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

func TestSurnameTheTaggerLeftOutFollowsAFirstName(t *testing.T) {
	// "Press" is a noun the tagger often leaves out of a name; after a
	// listed first name, as a proper noun of the name, it is the surname
	d := doctest.Tree(t, "Shares/NOUN/NNS/2/nsubj rose/VERB/VBD/0/root ,/PUNCT/,/2/punct said/VERB/VBD/2/parataxis "+
		"Walter/PROPN/NNP/4/nsubj Press/PROPN/NNP/5/flat")
	assert.True(t, surnameAfter(d, 4))
	// a verb of a headline is no surname
	d = doctest.Tree(t, "Walter/PROPN/NNP/2/nsubj Says/VERB/VBZ/0/root No/INTJ/UH/2/obj")
	assert.False(t, surnameAfter(d, 0))
	d = doctest.Tree(t, "Voters/NOUN/NNS/2/nsubj Trust/VERB/VBP/0/root Walter/PROPN/NNP/2/obj Press/PROPN/NNP/3/flat On/ADP/IN/6/case "+
		"Taxes/NOUN/NNS/2/obl")
	assert.False(t, surnameAfter(d, 2), "in a title-case headline every word looks like a name")
	// a month is no surname
	d = doctest.Tree(t, "He/PRON/PRP/2/nsubj met/VERB/VBD/0/root Walter/PROPN/NNP/2/obj May/PROPN/NNP/3/flat")
	assert.False(t, surnameAfter(d, 2))
}

func TestNamePartsDropAPrepositionThatOpensTheSentence(t *testing.T) {
	d := doctest.Tree(t, "Unlike/ADP/IN/2/case Kestrel/PROPN/NNP/6/obl ,/PUNCT/,/2/punct the/DET/DT/5/det bakery/NOUN/NN/6/nsubj "+
		"closed/VERB/VBD/0/root")
	assert.Equal(t, [][2]int{{1, 2}}, nameParts(d, 0, 2), "capitalised because it opens the sentence")

	d = doctest.Tree(t, "Ana/PROPN/NNP/3/nsubj Ruiz/PROPN/NNP/1/flat left/VERB/VBD/0/root")
	assert.Equal(t, [][2]int{{0, 2}}, nameParts(d, 0, 2), "a name that opens the sentence keeps its first word")
}

func TestAPersonsNameSplitsAtAnd(t *testing.T) {
	// Judges picked Marsh and Okafor for the final .
	d := doctest.WithNames(t, "Judges picked Marsh and Okafor for the final.", map[string]doc.EntityType{})
	got := peopleParts(d, [][2]int{{2, 5}}, "PER")
	assert.Equal(t, [][2]int{{2, 3}, {4, 5}}, got, "two people's names")
	assert.Equal(t, [][2]int{{2, 5}}, peopleParts(d, [][2]int{{2, 5}}, "ORG"), "a firm's name may hold and")
	// She joined Marsh & Okafor in May .
	d = doctest.WithNames(t, "She joined Marsh & Okafor in May.", map[string]doc.EntityType{})
	assert.Equal(t, [][2]int{{2, 5}}, peopleParts(d, [][2]int{{2, 5}}, "PER"), "& joins a firm's founders")
}
