package graph

import (
	"context"
	"sort"
	"strings"
	"unicode"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/cayley/query/path"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/triples"
)

// Match is an entity found by name.
type Match struct {
	IRI  string
	Name string
}

// FindEntities returns the entities whose name or alias equals name, ignoring
// case; when none does, those whose name contains it as whole words
// ("Kardashian" finds "Kim Kardashian"). Analysts type names, not IRIs.
func FindEntities(ctx context.Context, qs cgraph.QuadStore, name string) ([]Match, error) {
	want := strings.Join(strings.Fields(strings.ToLower(name)), " ")
	if want == "" {
		return nil, nil
	}
	if strings.HasPrefix(name, "urn:newsgraph:") || strings.HasPrefix(name, "<urn:newsgraph:") {
		iri := strings.Trim(name, "<>")
		return []Match{{IRI: iri, Name: canonicalName(ctx, qs, iri)}}, nil
	}
	// Fast path: the name as typed or in its usual casings, through the
	// store's index on values; the scan below reads every name.
	if found, err := lookupSpellings(ctx, qs, name); err != nil || len(found) > 0 {
		return found, err
	}
	exact, partial, err := scanNames(ctx, qs, want)
	if err != nil {
		return nil, err
	}
	set := exact
	if len(set) == 0 {
		set = partial
	}
	out := make([]Match, 0, len(set))
	for iri := range set {
		out = append(out, Match{IRI: iri, Name: canonicalName(ctx, qs, iri)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].IRI < out[j].IRI })
	return out, nil
}

// scanNames reads the names and aliases of every entity and returns the
// entities whose name, lower-cased with spaces collapsed, is want (exact)
// or contains it as whole words (partial). The stores index quads by
// subject and by object, not by predicate: a walk over "all name quads"
// reads every node and quad the store ever held. Entities are found
// instead through the object index, as the subjects of rdf:type quads
// pointing at an entity class, and their names through the subject index.
// Each distinct name value (one per name, however many articles repeat
// it) is read and compared once, in batches.
func scanNames(ctx context.Context, qs cgraph.QuadStore, want string) (exact, partial map[string]bool, err error) {
	ref := func(iri string) (cgraph.Ref, error) { return qs.ValueOf(quad.IRI(iri)) }
	typ, err := ref(triples.Type)
	if err != nil || typ == nil {
		return nil, nil, err
	}
	nameP, err := ref(triples.Name)
	if err != nil {
		return nil, nil, err
	}
	aliasP, err := ref(triples.AlternateName)
	if err != nil {
		return nil, nil, err
	}
	// the distinct subjects typed with an entity class
	var subjs []cgraph.Ref
	seenSubj := map[any]bool{}
	for _, class := range triples.EntityClasses() {
		c, err := ref(class)
		if err != nil {
			return nil, nil, err
		}
		err = eachQuad(ctx, qs, quad.Object, c, func(q cgraph.Ref) error {
			if p, err := qs.QuadDirection(q, quad.Predicate); err != nil || !sameRef(p, typ) {
				return err
			}
			s, err := qs.QuadDirection(q, quad.Subject)
			if err != nil || s == nil || seenSubj[refs.ToKey(s)] {
				return err
			}
			seenSubj[refs.ToKey(s)] = true
			subjs = append(subjs, s)
			return nil
		})
		if err != nil {
			return nil, nil, err
		}
	}
	// their IRIs: events are typed schema:Event too, and are no entities
	iris := make([]string, len(subjs))
	if err := eachValue(ctx, qs, subjs, func(i int, v quad.Value) {
		if iri, ok := v.(quad.IRI); ok && strings.HasPrefix(string(iri), "urn:newsgraph:entity:") {
			iris[i] = string(iri)
		}
	}); err != nil {
		return nil, nil, err
	}
	type link struct {
		ent int // index in subjs
		obj int // index in objs
	}
	var links []link
	objIndex := map[any]int{} // refs.ToKey of a name value -> index in objs
	var objs []cgraph.Ref
	for i, s := range subjs {
		if iris[i] == "" {
			continue
		}
		err := eachQuad(ctx, qs, quad.Subject, s, func(q cgraph.Ref) error {
			p, err := qs.QuadDirection(q, quad.Predicate)
			if err != nil || !(sameRef(p, nameP) || sameRef(p, aliasP)) {
				return err
			}
			o, err := qs.QuadDirection(q, quad.Object)
			if err != nil || o == nil {
				return err
			}
			k, ok := objIndex[refs.ToKey(o)]
			if !ok {
				k = len(objs)
				objIndex[refs.ToKey(o)] = k
				objs = append(objs, o)
			}
			links = append(links, link{i, k})
			return nil
		})
		if err != nil {
			return nil, nil, err
		}
	}
	// how each distinct name value matches: 0 not, 1 exact, 2 partial
	verdict := make([]byte, len(objs))
	if err := eachValue(ctx, qs, objs, func(i int, v quad.Value) {
		s, ok := quad.NativeOf(v).(string)
		if !ok {
			return
		}
		n := strings.Join(strings.Fields(strings.ToLower(s)), " ")
		switch {
		case n == want:
			verdict[i] = 1
		case containsWords(n, want):
			verdict[i] = 2
		}
	}); err != nil {
		return nil, nil, err
	}
	exact, partial = map[string]bool{}, map[string]bool{}
	for _, l := range links {
		switch verdict[l.obj] {
		case 1:
			exact[iris[l.ent]] = true
		case 2:
			partial[iris[l.ent]] = true
		}
	}
	return exact, partial, nil
}

