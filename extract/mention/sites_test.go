package mention

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/syntax"
	"github.com/newsgraph/newsgraph/extract/tokenize"
)

func TestSiteShaped(t *testing.T) {
	for w, want := range map[string]bool{
		"Detik.com":        true,
		"MoveOn.org":       true,
		"detik.com":        false, // lower case: an address in running text
		"Example.com/news": false,
		"St.Louis":         false,
		"News.co.uk":       false, // two dots: left to the tagger
		"U.S.":             false,
	} {
		assert.Equal(t, want, SiteShaped(w), w)
	}
}

// A site's name the tagger left out is an organisation's; as the
// modifier of a noun it names the site as a thing, no name of its own.
func TestTagSites(t *testing.T) {
	for text, want := range map[string]bool{
		"The ban stays, '' Kabarnews.com quoted the minister as saying.": true,
		"Hackers took down the Kabarnews.com site on Monday.":            false,
	} {
		d := doc.NewDocument("t", text, time.Time{})
		tokenize.Tokenize(d)
		syntax.Parse(d)
		tagSites(d) // the tagger's own names left out
		var got []string
		for _, m := range d.Mentions {
			assert.Equal(t, doc.Organization, m.Type)
			got = append(got, m.Text)
		}
		assert.Equal(t, want, len(got) == 1 && got[0] == "Kabarnews.com", text)
	}
}

// A listed abbreviation the tagger left out is a name of its listed type;
// not in a sentence of capitals, where "US" may be the pronoun.
func TestListedAbbreviations(t *testing.T) {
	for text, want := range map[string]int{
		"Leaders of the GOP met in a hotel.": 1,
		"THE GOP WANTS US TO LOSE.":          0,
	} {
		d := doc.NewDocument("t", text, time.Time{})
		tokenize.Tokenize(d)
		syntax.Parse(d)
		tagSites(d)
		n := 0
		for _, m := range d.Mentions {
			if m.Text == "GOP" && m.Type == doc.Organization {
				n++
			}
		}
		assert.Equal(t, want, n, text)
	}
}

// An abbreviation the article also writes with dots, and tags so, is
// that name.
func TestDottedAbbreviationRepeated(t *testing.T) {
	d := doc.NewDocument("t", "The U.S. plants stay open. Its US and Canadian output fell.", time.Time{})
	tokenize.Tokenize(d)
	syntax.Parse(d)
	addName(d, 1, 2, doc.Place) // the tagger's "U.S."
	tagSites(d)
	var got []string
	for _, m := range d.Mentions {
		if m.Type == doc.Place {
			got = append(got, m.Text)
		}
	}
	assert.Equal(t, []string{"U.S.", "US"}, got)
}
