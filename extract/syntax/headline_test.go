package syntax

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/tokenize"
)

func hlWords(text string) []doc.Word {
	var ws []doc.Word
	for _, f := range strings.Fields(text) {
		ws = append(ws, doc.Word{Text: f})
	}
	return ws
}

func hlForms(ws []doc.Word) []string {
	var out []string
	for _, w := range ws {
		out = append(out, w.Text)
	}
	return out
}

// A headline is in title case when its longer words are capitalised; a
// line in capitals, a sentence in sentence case, and a title that writes
// a noun in lower case are not.
func TestTitleCased(t *testing.T) {
	assert.True(t, titleCased(hlWords("Harbour Chief Praises Ana Ruiz For Ferry Plan")))
	assert.True(t, titleCased(hlWords("Mayor Wins Vote with Support from Council")), "short prepositions in lower case")
	assert.False(t, titleCased(hlWords("Harbour chief praises Ana Ruiz for ferry plan")))
	assert.False(t, titleCased(hlWords("FERRY SINKS OFF NORTHERN COAST")), "a wire headline in capitals")
	assert.False(t, titleCased(hlWords("Best Repair appliances Heating Cooling Problems")))
}

// The copy the tagger reads has a headline's common words in lower case;
// the body's casing decides first, then the lexicon; a noun right before
// a word that keeps its capital begins a name.
func TestTruecase(t *testing.T) {
	lex := models().lemmas.lex
	ws := hlWords("Harbour Chief Praises Ana Ruiz For Ferry Plan")
	got := hlForms(ws)
	truecase(ws, got, casing{low: map[string]int{}, capital: map[string]int{"harbour": 2}}, lex)
	assert.Equal(t, "Harbour chief praises Ana Ruiz for ferry plan", strings.Join(got, " "))

	ws = hlWords("Lawyers Post Bail For Reporter")
	got = hlForms(ws)
	truecase(ws, got, casing{low: map[string]int{}, capital: map[string]int{"post": 1, "bail": 1}}, lex)
	assert.Equal(t, "Lawyers Post Bail for reporter", strings.Join(got, " "), "the body writes them capitalised")
	got = hlForms(ws)
	truecase(ws, got, casing{low: map[string]int{"post": 3}, capital: map[string]int{"post": 1}}, lex)
	assert.Equal(t, "Lawyers post bail for reporter", strings.Join(got, " "), "more often in lower case")

	ws = hlWords("Visitors Crowd Nova Scotia Beaches")
	got = hlForms(ws)
	truecase(ws, got, casing{low: map[string]int{}, capital: map[string]int{}}, lex)
	assert.Equal(t, "Visitors crowd Nova Scotia beaches", strings.Join(got, " "))
}

// The parse of a title-cased headline finds its verb; the words keep
// their text.
func TestATitleCasedHeadlineIsParsedTruecased(t *testing.T) {
	d := doc.NewDocument("t", "Lena Park Endorses Tom Hale In Race For Governor.\n\nLena Park said she would back Tom Hale.", time.Time{})
	tokenize.Tokenize(d)
	Parse(d)
	for _, w := range d.Words {
		if w.Text == "Endorses" {
			assert.Equal(t, "VERB", w.UPOS)
			assert.Equal(t, "root", w.Rel)
			return
		}
	}
	t.Fatal("no word Endorses")
}

// A quotation of a clause begins with a capital, as a sentence does; a
// quoted word or two is read like the headline's other words.
func TestTruecaseKeepsTheCapitalOfAQuotedClause(t *testing.T) {
	lex := models().lemmas.lex
	none := casing{low: map[string]int{}, capital: map[string]int{}}
	ws := hlWords("Ruiz Says Council ‘ Not Ready To Lead ’")
	got := hlForms(ws)
	truecase(ws, got, none, lex)
	assert.Equal(t, "Ruiz says council ‘ Not ready to lead ’", strings.Join(got, " "))

	ws = hlWords("‘ Missing ’ Voters Back Ruiz")
	got = hlForms(ws)
	truecase(ws, got, none, lex)
	assert.Equal(t, "‘ missing ’ voters back Ruiz", strings.Join(got, " "))
}

// The body's casing is read from its sentences, not from a subheading in
// title case.
func TestBodyCasingSkipsTitles(t *testing.T) {
	d := doc.NewDocument("t", "Harbour Chief Praises Ana Ruiz.\n\nFerry Plan Praises Harbour Chief Again.\n\nThe harbour chief said the plan was good.", time.Time{})
	tokenize.Tokenize(d)
	Segment(d)
	d.IndexWords()
	c := bodyCasing(d, 0)
	assert.Zero(t, c.capital["praises"], "the subheading's words")
	assert.Equal(t, 1, c.low["harbour"])
	assert.Zero(t, c.capital["harbour"])
}

// A title of names and nouns, with no word that can be a verb to lower,
// keeps its capitals.
func TestATitleWithNoVerbKeepsItsCapitals(t *testing.T) {
	d := doc.NewDocument("t", "Splendid Lakeside Cottage.\n\nWe stayed a week.", time.Time{})
	tokenize.Tokenize(d)
	Segment(d)
	d.IndexWords()
	forms := []string{"Splendid", "Lakeside", "Cottage", "."}
	assert.Equal(t, forms, headlineForms(d, 0, append([]string(nil), forms...), models().lemmas.lex))

	d = doc.NewDocument("t", "Harbour Chief Praises Ana Ruiz.\n\nWe stayed a week.", time.Time{})
	tokenize.Tokenize(d)
	Segment(d)
	d.IndexWords()
	forms = []string{"Harbour", "Chief", "Praises", "Ana", "Ruiz", "."}
	assert.Equal(t, "praises", headlineForms(d, 0, forms, models().lemmas.lex)[2])
}
