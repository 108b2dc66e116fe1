package graph

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query/path"
	"github.com/cayleygraph/quad"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsgraph/newsgraph/internal/pgtest"
	"github.com/newsgraph/newsgraph/triples"
)

// envPostgres names a PostgreSQL DSN the contract also runs against, e.g.
// the one printed by scripts/pg-test-server.sh start. Every test gets a
// fresh database created through it and dropped afterwards.
const envPostgres = "NEWSGRAPH_TEST_POSTGRES"

// backend opens a fresh, empty store for one test and returns its DSN; a
// nil dsn means the backend is not available here.
type backend struct {
	name string
	dsn  func(t *testing.T) string
}

func backends(t *testing.T) []backend {
	bs := []backend{
		{"memory", func(t *testing.T) string { return "memory:" }},
		{"bbolt", func(t *testing.T) string { return "bbolt:" + filepath.Join(t.TempDir(), "graph") }},
	}
	if base := os.Getenv(envPostgres); base != "" {
		bs = append(bs, backend{"postgres", func(t *testing.T) string { return freshPostgres(t, base) }})
	} else {
		bs = append(bs, backend{"postgres", nil})
	}
	return bs
}

// freshPostgres creates a database of its own on the server of base (see
// pgtest.FreshDatabase).
func freshPostgres(t testing.TB, base string) string {
	return pgtest.FreshDatabase(t, base, "newsgraph_test_")
}

func openStore(t *testing.T, dsn string) *Store {
	t.Helper()
	s, err := Open(context.Background(), dsn)
	require.NoError(t, err)
	t.Cleanup(func() { s.Close() })
	return s
}

// Vocabulary used by the fixtures.
const (
	pName = triples.Schema + "name"
	pDate = triples.Schema + "datePublished"
	pMent = triples.Schema + "mentions"
	pAge  = triples.NG + "age"
	pConf = triples.NG + "confidence"
	pType = triples.RDF + "type"

	entAcme = "urn:newsgraph:entity:acme"
	entBob  = "urn:newsgraph:entity:bob"
	entEve  = "urn:newsgraph:entity:eve"
)

func tr(s, p string, o triples.Term) triples.Triple {
	return triples.Triple{Subject: s, Predicate: p, Object: o}
}

func article(id, hash string, ts ...triples.Triple) triples.Article {
	return triples.Article{ID: id, IRI: "urn:newsgraph:article:" + id, Hash: hash, Triples: ts}
}

// articleA mentions Acme and Bob; articleB shares the Acme entity and even
// the identical Acme name triple.
func articleA() triples.Article {
	a := "urn:newsgraph:article:a"
	return article("a", "hash-a1",
		tr(a, pType, triples.Node(triples.NewsArticle)),
		tr(a, triples.Headline, triples.Str("Acme hires Bob")),
		tr(a, pDate, triples.Term{Kind: triples.Date, Value: "2024-07-11"}),
		tr(a, pMent, triples.Node(entAcme)),
		tr(a, pMent, triples.Node(entBob)),
		tr(entAcme, pName, triples.Str("Acme")),
		tr(entBob, pName, triples.Str("Bob")),
		tr(entBob, pAge, triples.Term{Kind: triples.Int, Value: "42"}),
		tr(entBob, pConf, triples.Term{Kind: triples.Float, Value: "0.75"}),
		tr(entAcme, triples.StartDate, triples.Term{Kind: triples.Date, Value: "2023-12"}),
		tr(entAcme, triples.Identifier, triples.Term{Kind: triples.Date, Value: "2015"}),
	)
}

// articleA2 is a new version of A: drops Bob's age and confidence, changes
// the headline, adds Eve; keeps the rest.
func articleA2() triples.Article {
	a := "urn:newsgraph:article:a"
	return article("a", "hash-a2",
		tr(a, pType, triples.Node(triples.NewsArticle)),
		tr(a, triples.Headline, triples.Str("Acme hires Bob and Eve")),
		tr(a, pDate, triples.Term{Kind: triples.Date, Value: "2024-07-11"}),
		tr(a, pMent, triples.Node(entAcme)),
		tr(a, pMent, triples.Node(entBob)),
		tr(a, pMent, triples.Node(entEve)),
		tr(entAcme, pName, triples.Str("Acme")),
		tr(entBob, pName, triples.Str("Bob")),
		tr(entEve, pName, triples.Str("Eve")),
		tr(entEve, pAge, triples.Term{Kind: triples.Int, Value: "-3"}),
	)
}

func articleB() triples.Article {
	b := "urn:newsgraph:article:b"
	return article("b", "hash-b1",
		tr(b, pType, triples.Node(triples.NewsArticle)),
		tr(b, triples.Headline, triples.Str("Acme results")),
		tr(b, pMent, triples.Node(entAcme)),
		tr(entAcme, pName, triples.Str("Acme")), // identical triple to A's
		tr(entBob, pName, triples.Str("Bob")),   // and another one
		tr(entAcme, pAge, triples.Term{Kind: triples.Int, Value: "42"}),
	)
}

