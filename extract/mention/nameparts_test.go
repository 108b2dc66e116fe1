package mention

import (
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/syntax"
	"github.com/newsgraph/newsgraph/extract/tokenize"
	"github.com/stretchr/testify/assert"
)

// parsedNames tags the names of text with the tokens and parse before.
func parsedNames(text string) map[string]doc.EntityType {
	d := doc.NewDocument("t", text, time.Date(2010, 5, 4, 0, 0, 0, 0, time.UTC))
	tokenize.Tokenize(d)
	syntax.Parse(d)
	FindNames(d)
	out := map[string]doc.EntityType{}
	for _, m := range d.Mentions {
		out[m.Text] = m.Type
	}
	return out
}

// Text tokenised and joined again spaces out a name's hyphen; the parts
// spell a listed name with it or without it.
func TestSpacedHyphenJoinsAListedName(t *testing.T) {
	names := parsedNames("Online stores passed Wal - Mart as the top seller of toys.")
	assert.Contains(t, names, "Wal - Mart")
	assert.NotContains(t, names, "Mart")
}

// A capitalised head word of firms' names after a name is the name's own.
func TestFirmWordAfterNameJoinsIt(t *testing.T) {
	names := parsedNames("The hangar was the first home of Douglas Aircraft and of its engineers.")
	assert.Equal(t, doc.Organization, names["Douglas Aircraft"], "%v", names)
	assert.NotContains(t, names, "Douglas")
}

// An adjective the tagger took for a name before a weekday is a word of
// the day's name.
func TestAdjectiveOfADayIsNoName(t *testing.T) {
	names := parsedNames("Traders still fear a repeat of ` Black Monday ' when markets open.")
	assert.NotContains(t, names, "Black")
}

// After an opening quote mark a capitalised article opens the quote; it
// does not make the sentence a title-case headline, where a first name's
// surname could be any word.
func TestQuoteOpeningIsNoTitleCase(t *testing.T) {
	names := parsedNames("`` The plant will reopen soon, '' said the chairman of Acme Corp Jim Press.")
	assert.Equal(t, doc.Person, names["Jim Press"], "%v", names)
}

// A flight's name is its airline's and a number: the words before
// "Flight" name the airline.
func TestFlightWord(t *testing.T) {
	d := doc.NewDocument("t", "The loss of Kestrel Air Flight 301 and Flight crews", time.Time{})
	tokenize.Tokenize(d)
	assert.Equal(t, 5, flightWord(d, 3, 7), "Kestrel Air | Flight 301")
	assert.Equal(t, 0, flightWord(d, 5, 7), "no airline before it")
	assert.Equal(t, 0, flightWord(d, 7, 10))
}
