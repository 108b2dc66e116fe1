package triples

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// values lists the objects of s's predicate p.
func values(a Article, s, p string) []string {
	var out []string
	for _, t := range a.Bound() {
		if t.Subject == s && t.Predicate == p {
			out = append(out, t.Object.Value)
		}
	}
	return out
}

func TestBuildKeepsTheTextAndTheSpansOfWhatItMarks(t *testing.T) {
	d := handDoc()
	d.Timexes = []doc.Timex{{Span: doc.Span{Start: 0, End: 3}, Text: "Ana", Type: "DATE", Value: ""}}
	a := Build(d, Meta{})
	assert.Equal(t, []string{d.Text}, values(a, a.IRI, ArticleBody))

	tx := values(a, a.IRI, Timex)
	require.Len(t, tx, 1)
	ref, ok := ParseTimex(tx[0])
	require.True(t, ok, tx[0])
	assert.Equal(t, TimexRef{Start: 0, End: 3, Type: "DATE", Value: "", Text: "Ana"}, ref, "an empty value survives")

	spans := values(a, EventIRI("art 1", 0), TriggerSpan)
	require.Len(t, spans, 1)
	s, e, ok := ParseSpan(spans[0])
	require.True(t, ok)
	assert.Equal(t, "met", d.Slice(doc.Span{Start: s, End: e}))

	c := ClaimIRI("art 1", 0)
	for p, want := range map[string]string{ContentSpan: "It went well,", CueSpan: "said", SpeakerSpan: "Ruiz"} {
		got := values(a, c, p)
		require.Len(t, got, 1, p)
		s, e, ok := ParseSpan(got[0])
		require.True(t, ok, got[0])
		assert.Equal(t, want, d.Slice(doc.Span{Start: s, End: e}), p)
	}
}

func TestTimexLiteralsRoundTrip(t *testing.T) {
	for _, tx := range []doc.Timex{
		{Span: doc.Span{Start: 5, End: 19}, Text: "three weeks later", Type: "DURATION", Value: "P3W"},
		{Span: doc.Span{Start: 0, End: 0}, Text: "", Type: "DATE", Value: "2024-07-10"},
		{Span: doc.Span{Start: 7, End: 9}, Text: "a b  c", Type: "", Value: "odd value"},
	} {
		ref, ok := ParseTimex(TimexValue(tx))
		require.True(t, ok, TimexValue(tx))
		want := TimexRef{Start: tx.Start, End: tx.End, Type: tx.Type, Value: tx.Value, Text: tx.Text}
		if tx.Value == "odd value" {
			want.Value = "" // a value with a space is not a TIMEX3 value: stored as none
		}
		assert.Equal(t, want, ref)
	}
	for _, bad := range []string{"", "1-2 DATE", "x-2 DATE 2024 text", "5-2 DATE 2024 t"} {
		_, ok := ParseTimex(bad)
		assert.False(t, ok, bad)
	}
}
