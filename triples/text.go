package triples

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/extract/doc"
)

// The article view of the analyst page shows the text with what was read
// from it marked, as displaCy and brat do. For that the graph keeps, since
// GraphVersion 3, the article's text and the offsets of every annotation
// that had none stored before:
//
//	<article> schema:articleBody "the text"
//	<article> ng:timex "START-END TYPE VALUE TEXT"   one per time expression
//	<event>   ng:triggerSpan "START-END"
//	<claim>   ng:contentSpan "START-END"             one per quoted fragment
//	<claim>   ng:cueSpan "START-END", ng:speakerSpan "START-END"
//
// Offsets are code points, as everywhere in the graph. Spans are one
// literal each rather than start/end pairs: one quad instead of two, and
// a claim's fragments would otherwise need nodes to keep pairs together.

// noValue stands for an empty TIMEX3 value in an ng:timex literal: no
// TIMEX3 value is "-", and the literal needs a token there.
const noValue = "-"

// SpanValue is the literal of a span predicate: "START-END".
func SpanValue(sp doc.Span) string {
	return strconv.Itoa(sp.Start) + "-" + strconv.Itoa(sp.End)
}

// ParseSpan reads a "START-END" literal; ok is false for anything else.
func ParseSpan(v string) (start, end int, ok bool) {
	from, to, ok := strings.Cut(v, "-")
	if !ok {
		return 0, 0, false
	}
	start, err1 := strconv.Atoi(from)
	end, err2 := strconv.Atoi(to)
	if err1 != nil || err2 != nil || start < 0 || end < start {
		return 0, 0, false
	}
	return start, end, true
}

// TimexValue is the literal of an ng:timex quad: "START-END TYPE VALUE
// TEXT", VALUE "-" when the expression could not be normalized. TEXT may
// contain spaces and runs to the end of the literal.
func TimexValue(t doc.Timex) string {
	v := t.Value
	if v == "" || strings.ContainsAny(v, " \t\n") {
		v = noValue
	}
	typ := t.Type
	if typ == "" {
		typ = noValue
	}
	return SpanValue(t.Span) + " " + typ + " " + v + " " + t.Text
}

// TimexRef is one time expression read back from an ng:timex literal.
type TimexRef struct {
	Start, End int
	Type       string // DATE, TIME, DURATION, SET
	Value      string // TIMEX3 value, "" when not normalized
	Text       string
}

// ParseTimex reads an ng:timex literal; ok is false if v does not have the
// form TimexValue writes.
func ParseTimex(v string) (TimexRef, bool) {
	parts := strings.SplitN(v, " ", 4)
	if len(parts) != 4 {
		return TimexRef{}, false
	}
	start, end, ok := ParseSpan(parts[0])
	if !ok || parts[1] == "" || parts[2] == "" {
		return TimexRef{}, false
	}
	t := TimexRef{Start: start, End: end, Type: parts[1], Value: parts[2], Text: parts[3]}
	if t.Value == noValue {
		t.Value = ""
	}
	if t.Type == noValue {
		t.Type = ""
	}
	return t, true
}

// text stores the article body and its time expressions. A text that is
// not valid UTF-8 (the readers reject it; a caller of Build may not) is
// stored as its code points, each invalid byte one U+FFFD, as offsets count
// them: N-Quads holds only valid UTF-8.
func (b *builder) text() {
	body := b.d.Text
	if !utf8.ValidString(body) {
		body = string(b.d.Runes())
	}
	b.str(b.art, ArticleBody, body)
	for _, t := range b.d.Timexes {
		b.str(b.art, Timex, TimexValue(t))
	}
}

// claimSpans stores where a claim's parts are in the text: each quoted
// fragment, the cue and the words naming the speaker (a pronoun too,
// which is not stored as a mention).
func (b *builder) claimSpans(iri string, q doc.Quote) {
	for _, c := range q.Content {
		b.str(iri, ContentSpan, SpanValue(c))
	}
	if q.Cue != nil {
		b.str(iri, CueSpan, SpanValue(*q.Cue))
	}
	switch {
	case q.Speaker >= 0 && q.Speaker < len(b.d.Mentions):
		b.str(iri, SpeakerSpan, SpanValue(b.d.Mentions[q.Speaker].Span))
	case q.SpeakerSpan != nil:
		b.str(iri, SpeakerSpan, SpanValue(*q.SpeakerSpan))
	}
}
