package graph

import (
	"fmt"
	"strconv"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/triples"
)

// TripleOf turns a stored quad back into the triple it was loaded from,
// so that an article read from the store (ArticleQuads) can be loaded
// again, into another store or by a benchmark.
func TripleOf(q quad.Quad) (triples.Triple, error) {
	s, ok1 := q.Subject.(quad.IRI)
	p, ok2 := q.Predicate.(quad.IRI)
	if !ok1 || !ok2 {
		return triples.Triple{}, fmt.Errorf("quad %v: subject and predicate must be IRIs", q)
	}
	t := triples.Triple{Subject: string(s), Predicate: string(p)}
	switch v := q.Object.(type) {
	case quad.IRI:
		t.Object = triples.Node(string(v))
	case quad.String:
		t.Object = triples.Str(string(v))
	case quad.TypedString:
		t.Object = triples.Term{Kind: triples.Date, Value: string(v.Value)}
	case quad.Int:
		t.Object = triples.Term{Kind: triples.Int, Value: strconv.FormatInt(int64(v), 10)}
	case quad.Float:
		t.Object = triples.Term{Kind: triples.Float, Value: strconv.FormatFloat(float64(v), 'g', -1, 64)}
	default:
		return t, fmt.Errorf("quad %v: unexpected object %T", q, v)
	}
	return t, nil
}