// dump returns every quad in the store, as sorted N-Quads, read through
// Cayley's own iterators.
func dump(t *testing.T, s *Store) []string {
	t.Helper()
	ctx := context.Background()
	qs := s.QuadStore()
	it := qs.QuadsAllIterator().Iterate()
	defer it.Close()
	var out []string
	for it.Next(ctx) {
		q, err := qs.Quad(it.Result())
		require.NoError(t, err)
		out = append(out, q.NQuad())
	}
	require.NoError(t, it.Err())
	sort.Strings(out)
	return out
}

// expected is the store content after loading exactly these articles.
func expected(t *testing.T, arts ...triples.Article) []string {
	t.Helper()
	var out []string
	for _, a := range arts {
		p, err := prepare(a)
		require.NoError(t, err)
		for _, q := range p.adds() {
			out = append(out, q.NQuad())
		}
	}
	sort.Strings(out)
	return out
}

func labelled(t *testing.T, s *Store, label string) []string {
	t.Helper()
	var out []string
	for _, l := range dump(t, s) {
		if strings.HasSuffix(l, " <"+label+"> .") {
			out = append(out, l)
		}
	}
	return out
}

func TestContract(t *testing.T) {
	for _, b := range withBulk(backends(t)) {
		t.Run(b.name, func(t *testing.T) {
			if b.dsn == nil {
				t.Skipf("set %s to a PostgreSQL DSN to run the contract there (scripts/pg-test-server.sh start prints one)", envPostgres)
			}
			runContract(t, b)
		})
	}
}

