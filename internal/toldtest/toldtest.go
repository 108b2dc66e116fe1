// Package toldtest gives tests stories whose events carry a factuality
// set by hand, as extract/event sets it: the queries, exports, page and
// conflict checks must treat a denied or planned event apart from one
// that happened whatever the extractor of the day finds in the text.
package toldtest

import (
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/tokenize"
	"github.com/newsgraph/newsgraph/triples"
)

// Doc is a document with its names marked by hand (the tagger is tested
// elsewhere) and resolved, before any event is read.
func Doc(id, date, text string, names map[string]doc.EntityType) *doc.Document {
	dt, _ := time.Parse(time.DateOnly, date)
	d := doc.NewDocument(id, text, dt)
	tokenize.Tokenize(d)
	MarkNames(d, names)
	extract.Resolve(d)
	d.Timexes = nil
	return d
}

// MarkNames adds a name mention of each of names's types wherever its
// words stand in d's tokens, longest names first, and no token in two.
func MarkNames(d *doc.Document, names map[string]doc.EntityType) {
	keys := make([]string, 0, len(names))
	for k := range names {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return len(keys[i]) > len(keys[j]) })
	used := make([]bool, len(d.Tokens))
	for _, n := range keys {
		w := strings.Fields(n)
	next:
		for i := 0; i+len(w) <= len(d.Tokens); i++ {
			for k := range w {
				if d.Tokens[i+k].Text != w[k] || used[i+k] {
					continue next
				}
			}
			for k := range w {
				used[i+k] = true
			}
			sp := doc.Span{Start: d.Tokens[i].Start, End: d.Tokens[i+len(w)-1].End}
			d.Mentions = append(d.Mentions, doc.Mention{Span: sp, Text: d.Slice(sp), Kind: doc.Name,
				Type: names[n], Entity: -1, FirstTok: i, LastTok: i + len(w)})
		}
	}
	sort.Slice(d.Mentions, func(i, j int) bool { return d.Mentions[i].Start < d.Mentions[j].Start })
}

// Event adds an event to d by hand: its trigger the first token trigger
// that is not one yet, its participants the mentions named who in the
// trigger's sentence, its place the place mentioned there, its date
// date ("" for none).
func Event(t testing.TB, d *doc.Document, typ, trigger, date string, f doc.Factuality, who ...string) {
	t.Helper()
	used := map[int]bool{}
	for _, ev := range d.Events {
		used[ev.Trigger.Start] = true
	}
	for _, tok := range d.Tokens {
		if tok.Text != trigger || used[tok.Start] {
			continue
		}
		ev := doc.Event{Type: typ, Trigger: tok.Span, Sentence: tok.Sentence, Place: -1, Timex: -1, Time: date,
			Confidence: 0.9, Factuality: f}
		sent := d.Sentences[tok.Sentence].Span
		for mi, m := range d.Mentions {
			if !sent.Contains(m.Span) {
				continue
			}
			if m.Type == doc.Place {
				ev.Place = mi
			}
			for _, w := range who {
				if m.Text == w {
					ev.Args = append(ev.Args, doc.Arg{Role: "participant", Mention: mi})
				}
			}
		}
		d.Events = append(d.Events, ev)
		return
	}
	t.Fatalf("toldtest: no %q left to trigger an event in %q", trigger, d.Text)
}

// LastMention is the index of the last mention with this text: the
// speaker of "..., Cai Berg said."
func LastMention(d *doc.Document, text string) int {
	for i := len(d.Mentions) - 1; i >= 0; i-- {
		if d.Mentions[i].Text == text {
			return i
		}
	}
	return -1
}

// Names are the people and places of Meetings.
var Names = map[string]doc.EntityType{"Ada Holm": doc.Person, "Bo Lind": doc.Person, "Cai Berg": doc.Person,
	"Dag Moe": doc.Person, "Oslo": doc.Place, "Bergen": doc.Place, "Tromsø": doc.Place}

// Meetings are three articles, each with one meeting of Ada Holm: t1
// states she met Bo Lind in Oslo on 2023-02-27; t2 has Cai Berg deny
// that she met him in Bergen; t3 says she will meet Dag Moe in Tromsø in
// 2023-04.
func Meetings(t testing.TB) []triples.Article {
	t.Helper()
	d1 := Doc("t1", "2023-03-01", "Ada Holm met Bo Lind in Oslo.", Names)
	Event(t, d1, "MEET", "met", "2023-02-27", doc.Factuality{}, "Ada Holm", "Bo Lind")
	d2 := Doc("t2", "2023-03-02", "Ada Holm did not meet Cai Berg in Bergen, Cai Berg said.", Names)
	Event(t, d2, "MEET", "meet", "", doc.Factuality{Polarity: "NEG", Reported: true, Source: LastMention(d2, "Cai Berg")},
		"Ada Holm", "Cai Berg")
	d3 := Doc("t3", "2023-03-03", "Ada Holm will meet Dag Moe in Tromsø.", Names)
	Event(t, d3, "MEET", "meet", "2023-04", doc.Factuality{Time: "FUTURE"}, "Ada Holm", "Dag Moe")
	var out []triples.Article
	for _, d := range []*doc.Document{d1, d2, d3} {
		out = append(out, triples.Build(d, triples.Meta{Source: d.ID + ".txt"}))
	}
	return out
}
