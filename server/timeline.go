package server

import (
	"context"
	"errors"
	"net/http"
	"slices"
	"sort"
	"strings"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query/path"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph/view"
	"github.com/newsgraph/newsgraph/triples"
)

// TimelineEvent is one event on the timeline: what, who, where, when,
// from which sentence, how sure, and how often its article reports it.
type TimelineEvent struct {
	IRI          string   `json:"iri"`
	Type         string   `json:"type"`
	Trigger      string   `json:"trigger,omitempty"`
	Date         string   `json:"date,omitempty"`      // normalized: YYYY, YYYY-MM or YYYY-MM-DD
	TimeText     string   `json:"time_text,omitempty"` // the expression it was read from
	Participants []Entity `json:"participants"`
	Place        []Entity `json:"place,omitempty"`
	Article      string   `json:"article"`
	Published    string   `json:"published,omitempty"`
	Evidence     string   `json:"evidence,omitempty"`
	Start        int      `json:"start"`
	End          int      `json:"end"`
	Confidence   float64  `json:"confidence"`
	// Factuality is "asserted" when the article states the event in its
	// own voice, "reported" when it tells it in someone's words (stored
	// as such, or the trigger is inside a quote or reported speech): then
	// ReportedBy says whose words they are. It is "unasserted" when the
	// text does not tell it as having happened, NotAsserted saying how
	// ("denied", "possible, planned"); only all=1 lists those.
	Factuality  string `json:"factuality"`
	NotAsserted string `json:"not_asserted,omitempty"`
	ReportedBy  string `json:"reported_by,omitempty"`
	// Reports counts the mentions of this event in its article folded into
	// this row (the reports column of `newsgraph ask timeline`).
	Reports int `json:"reports"`
}

// Timeline answers /api/timeline?entity=&since=&until=.
type Timeline struct {
	Entity  *Entity         `json:"entity,omitempty"` // nil: the whole graph
	Since   string          `json:"since,omitempty"`
	Until   string          `json:"until,omitempty"`
	Dated   []TimelineEvent `json:"dated"`   // by date, then publication
	Undated []TimelineEvent `json:"undated"` // by publication; empty when a range is set
	// All is set when the events not told as having happened are listed
	// (all=1); Hidden counts those left out otherwise.
	All       bool `json:"all"`
	Hidden    int  `json:"hidden"`
	Truncated bool `json:"truncated"`
}

// timeline answers both forms: ?id=IRI, the rows of the named query (as
// before the page had a time axis), and ?entity=&since=&until=.
func (s *Server) timeline(ctx context.Context, qs cgraph.QuadStore, r *http.Request) (any, int, error) {
	if r.URL.Query().Has("id") {
		return s.named("timeline")(ctx, qs, r)
	}
	q := r.URL.Query()
	since, err1 := view.ParseBound(q.Get("since"))
	until, err2 := view.ParseBound(q.Get("until"))
	if err := errors.Join(err1, err2); err != nil {
		return nil, http.StatusBadRequest, errors.New("since and until are dates: YYYY-MM-DD")
	}
	if !since.IsZero() && !until.IsZero() && until.Before(since) {
		return nil, http.StatusBadRequest, errors.New("until is before since")
	}
	rd := reader{ctx: ctx, qs: qs}
	out := &Timeline{Since: q.Get("since"), Until: q.Get("until"), Dated: []TimelineEvent{}, Undated: []TimelineEvent{},
		All: wantAll(q.Get("all"))}
	var evs []string
	var err error
	if q.Get("entity") != "" {
		iri, err := nodeParam(r, "entity", triples.EntityIRI)
		if err != nil {
			return nil, http.StatusBadRequest, err
		}
		e, err := rd.entity(iri, false)
		if err != nil {
			return nil, 0, err
		}
		if e.Name == "" {
			return nil, http.StatusNotFound, errNoEntity
		}
		out.Entity = &e
		evs, err = rd.eventsOf(iri)
		if err != nil {
			return nil, 0, err
		}
	} else if evs, err = rd.subjectsWith(triples.EventType); err != nil {
		return nil, 0, err
	}
	evs = slices.DeleteFunc(evs, func(iri string) bool { return !triples.IsReport(iri) }) // happenings have a type too
	rows, err := rd.timelineRows(evs, since, until)
	if err != nil {
		return nil, 0, err
	}
	rows, out.Hidden = shownRows(rows, out.All)
	for _, row := range foldReports(rows) {
		if len(out.Dated)+len(out.Undated) == s.cfg.MaxResults {
			out.Truncated = true
			break
		}
		if row.Date != "" {
			out.Dated = append(out.Dated, row)
		} else {
			out.Undated = append(out.Undated, row)
		}
	}
	return out, 0, ctx.Err()
}

// eventsOf lists the events an entity took part in or that happened there.
func (rd reader) eventsOf(entity string) ([]string, error) {
	a, err := rd.in(entity, triples.Participant)
	if err != nil {
		return nil, err
	}
	b, err := rd.in(entity, triples.Location)
	seen := map[string]bool{}
	var out []string
	for _, e := range append(a, b...) {
		if !seen[e] {
			seen[e] = true
			out = append(out, e)
		}
	}
	return out, err
}

// subjectsWith lists the nodes that have a pred, sorted.
func (rd reader) subjectsWith(pred string) ([]string, error) {
	seen := map[string]bool{}
	var out []string
	err := path.StartPath(rd.qs).Tag("s").Out(quad.IRI(pred)).Iterate(rd.ctx).TagValues(rd.qs, func(m map[string]quad.Value) error {
		if iri, ok := m["s"].(quad.IRI); ok && !seen[string(iri)] {
			seen[string(iri)] = true
			out = append(out, string(iri))
		}
		return nil
	})
	sort.Strings(out)
	return out, err
}

