package event

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/internal/doctest"
)

// Test documents come with a parse: tree builds one sentence from a
// hand-checked dependency tree (doctest.Tree: "form/UPOS/XPOS/head/rel"
// items), so that a rule is tested whatever the parser's model makes of
// the sentence; parsed runs the syntax stage itself, for the examples any
// parse of English gets right. Both mark the given names as entities of
// their own (no coreference) and run FindEvents.

// tree builds the document of items with lemmas given as "form=lemma"
// (the Tree lemma is the lower-cased form), names, and DATE time
// expressions given as "text=value" ("Friday=2024-03-01").
func tree(t *testing.T, items, lemmas string, names map[string]doc.EntityType, times ...string) *doc.Document {
	t.Helper()
	d := doctest.Tree(t, items)
	for _, pair := range strings.Fields(lemmas) {
		form, lemma, _ := strings.Cut(pair, "=")
		for i := range d.Words {
			if d.Words[i].Text == form {
				d.Words[i].Lemma = lemma
			}
		}
	}
	doctest.Names(d, names)
	doctest.Linked(d)
	for _, tv := range times {
		text, value, _ := strings.Cut(tv, "=")
		at := len([]rune(d.Text[:strings.Index(d.Text, text)]))
		d.Timexes = append(d.Timexes, doc.Timex{Span: doc.Span{Start: at, End: at + len([]rune(text))}, Text: text,
			Type: "DATE", Value: value, Anchor: -1})
	}
	FindEvents(d)
	return d
}

// parsed runs the syntax stage over text and reads its events, with the
// given time expressions.
func parsed(t *testing.T, text string, names map[string]doc.EntityType, timexes ...doc.Timex) *doc.Document {
	t.Helper()
	d := doctest.Linked(doctest.Parsed(t, text, names))
	d.Timexes = timexes
	FindEvents(d)
	return d
}

// span is the span of the first occurrence of sub in text, in code points.
func span(text, sub string) doc.Span {
	at := len([]rune(text[:strings.Index(text, sub)]))
	return doc.Span{Start: at, End: at + len([]rune(sub))}
}

// event returns the event whose trigger reads trigger.
func event(t *testing.T, d *doc.Document, trigger string) doc.Event {
	t.Helper()
	var seen []string
	for _, ev := range d.Events {
		if d.Slice(ev.Trigger) == trigger {
			return ev
		}
		seen = append(seen, ev.Type+":"+d.Slice(ev.Trigger))
	}
	t.Fatalf("no event %q among %v", trigger, seen)
	return doc.Event{}
}

// hasEvent reports whether some event's trigger reads trigger.
func hasEvent(d *doc.Document, trigger string) bool {
	for _, ev := range d.Events {
		if d.Slice(ev.Trigger) == trigger {
			return true
		}
	}
	return false
}

// roles maps the name of each participant's entity to its role.
func roles(d *doc.Document, ev doc.Event) map[string]string { return doctest.ArgNames(d, ev) }
