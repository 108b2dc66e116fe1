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

// An if-clause after the "that" or "whether" of a complement is the
// complement's condition, not the governing verb's, when the parser hangs
// it on the verb; a relative clause between leaves it to the verb.
func TestConditionOfTheComplement(t *testing.T) {
	d := tree(t, "Ola/PROPN/NNP/3/nsubj Berg/PROPN/NNP/1/flat reminded/VERB/VBD/0/root the/DET/DT/5/det voters/NOUN/NNS/3/obj "+
		"of/ADP/IN/7/case remarks/NOUN/NNS/3/obl that/SCONJ/IN/17/mark ,/PUNCT/,/12/punct if/SCONJ/IN/12/mark "+
		"she/PRON/PRP/12/nsubj won/VERB/VBD/3/advcl ,/PUNCT/,/12/punct the/DET/DT/15/det city/NOUN/NN/17/nsubj "+
		"would/AUX/MD/17/aux close/VERB/VB/7/acl the/DET/DT/19/det harbor/NOUN/NN/17/obj ./PUNCT/./3/punct",
		"reminded=remind remarks=remark won=win", people)
	assert.Equal(t, "", event(t, d, "reminded").Factuality.SpecialCases, "the reminding happened")
	assert.Equal(t, "COND_MAIN_CLAUSE", event(t, d, "close").Factuality.SpecialCases)

	// a relative clause between: the if-clause is the selling's
	d = tree(t, "Kim/PROPN/NNP/3/nsubj Lund/PROPN/NNP/1/flat sold/VERB/VBD/0/root the/DET/DT/5/det house/NOUN/NN/3/obj "+
		"that/PRON/WDT/8/obj she/PRON/PRP/8/nsubj built/VERB/VBD/5/acl:relcl if/SCONJ/IN/12/mark the/DET/DT/11/det "+
		"bank/NOUN/NN/12/nsubj failed/VERB/VBD/3/advcl ./PUNCT/./3/punct", "sold=sell built=build failed=fail", people)
	assert.Equal(t, "COND_MAIN_CLAUSE", event(t, d, "sold").Factuality.SpecialCases)
}

// What a dated infinitive governs shares its time: the summit of "was
// eager to speak during a summit in February" was no plan either.
func TestPastDateReachesWhatTheInfinitiveGoverns(t *testing.T) {
	d := parsedOn(t, "Ola Berg was eager to speak during a summit in Oslo in February.", "2016-03-08", "February=2016-02")
	assert.Equal(t, "", event(t, d, "speak").Factuality.Time)
	assert.Equal(t, "", event(t, d, "summit").Factuality.Time)
}