// quoteSpan is where one claim's words are, and whose they are.
type quoteSpan struct {
	spans   [][2]int
	speaker string
}

// timelineRows reads the events kept by the date range, sorted.
func (rd reader) timelineRows(evs []string, since, until time.Time) ([]TimelineEvent, error) {
	quotes := map[string][]quoteSpan{} // article IRI -> its claims
	var rows []TimelineEvent
	for _, iri := range evs {
		if err := rd.ctx.Err(); err != nil {
			return nil, err
		}
		ev, err := rd.event(iri)
		if err != nil {
			return nil, err
		}
		if !view.InRange(ev.Date, since, until) {
			continue
		}
		t := TimelineEvent{IRI: iri, Type: ev.Type, Trigger: ev.Trigger, Date: ev.Date, TimeText: ev.TimeText,
			Participants: ev.Participants, Place: ev.Place, Confidence: ev.Confidence}
		if t.Evidence, t.Start, t.End, err = rd.evidenceOf(iri); err != nil {
			return nil, err
		}
		arts, err := rd.outIRIs(iri, triples.InArticle)
		if err != nil || len(arts) == 0 {
			return nil, err
		}
		t.Article = triples.IDFromIRI(arts[0])
		if t.Published, err = rd.first(arts[0], triples.DatePublished); err != nil {
			return nil, err
		}
		qs, ok := quotes[arts[0]]
		if !ok {
			if qs, err = rd.quoteSpans(arts[0]); err != nil {
				return nil, err
			}
			quotes[arts[0]] = qs
		}
		t.Factuality, t.ReportedBy = factuality(ev.TriggerSpans, qs)
		t.told(ev.Told)
		rows = append(rows, t)
	}
	sort.SliceStable(rows, func(i, j int) bool {
		a, b := rows[i], rows[j]
		if c := view.CompareDates(a.Date, b.Date); c != 0 {
			return c < 0
		}
		if a.Published != b.Published {
			return a.Published < b.Published
		}
		if a.Article != b.Article {
			return a.Article < b.Article
		}
		return a.Start < b.Start
	})
	return rows, nil
}

// quoteSpans reads where an article's claims are.
func (rd reader) quoteSpans(article string) ([]quoteSpan, error) {
	nodes, err := rd.in(article, triples.InArticle)
	if err != nil {
		return nil, err
	}
	var out []quoteSpan
	for _, n := range nodes {
		if !strings.HasPrefix(n, "urn:newsgraph:claim:") {
			continue
		}
		c, err := rd.claim(n)
		if err != nil {
			return nil, err
		}
		out = append(out, quoteSpan{spans: c.Content, speaker: c.speaker()})
	}
	return out, nil
}

// factuality: an event whose trigger lies in someone's quoted or reported
// words is their statement, not the article's.
func factuality(trigger [][2]int, quotes []quoteSpan) (string, string) {
	for _, t := range trigger {
		for _, q := range quotes {
			for _, sp := range q.spans {
				if sp[0] <= t[0] && t[1] <= sp[1] {
					return "reported", q.speaker
				}
			}
		}
	}
	return "asserted", ""
}

// told sets the factuality the graph stores (triples/factuality.go) over
// the one read off the quotes: a stored speaker is resolved through
// coreference, and only the store knows a denial or a plan.
func (t *TimelineEvent) told(told triples.Told) {
	if told.Reported {
		t.Factuality = "reported"
		if told.Speaker != "" {
			t.ReportedBy = told.Speaker
		}
	}
	if !told.Asserted() {
		t.Factuality, t.NotAsserted = "unasserted", told.How()
	}
}

// shownRows keeps the rows of events told as having happened, unless all;
// hidden counts the others.
func shownRows(rows []TimelineEvent, all bool) (kept []TimelineEvent, hidden int) {
	if all {
		return rows, 0
	}
	for _, r := range rows {
		if r.NotAsserted == "" {
			kept = append(kept, r)
		} else {
			hidden++
		}
	}
	return kept, hidden
}

// foldReports merges the rows that report one event of one article
// several times, as the named query timeline does: rows of the same type,
// participants and article that state the same date and place are one
// row; rows that state neither join the first row of their group (or,
// when the group has no other, the first of them stands for all). Rows
// keep their order.
func foldReports(rows []TimelineEvent) []TimelineEvent {
	first := map[string]int{}   // group -> its first kept row
	byFacts := map[string]int{} // group, date and place -> the row kept
	bare := map[string][]int{}  // group -> its rows stating neither
	keep := make([]bool, len(rows))
	for i := range rows {
		r := &rows[i]
		k := r.Type + "|" + names(r.Participants) + "|" + r.Article + "|" + r.NotAsserted // a denial is no report of the event
		if r.Date == "" && len(r.Place) == 0 {
			bare[k] = append(bare[k], i)
			continue
		}
		f := k + "|" + r.Date + "|" + names(r.Place)
		if j, ok := byFacts[f]; ok {
			rows[j].Reports++
			continue
		}
		r.Reports, keep[i], byFacts[f] = 1, true, i
		if _, ok := first[k]; !ok {
			first[k] = i
		}
	}
	for k, idx := range bare {
		j, ok := first[k]
		if !ok {
			j, keep[idx[0]] = idx[0], true
		}
		rows[j].Reports += len(idx)
	}
	var out []TimelineEvent
	for i, r := range rows {
		if keep[i] {
			out = append(out, r)
		}
	}
	return out
}
