package server

import (
	"github.com/cayleygraph/cayley/query/path"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/triples"
)

// toldPreds are the predicates that say how an event is told
// (triples/factuality.go), read in one query per event.
var toldPreds = func() []any {
	var out []any
	for _, p := range append([]string{triples.Reported, triples.ReportedBy, triples.SpeakerText}, triples.NotAsserted...) {
		out = append(out, quad.IRI(p))
	}
	return out
}()

// told reads how the text tells an event, with the speaker who reported
// it named as the page names entities.
func (rd reader) told(iri string) (triples.Told, error) {
	var t triples.Told
	var by, words string
	err := path.StartPath(rd.qs, quad.IRI(iri)).OutWithTags([]string{"p"}, toldPreds...).Tag("o").Iterate(rd.ctx).
		TagValues(rd.qs, func(m map[string]quad.Value) error {
			pred, v := lexical(m["p"]), lexical(m["o"])
			switch pred {
			case triples.ReportedBy:
				by = v
			case triples.SpeakerText:
				words = v
			default:
				t.Set(pred, v)
			}
			return nil
		})
	if err != nil {
		return t, err
	}
	t.Speaker = words
	if by != "" {
		e, err := rd.entity(by, false)
		if err != nil {
			return t, err
		}
		if e.Name != "" {
			t.Speaker = e.Name
		}
	}
	return t, nil
}

// wantAll reads the all parameter of the page's views: all=1 shows the
// events the text does not tell as having happened too.
func wantAll(v string) bool { return v == "1" || v == "true" }
