package graph

import (
	"context"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/newsgraph/newsgraph/triples"
)

// lookupFirst and lookupLast make 40 x 500 = 20,000 distinct person names.
var (
	lookupFirst = []string{"Ada", "Ben", "Cora", "Dan", "Eva", "Finn", "Gail", "Hugo", "Iris", "Jon",
		"Kara", "Leo", "Mia", "Ned", "Olga", "Paul", "Quinn", "Rosa", "Sam", "Tara",
		"Uma", "Vic", "Wes", "Xena", "Yuri", "Zoe", "Abel", "Bea", "Cyril", "Dora",
		"Emil", "Flora", "Gus", "Hana", "Ivan", "Jade", "Karl", "Lena", "Milo", "Nora"}
	lookupLast = func() []string {
		stems := []string{"Berg", "Costa", "Dahl", "Ek", "Falk", "Gray", "Holm", "Ives", "Jung", "McKerr"}
		var out []string
		for i := range 500 {
			out = append(out, stems[i%len(stems)]+strconv.Itoa(i)+"son")
		}
		return out
	}()
)

// lookupEntity is synthetic entity i: IRI, name and alias (the surname).
func lookupEntity(i int) (iri, name, alias string) {
	f, l := lookupFirst[i%len(lookupFirst)], lookupLast[(i/len(lookupFirst))%len(lookupLast)]
	return "urn:newsgraph:entity:p" + strconv.Itoa(i), f + " " + l, l
}

// lookupStore loads articles shaped like extracted news for the name
// lookup: each mentions 30 of 20,000 named entities (type, name, alias,
// mention), has 20 named events and 30 ng:mention quads (one per mention,
// on its entity, as triples.Build writes them): ~170 quads per article,
// ~260k quads for 1,500 articles.
func lookupStore(b *testing.B, articles int) *Store {
	b.Helper()
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(b.TempDir(), "g"))
	require.NoError(b, err)
	const batch = 100
	for i := 0; i < articles; i += batch {
		var arts []triples.Article
		for j := i; j < min(i+batch, articles); j++ {
			id := "l" + strconv.Itoa(j)
			a := article(id, "v1")
			for k := range 30 {
				iri, name, alias := lookupEntity((j*37 + k*613) % 20000)
				a.Triples = append(a.Triples,
					tr(iri, pType, triples.Node(triples.Schema+"Person")),
					tr(iri, pName, triples.Str(name)),
					tr(iri, triples.AlternateName, triples.Str(alias)),
					tr(a.IRI, pMent, triples.Node(iri)))
			}
			for k := range 20 {
				ev := "urn:newsgraph:event:" + id + "-" + strconv.Itoa(k)
				a.Triples = append(a.Triples, tr(ev, pName, triples.Str("say: said "+strconv.Itoa(k))))
			}
			for k := range 30 {
				ent, _, _ := lookupEntity((j*37 + k*613) % 20000)
				a.Triples = append(a.Triples, tr(ent, triples.Mention,
					triples.Str(triples.MentionValue(k*40, k*40+9, "NAME", "mention "+id+" "+strconv.Itoa(k)))))
			}
			arts = append(arts, a)
		}
		_, err := s.LoadBatch(ctx, arts)
		require.NoError(b, err)
	}
	b.Cleanup(func() { s.Close() })
	return s
}

// BenchmarkFindEntities measures ask's first step on a store of 1,500
// articles (~100k name and alias quads, 20,000 entities), one lookup per
// op: a name as stored, typed in lower case (also one whose stored
// casing, McKerr, no usual casing rebuilds), a first name alone (a
// partial match) and a name the store does not hold:
//
//	go test -run XXX -bench FindEntities -benchtime 5x ./graph/
//
// (loading the store takes most of a minute).
func BenchmarkFindEntities(b *testing.B) {
	s := lookupStore(b, 1500)
	qs := s.QuadStore()
	ctx := context.Background()
	_, name, _ := lookupEntity(4321)
	first := lookupFirst[4321%len(lookupFirst)]
	_, mc, _ := lookupEntity(9 * len(lookupFirst)) // a McKerr: "dan mckerr9son" has no usual casing
	for _, c := range []struct {
		label, query string
		want         int
	}{
		{"stored", name, 1},
		{"lowercase", "  " + lowerASCII(name) + " ", 1},
		{"lowercase-mc", lowerASCII(mc), 1},
		{"first-name", first, -1},
		{"unknown", "Nobody Atall", 0},
	} {
		b.Run(c.label, func(b *testing.B) {
			for range b.N {
				got, err := FindEntities(ctx, qs, c.query)
				require.NoError(b, err)
				if c.want >= 0 {
					require.Len(b, got, c.want)
				} else {
					require.NotEmpty(b, got)
				}
			}
			b.ReportMetric(b.Elapsed().Seconds()*1000/float64(b.N), "ms/lookup")
		})
	}
}

func lowerASCII(s string) string {
	out := []byte(s)
	for i, c := range out {
		if 'A' <= c && c <= 'Z' {
			out[i] = c + 'a' - 'A'
		}
	}
	return string(out)
}
