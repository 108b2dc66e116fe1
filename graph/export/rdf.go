package export

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/voc"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/triples"
)

// Keep decides which data quads an RDF export writes; nil keeps all.
type Keep func(quad.Quad) bool

// Selector returns the Keep function for the part of the store o selects
// (nil when o selects everything). It keeps the quads about the selected
// entities (with their age statements), events and claims, and about the
// articles that report them, minus any quad pointing at an entity, event
// or claim left out. Mentions (ng:mention quads), relation nodes and
// event links are left out of a partial export.
func Selector(ctx context.Context, qs cgraph.QuadStore, o Options) (Keep, error) {
	if !o.Filtered() {
		return nil, nil
	}
	if err := o.Validate(); err != nil {
		return nil, err
	}
	s, err := scan(ctx, qs)
	if err != nil {
		return nil, err
	}
	sel := selectPart(s, o)
	keep := map[string]bool{}
	for iri := range sel.entities {
		keep[iri] = true
		if e := s.entities[iri]; e != nil {
			for _, a := range e.ages {
				keep[a] = true
			}
			for a := range e.articles {
				keep[a] = true
			}
		}
	}
	for _, f := range sel.facts {
		if f.kind == "relation" {
			continue
		}
		for _, set := range f.roles {
			for iri := range set {
				if sel.entities[iri] {
					keep[f.iri] = true
					if f.article != "" {
						keep[f.article] = true
					}
				}
			}
		}
	}
	linked := func(v quad.Value) bool {
		iri, ok := v.(quad.IRI)
		if !ok {
			return true
		}
		s := string(iri)
		if strings.HasPrefix(s, entityPrefix) || strings.HasPrefix(s, eventPrefix) || strings.HasPrefix(s, claimPrefix) {
			return keep[s]
		}
		return true
	}
	return func(q quad.Quad) bool {
		sub, ok := q.Subject.(quad.IRI)
		return ok && keep[string(sub)] && linked(q.Object) && q.Predicate != quad.IRI(triples.Mention)
	}, nil
}

