package graph

import (
	"context"
	"sort"
	"strings"
	"unicode"

	cgraph "github.com/cayleygraph/cayley/graph"
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
	exact := map[string]bool{}
	partial := map[string]bool{}
	p := path.StartPath(qs).Tag("e").Out(quad.IRI(triples.Name), quad.IRI(triples.AlternateName)).Tag("n")
	err := p.Iterate(ctx).TagValues(qs, func(m map[string]quad.Value) error {
		iri, ok := m["e"].(quad.IRI)
		if !ok || !strings.HasPrefix(string(iri), "urn:newsgraph:entity:") {
			return nil
		}
		n := strings.ToLower(quad.NativeOf(m["n"]).(string))
		n = strings.Join(strings.Fields(n), " ")
		switch {
		case n == want:
			exact[string(iri)] = true
		case containsWords(n, want):
			partial[string(iri)] = true
		}
		return nil
	})
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