func runContract(t *testing.T, b backend) {
	ctx := context.Background()
	// load is Load, or LoadBatch of one article for the bulk variant (see
	// bulk_test.go for batches of many)
	load := func(s *Store, a triples.Article) (LoadResult, error) {
		if !strings.HasSuffix(b.name, bulkSuffix) {
			return s.Load(ctx, a)
		}
		res, err := s.LoadBatch(ctx, []triples.Article{a})
		if err != nil {
			return LoadResult{IRI: a.IRI}, err
		}
		return res[0], nil
	}

	t.Run("LoadReadableWithLabelAndTypedLiterals", func(t *testing.T) {
		s := openStore(t, b.dsn(t))
		a := articleA()
		res, err := load(s, a)
		require.NoError(t, err)
		assert.Equal(t, Inserted, res.Status)
		assert.Equal(t, len(a.Triples), res.Quads)
		assert.Equal(t, len(a.Triples)+4, res.Added)
		assert.Equal(t, expected(t, a), dump(t, s))

		// every quad carries the article label
		for _, l := range dump(t, s) {
			assert.True(t, strings.HasSuffix(l, " <"+a.IRI+"> ."), l)
		}

		// typed literals come back as the right Cayley values
		qs := s.QuadStore()
		out := func(sub, pred string) quad.Value {
			v, err := path.StartPath(qs, quad.IRI(sub)).Out(quad.IRI(pred)).Iterate(ctx).FirstValue(qs)
			require.NoError(t, err)
			return v
		}
		assert.Equal(t, quad.TypedString{Value: "2024-07-11", Type: "xsd:date"}, out(a.IRI, pDate))
		assert.Equal(t, quad.TypedString{Value: "2023-12", Type: "xsd:gYearMonth"}, out(entAcme, triples.StartDate))
		assert.Equal(t, quad.TypedString{Value: "2015", Type: "xsd:gYear"}, out(entAcme, triples.Identifier))
		assert.Equal(t, quad.Int(42), out(entBob, pAge))
		assert.Equal(t, quad.Float(0.75), out(entBob, pConf))
		assert.Equal(t, quad.String("Bob"), out(entBob, pName))
		assert.Equal(t, quad.IRI(triples.NewsArticle), out(a.IRI, pType))

		// a label-scoped query sees the article's quads
		vals, err := path.StartPath(qs, quad.IRI(entAcme)).LabelContext(quad.IRI(a.IRI)).Out(quad.IRI(pName)).Iterate(ctx).AllValues(qs)
		require.NoError(t, err)
		assert.Equal(t, []quad.Value{quad.String("Acme")}, vals)

		got, err := s.ArticleQuads(ctx, "a")
		require.NoError(t, err)
		assert.Len(t, got, len(a.Triples))

		arts, err := s.Articles(ctx)
		require.NoError(t, err)
		assert.Equal(t, []ArticleInfo{{IRI: a.IRI, ID: "a", Hash: "hash-a1"}}, arts)

		st, err := s.Stats(ctx)
		require.NoError(t, err)
		assert.Equal(t, int64(len(a.Triples)+4), st.Quads)
		assert.Equal(t, 1, st.Articles)
		assert.Positive(t, st.Nodes)
	})

	t.Run("SameArticleTwiceIsSkipped", func(t *testing.T) {
		s := openStore(t, b.dsn(t))
		_, err := load(s, articleA())
		require.NoError(t, err)
		before := dump(t, s)
		st1, err := s.Stats(ctx)
		require.NoError(t, err)

		res, err := load(s, articleA())
		require.NoError(t, err)
		assert.Equal(t, Skipped, res.Status)
		assert.Zero(t, res.Added)
		assert.Zero(t, res.Removed)
		assert.Equal(t, before, dump(t, s))
		st2, err := s.Stats(ctx)
		require.NoError(t, err)
		assert.Equal(t, st1.Quads, st2.Quads)
	})

	t.Run("OriginAndTextAreKeptAndFollowTheFile", func(t *testing.T) {
		s := openStore(t, b.dsn(t))
		a := articleA()
		a.Origin, a.TextID = "/news/a/index.txt", "sha256-0123456789abcdef"
		res, err := load(s, a)
		require.NoError(t, err)
		assert.Equal(t, len(a.Triples)+6, res.Added, "origin and text are two more bookkeeping quads")
		arts, err := s.Articles(ctx)
		require.NoError(t, err)
		assert.Equal(t, []ArticleInfo{{IRI: a.IRI, ID: "a", Hash: "hash-a1", Origin: a.Origin, Text: a.TextID}}, arts)

		// the same article read from a new place: only the bookkeeping changes
		a.Origin = "/moved/a/index.txt"
		res, err = load(s, a)
		require.NoError(t, err)
		assert.Equal(t, Replaced, res.Status)
		assert.Equal(t, expected(t, a), dump(t, s))
		info, err := s.Article(ctx, "a")
		require.NoError(t, err)
		assert.Equal(t, a.Origin, info.Origin)
		res, err = load(s, a)
		require.NoError(t, err)
		assert.Equal(t, Skipped, res.Status)

		n, err := s.Remove(ctx, "a")
		require.NoError(t, err)
		assert.Equal(t, len(a.Triples)+6, n)
		assert.Empty(t, dump(t, s), "remove leaves no origin or text behind")
	})

	t.Run("ChangedArticleReplacesOnlyItsOwnQuads", func(t *testing.T) {
		s := openStore(t, b.dsn(t))
		_, err := load(s, articleA())
		require.NoError(t, err)
		_, err = load(s, articleB())
		require.NoError(t, err)
		bBefore := labelled(t, s, articleB().IRI)
		require.Equal(t, expected(t, articleB()), bBefore)

		res, err := load(s, articleA2())
		require.NoError(t, err)
		assert.Equal(t, Replaced, res.Status)
		// exactly the old-only quads go, the new-only quads come
		assert.Equal(t, expected(t, articleA2(), articleB()), dump(t, s))
		assert.Equal(t, bBefore, labelled(t, s, articleB().IRI), "article b untouched")

		qs := s.QuadStore()
		ages, err := path.StartPath(qs, quad.IRI(entBob)).Out(quad.IRI(pAge)).Iterate(ctx).AllValues(qs)
		require.NoError(t, err)
		assert.Empty(t, ages, "old-only quad gone")
		// Acme's name still exists twice: once per article
		names := 0
		for _, l := range dump(t, s) {
			if strings.HasPrefix(l, "<"+entAcme+"> <"+pName+"> ") {
				names++
			}
		}
		assert.Equal(t, 2, names)

		info, err := s.Article(ctx, "a")
		require.NoError(t, err)
		assert.Equal(t, "hash-a2", info.Hash)

		// and back again
		res, err = load(s, articleA())
		require.NoError(t, err)
		assert.Equal(t, Replaced, res.Status)
		assert.Equal(t, expected(t, articleA(), articleB()), dump(t, s))
	})

	t.Run("RemoveOnlyThatArticle", func(t *testing.T) {
		s := openStore(t, b.dsn(t))
		_, err := load(s, articleA())
		require.NoError(t, err)
		_, err = load(s, articleB())
		require.NoError(t, err)

		n, err := s.Remove(ctx, "a") // by id
		require.NoError(t, err)
		assert.Equal(t, len(articleA().Triples)+4, n)
		assert.Equal(t, expected(t, articleB()), dump(t, s))
		arts, err := s.Articles(ctx)
		require.NoError(t, err)
		assert.Equal(t, []ArticleInfo{{IRI: articleB().IRI, ID: "b", Hash: "hash-b1"}}, arts)

		_, err = s.Remove(ctx, articleB().IRI) // by IRI
		require.NoError(t, err)
		assert.Empty(t, dump(t, s))
		st, err := s.Stats(ctx)
		require.NoError(t, err)
		assert.Zero(t, st.Quads)
		assert.Zero(t, st.Articles)

		// loading again after a remove works
		res, err := load(s, articleA())
		require.NoError(t, err)
		assert.Equal(t, Inserted, res.Status)
		assert.Equal(t, expected(t, articleA()), dump(t, s))
	})

	t.Run("UnknownArticleIsAnError", func(t *testing.T) {
		s := openStore(t, b.dsn(t))
		_, err := load(s, articleB())
		require.NoError(t, err)
		for _, id := range []string{"nope", "urn:newsgraph:article:nope", "Acme"} {
			_, err = s.Remove(ctx, id)
			require.Error(t, err)
			assert.ErrorIs(t, err, ErrNotFound)
			assert.Contains(t, err.Error(), `"`+id+`"`)
			_, err = s.Article(ctx, id)
			assert.ErrorIs(t, err, ErrNotFound)
		}
		assert.Equal(t, expected(t, articleB()), dump(t, s))
	})

	t.Run("DuplicateTriplesAreDropped", func(t *testing.T) {
		s := openStore(t, b.dsn(t))
		a := articleB()
		a.Triples = append(a.Triples, a.Triples[0], a.Triples[3])
		res, err := load(s, a)
		require.NoError(t, err)
		assert.Equal(t, 2, res.Duplicates)
		assert.Equal(t, expected(t, articleB()), dump(t, s))
	})

	t.Run("InvalidArticleWritesNothing", func(t *testing.T) {
		s := openStore(t, b.dsn(t))
		_, err := load(s, articleB())
		require.NoError(t, err)
		bad := articleA()
		bad.Triples = append(bad.Triples, tr(entBob, pDate, triples.Term{Kind: triples.Date, Value: "July 2024"}))
		_, err = load(s, bad)
		require.Error(t, err)
		assert.Contains(t, err.Error(), "July 2024")
		assert.Contains(t, err.Error(), `"a"`)
		assert.Equal(t, expected(t, articleB()), dump(t, s))
	})

	t.Run("FailedWriteChangesNothing", func(t *testing.T) {
		s := openStore(t, b.dsn(t))
		_, err := load(s, articleA())
		require.NoError(t, err)
		_, err = load(s, articleB())
		require.NoError(t, err)
		// Plant, behind the store's back, the quad A2's load would add last
		// (its new registry entry), so the backend rejects the batch only
		// after it has applied the other changes.
		p, err := prepare(articleA2())
		require.NoError(t, err)
		planted := p.book[2]
		require.Equal(t, quad.IRI(PredArticle), planted.Predicate)
		require.NoError(t, s.QuadStore().ApplyDeltas([]cgraph.Delta{{Quad: planted, Action: cgraph.Add}}, cgraph.IgnoreOpts{}))
		before := dump(t, s)

		_, err = load(s, articleA2())
		require.Error(t, err)
		assert.Contains(t, err.Error(), `"a"`)
		assert.Equal(t, before, dump(t, s), "nothing of the failed load is visible")

		// the store stays usable and consistent: new nodes after a failed
		// batch (Cayley's kv caches node ids of rolled-back writes)
		require.NoError(t, s.QuadStore().ApplyDeltas([]cgraph.Delta{{Quad: planted, Action: cgraph.Delete}}, cgraph.IgnoreOpts{}))
		c := article("c", "hash-c",
			tr("urn:newsgraph:article:c", pMent, triples.Node(entEve)),
			tr(entEve, pName, triples.Str("Eve")),
			tr(entEve, pAge, triples.Term{Kind: triples.Int, Value: "-3"}))
		_, err = load(s, c)
		require.NoError(t, err)
		_, err = load(s, articleA2())
		require.NoError(t, err)
		assert.Equal(t, expected(t, articleA2(), articleB(), c), dump(t, s))
		_, err = s.Remove(ctx, "a")
		require.NoError(t, err)
		assert.Equal(t, expected(t, articleB(), c), dump(t, s))
	})

	t.Run("ShrinkAndGrowSharedNodes", func(t *testing.T) {
		// versions that remove more references to a node than they add
		// (article label, shared entities) and the other way round
		s := openStore(t, b.dsn(t))
		var want []triples.Article
		for i := range 3 {
			a := synthetic(i, 40, "v1")
			want = append(want, a)
			_, err := load(s, a)
			require.NoError(t, err)
		}
		for _, v := range []struct {
			hash     string
			from, to int
		}{{"v2", 30, 40}, {"v3", 0, 8}, {"v4", 4, 40}, {"v5", 0, 0}} {
			for i := range want {
				a := synthetic(i, 40, v.hash)
				a.Triples = a.Triples[v.from:v.to]
				res, err := load(s, a)
				require.NoError(t, err, v.hash)
				require.Equal(t, Replaced, res.Status)
				want[i] = a
				assert.Equal(t, expected(t, want...), dump(t, s), v.hash)
			}
		}
		for i := range want {
			_, err := s.Remove(ctx, want[i].ID)
			require.NoError(t, err)
		}
		assert.Empty(t, dump(t, s))
	})

	t.Run("ConcurrentLoads", func(t *testing.T) {
		s := openStore(t, b.dsn(t))
		arts := []triples.Article{articleA(), articleB(), articleA2(), articleB()}
		errs := make(chan error, len(arts))
		for _, a := range arts {
			go func() {
				_, err := load(s, a)
				if err == nil {
					_, err = s.Articles(ctx)
				}
				errs <- err
			}()
		}
		for range arts {
			require.NoError(t, <-errs)
		}
		got := dump(t, s)
		// a ends as either version, b once
		if !assert.ObjectsAreEqual(expected(t, articleA(), articleB()), got) {
			assert.Equal(t, expected(t, articleA2(), articleB()), got)
		}
	})
}

