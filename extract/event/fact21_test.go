package event

import (
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Factuality, fourth round (issue #16): proposals, ...

// A hortative "let's" or "let us" proposes what is to be done, wherever
// its clause stands; a "let" with a subject allows, and tells nothing to
// come.
func TestHortativeIsToCome(t *testing.T) {
	d := parsed(t, "The mayor said that his slogan is code for let's close the harbor.", people)
	assert.Equal(t, "FUTURE", event(t, d, "close").Factuality.Time)
	d = parsed(t, "Kim Lund said: \"Let's not raise the tax.\"", people)
	assert.Equal(t, "FUTURE", event(t, d, "raise").Factuality.Time)
	assert.Equal(t, "NEG", event(t, d, "raise").Factuality.Polarity)
	d = parsed(t, "The low rates let the city close the old harbor.", people)
	assert.Equal(t, "", event(t, d, "close").Factuality.Time, "allowed, and done")
	d = parsed(t, "Ola Berg opened the gate and let us close the harbor.", people)
	assert.Equal(t, "", event(t, d, "close").Factuality.Time, "allowed, and done")
}

// An infinitive under a verb told in the past, with a date of its own
// before the article's, is not to come; a date after the article, or a
// present governor (whose month may be misread), leaves it to come.
func TestInfinitiveDoneOnPastDate(t *testing.T) {
	d := parsedOn(t, "Kim Lund struggled to answer the question on Sunday.", "2016-03-08", "Sunday=2016-03-06")
	assert.Equal(t, "", event(t, d, "answer").Factuality.Time, "answered on Sunday, before the article")
	d = parsedOn(t, "Ola Berg was eager to visit the harbor in February.", "2016-03-08", "February=2016-02")
	assert.Equal(t, "", event(t, d, "visit").Factuality.Time)
	d = parsedOn(t, "Kim Lund planned to visit the harbor in April.", "2016-03-08", "April=2016-04")
	assert.Equal(t, "FUTURE", event(t, d, "visit").Factuality.Time, "a date after the article")
	d = parsedOn(t, "Kim Lund wants to visit the harbor in February.", "2016-03-08", "February=2016-02")
	assert.Equal(t, "FUTURE", event(t, d, "visit").Factuality.Time, "a present want: the month is misread")
	d = parsedOn(t, "The mayor asked the council for money to close the harbor in February.", "2016-03-08", "February=2016-02")
	assert.Equal(t, "FUTURE", event(t, d, "close").Factuality.Time, "the asking was in February")
	d = parsedOn(t, "Kim Lund was revising a speech, to be delivered on Monday at the harbor.", "2016-03-08", "Monday=2016-03-07")
	assert.Equal(t, "FUTURE", event(t, d, "delivered").Factuality.Time, "one that is to be; the weekday misread")
}

// parsedOn parses text dated date (YYYY-MM-DD) with one time expression
// "text=value" and reads its events.
func parsedOn(t *testing.T, text, date, timex string) *doc.Document {
	t.Helper()
	d := doctest.Linked(doctest.Parsed(t, text, people))
	day, err := time.Parse("2006-01-02", date)
	require.NoError(t, err)
	d.Date = day
	tt, value, _ := strings.Cut(timex, "=")
	d.Timexes = []doc.Timex{{Span: span(text, tt), Text: tt, Type: "DATE", Value: value, Anchor: -1}}
	FindEvents(d)
	return d
}
