package triples

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/link"
)

// Bind identifies the local entities of the article with document id
// articleID as resolution did: each local IRI becomes the entity's graph
// IRI (its age statement's IRI too), and the entity gets the class of the
// type resolution gave it and, when it was taken as an entity under another
// name, the reason (ng:mergeReason). Two local entities resolved to one
// graph entity become one node.
func Bind(articleID string, outs []link.Outcome) Binding {
	b := Binding{IRIs: make(map[string]string, 2*len(outs))}
	for _, o := range outs {
		iri := EntityIRI(o.ID)
		b.IRIs[LocalEntityIRI(o.Local)] = iri
		b.IRIs[LocalAgeIRI(o.Local)] = AgeIRI(articleID, o.ID)
		b.Triples = append(b.Triples, Triple{iri, Type, Node(classOf[o.Type])})
		if o.Merge != "" {
			b.Triples = append(b.Triples, Triple{iri, MergeReason, Str(o.Merge)})
		}
	}
	b.Triples = dedupe(b.Triples)
	return b
}

// IsLocal reports whether iri names an entity within one article only
// (LocalNS), as no stored quad may.
func IsLocal(iri string) bool { return strings.HasPrefix(iri, LocalNS) }

// Bound returns the article's triples as the store holds them: local IRIs
// replaced as Binding says, the binding's own triples added, sorted and
// without duplicates.
func (a Article) Bound() []Triple {
	sub := func(s string) string {
		if g, ok := a.Binding.IRIs[s]; ok {
			return g
		}
		return s
	}
	out := make([]Triple, 0, len(a.Triples)+len(a.Binding.Triples))
	for _, t := range a.Triples {
		t.Subject = sub(t.Subject)
		if t.Object.Kind == IRI {
			t.Object.Value = sub(t.Object.Value)
		}
		out = append(out, t)
	}
	return dedupe(append(out, a.Binding.Triples...))
}