func TestBBoltReopenKeepsData(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "nested", "graph") // parents are created
	s, err := Open(ctx, dir)
	require.NoError(t, err)
	assert.Equal(t, BackendBBolt, s.Backend())
	_, err = s.Load(ctx, articleA())
	require.NoError(t, err)
	_, err = s.Load(ctx, articleB())
	require.NoError(t, err)
	before := dump(t, s)
	require.NoError(t, s.Close())
	require.NoError(t, s.Close(), "second Close is a no-op")
	_, err = s.Load(ctx, articleA())
	assert.Error(t, err, "closed store")

	s = openStore(t, "bbolt:"+dir)
	assert.Equal(t, before, dump(t, s))
	arts, err := s.Articles(ctx)
	require.NoError(t, err)
	assert.Len(t, arts, 2)
	res, err := s.Load(ctx, articleA())
	require.NoError(t, err)
	assert.Equal(t, Skipped, res.Status)
	res, err = s.Load(ctx, articleA2())
	require.NoError(t, err)
	assert.Equal(t, Replaced, res.Status)
	assert.Equal(t, expected(t, articleA2(), articleB()), dump(t, s))
}

// A replace interrupted between its two bbolt transactions is completed at
// the next Open.
func TestBBoltInterruptedReplaceIsFinishedOnOpen(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	s := openStore(t, dir)
	_, err := s.Load(ctx, articleA())
	require.NoError(t, err)
	_, err = s.Load(ctx, articleB())
	require.NoError(t, err)

	// what (*Store).write does for a shrinking A -> A3, minus phase 2
	a3 := articleA()
	a3.Hash, a3.Triples = "hash-a3", a3.Triples[:3]
	cur, err := s.state(ctx, a3.IRI)
	require.NoError(t, err)
	oldData, err := cur.data()
	require.NoError(t, err)
	old := append(oldData, cur.book...)
	p, err := prepare(a3)
	require.NoError(t, err)
	data, book := p.data, p.book
	dels, adds := diff(old, append(data, book...))
	require.False(t, kvSafe(dels, adds), "the fixture must need two phases")
	list, err := encodeManifest(dels)
	require.NoError(t, err)
	intent := quad.Quad{Subject: quad.IRI(Pending), Predicate: quad.IRI(PredPending), Object: quad.String(list), Label: quad.IRI(a3.IRI)}
	require.NoError(t, s.QuadStore().ApplyDeltas(deltasOf(nil, append(adds, intent)), cgraph.IgnoreOpts{}))
	require.NoError(t, s.Close())

	s = openStore(t, dir)
	assert.Equal(t, expected(t, a3, articleB()), dump(t, s))
	res, err := s.Load(ctx, a3)
	require.NoError(t, err)
	assert.Equal(t, Skipped, res.Status)
}