// sameRef reports whether two refs of the store name the same node.
func sameRef(a, b cgraph.Ref) bool {
	return a != nil && b != nil && refs.ToKey(a) == refs.ToKey(b)
}

// eachQuad calls f with every quad whose dir is v (nothing when v is
// nil); the key-value stores answer from their subject or object index.
func eachQuad(ctx context.Context, qs cgraph.QuadStore, dir quad.Direction, v cgraph.Ref, f func(cgraph.Ref) error) error {
	if v == nil {
		return nil
	}
	it := qs.QuadIterator(dir, v).Iterate()
	defer it.Close()
	for it.Next(ctx) {
		if err := f(it.Result()); err != nil {
			return err
		}
	}
	return it.Err()
}

// eachValue resolves refs to values in batches (one read transaction per
// batch on the key-value stores) and calls f with each one's index.
func eachValue(ctx context.Context, qs cgraph.QuadStore, rs []cgraph.Ref, f func(int, quad.Value)) error {
	const batch = 1024
	for lo := 0; lo < len(rs); lo += batch {
		hi := min(lo+batch, len(rs))
		vals, err := cgraph.ValuesOf(ctx, qs, rs[lo:hi])
		if err != nil {
			return err
		}
		for i, v := range vals {
			if v != nil {
				f(lo+i, v)
			}
		}
	}
	return nil
}

func containsWords(s, sub string) bool {
	return strings.HasPrefix(s, sub+" ") || strings.HasSuffix(s, " "+sub) || strings.Contains(s, " "+sub+" ")
}

func canonicalName(ctx context.Context, qs cgraph.QuadStore, iri string) string {
	v, err := path.StartPath(qs, quad.IRI(iri)).Out(quad.IRI(triples.Name)).Iterate(ctx).FirstValue(qs)
	if err != nil || v == nil {
		return iri
	}
	if s, ok := quad.NativeOf(v).(string); ok {
		return s
	}
	return iri
}

// EntityInfo is what the store knows of an entity's names and classes.
type EntityInfo struct {
	IRI     string
	Name    string
	Aliases []string
	Classes []string
}

// Entities lists every entity with its names and classes, sorted by IRI;
// cross-document resolution seeds itself with them before adding articles.
func Entities(ctx context.Context, qs cgraph.QuadStore) ([]EntityInfo, error) {
	by := map[string]*EntityInfo{}
	get := func(iri string) *EntityInfo {
		e := by[iri]
		if e == nil {
			e = &EntityInfo{IRI: iri}
			by[iri] = e
		}
		return e
	}
	p := path.StartPath(qs).Tag("e").Out(quad.IRI(triples.Name), quad.IRI(triples.AlternateName), quad.IRI(triples.Type)).Tag("v")
	err := p.Iterate(ctx).TagValues(qs, func(m map[string]quad.Value) error {
		iri, ok := m["e"].(quad.IRI)
		if !ok || !strings.HasPrefix(string(iri), "urn:newsgraph:entity:") {
			return nil
		}
		e := get(string(iri))
		switch v := m["v"].(type) {
		case quad.IRI:
			if !contains(e.Classes, string(v)) {
				e.Classes = append(e.Classes, string(v))
			}
		case quad.String:
			if !contains(e.Aliases, string(v)) {
				e.Aliases = append(e.Aliases, string(v))
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	out := make([]EntityInfo, 0, len(by))
	for _, e := range by {
		e.Name = canonicalName(ctx, qs, e.IRI)
		sort.Strings(e.Aliases)
		sort.Strings(e.Classes)
		out = append(out, *e)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].IRI < out[j].IRI })
	return out, nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// lookupSpellings finds entities named exactly name, Name Like This,
// name in lower case or in upper case.
func lookupSpellings(ctx context.Context, qs cgraph.QuadStore, name string) ([]Match, error) {
	base := strings.Join(strings.Fields(name), " ")
	words := strings.Fields(strings.ToLower(base))
	for i, w := range words {
		r := []rune(w)
		r[0] = unicode.ToUpper(r[0])
		words[i] = string(r)
	}
	var vals []quad.Value
	seen := map[string]bool{}
	for _, v := range []string{base, strings.Join(words, " "), strings.ToLower(base), strings.ToUpper(base)} {
		if !seen[v] {
			seen[v] = true
			vals = append(vals, quad.String(v))
		}
	}
	set := map[string]bool{}
	err := path.StartPath(qs, vals...).In(quad.IRI(triples.Name), quad.IRI(triples.AlternateName)).Iterate(ctx).EachValue(qs, func(v quad.Value) error {
		if iri, ok := v.(quad.IRI); ok && strings.HasPrefix(string(iri), "urn:newsgraph:entity:") {
			set[string(iri)] = true
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	out := make([]Match, 0, len(set))
	for iri := range set {
		out = append(out, Match{IRI: iri, Name: canonicalName(ctx, qs, iri)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].IRI < out[j].IRI })
	return out, nil
}