// WriteNQuads streams the store's data quads (not its bookkeeping) as
// N-Quads, each with its article label, through one Cayley iterator.
// Datatypes are written as full XML Schema IRIs (see FullyTyped): Cayley
// keeps them in a short "xsd:" form that other RDF tools take for an IRI
// of its own, so that rdflib's date comparisons matched nothing.
func WriteNQuads(ctx context.Context, w io.Writer, qs cgraph.QuadStore, keep Keep) (int, error) {
	bw := bufio.NewWriter(w)
	it := qs.QuadsAllIterator().Iterate()
	defer it.Close()
	n := 0
	for it.Next(ctx) {
		q, err := qs.Quad(it.Result())
		if err != nil {
			return n, fmt.Errorf("export: reading quads: %w", err)
		}
		if q.Subject == nil || isBookkeeping(q) || (keep != nil && !keep(q)) {
			continue
		}
		q.Object = FullyTyped(q.Object)
		if _, err := bw.WriteString(q.NQuad() + "\n"); err != nil {
			return n, err
		}
		n++
	}
	if err := it.Err(); err != nil {
		return n, fmt.Errorf("export: reading quads: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return n, err
	}
	return n, bw.Flush()
}

// FullyTyped writes a literal with the full IRI of its XML Schema
// datatype: "2024-07-11"^^<http://www.w3.org/2001/XMLSchema#date>, where
// Cayley's own form is ^^<xsd:date> (and bare numbers for quad.Int and
// quad.Float). Other values are returned as they are.
func FullyTyped(v quad.Value) quad.Value {
	switch v := v.(type) {
	case quad.TypedString:
		return quad.TypedString{Value: v.Value, Type: quad.IRI(voc.FullIRI(string(v.Type)))}
	case quad.Int:
		return quad.TypedString{Value: quad.String(strconv.FormatInt(int64(v), 10)), Type: quad.IRI(triples.XSD + "integer")}
	case quad.Float:
		return quad.TypedString{Value: quad.String(formatFloat(float64(v))), Type: quad.IRI(triples.XSD + "double")}
	case quad.Bool:
		return quad.TypedString{Value: quad.String(strconv.FormatBool(bool(v))), Type: quad.IRI(triples.XSD + "boolean")}
	case quad.Time:
		return quad.TypedString{Value: quad.String(time.Time(v).UTC().Format(time.RFC3339Nano)), Type: quad.IRI(triples.XSD + "dateTime")}
	}
	return v
}

// jsonldContext maps the prefixes used in keys and datatypes.
var jsonldContext = map[string]string{
	"schema": triples.Schema,
	"ng":     triples.NG,
	"rdf":    triples.RDF,
	"xsd":    triples.XSD,
}

// compact writes an IRI with a context prefix when one fits.
func compact(iri string) string {
	for _, p := range []string{"schema", "ng", "rdf", "xsd"} {
		if ns := jsonldContext[p]; strings.HasPrefix(iri, ns) && len(iri) > len(ns) {
			return p + ":" + iri[len(ns):]
		}
	}
	return iri
}

// WriteJSONLD writes the store as one JSON-LD document whose top-level
// @graph holds one named graph per article: {"@id": article IRI, "@graph":
// [nodes]}, so every statement keeps its source. Articles are read one at
// a time (from the store's per-article manifest, an indexed lookup), so
// memory holds one article. Typed literals carry the full XML Schema
// IRI of their datatype, as in N-Quads.
func WriteJSONLD(ctx context.Context, w io.Writer, st *graph.Store, keep Keep) (int, error) {
	arts, err := st.Articles(ctx)
	if err != nil {
		return 0, err
	}
	bw := bufio.NewWriter(w)
	head, _ := json.Marshal(jsonldContext)
	fmt.Fprintf(bw, "{\n  \"@context\": %s,\n  \"@graph\": [", head)
	n, first := 0, true
	for _, a := range arts {
		qs, err := st.ArticleQuads(ctx, a.IRI)
		if err != nil {
			return n, err
		}
		if keep != nil {
			kept := qs[:0]
			for _, q := range qs {
				if keep(q) {
					kept = append(kept, q)
				}
			}
			qs = kept
		}
		if len(qs) == 0 {
			continue
		}
		obj, err := namedGraph(a.IRI, qs)
		if err != nil {
			return n, err
		}
		if !first {
			bw.WriteString(",")
		}
		first = false
		bw.WriteString("\n    ")
		bw.Write(obj)
		n += len(qs)
	}
	bw.WriteString("\n  ]\n}\n")
	return n, bw.Flush()
}

// namedGraph renders one article's quads as {"@id": …, "@graph": [node…]},
// nodes in order of first appearance, properties sorted.
func namedGraph(label string, qs []quad.Quad) ([]byte, error) {
	type node struct {
		id    string
		types []string
		props map[string][]any
	}
	var order []*node
	byID := map[string]*node{}
	for _, q := range qs {
		id, err := nodeID(q.Subject)
		if err != nil {
			return nil, err
		}
		nd := byID[id]
		if nd == nil {
			nd = &node{id: id, props: map[string][]any{}}
			byID[id] = nd
			order = append(order, nd)
		}
		pred, ok := q.Predicate.(quad.IRI)
		if !ok {
			return nil, fmt.Errorf("export: jsonld: predicate %v is not an IRI", q.Predicate)
		}
		if o, ok := q.Object.(quad.IRI); ok && string(pred) == triples.Type {
			nd.types = append(nd.types, string(o))
			continue
		}
		v, err := jsonldValue(q.Object)
		if err != nil {
			return nil, err
		}
		key := compact(string(pred))
		nd.props[key] = append(nd.props[key], v)
	}
	var b strings.Builder
	lb, _ := json.Marshal(label)
	b.WriteString(`{"@id":` + string(lb) + `,"@graph":[`)
	for i, nd := range order {
		if i > 0 {
			b.WriteString(",")
		}
		id, _ := json.Marshal(nd.id)
		b.WriteString("\n      {\"@id\":" + string(id))
		if len(nd.types) > 0 {
			t, _ := json.Marshal(nd.types)
			b.WriteString(`,"@type":` + string(t))
		}
		keys := make([]string, 0, len(nd.props))
		for k := range nd.props {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			kb, _ := json.Marshal(k)
			vb, err := json.Marshal(nd.props[k])
			if err != nil {
				return nil, err
			}
			b.WriteString("," + string(kb) + ":" + string(vb))
		}
		b.WriteString("}")
	}
	b.WriteString("]}")
	return []byte(b.String()), nil
}

func nodeID(v quad.Value) (string, error) {
	switch v := v.(type) {
	case quad.IRI:
		return string(v), nil
	case quad.BNode:
		return v.String(), nil
	}
	return "", fmt.Errorf("export: jsonld: subject %v is not a node", v)
}

// jsonldValue renders an object: nodes as {"@id"}, plain strings as JSON
// strings, everything else as a value object with its datatype.
func jsonldValue(v quad.Value) (any, error) {
	typed := func(val, typ string) map[string]string {
		return map[string]string{"@value": val, "@type": voc.FullIRI(typ)}
	}
	switch v := v.(type) {
	case quad.IRI, quad.BNode:
		id, _ := nodeID(v)
		return map[string]string{"@id": id}, nil
	case quad.String:
		return string(v), nil
	case quad.LangString:
		return map[string]string{"@value": string(v.Value), "@language": v.Lang}, nil
	case quad.TypedString:
		return typed(string(v.Value), string(v.Type)), nil
	case quad.Int:
		return typed(strconv.FormatInt(int64(v), 10), triples.XSD+"integer"), nil
	case quad.Float:
		return typed(formatFloat(float64(v)), triples.XSD+"double"), nil
	}
	return nil, fmt.Errorf("export: jsonld: cannot write value %v (%T)", v, v)
}