func TestKVSafe(t *testing.T) {
	q := func(s, o, l string) quad.Quad { return quad.MakeIRI(s, "p", o, l) }
	assert.True(t, kvSafe(nil, []quad.Quad{q("a", "b", "L")}))
	assert.True(t, kvSafe([]quad.Quad{q("a", "b", "L")}, nil))
	assert.True(t, kvSafe([]quad.Quad{q("a", "b", "L")}, []quad.Quad{q("a", "c", "L")}))
	assert.False(t, kvSafe([]quad.Quad{q("a", "b", "L"), q("x", "y", "L")}, []quad.Quad{q("a", "c", "L")}))
}

func TestBBoltLockedFailsFast(t *testing.T) {
	old := DefaultLockTimeout
	DefaultLockTimeout = 200 * time.Millisecond
	defer func() { DefaultLockTimeout = old }()
	dir := t.TempDir()
	openStore(t, dir)
	start := time.Now()
	_, err := Open(context.Background(), dir)
	require.Error(t, err)
	assert.Less(t, time.Since(start), 5*time.Second)
	assert.Contains(t, err.Error(), "locked")
	assert.Contains(t, err.Error(), dir)
}

func TestOpenErrors(t *testing.T) {
	ctx := context.Background()
	for _, dsn := range []string{"", "mysql://x", "bbolt:", "memory:foo"} {
		_, err := Open(ctx, dsn)
		assert.Error(t, err, dsn)
	}
	_, err := Open(ctx, "ftp://host/x")
	require.Error(t, err)
	assert.Contains(t, err.Error(), `"ftp:"`)

	// nothing listens on port 1: fails fast, names the DSN, hides the password
	_, err = Open(ctx, "postgres://alice:s3cret@127.0.0.1:1/db?sslmode=disable")
	require.Error(t, err)
	assert.NotContains(t, err.Error(), "s3cret")
	assert.Contains(t, err.Error(), "alice:xxxxx@127.0.0.1:1/db")

	// a file where the bbolt directory should be
	f := filepath.Join(t.TempDir(), "file")
	require.NoError(t, os.WriteFile(f, []byte("x"), 0o644))
	_, err = Open(ctx, f)
	require.Error(t, err)
	assert.Contains(t, err.Error(), f)
}

