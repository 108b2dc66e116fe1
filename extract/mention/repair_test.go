package mention

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// candidate makes a candidate over the tokens [first, last) of d, as the
// tagger would hand it over.
func candidate(d *doc.Document, first, last int, typ doc.EntityType) doc.NominalMention {
	return describeNominal(d, first, last, typ)
}

func tokenAt(t *testing.T, d *doc.Document, word string) int {
	t.Helper()
	for i, tok := range d.Tokens {
		if tok.Text == word {
			return i
		}
	}
	require.Failf(t, "no token", "%q", word)
	return -1
}

func repairedTexts(d *doc.Document, cs []doc.NominalMention) []string {
	var out []string
	for _, c := range repairNominals(d, cs) {
		out = append(out, d.Slice(c.Span))
	}
	return out
}

func TestRepairCutsAtRelativePronoun(t *testing.T) {
	d := nominalDoc(t, "Two guards who stayed behind were praised.")
	c := candidate(d, 0, tokenAt(t, d, "behind"), doc.Person) // "Two guards who stayed"
	got := repairNominals(d, []doc.NominalMention{c})
	require.Len(t, got, 1)
	assert.Equal(t, "Two guards", d.Slice(got[0].Span))
	assert.Equal(t, "guards", d.Tokens[got[0].Head].Text)
	assert.True(t, got[0].Plural)
}

func TestRepairDropsLeadingRelativeAndConjunction(t *testing.T) {
	d := nominalDoc(t, "The roads by which smugglers travel are closed, and officials say that farmers suffer.")
	a := candidate(d, tokenAt(t, d, "which"), tokenAt(t, d, "smugglers")+1, doc.Person)
	b := candidate(d, tokenAt(t, d, "that"), tokenAt(t, d, "farmers")+1, doc.Person)
	assert.Equal(t, []string{"smugglers", "farmers"}, repairedTexts(d, []doc.NominalMention{a, b}))
}

func TestRepairKeepsDemonstrativeBeforeSingular(t *testing.T) {
	d := nominalDoc(t, "Voters in that district backed the mayor.")
	c := candidate(d, tokenAt(t, d, "that"), tokenAt(t, d, "district")+1, doc.Place)
	assert.Equal(t, []string{"that district"}, repairedTexts(d, []doc.NominalMention{c}))
}

func TestRepairKeepsAcronymThatLooksLikePronoun(t *testing.T) {
	d := nominalDoc(t, "Experts at the WHO office disagreed.")
	c := candidate(d, tokenAt(t, d, "the"), tokenAt(t, d, "office")+1, doc.Organization)
	assert.Equal(t, []string{"the WHO office"}, repairedTexts(d, []doc.NominalMention{c}))
}

func TestRepairWidensOverApproximator(t *testing.T) {
	d := nominalDoc(t, "Police said over 300 fans and more than 40 stewards attended, while nearly nine doctors waited.")
	a := candidate(d, tokenAt(t, d, "300"), tokenAt(t, d, "fans")+1, doc.Person)
	b := candidate(d, tokenAt(t, d, "40"), tokenAt(t, d, "stewards")+1, doc.Person)
	c := candidate(d, tokenAt(t, d, "nine"), tokenAt(t, d, "doctors")+1, doc.Person)
	assert.Equal(t, []string{"over 300 fans", "more than 40 stewards", "nearly nine doctors"},
		repairedTexts(d, []doc.NominalMention{a, b, c}))
}

func TestRepairLeavesPhraseWithoutNumberAlone(t *testing.T) {
	d := nominalDoc(t, "The debate was about local farmers.")
	c := candidate(d, tokenAt(t, d, "local"), tokenAt(t, d, "farmers")+1, doc.Person)
	assert.Equal(t, []string{"local farmers"}, repairedTexts(d, []doc.NominalMention{c}))
}

func TestHeadNounFindsPluralBySingular(t *testing.T) {
	defer lex.AddHeadNoun("quorumhall", doc.Place)() // an invented noun, so the test does not hang on the lexicon
	typ, ok := lex.HeadNoun("quorumhalls")
	assert.True(t, ok)
	assert.Equal(t, doc.Place, typ)
	defer lex.AddHeadNoun("zorbity", doc.Place)()
	typ, ok = lex.HeadNoun("zorbities")
	assert.True(t, ok)
	assert.Equal(t, doc.Place, typ)
	_, ok = lex.HeadNoun("quorumhall's")
	assert.False(t, ok, "a possessive is not a plural")
	_, ok = lex.HeadNoun("yes")
	assert.False(t, ok, "a two-letter singular is never looked up")
}

func TestChunkerFindsPluralOfListedHead(t *testing.T) {
	defer lex.AddHeadNoun("quorumhall", doc.Place)()
	d := nominalDoc(t, "Delegates left the two quorumhalls before noon.")
	got := nominalTexts(d, FindNominals(d))
	require.Contains(t, got, "the two quorumhalls")
	assert.True(t, got["the two quorumhalls"].Plural)
}

func TestChunkerTakesUnknownModifierAfterArticle(t *testing.T) {
	d := nominalDoc(t, "Police waved at the gloomish crowd near the harbour.")
	got := nominalTexts(d, chunkNominals(d, noNames(d)))
	assert.Contains(t, got, "the gloomish crowd", "a word between an article and a head noun is a modifier")
	d = nominalDoc(t, "Police waved at gloomish crowd near the harbour.")
	got = nominalTexts(d, chunkNominals(d, noNames(d)))
	assert.NotContains(t, got, "gloomish crowd", "without the article the word may be a verb")
}

func TestChunkerTakesPluralBySingularOnlyAsNoun(t *testing.T) {
	defer lex.AddHeadNoun("zorbity", doc.Place)()
	d := nominalDoc(t, "The memo zorbities that the three zorbities will merge.")
	got := nominalTexts(d, chunkNominals(d, noNames(d)))
	assert.Contains(t, got, "the three zorbities")
	for text, n := range got {
		assert.NotEqual(t, 2, n.Head, "after a noun the -s form is a verb, not the head of %q", text)
	}
}

func noNames(d *doc.Document) []int {
	in := make([]int, len(d.Tokens))
	for i := range in {
		in[i] = -1
	}
	return in
}

func TestChunkerTakesUnknownModifierAfterNumber(t *testing.T) {
	d := nominalDoc(t, "Rescuers reached 40 marooned firefighters on Sunday.")
	got := nominalTexts(d, chunkNominals(d, noNames(d)))
	assert.Contains(t, got, "40 marooned firefighters")
	d = nominalDoc(t, "Rescuers waited, hoping firefighters would signal.")
	got = nominalTexts(d, chunkNominals(d, noNames(d)))
	assert.NotContains(t, got, "hoping firefighters", "a comma is no number")
}

func TestRepairTakesTheArticleBefore(t *testing.T) {
	d := nominalDoc(t, "Talks between the two unions failed, and the Boston Globe reporters left.")
	a := candidate(d, tokenAt(t, d, "two"), tokenAt(t, d, "unions")+1, doc.Organization)
	b := candidate(d, tokenAt(t, d, "Boston"), tokenAt(t, d, "reporters")+1, doc.Person)
	assert.Equal(t, []string{"the two unions", "Boston Globe reporters"}, repairedTexts(d, []doc.NominalMention{a, b}),
		"a phrase opening with a name keeps its extent")
}
