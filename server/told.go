package server

import (
	"github.com/newsgraph/newsgraph/triples"
)

// toldPreds are the predicates that say how an event is told
// (triples/factuality.go).
var toldPreds = append([]string{triples.Reported, triples.ReportedBy, triples.SpeakerText}, triples.NotAsserted...)

// told reads how the text tells an event, with the speaker who reported
// it named as the page names entities. It looks each predicate up on its
// own: a path out over several predicates at once makes the store scan
// every quad, once per event.
func (rd reader) told(iri string) (triples.Told, error) {
	var t triples.Told
	var by, words string
	for _, pred := range toldPreds {
		vs, err := rd.out(iri, pred)
		if err != nil {
			return t, err
		}
		for _, v := range vs {
			switch pred {
			case triples.ReportedBy:
				by = lexical(v)
			case triples.SpeakerText:
				words = lexical(v)
			default:
				t.Set(pred, lexical(v))
			}
		}
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
