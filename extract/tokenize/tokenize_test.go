package tokenize

import (
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func tokenize(text string) *doc.Document {
	d := doc.NewDocument("t", text, time.Time{})
	Tokenize(d)
	return d
}

func tokenTexts(d *doc.Document) []string {
	out := make([]string, len(d.Tokens))
	for i, t := range d.Tokens {
		out[i] = t.Text
	}
	return out
}

func sentenceTexts(d *doc.Document) []string {
	var out []string
	for _, s := range d.Sentences {
		out = append(out, d.Slice(s.Span))
	}
	return out
}

func TestTokensSplitPunctuationAndClitics(t *testing.T) {
	d := tokenize(`Dr. Ng's team didn't go to the U.S. office, "ever."`)
	assert.Equal(t, []string{"Dr.", "Ng", "'s", "team", "did", "n't", "go", "to", "the", "U.S.", "office", ",", `"`, "ever", ".", `"`},
		tokenTexts(d))
}

func TestTokensKeepHyphensNumbersAndURLs(t *testing.T) {
	d := tokenize("The 32-year-old paid $1,200.50 (about 5%) at https://example.org/a?b=1. Then — nothing.")
	assert.Equal(t, []string{"The", "32-year-old", "paid", "$", "1,200.50", "(", "about", "5", "%", ")", "at",
		"https://example.org/a?b=1", ".", "Then", "—", "nothing", "."}, tokenTexts(d))
}

func TestOffsetsAreCodePoints(t *testing.T) {
	text := "Café “Zoë” opened — in Kraków."
	d := tokenize(text)
	r := []rune(text)
	for _, tok := range d.Tokens {
		assert.Equal(t, string(r[tok.Start:tok.End]), tok.Text)
	}
	assert.Equal(t, "Zoë", d.Tokens[2].Text)
}

func TestSentencesAndParagraphs(t *testing.T) {
	d := tokenize("The vote passed. Mr. Lee objected!\n\nA new paragraph starts here? Yes.")
	assert.Equal(t, []string{"The vote passed.", "Mr. Lee objected!", "A new paragraph starts here?", "Yes."}, sentenceTexts(d))
	require.Len(t, d.Paragraphs, 2)
	assert.Equal(t, 1, d.Sentences[2].Paragraph)
}

func TestQuoteEndingInQuestionKeepsItsAttribution(t *testing.T) {
	d := tokenize(`"Why would anyone wait?" Ortega asked reporters. "Now is the time," she said. He left.`)
	assert.Equal(t, []string{`"Why would anyone wait?" Ortega asked reporters.`, `"Now is the time," she said.`, "He left."},
		sentenceTexts(d))
}

func TestLineBreaksEndHeadlinesButNotWrappedLines(t *testing.T) {
	d := tokenize("Storm hits coast\nMarch 3, 2021\nThe storm, which formed\nlate on Sunday, hit the coast.")
	assert.Equal(t, []string{"Storm hits coast", "March 3, 2021", "The storm, which formed\nlate on Sunday, hit the coast."},
		sentenceTexts(d))
}

func TestEmptyAndOddInput(t *testing.T) {
	for _, text := range []string{"", "   \n\n  ", "\u200b\ufeff", strings.Repeat("!", 5000), "a\x00b", "\"unbalanced"} {
		d := tokenize(text)
		for _, tok := range d.Tokens {
			assert.True(t, tok.Start < tok.End && tok.End <= len([]rune(text)))
		}
		for _, s := range d.Sentences {
			assert.Less(t, s.First, s.Last)
		}
	}
}

func BenchmarkTokenize(b *testing.B) {
	text := strings.Repeat("The mayor, Ana Ruiz, said on Tuesday that the U.S. plan wasn't \"good enough.\" Critics agreed. ", 200)
	b.SetBytes(int64(len(text)))
	for i := 0; i < b.N; i++ {
		d := doc.NewDocument("b", text, time.Time{})
		Tokenize(d)
	}
}

func TestPunctuationRunsAndEmoticonsStayWhole(t *testing.T) {
	d := tokenize("Great news!! Really?! Wait.... ok:) see you :-)")
	assert.Equal(t, []string{"Great", "news", "!!", "Really", "?!", "Wait", "....", "ok", ":)", "see", "you", ":-)"},
		tokenTexts(d))
}

func TestPunctuationBetweenWordsWithoutSpaces(t *testing.T) {
	d := tokenize("meat,chorizo,and more...maybe 1,200 of them")
	assert.Equal(t, []string{"meat", ",", "chorizo", ",", "and", "more", "...", "maybe", "1,200", "of", "them"},
		tokenTexts(d))
}

func TestLowerCaseSentenceAfterAFullStop(t *testing.T) {
	d := tokenize("the food was great. we will come back. The U.S. team won... and then it rained.")
	assert.Equal(t, []string{"the food was great.", "we will come back.", "The U.S. team won... and then it rained."},
		sentenceTexts(d))
}

// An abbreviation's period ends a sentence before a capitalised subject
// pronoun, which no name or title goes on with; before another capital it
// stays ambiguous and the sentence goes on.
func TestAbbreviationBeforeASubjectPronoun(t *testing.T) {
	d := tokenize("Most buyers came from the U.S. They stayed a week. The maker is Dalby Ltd. It sells tools made in the U.S. Army depots.")
	assert.Equal(t, []string{"Most buyers came from the U.S.", "They stayed a week.", "The maker is Dalby Ltd.",
		"It sells tools made in the U.S. Army depots."}, sentenceTexts(d))
}

// An abbreviation's period before a closing bracket and a comma ends no
// sentence; before a capital it may.
func TestBracketedAbbreviationBeforeAComma(t *testing.T) {
	d := tokenize("Sen. Ann Moss (R-Ore.), who wrote the bill, voted against it. He left (for good.) They stayed.")
	assert.Equal(t, []string{"Sen. Ann Moss (R-Ore.), who wrote the bill, voted against it.", "He left (for good.)", "They stayed."},
		sentenceTexts(d))

	d = tokenize("Rep. Al Rahn (D-W. Va.), who wrote the bill, voted against it. (He left. They stayed.)")
	assert.Equal(t, []string{"Rep. Al Rahn (D-W. Va.), who wrote the bill, voted against it.", "(He left. They stayed.)"},
		sentenceTexts(d), "no sentence ends in a short bracket")
}

func TestGivenTokensAreKept(t *testing.T) {
	d := doc.NewDocument("t", "New York-based firms.\n\nThey grew.", time.Time{})
	Given(d, [][]doc.Span{{{Start: 0, End: 3}, {Start: 4, End: 8}, {Start: 8, End: 9}, {Start: 9, End: 14}, {Start: 15, End: 20}, {Start: 20, End: 21}},
		{{Start: 23, End: 27}, {Start: 28, End: 32}, {Start: 32, End: 33}}})
	Tokenize(d) // keeps what the input gave
	assert.Equal(t, []string{"New", "York", "-", "based", "firms", ".", "They", "grew", "."}, tokenTexts(d))
	require.Len(t, d.Sentences, 2)
	assert.Equal(t, 1, d.Sentences[1].Paragraph)
	assert.False(t, d.Tokens[2].SpaceBefore)
	assert.True(t, d.Tokens[1].SpaceBefore)
	assert.True(t, d.GivenTokens)
}

// A news dateline is a sentence of its own: the story's first sentence
// starts after its dash, whatever the dash and the agency.
func TestDatelineIsASentenceOfItsOwn(t *testing.T) {
	for text, want := range map[string]string{
		"OSLO -- The council voted on Monday.":                  "OSLO --",
		"PORT ALDER ― The ferry resumed service.":               "PORT ALDER ―",
		"BERGEN (Reuters) - Prices rose again.":                 "BERGEN (Reuters) -",
		"NATO - the alliance - met in Brussels.":                "",
		"Prices rose -- and fell again.":                        "",
		"He said -- as he always does -- that nothing changed.": "",
	} {
		d := doc.NewDocument("t", text, time.Time{})
		Tokenize(d)
		first := string([]rune(d.Text)[d.Sentences[0].Start:d.Sentences[0].End]) // spans count code points
		if want == "" {
			assert.Len(t, d.Sentences, 1, text)
			continue
		}
		assert.Equal(t, want, first, text)
		assert.Len(t, d.Sentences, 2, text)
	}
}

// A run of marks ends a sentence as one mark does, dots between words
// too; dots that open a quotation do not, nor a mark before another.
func TestRunsOfMarksEndSentences(t *testing.T) {
	d := tokenize("We won the cup!!! Now the parade starts?? Maybe.. Nobody knows. Fine....Then we left.")
	assert.Equal(t, []string{"We won the cup!!!", "Now the parade starts??", "Maybe..", "Nobody knows.", "Fine....", "Then we left."},
		sentenceTexts(d))
	d = tokenize(`He wrote: " ...I would rather stay." It works... and then it stops…. Done.`)
	assert.Equal(t, []string{`He wrote: " ...I would rather stay."`, "It works... and then it stops….", "Done."}, sentenceTexts(d))
}

func TestDotsAndCommasBetweenWordsWithoutSpaces(t *testing.T) {
	d := tokenize("the cake..........delicious and ,i think age,21 or 3,40 euros ...Later")
	assert.Equal(t, []string{"the", "cake", "..........", "delicious", "and", ",", "i", "think", "age", ",", "21", "or", "3,40",
		"euros", "...", "Later"}, tokenTexts(d))
}

func TestAddressInAngleBrackets(t *testing.T) {
	d := tokenize(`From: "Lee, Ann"<ann.lee@example.org> and <bo@example.net>`)
	assert.Equal(t, []string{"From", ":", `"`, "Lee", ",", "Ann", `"`, "<", "ann.lee@example.org", ">", "and", "<", "bo@example.net", ">"},
		tokenTexts(d))
}

// "No." abbreviates number only before one; else it is a word and a period.
func TestNoIsAnAbbreviationBeforeANumber(t *testing.T) {
	d := tokenize("He wore No. 23 in case No. AB123. Was it fair? No. He shook his head no. Then he left.")
	assert.Equal(t, []string{"He wore No. 23 in case No. AB123.", "Was it fair?", "No.", "He shook his head no.", "Then he left."},
		sentenceTexts(d))
	assert.Equal(t, "No.", d.Tokens[2].Text)
}

// A face after a sentence's mark belongs to that sentence; one after a
// word ends the sentence before a capital.
func TestEmoticonsEndTheirSentence(t *testing.T) {
	d := tokenize("We won! :) The bus left. I love her. :-) It rained in Lima :) How odd.")
	assert.Equal(t, []string{"We won! :)", "The bus left.", "I love her. :-)", "It rained in Lima :)", "How odd."}, sentenceTexts(d))
}

func TestRuleLinesStayWhole(t *testing.T) {
	d := tokenize("Prices rose--and fell.\n\n------------\n\nEnd")
	assert.Equal(t, []string{"Prices", "rose", "--", "and", "fell", ".", "------------", "End"}, tokenTexts(d))
}

func TestDomainNameEndingASentenceLosesItsPeriod(t *testing.T) {
	d := tokenize("Get it from www.example.com. It costs $$$ but the U.S. pays.")
	assert.Equal(t, []string{"Get", "it", "from", "www.example.com", ".", "It", "costs", "$$$", "but", "the", "U.S.", "pays", "."},
		tokenTexts(d))
	assert.Len(t, d.Sentences, 2)
}

// A closing mark after "No." leaves the period to end the sentence, as
// without the mark (review12 finding 6); "no." before a number stays whole.
func TestNoBeforeACloserEndsTheSentence(t *testing.T) {
	d := tokenize(`Was it fair? "No." He left.`)
	assert.Equal(t, []string{"Was it fair?", `"No."`, "He left."}, sentenceTexts(d))
	d = tokenize("Was it fair? (No.) He left.")
	assert.Equal(t, []string{"Was it fair?", "(No.)", "He left."}, sentenceTexts(d))
	d = tokenize(`It was team no. 225 that won. "He wore No. 23."`)
	assert.Equal(t, []string{"It was team no. 225 that won.", `"He wore No. 23."`}, sentenceTexts(d))
}

// Dots that open a paragraph stay with its sentence in every paragraph,
// not only the document's first (review12 finding 5).
func TestDotsOpeningALaterParagraphStayWithTheirSentence(t *testing.T) {
	d := tokenize("...Now we go home.")
	assert.Equal(t, []string{"...Now we go home."}, sentenceTexts(d))
	d = tokenize("Hello there.\n\n...Now we go home.")
	assert.Equal(t, []string{"Hello there.", "...Now we go home."}, sentenceTexts(d))
}

// Two apostrophes open a quotation as they close one: one token, not two
// apostrophes the parser reads as parts of the word before.
func TestTwoApostrophesAreOneMark(t *testing.T) {
	d := tokenize(`The chef insisted that salt ''matters.''`)
	assert.Equal(t, []string{"The", "chef", "insisted", "that", "salt", "''", "matters", ".", "''"}, tokenTexts(d))
	// A pair standing alone, as in tokenized text, is left as it was.
	d = tokenize("He said `` no '' .")
	assert.Equal(t, []string{"He", "said", "``", "no", "'", "'", "."}, tokenTexts(d))
}

// A title's abbreviation in the plural or after "then-" keeps its period
// and ends no sentence: the names after it are the title's.
func TestPluralAndPrefixedTitlesKeepTheirPeriod(t *testing.T) {
	d := tokenize("The bill drew Sens. Ana Ruiz and Tom Hale to the floor. It passed under then-Gov. Lee Park in 2009.")
	assert.Equal(t, []string{"The bill drew Sens. Ana Ruiz and Tom Hale to the floor.", "It passed under then-Gov. Lee Park in 2009."},
		sentenceTexts(d))
	assert.Contains(t, tokenTexts(d), "then-Gov.")
}