func TestParseDSN(t *testing.T) {
	for _, c := range []struct{ dsn, backend, addr string }{
		{"data/graph", BackendBBolt, "data/graph"},
		{"/abs/graph", BackendBBolt, "/abs/graph"},
		{"bbolt:data/x:y", BackendBBolt, "data/x:y"},
		{"memory:", BackendMemory, ""},
		{"postgres://u@h/db", BackendPostgres, "postgres://u@h/db"},
		{"postgresql://u@h/db", BackendPostgres, "postgresql://u@h/db"},
		{"cockroach://root@h:26257/db?sslmode=disable", BackendCockroach, "postgresql://root@h:26257/db?sslmode=disable"},
	} {
		b, a, err := parseDSN(c.dsn)
		require.NoError(t, err, c.dsn)
		assert.Equal(t, c.backend, b, c.dsn)
		assert.Equal(t, c.addr, a, c.dsn)
	}
	assert.Equal(t, "postgres://u:xxxxx@h/db", redactDSN("postgres://u:pw@h/db"))
	assert.Equal(t, "dir", redactDSN("dir"))
}

func TestLiteral(t *testing.T) {
	ok := []struct {
		term triples.Term
		want quad.Value
	}{
		{triples.Node("urn:x"), quad.IRI("urn:x")},
		{triples.Str(`say "hi"\n`), quad.String(`say "hi"\n`)},
		{triples.Term{Kind: triples.Date, Value: "2024-07-11"}, quad.TypedString{Value: "2024-07-11", Type: XSDDate}},
		{triples.Term{Kind: triples.Date, Value: "2024-07"}, quad.TypedString{Value: "2024-07", Type: XSDGYearMonth}},
		{triples.Term{Kind: triples.Date, Value: "2024"}, quad.TypedString{Value: "2024", Type: XSDGYear}},
		{triples.Term{Kind: triples.Int, Value: "-7"}, quad.Int(-7)},
		{triples.Term{Kind: triples.Float, Value: "0.1"}, quad.Float(0.1)},
	}
	for _, c := range ok {
		v, err := Literal(c.term)
		require.NoError(t, err)
		assert.Equal(t, c.want, v)
	}
	for _, bad := range []triples.Term{
		triples.Node(""), triples.Node("has space"), triples.Node("a>b"),
		{Kind: triples.Date, Value: "2024/07/11"}, {Kind: triples.Int, Value: "4.2"},
		{Kind: triples.Float, Value: "NaN"}, {Kind: triples.Float, Value: "x"}, {Kind: 99},
	} {
		_, err := Literal(bad)
		assert.Error(t, err, "%+v", bad)
	}
}

func TestManifestRoundTrip(t *testing.T) {
	a := articleA()
	a.Triples = append(a.Triples,
		tr(entEve, pName, triples.Str("tab\there \"quoted\" back\\slash\nnewline ünï 日本 \u0001")),
		tr(entEve, pConf, triples.Term{Kind: triples.Float, Value: "1e300"}),
		tr(entEve, pAge, triples.Term{Kind: triples.Int, Value: "9223372036854775807"}),
	)
	data, _, err := articleQuads(a)
	require.NoError(t, err)
	m, err := encodeManifest(data)
	require.NoError(t, err)
	back, err := decodeManifest(m)
	require.NoError(t, err)
	assert.Equal(t, data, back)

	// reserved bookkeeping namespace
	a.Triples = append(a.Triples, tr(a.IRI, PredHash, triples.Str("x")))
	_, _, err = articleQuads(a)
	assert.Error(t, err)
}

