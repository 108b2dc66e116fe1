package doctest

import (
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/tokenize"
)

// WithNames tokenizes text and marks every occurrence of the given names
// as NAME mentions, standing in for the tagger so coreference is tested alone.
func WithNames(t *testing.T, text string, names map[string]doc.EntityType) *doc.Document {
	t.Helper()
	d := doc.NewDocument("t", text, time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC))
	tokenize.Tokenize(d)
	keys := make([]string, 0, len(names))
	for k := range names {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return len(keys[i]) > len(keys[j]) }) // longest first
	taken := make([]bool, len(d.Tokens))
	for _, name := range keys {
		words := strings.Fields(name)
	tok:
		for i := 0; i+len(words) <= len(d.Tokens); i++ {
			for k, w := range words {
				if d.Tokens[i+k].Text != w || taken[i+k] {
					continue tok
				}
			}
			for k := range words {
				taken[i+k] = true
			}
			sp := doc.Span{Start: d.Tokens[i].Start, End: d.Tokens[i+len(words)-1].End}
			d.Mentions = append(d.Mentions, doc.Mention{Span: sp, Text: d.Slice(sp), Kind: doc.Name, Type: names[name],
				Entity: -1, FirstTok: i, LastTok: i + len(words)})
		}
	}
	sort.Slice(d.Mentions, func(i, j int) bool { return d.Mentions[i].Start < d.Mentions[j].Start })
	return d
}

// WithEntities is WithNames with the entity layer coreference would make
// of names alone: one entity per distinct name, its id the name's slug, so
// that the stages after coreference are tested without it.
func WithEntities(t *testing.T, text string, names map[string]doc.EntityType) *doc.Document {
	t.Helper()
	d := WithNames(t, text, names)
	byName := map[string]int{}
	for mi, m := range d.Mentions {
		e, ok := byName[m.Text]
		if !ok {
			e = d.AddEntity(doc.Entity{ID: doc.Slug(m.Text), Name: m.Text, Type: m.Type})
			byName[m.Text] = e
		}
		d.Mentions[mi].Entity = e
		d.Entities[e].Mentions = append(d.Entities[e].Mentions, mi)
	}
	return d
}

// EntityOf returns the canonical name of the entity the n-th mention whose
// text is s refers to ("" when unlinked).
func EntityOf(d *doc.Document, s string, n int) string {
	for _, m := range d.Mentions {
		if m.Text == s {
			if n == 0 {
				if m.Entity < 0 {
					return ""
				}
				return d.Entities[m.Entity].Name
			}
			n--
		}
	}
	return "<no mention " + s + ">"
}

// Relations lists d's relations as "holder type relative" strings, by the
// names of their entities.
func Relations(d *doc.Document) []string {
	var out []string
	for _, r := range d.Relations {
		h := d.Entities[d.Mentions[r.Holder].Entity].Name
		rel := d.Entities[d.Mentions[r.Relative].Entity].Name
		out = append(out, h+" "+r.Type+" "+rel)
	}
	return out
}

// Event is the first event of type typ in d.
func Event(d *doc.Document, typ string) (doc.Event, bool) {
	for _, ev := range d.Events {
		if ev.Type == typ {
			return ev, true
		}
	}
	return doc.Event{}, false
}

// ArgNames maps the name of each participant's entity to its role.
func ArgNames(d *doc.Document, ev doc.Event) map[string]string {
	out := map[string]string{}
	for _, a := range ev.Args {
		out[d.Entities[d.Mentions[a.Mention].Entity].Name] = a.Role
	}
	return out
}

// Linked gives every NAME mention of d without an entity the entity
// coreference would make of names alone: one per distinct name, its id
// the name's slug (for Parsed and Tree documents, as WithEntities does
// for WithNames).
func Linked(d *doc.Document) *doc.Document {
	byName := map[string]int{}
	for mi, m := range d.Mentions {
		if m.Kind != doc.Name || m.Entity >= 0 {
			continue
		}
		e, ok := byName[m.Text]
		if !ok {
			e = d.AddEntity(doc.Entity{ID: doc.Slug(m.Text), Name: m.Text, Type: m.Type})
			byName[m.Text] = e
		}
		d.Mentions[mi].Entity = e
		d.Entities[e].Mentions = append(d.Entities[e].Mentions, mi)
	}
	return d
}
