package export

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"sort"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/jsonld"
	"github.com/cayleygraph/quad/nquads"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsgraph/newsgraph/graph"
	t3 "github.com/newsgraph/newsgraph/triples"
)

// storedQuads are the data quads of every article, read from the store's
// manifests: what an RDF export must reproduce.
func storedQuads(t *testing.T, st *graph.Store) []string {
	t.Helper()
	ctx := context.Background()
	arts, err := st.Articles(ctx)
	require.NoError(t, err)
	var out []string
	for _, a := range arts {
		qs, err := st.ArticleQuads(ctx, a.IRI)
		require.NoError(t, err)
		for _, q := range qs {
			out = append(out, q.NQuad())
		}
	}
	sort.Strings(out)
	return out
}

func readAll(t *testing.T, r quad.Reader) []quad.Quad {
	t.Helper()
	var out []quad.Quad
	for {
		q, err := r.ReadQuad()
		if errors.Is(err, io.EOF) {
			return out
		}
		require.NoError(t, err)
		out = append(out, q)
	}
}

func strs(qs []quad.Quad) []string {
	out := make([]string, len(qs))
	for i, q := range qs {
		out[i] = q.NQuad()
	}
	sort.Strings(out)
	return out
}

func TestNQuadsRoundTrip(t *testing.T) {
	for _, dsn := range []string{"memory:", "bbolt:" + t.TempDir() + "/g"} {
		t.Run(strings.SplitN(dsn, ":", 2)[0], func(t *testing.T) {
			st := openFixture(t, dsn)
			var b bytes.Buffer
			n, err := WriteNQuads(context.Background(), &b, st.QuadStore(), nil)
			require.NoError(t, err)
			assert.NotContains(t, b.String(), graph.StoreNS, "no bookkeeping")
			back := readAll(t, nquads.NewReader(&b, false))
			assert.Len(t, back, n)
			for _, q := range back {
				require.NotNil(t, q.Label, "every quad keeps its article: %s", q.NQuad())
				assert.True(t, strings.HasPrefix(string(q.Label.(quad.IRI)), articlePrefix))
			}
			// Parsed back, the quads are the stored ones, every datatype
			// with its full XML Schema IRI.
			assert.NotContains(t, b.String(), "<xsd:", "no short datatypes")
			assert.Equal(t, fullyTyped(storedQuads(t, st)), fullyTyped(strs(back)))
			var dates, ints, floats int
			for _, q := range back {
				if ts, ok := FullyTyped(q.Object).(quad.TypedString); ok {
					switch string(ts.Type) {
					case t3.XSD + "date":
						dates++
					case t3.XSD + "integer":
						ints++
					case t3.XSD + "double":
						floats++
					}
				}
			}
			assert.True(t, dates > 0 && ints > 0 && floats > 0, "dates %d, integers %d, doubles %d", dates, ints, floats)
		})
	}
}

// fullyTyped rewrites N-Quads lines with FullyTyped objects.
func fullyTyped(lines []string) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		q, err := nquads.NewReader(strings.NewReader(l+"\n"), false).ReadQuad()
		if err != nil {
			out[i] = l
			continue
		}
		q.Object = FullyTyped(q.Object)
		out[i] = q.NQuad()
	}
	sort.Strings(out)
	return out
}

func TestNQuadsSelection(t *testing.T) {
	st := openFixture(t, "memory:")
	ctx := context.Background()
	keep, err := Selector(ctx, st.QuadStore(), Options{Since: day("2024-05-15")})
	require.NoError(t, err)
	var b bytes.Buffer
	_, err = WriteNQuads(ctx, &b, st.QuadStore(), keep)
	require.NoError(t, err)
	back := readAll(t, nquads.NewReader(&b, false))
	subjects := map[string]bool{}
	for _, q := range back {
		subjects[string(q.Subject.(quad.IRI))] = true
		if o, ok := q.Object.(quad.IRI); ok {
			assert.NotEqual(t, alice, string(o), "nothing points at a dropped entity")
		}
	}
	assert.True(t, subjects["urn:newsgraph:event:b2:0"], "the May acquisition")
	assert.True(t, subjects[carol])
	assert.True(t, subjects["urn:newsgraph:article:b2"])
	assert.False(t, subjects["urn:newsgraph:event:a1:0"], "March is out")
	assert.False(t, subjects[alice])
	assert.True(t, subjects["urn:newsgraph:article:c3"], "names Bob: the article of his name quads stays")
	assert.False(t, subjects["urn:newsgraph:event:c3:0"])

	keep, err = Selector(ctx, st.QuadStore(), Options{Types: []string{"organization"}})
	require.NoError(t, err)
	b.Reset()
	_, err = WriteNQuads(ctx, &b, st.QuadStore(), keep)
	require.NoError(t, err)
	assert.NotContains(t, b.String(), "article:c3", "c3 names no organization")
	assert.Contains(t, b.String(), "<urn:newsgraph:event:b2:0> <urn:newsgraph:vocab#agent> <"+acme+">")

	keep, err = Selector(ctx, st.QuadStore(), Options{Types: []string{"person"}})
	require.NoError(t, err)
	b.Reset()
	_, err = WriteNQuads(ctx, &b, st.QuadStore(), keep)
	require.NoError(t, err)
	assert.Contains(t, b.String(), "<"+alice+"> <"+t3.Name+">")
	assert.NotContains(t, b.String(), t3.Mention, "mentions stay out of a partial export")
	b.Reset()
	_, err = WriteNQuads(ctx, &b, st.QuadStore(), nil)
	require.NoError(t, err)
	assert.Contains(t, b.String(), "<"+alice+"> <"+t3.Mention+"> \"0-12 NAME Alice Moreau\" <urn:newsgraph:article:a1> .")

	keep, err = Selector(ctx, st.QuadStore(), Options{})
	require.NoError(t, err)
	assert.Nil(t, keep, "no filter: everything")
}

func TestJSONLDNamedGraphsRoundTrip(t *testing.T) {
	st := openFixture(t, "memory:")
	var b bytes.Buffer
	n, err := WriteJSONLD(context.Background(), &b, st, nil)
	require.NoError(t, err)

	var doc struct {
		Context map[string]string `json:"@context"`
		Graph   []struct {
			ID    string           `json:"@id"`
			Graph []map[string]any `json:"@graph"`
		} `json:"@graph"`
	}
	require.NoError(t, json.Unmarshal(b.Bytes(), &doc), b.String())
	require.Len(t, doc.Graph, 3, "one named graph per article")
	assert.Equal(t, "https://schema.org/", doc.Context["schema"])
	for _, g := range doc.Graph {
		assert.True(t, strings.HasPrefix(g.ID, articlePrefix))
		assert.NotEmpty(t, g.Graph)
	}

	// A JSON-LD processor (json-gold, through Cayley's reader) turns it back
	// into the same quads, with the article as each quad's graph; datatypes
	// are written, and come back, as full XML Schema IRIs.
	assert.NotContains(t, b.String(), `"xsd:`)
	assert.Contains(t, b.String(), `"@type":"`+t3.XSD+`date"`)
	back := readAll(t, jsonld.NewReader(bytes.NewReader(b.Bytes())))
	assert.Len(t, back, n)
	assert.Equal(t, fullyTyped(storedQuads(t, st)), fullyTyped(strs(back)))
}