func TestEmptyHashIsComputed(t *testing.T) {
	ctx := context.Background()
	s := openStore(t, "memory:")
	a := articleB()
	a.Hash = ""
	res, err := s.Load(ctx, a)
	require.NoError(t, err)
	assert.Equal(t, Inserted, res.Status)
	res, err = s.Load(ctx, a)
	require.NoError(t, err)
	assert.Equal(t, Skipped, res.Status)
	info, err := s.Article(ctx, "b")
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(info.Hash, "sha256:"))
}

func must[T any](v T, _ int, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// synthetic returns an article with n triples over a shared pool of
// entities, the way real articles overlap.
func synthetic(i, n int, hash string) triples.Article {
	id := "s" + strconv.Itoa(i)
	a := article(id, hash)
	for j := 0; len(a.Triples) < n; j++ {
		e := "urn:newsgraph:entity:e" + strconv.Itoa((i*7+j)%500)
		a.Triples = append(a.Triples,
			tr(a.IRI, pMent, triples.Node(e)),
			tr(e, pName, triples.Str("Entity "+strconv.Itoa((i*7+j)%500))),
			tr(e, pAge, triples.Term{Kind: triples.Int, Value: strconv.Itoa(j)}),
			tr(e, pDate, triples.Term{Kind: triples.Date, Value: "2024-07-11"}),
		)
	}
	return a
}

// BenchmarkLoadBBolt loads 100 articles of 200 triples, then replaces them
// all with a changed version:
//
//	go test -run XXX -bench LoadBBolt -benchtime 1x ./graph/
func BenchmarkLoadBBolt(b *testing.B) {
	ctx := context.Background()
	for range b.N {
		s, err := Open(ctx, b.TempDir())
		require.NoError(b, err)
		for i := range 100 {
			_, err := s.Load(ctx, synthetic(i, 200, "v1"))
			require.NoError(b, err)
		}
		for i := range 100 {
			a := synthetic(i, 200, "v2")
			a.Triples = a.Triples[10:]
			res, err := s.Load(ctx, a)
			require.NoError(b, err)
			require.Equal(b, Replaced, res.Status)
		}
		st, err := s.Stats(ctx)
		require.NoError(b, err)
		require.Equal(b, 100, st.Articles)
		require.NoError(b, s.Close())
	}
}

// Two processes (here: two Stores) replacing the same article at the same
// time must leave exactly one version, not a mix.
func TestPostgresConcurrentWriters(t *testing.T) {
	base := os.Getenv(envPostgres)
	if base == "" {
		t.Skipf("set %s to run against PostgreSQL (scripts/pg-test-server.sh start prints one)", envPostgres)
	}
	ctx := context.Background()
	dsn := freshPostgres(t, base)
	s1, s2 := openStore(t, dsn), openStore(t, dsn)
	_, err := s1.Load(ctx, synthetic(0, 40, "v0"))
	require.NoError(t, err)
	for round := range 8 {
		x := synthetic(0, 40, "x"+strconv.Itoa(round))
		x.Triples = x.Triples[round : 40-round*3]
		y := synthetic(0, 40, "y"+strconv.Itoa(round))
		y.Triples = y.Triples[round*4:]
		errs := make(chan error, 2)
		go func() { _, err := s1.Load(ctx, x); errs <- err }()
		go func() { _, err := s2.Load(ctx, y); errs <- err }()
		require.NoError(t, <-errs)
		require.NoError(t, <-errs)
		got := dump(t, s1)
		if !assert.ObjectsAreEqual(expected(t, x), got) {
			require.Equal(t, expected(t, y), got, "round %d", round)
		}
	}
}

// TestReadOnlyNeverCreates: a read-only open of a bbolt store that does
// not exist fails with ErrNoStore, naming the file, and creates neither
// the file nor its directory.
func TestReadOnlyNeverCreates(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "a", "store")
	_, err := OpenWith(context.Background(), "bbolt:"+dir, Options{ReadOnly: true})
	require.ErrorIs(t, err, ErrNoStore)
	assert.Contains(t, err.Error(), filepath.Join(dir, "indexes.bolt"))
	_, err = os.Stat(filepath.Dir(dir))
	assert.ErrorIs(t, err, os.ErrNotExist)
	_, err = OpenWith(context.Background(), "memory:", Options{ReadOnly: true})
	assert.NoError(t, err, "memory: has nothing to create")
}

