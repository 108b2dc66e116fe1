package quote

import (
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/newsgraph/newsgraph/extract/syntax"
	"github.com/newsgraph/newsgraph/extract/tokenize"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// parsed adds the parse to a test document built by doctest.
func parsed(d *doc.Document) *doc.Document {
	syntax.Parse(d)
	return d
}

// quoteDoc tokenizes and parses text and adds a NAME mention for every
// listed name (first occurrence of each), standing in for the NER stage.
func quoteDoc(t *testing.T, text string, names ...string) *doc.Document {
	t.Helper()
	d := doc.NewDocument("t", text, time.Time{})
	tokenize.Tokenize(d)
	syntax.Parse(d)
	for _, n := range names {
		addTestMention(t, d, n, doc.Name)
	}
	return d
}

// addTestMention adds a mention over the first occurrence of s at or after
// the previous mention of the same text.
func addTestMention(t *testing.T, d *doc.Document, s string, kind doc.MentionKind) int {
	t.Helper()
	from := 0
	for _, m := range d.Mentions {
		if m.Text == s && m.End > from {
			from = m.End
		}
	}
	r := d.Runes()
	idx := strings.Index(string(r[from:]), s)
	require.GreaterOrEqual(t, idx, 0, "mention %q not found", s)
	start := from + len([]rune(string(r[from:])[:idx]))
	end := start + len([]rune(s))
	first, last := d.TokenAt(start), d.TokenAt(end-1)+1
	d.Mentions = append(d.Mentions, doc.Mention{Span: doc.Span{Start: start, End: end}, Text: s, Kind: kind, Entity: -1,
		FirstTok: first, LastTok: last})
	return len(d.Mentions) - 1
}

func contentTexts(d *doc.Document, q doc.Quote) []string {
	var out []string
	for _, c := range q.Content {
		out = append(out, d.Slice(c))
	}
	return out
}

func speakerText(d *doc.Document, q doc.Quote) string {
	switch {
	case q.Speaker >= 0:
		return d.Mentions[q.Speaker].Text
	case q.SpeakerSpan != nil:
		return d.Slice(*q.SpeakerSpan)
	}
	return ""
}

func directQuotes(d *doc.Document) []doc.Quote {
	var out []doc.Quote
	for _, q := range d.Quotes {
		if q.Direct {
			out = append(out, q)
		}
	}
	return out
}

func TestQuoteSpeakerAfterWithMention(t *testing.T) {
	d := quoteDoc(t, `"The bridge will reopen in May," Maria Delgado said on Friday.`, "Maria Delgado")
	FindQuotes(d)
	require.Len(t, d.Quotes, 1)
	q := d.Quotes[0]
	assert.True(t, q.Direct)
	assert.Equal(t, []string{`"The bridge will reopen in May,"`}, contentTexts(d, q))
	assert.Equal(t, 0, q.Speaker)
	assert.Nil(t, q.SpeakerSpan)
	require.NotNil(t, q.Cue)
	assert.Equal(t, "said", d.Slice(*q.Cue))
}

func TestQuoteInvertedSpeakerWithoutMention(t *testing.T) {
	d := quoteDoc(t, "“We have run out of beds,” said a hospital spokesman.")
	FindQuotes(d)
	require.Len(t, d.Quotes, 1)
	q := d.Quotes[0]
	assert.Equal(t, -1, q.Speaker)
	assert.Equal(t, "a hospital spokesman", speakerText(d, q))
}

func TestQuoteSplitAroundAttribution(t *testing.T) {
	d := quoteDoc(t, "“The council voted,” she said, “and now the work starts.” Then she left.\n\n"+
		"“Nobody expected it,” Omar Haddad said. “Least of all me.”", "Omar Haddad")
	pron := addTestMention(t, d, "she", doc.Pronoun)
	FindQuotes(d)
	dq := directQuotes(d)
	require.Len(t, dq, 2)
	assert.Equal(t, []string{"“The council voted,”", "“and now the work starts.”"}, contentTexts(d, dq[0]))
	assert.Equal(t, pron, dq[0].Speaker)
	assert.Equal(t, []string{"“Nobody expected it,”", "“Least of all me.”"}, contentTexts(d, dq[1]))
	assert.Equal(t, "Omar Haddad", speakerText(d, dq[1]))
}

func TestQuoteAppositiveSpeakerAndAddressee(t *testing.T) {
	d := quoteDoc(t, `Ellen Park, 43, questioned the ruling. "It makes no sense," the 44-year-old told Jones.`,
		"Ellen Park", "Jones")
	nominal := addTestMention(t, d, "the 44-year-old", doc.Nominal)
	FindQuotes(d)
	dq := directQuotes(d)
	require.Len(t, dq, 1)
	assert.Equal(t, nominal, dq[0].Speaker, "the teller, not the hearer, is the speaker")
	assert.Equal(t, 1, dq[0].Addressee)
	var found bool
	for _, q := range d.Quotes {
		if !q.Direct && q.Speaker == 0 {
			found = true
			assert.Equal(t, "questioned", d.Slice(*q.Cue))
		}
	}
	assert.True(t, found, "the appositive subject Ellen Park questions the ruling")
}

func TestQuoteSpeakerBeforeColon(t *testing.T) {
	d := quoteDoc(t, "The mayor told reporters: \"We will rebuild every house.\"")
	FindQuotes(d)
	dq := directQuotes(d)
	require.Len(t, dq, 1)
	assert.Equal(t, "The mayor", speakerText(d, dq[0]))
	assert.Equal(t, "told", d.Slice(*dq[0].Cue))
}

func TestQuoteParagraphContinuation(t *testing.T) {
	text := "\"The first thing we did was count the damage,\" the farmer said. \"It took a week.\n\n" +
		"\"Then the insurers arrived, and they counted again.\"\n\n" +
		"The storm was the worst in a decade."
	d := quoteDoc(t, text)
	FindQuotes(d)
	dq := directQuotes(d)
	require.Len(t, dq, 2)
	assert.Equal(t, "the farmer", speakerText(d, dq[0]))
	assert.Equal(t, []string{"\"Then the insurers arrived, and they counted again.\""}, contentTexts(d, dq[1]))
	assert.Equal(t, "the farmer", speakerText(d, dq[1]), "a continuation keeps the last speaker")
	assert.Nil(t, dq[1].Cue)
	assert.False(t, dq[0].Continued, "an attributed quote continues nothing")
	assert.True(t, dq[1].Continued, "the cue is absent because the quote continues another")
}

func TestQuoteUnattributedNotContinued(t *testing.T) {
	// A quotation with no speaker before it continues nobody's.
	d := quoteDoc(t, "The banner read \"Welcome home, sailors.\"\n\nThe ship docked at noon.")
	FindQuotes(d)
	for _, q := range d.Quotes {
		assert.False(t, q.Continued, "%q", contentTexts(d, q))
	}
}

func TestQuoteUnbalancedMarkStaysInParagraph(t *testing.T) {
	text := "The sign read \"closed for repairs.\n\nResidents were told to wait. Officials said the repairs would take a month."
	d := quoteDoc(t, text)
	FindQuotes(d)
	for _, q := range d.Quotes {
		for _, c := range q.Content {
			assert.False(t, strings.Contains(d.Slice(c), "\n"), "content crosses a paragraph: %q", d.Slice(c))
		}
	}
	var ind []doc.Quote
	for _, q := range d.Quotes {
		if !q.Direct {
			ind = append(ind, q)
		}
	}
	require.NotEmpty(t, ind)
	assert.Equal(t, []string{"the repairs would take a month"}, contentTexts(d, ind[len(ind)-1]))
}

func TestQuoteNestedSingleQuotes(t *testing.T) {
	d := quoteDoc(t, "“He kept shouting ‘not again’ at the screen,” his sister said.")
	FindQuotes(d)
	dq := directQuotes(d)
	require.Len(t, dq, 1)
	assert.Equal(t, []string{"“He kept shouting ‘not again’ at the screen,”"}, contentTexts(d, dq[0]))
	assert.Equal(t, "his sister", speakerText(d, dq[0]))
}

func TestQuoteScareQuotesAreNotQuotes(t *testing.T) {
	d := quoteDoc(t, `The company called its new plan a "reset" and moved on.`)
	FindQuotes(d)
	assert.Empty(t, directQuotes(d))
}

func TestQuoteIndirectThat(t *testing.T) {
	d := quoteDoc(t, "Gov. Lena Fischer said on Tuesday that the state would cut fuel taxes.", "Lena Fischer")
	FindQuotes(d)
	require.Len(t, d.Quotes, 1)
	q := d.Quotes[0]
	assert.False(t, q.Direct)
	assert.Equal(t, []string{"that the state would cut fuel taxes"}, contentTexts(d, q))
	assert.Equal(t, 0, q.Speaker)
}

func TestQuoteIndirectWithoutThat(t *testing.T) {
	d := quoteDoc(t, "The union says the strike will go ahead.")
	FindQuotes(d)
	require.Len(t, d.Quotes, 1)
	assert.Equal(t, []string{"the strike will go ahead"}, contentTexts(d, d.Quotes[0]))
	assert.Equal(t, "The union", speakerText(d, d.Quotes[0]))
}

func TestQuoteAccordingTo(t *testing.T) {
	d := quoteDoc(t, "According to the coroner, the victim died before the fire started. "+
		"Ticket sales fell by half, according to the league.")
	FindQuotes(d)
	require.Len(t, d.Quotes, 2)
	assert.Equal(t, []string{"the victim died before the fire started"}, contentTexts(d, d.Quotes[0]))
	assert.Equal(t, "the coroner", speakerText(d, d.Quotes[0]))
	assert.Equal(t, "According to", d.Slice(*d.Quotes[0].Cue))
	assert.Equal(t, []string{"Ticket sales fell by half"}, contentTexts(d, d.Quotes[1]))
	assert.Equal(t, "the league", speakerText(d, d.Quotes[1]))
}

func TestQuoteReportedClauseBeforeAttribution(t *testing.T) {
	d := quoteDoc(t, "The vote will be close, a party official said.")
	FindQuotes(d)
	require.Len(t, d.Quotes, 1)
	assert.Equal(t, []string{"The vote will be close"}, contentTexts(d, d.Quotes[0]))
	assert.Equal(t, "a party official", speakerText(d, d.Quotes[0]))
}

func TestQuotePartialQuoteInReportedSpeech(t *testing.T) {
	d := quoteDoc(t, `She noted that he could "be really impactful" in the role.`)
	she := addTestMention(t, d, "She", doc.Pronoun)
	FindQuotes(d)
	require.Len(t, d.Quotes, 1)
	q := d.Quotes[0]
	assert.False(t, q.Direct)
	assert.Equal(t, she, q.Speaker)
	assert.Equal(t, []string{`that he could "be really impactful" in the role`}, contentTexts(d, q))
}

func TestQuoteNounCueIsNotAttribution(t *testing.T) {
	d := quoteDoc(t, "The report was published on Monday. Her claims drew little notice.")
	FindQuotes(d)
	assert.Empty(t, d.Quotes)
}

func TestQuoteParticipleTakesMainSubject(t *testing.T) {
	d := quoteDoc(t, "Back in May, the minister resigned, saying the budget had been ignored.")
	FindQuotes(d)
	require.Len(t, d.Quotes, 1)
	assert.Equal(t, "the minister", speakerText(d, d.Quotes[0]))
	assert.Equal(t, []string{"the budget had been ignored"}, contentTexts(d, d.Quotes[0]))
}

func TestQuoteEmptyDocument(t *testing.T) {
	d := quoteDoc(t, "")
	FindQuotes(d)
	assert.Empty(t, d.Quotes)
}

func TestQuestionQuoteNotAttributedToALaterReport(t *testing.T) {
	d := parsed(doctest.WithEntities(t, `Nora Lind described the delays. "Where do I even start?" Luckily, Omar Diaz said he would help her.`,
		map[string]doc.EntityType{"Nora Lind": doc.Person, "Omar Diaz": doc.Person}))
	FindQuotes(d)
	for _, q := range d.Quotes {
		if q.Direct {
			require.True(t, q.Speaker < 0 || d.Entities[d.Mentions[q.Speaker].Entity].Name != "Omar Diaz",
				"Omar Diaz reports his own promise, he does not say the question")
		}
	}
}

func TestUnclosedQuotationEndsBeforeItsAttribution(t *testing.T) {
	text := `"We expected more from the board. It never listened, she added. "Next year will be different," Ana Ruiz said.`
	d := parsed(doctest.WithEntities(t, text, map[string]doc.EntityType{"Ana Ruiz": doc.Person}))
	FindQuotes(d)
	var contents []string
	for _, q := range d.Quotes {
		if q.Direct {
			contents = append(contents, d.Slice(q.Content[0]))
		}
	}
	require.Len(t, contents, 2, "%q", contents)
	assert.Equal(t, `"We expected more from the board. It never listened,`, contents[0])
	assert.Equal(t, `"Next year will be different,"`, contents[1])
}

// An inverted speaker phrase is named by its head, the last name before a
// post-modifier, not by a name that modifies it.
func TestInvertedSpeakerIsTheHeadName(t *testing.T) {
	d := quoteDoc(t, "“The bridge will reopen soon,” said Harbor Radio host Mira Dunne.", "Harbor Radio", "Mira Dunne")
	FindQuotes(d)
	require.Len(t, directQuotes(d), 1)
	assert.Equal(t, "Mira Dunne", speakerText(d, directQuotes(d)[0]))

	d = quoteDoc(t, "“The bridge will reopen soon,” said Mira Dunne of Harbor Radio.", "Mira Dunne", "Harbor Radio")
	FindQuotes(d)
	require.Len(t, directQuotes(d), 1)
	assert.Equal(t, "Mira Dunne", speakerText(d, directQuotes(d)[0]))
}

func TestQuotedTitleTheNarratorGoesOnAfterIsNoQuote(t *testing.T) {
	text := "The band played for an hour. \"Our Long Road Home Tonight\" was written by the drummer in 1998.\n\n" +
		"\"We played it for the miners and their families,\" the singer said."
	d := quoteDoc(t, text)
	FindQuotes(d)
	dq := directQuotes(d)
	require.Len(t, dq, 1, "the song title is a phrase of the narrator's sentence")
	assert.Equal(t, "the singer", speakerText(d, dq[0]))
}

func TestStandaloneQuotationStillContinues(t *testing.T) {
	text := "\"We rebuilt the school in a month,\" the mayor said.\n\n\"Now the library is next on our list.\"\n\nThe town voted in May."
	d := quoteDoc(t, text)
	FindQuotes(d)
	dq := directQuotes(d)
	require.Len(t, dq, 2)
	assert.True(t, dq[1].Continued)
	assert.Equal(t, "the mayor", speakerText(d, dq[1]))
}
