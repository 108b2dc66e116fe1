package triples

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/eventlink"
	"github.com/newsgraph/newsgraph/extract/link"
)

// Events across articles. Each article's events stay its own nodes (its
// reports: trigger, evidence, offsets, participants as it tells them);
// resolution across articles (extract/eventlink) identifies the
// real-world event each reports, a happening node that every report of it,
// in any article, points to. Like entity identity, the pointers are in the
// article's Binding, so that a store resolves them again when articles
// come or go.
const (
	HappeningClass = NG + "Happening"
	Reports        = NG + "reports" // event (one article's report) -> the happening it reports
)

// IsReport says whether a node with an ng:eventType is one article's
// report of an event (urn:newsgraph:event:...), not the happening that
// reports across articles share, which has an ng:eventType too: readers
// that list an article's events (timelines, conflicts) skip happenings.
func IsReport(iri string) bool { return strings.HasPrefix(iri, eventPrefix) }

// HappeningIRI names a real-world event by its id across articles.
func HappeningIRI(id string) string { return "urn:newsgraph:happening:" + escape(id) }

// EventRecords is what resolution across articles reads of d's events:
// those Build writes as nodes.
func EventRecords(d *doc.Document) eventlink.Article {
	skip := quoteCueEvents(d)
	return eventlink.Records(d).Keep(func(i int) bool { return !skip[i] })
}

// signature is what resolution across articles reads of d: the records of
// its named entities, and those of its events on a line of their own.
func signature(d *doc.Document) string {
	s := link.EncodeRecords(link.Records(d))
	if ev := EventRecords(d).Encode(); ev != "" {
		s += "\n" + ev
	}
	return s
}

// SplitSignature returns the entity and event records of a signature.
func SplitSignature(sig string) (entities, events string) {
	if i := strings.IndexByte(sig, '\n'); i >= 0 {
		return sig[:i], sig[i+1:]
	}
	return sig, ""
}

// ownEvents identifies d's events as the article alone tells them, with
// the ids its own entities have: the binding of an article before
// resolution across articles.
func ownEvents(d *doc.Document, iri string) []eventlink.Outcome {
	c := eventlink.NewCorpus()
	c.Put(iri, EventRecords(d).Renamed(link.Outcomes(d)))
	return c.Resolve().Of(iri)
}

// WithEvents returns the binding with the happening each event of the
// article reports (outs, as resolution across articles identified them).
func (b Binding) WithEvents(articleID string, outs []eventlink.Outcome) Binding {
	if len(outs) == 0 {
		return b
	}
	ts := append([]Triple(nil), b.Triples...)
	for _, o := range outs {
		h := HappeningIRI(o.ID)
		ts = append(ts, Triple{EventIRI(articleID, o.Local), Reports, Node(h)},
			Triple{h, Type, Node(HappeningClass)}, Triple{h, EventType, Str(o.Type)})
	}
	return Binding{IRIs: b.IRIs, Triples: dedupe(ts)}
}
