// Package conflicts finds facts on which sources disagree: ages that imply
// incompatible birth dates, different dates or places for the same event,
// and incompatible timing between events ("three weeks after her release"
// against "months after"). Every verdict, conflicting or consistent, comes
// with its reasoning and both pieces of evidence. It reads the graph
// written by triples/graph; it knows the vocabulary, not the language.
package conflicts

import (
	"context"
	"sort"
	"strconv"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query/path"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/triples"
)

// Source is where a statement comes from.
type Source struct {
	Article   string `json:"article"`
	Published string `json:"published,omitempty"`
	Evidence  string `json:"evidence"`
}

// Event is an event as stored.
type Event struct {
	IRI          string
	Type         string
	Trigger      string
	Participants []string // entity IRIs
	Date         string   // TIMEX3-style date value, "" when unknown
	Place        string   // entity IRI
	// NotAsserted is set when the text does not tell the event as having
	// happened (denied, uncertain, planned, generic, conditional: see
	// triples/factuality.go); Check never compares such an event.
	NotAsserted bool
	// Happening is the real-world event the report is one account of
	// (ng:reports, the extractor's cross-document event id), "" when none.
	Happening string
	Source
}

// Age is a stated age at a date.
type Age struct {
	Entity string
	Age    int
	AsOf   string // YYYY-MM-DD
	Source
}

// Link is a stated order between two events of one article.
type Link struct {
	From, To string // event IRIs
	Order    string // AFTER or BEFORE
	Offset   string // TIMEX3 duration or ""
	Source
}

// Facts is what the checks read.
type Facts struct {
	Events []Event
	Ages   []Age
	Links  []Link
	names  map[string]string
}

// Name is the readable name of a node.
func (f *Facts) Name(iri string) string {
	if n, ok := f.names[iri]; ok {
		return n
	}
	return iri
}

type reader struct {
	ctx context.Context
	qs  cgraph.QuadStore
	err error
}

func (r *reader) values(node, pred string) []quad.Value {
	if r.err != nil {
		return nil
	}
	vs, err := path.StartPath(r.qs, quad.IRI(node)).Out(quad.IRI(pred)).Iterate(r.ctx).AllValues(r.qs)
	if err != nil {
		r.err = err
	}
	return vs
}

func (r *reader) first(node, pred string) string {
	vs := r.values(node, pred)
	if len(vs) == 0 {
		return ""
	}
	return text(vs[0])
}

// text renders a value as its lexical form.
func text(v quad.Value) string {
	switch x := v.(type) {
	case quad.IRI:
		return string(x)
	case quad.String:
		return string(x)
	case quad.TypedString:
		return string(x.Value)
	case quad.Int:
		return strconv.FormatInt(int64(x), 10)
	}
	if n, ok := quad.NativeOf(v).(string); ok {
		return n
	}
	return quad.StringOf(v)
}

// subjectsWith lists the nodes that have predicate pred.
func (r *reader) subjectsWith(pred string) []string {
	if r.err != nil {
		return nil
	}
	var out []string
	seen := map[string]bool{}
	err := path.StartPath(r.qs).Tag("s").Out(quad.IRI(pred)).Iterate(r.ctx).TagValues(r.qs, func(m map[string]quad.Value) error {
		s := text(m["s"])
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
		return nil
	})
	if err != nil {
		r.err = err
	}
	sort.Strings(out)
	return out
}

func (r *reader) source(node string) Source {
	art := r.first(node, triples.InArticle)
	return Source{Article: triples.IDFromIRI(art), Published: r.first(art, triples.DatePublished),
		Evidence: r.first(node, triples.Evidence)}
}

// Read gathers events, ages and links from the store.
func Read(ctx context.Context, qs cgraph.QuadStore) (*Facts, error) {
	r := &reader{ctx: ctx, qs: qs}
	f := &Facts{names: map[string]string{}}
	name := func(iri string) {
		if _, ok := f.names[iri]; !ok && iri != "" {
			if n := r.first(iri, triples.Name); n != "" {
				f.names[iri] = n
			}
		}
	}
	notAsserted := map[string]bool{} // one lookup per factuality predicate, not per event
	for _, pred := range triples.NotAsserted {
		for _, ev := range r.subjectsWith(pred) {
			notAsserted[ev] = true
		}
	}
	for _, ev := range r.subjectsWith(triples.EventType) {
		if !triples.IsReport(ev) {
			continue // a happening: its reports are the events compared
		}
		e := Event{IRI: ev, Type: r.first(ev, triples.EventType), Trigger: r.first(ev, triples.Trigger),
			Date: r.first(ev, triples.StartDate), Place: r.first(ev, triples.Location), NotAsserted: notAsserted[ev],
			Happening: r.first(ev, triples.Reports), Source: r.source(ev)}
		for _, p := range r.values(ev, triples.Participant) {
			e.Participants = append(e.Participants, text(p))
			name(text(p))
		}
		sort.Strings(e.Participants)
		name(e.Place)
		f.Events = append(f.Events, e)
	}
	for _, ent := range r.subjectsWith(triples.AgeClaim) {
		name(ent)
		for _, node := range r.values(ent, triples.AgeClaim) {
			n := text(node)
			age, err := strconv.Atoi(r.first(n, triples.Age))
			if err != nil {
				continue
			}
			f.Ages = append(f.Ages, Age{Entity: ent, Age: age, AsOf: r.first(n, triples.AsOf), Source: r.source(n)})
		}
	}
	for _, l := range r.subjectsWith(triples.LinkOrder) {
		f.Links = append(f.Links, Link{From: r.first(l, triples.LinkFrom), To: r.first(l, triples.LinkTo),
			Order: r.first(l, triples.LinkOrder), Offset: r.first(l, triples.LinkOffset), Source: r.source(l)})
	}
	return f, r.err
}