// TestWaitingWriterGoesBeforeNewReaders: readers share a bbolt file, so
// readers that keep coming could keep a writer out for ever. A reader that
// comes while a writer waits queues behind the writer: here the writer
// gets the file as soon as the reader already in lets go, and the new
// reader only after the writer.
func TestWaitingWriterGoesBeforeNewReaders(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	require.NoError(t, openStore(t, dir).Close())
	ro := Options{ReadOnly: true, LockTimeout: 20 * time.Second}
	first, err := OpenWith(ctx, dir, ro)
	require.NoError(t, err)

	order := make(chan string, 2)
	wrote := make(chan error, 1)
	go func() {
		w, err := OpenWith(ctx, dir, Options{LockTimeout: 20 * time.Second})
		if err == nil {
			order <- "writer"
			time.Sleep(50 * time.Millisecond) // a transaction
			err = w.Close()
		}
		wrote <- err
	}()
	// wait until the writer waits
	for !writerWaiting(dir) {
		time.Sleep(time.Millisecond)
	}
	read := make(chan error, 1)
	go func() {
		r, err := OpenWith(ctx, dir, ro)
		if err == nil {
			order <- "new reader"
			err = r.Close()
		}
		read <- err
	}()
	time.Sleep(100 * time.Millisecond) // the new reader would be in by now if it did not wait
	select {
	case who := <-order:
		t.Fatalf("%s got the file while the first reader held it", who)
	default:
	}
	require.NoError(t, first.Close())
	require.NoError(t, <-wrote)
	require.NoError(t, <-read)
	assert.Equal(t, "writer", <-order)
	assert.Equal(t, "new reader", <-order)
}

// Values encodeManifest does not parse back (plainNQuad) do read back as
// themselves; the others are still checked.
func TestPlainValuesRoundTrip(t *testing.T) {
	var ascii, iri strings.Builder
	for c := byte(' '); c < 0x7f; c++ {
		ascii.WriteByte(c)
		if c > ' ' && !strings.ContainsRune("<>\"{}|^`\\", rune(c)) {
			iri.WriteByte(c)
		}
	}
	plain := []quad.Value{
		quad.IRI("urn:" + iri.String()),
		quad.String(ascii.String() + "\t\n\r\\n \"\" \\\\ # . <x> _:b"),
		quad.String(""),
		quad.Int(-9223372036854775808), quad.Int(9223372036854775807), quad.Int(0),
		quad.Float(5e-324), quad.Float(-1.7976931348623157e308), quad.Float(0.1), quad.Float(1e21), quad.Float(-0.0),
		quad.TypedString{Value: "-12345-01-31", Type: XSDDate},
		quad.TypedString{Value: "2024-07", Type: XSDGYearMonth},
		quad.TypedString{Value: "2024", Type: XSDGYear},
	}
	for _, v := range plain {
		require.True(t, plainNQuad(v), "%#v", v)
		q := quad.Quad{Subject: quad.IRI("urn:s"), Predicate: quad.IRI("urn:p"), Object: v, Label: quad.IRI("urn:l")}
		back, err := decodeManifest(q.NQuad() + "\n")
		require.NoError(t, err, "%#v", v)
		require.Len(t, back, 1)
		assert.True(t, sameQuad(q, back[0]), "%#v read back as %#v", v, back[0].Object)
	}
	for _, v := range []quad.Value{
		quad.String("ünï"), quad.String("a\x00b"), quad.String("\x01"), quad.String("\xff"),
		quad.IRI("urn:ü"), quad.IRI("urn:\x01"), quad.IRI("urn:a b"), quad.IRI(""),
		quad.TypedString{Value: "42", Type: "xsd:integer"}, quad.TypedString{Value: "July", Type: XSDDate},
		quad.LangString{Value: "x", Lang: "en"},
	} {
		assert.False(t, plainNQuad(v), "%#v", v)
	}
	// an IRI the grammar rejects is still caught
	_, err := encodeManifest([]quad.Quad{{Subject: quad.IRI("urn:\x01x"), Predicate: quad.IRI("urn:p"), Object: quad.String("o"), Label: quad.IRI("urn:l")}})
	assert.Error(t, err)
}

// nquad writes exactly what quad.Quad.NQuad writes: manifests, and the
// content hashes computed from them, must not change.
func TestNQuadSameAsCayley(t *testing.T) {
	vals := []quad.Value{
		quad.IRI("urn:x"), quad.String("a \"b\"\n\\ ü"), quad.Int(-3), quad.Float(0.25),
		quad.TypedString{Value: "2024-07", Type: XSDGYearMonth}, quad.LangString{Value: "x", Lang: "en"}, quad.BNode("b1"),
	}
	for _, o := range vals {
		for _, l := range []quad.Value{nil, quad.IRI("urn:l"), quad.IRI(""), quad.String("lbl")} {
			q := quad.Quad{Subject: quad.IRI("urn:s"), Predicate: quad.IRI("urn:p"), Object: o, Label: l}
			assert.Equal(t, q.NQuad(), nquad(q))
		}
	}
	a := articleA()
	data, lines, _, err := articleQuadLines(a)
	require.NoError(t, err)
	var want strings.Builder
	for _, q := range data {
		want.WriteString(q.NQuad() + "\n")
	}
	m, err := encodeManifestLines(data, lines)
	require.NoError(t, err)
	assert.Equal(t, want.String(), m)
}
