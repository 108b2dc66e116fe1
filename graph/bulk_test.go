package graph

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsgraph/newsgraph/triples"
)

// bulkSuffix ends the name of a backend variant whose contract loads go
// through LoadBatch.
const bulkSuffix = "/bulk"

// withBulk adds, for every backend, a variant whose contract loads go
// through LoadBatch.
func withBulk(bs []backend) []backend {
	out := append([]backend(nil), bs...)
	for _, b := range bs {
		b.name += bulkSuffix
		out = append(out, b)
	}
	return out
}

func TestLoadBatch(t *testing.T) {
	for _, b := range backends(t) {
		t.Run(b.name, func(t *testing.T) {
			if b.dsn == nil {
				t.Skipf("set %s to a PostgreSQL DSN to run this there", envPostgres)
			}
			runLoadBatch(t, b)
		})
	}
}

func runLoadBatch(t *testing.T, b backend) {
	ctx := context.Background()

	t.Run("NewArticlesInOneBatchThenIdempotent", func(t *testing.T) {
		s := openStore(t, b.dsn(t))
		res, err := s.LoadBatch(ctx, []triples.Article{articleA(), articleB()})
		require.NoError(t, err)
		require.Len(t, res, 2)
		for _, r := range res {
			assert.Equal(t, Inserted, r.Status)
		}
		assert.Equal(t, len(articleA().Triples)+4, res[0].Added)
		assert.Equal(t, len(articleA().Triples), res[0].Quads)
		assert.Equal(t, expected(t, articleA(), articleB()), dump(t, s))
		st, err := s.Stats(ctx)
		require.NoError(t, err)
		assert.Equal(t, int64(len(expected(t, articleA(), articleB()))), st.Quads)
		assert.Equal(t, 2, st.Articles)

		res, err = s.LoadBatch(ctx, []triples.Article{articleA(), articleB()})
		require.NoError(t, err)
		assert.Equal(t, Skipped, res[0].Status)
		assert.Equal(t, Skipped, res[1].Status)
		assert.Equal(t, expected(t, articleA(), articleB()), dump(t, s))
	})

	t.Run("MixedBatchReplacesInOrder", func(t *testing.T) {
		s := openStore(t, b.dsn(t))
		_, err := s.Load(ctx, articleA())
		require.NoError(t, err)
		c := article("c", "hash-c", tr("urn:newsgraph:article:c", pMent, triples.Node(entEve)), tr(entEve, pName, triples.Str("Eve")))
		// A is replaced, B and C are new, then A goes back to v1, B is repeated
		res, err := s.LoadBatch(ctx, []triples.Article{articleA2(), articleB(), c, articleA(), articleB()})
		require.NoError(t, err)
		var st []LoadStatus
		for _, r := range res {
			st = append(st, r.Status)
		}
		assert.Equal(t, []LoadStatus{Replaced, Inserted, Inserted, Replaced, Skipped}, st)
		assert.Equal(t, expected(t, articleA(), articleB(), c), dump(t, s))
	})

	t.Run("RemoveAndReingestAfterBulk", func(t *testing.T) {
		s := openStore(t, b.dsn(t))
		var arts []triples.Article
		for i := range 30 {
			arts = append(arts, synthetic(i, 40, "v1"))
		}
		res, err := s.LoadBatch(ctx, arts)
		require.NoError(t, err)
		require.Len(t, res, 30)
		assert.Equal(t, expected(t, arts...), dump(t, s))

		// shrink some (the bbolt two-phase replace), grow others, remove some
		for i := range 10 {
			a := synthetic(i, 40, "v2")
			a.Triples = a.Triples[i : 40-i]
			r, err := s.Load(ctx, a)
			require.NoError(t, err)
			require.Equal(t, Replaced, r.Status)
			arts[i] = a
		}
		for i := 10; i < 20; i++ {
			_, err := s.Remove(ctx, arts[i].ID)
			require.NoError(t, err)
		}
		rest := append(append([]triples.Article(nil), arts[:10]...), arts[20:]...)
		assert.Equal(t, expected(t, rest...), dump(t, s))

		// bulk again: the removed ones come back, the others are skipped
		res, err = s.LoadBatch(ctx, arts)
		require.NoError(t, err)
		for i, r := range res {
			want := Skipped
			if i >= 10 && i < 20 {
				want = Inserted
			}
			assert.Equal(t, want, r.Status, i)
		}
		assert.Equal(t, expected(t, arts...), dump(t, s))
		infos, err := s.Articles(ctx)
		require.NoError(t, err)
		assert.Len(t, infos, 30)

		for _, a := range arts {
			_, err := s.Remove(ctx, a.ID)
			require.NoError(t, err)
		}
		assert.Empty(t, dump(t, s))
		st, err := s.Stats(ctx)
		require.NoError(t, err)
		assert.Zero(t, st.Quads)
		if st.NodesExact {
			assert.Zero(t, st.Nodes, "every node reference was counted and released")
		}
	})

	t.Run("InvalidArticleStopsTheBatch", func(t *testing.T) {
		s := openStore(t, b.dsn(t))
		bad := articleA2()
		bad.Triples = append(bad.Triples, tr(entBob, pDate, triples.Term{Kind: triples.Date, Value: "July 2024"}))
		c := article("c", "hash-c", tr("urn:newsgraph:article:c", pMent, triples.Node(entEve)))
		res, err := s.LoadBatch(ctx, []triples.Article{articleB(), bad, c})
		require.Error(t, err)
		assert.Contains(t, err.Error(), `"a"`)
		assert.Contains(t, err.Error(), "July 2024")
		require.Len(t, res, 1)
		assert.Equal(t, Inserted, res[0].Status)
		assert.Equal(t, expected(t, articleB()), dump(t, s))
	})

	t.Run("FailedBulkWriteFallsBackAndNamesTheArticle", func(t *testing.T) {
		s := openStore(t, b.dsn(t))
		// a stray quad with C's label, written behind the store's back,
		// makes the bulk insert of C a duplicate: the bulk transaction
		// fails, the batch is redone article by article
		c := article("c", "hash-c", tr("urn:newsgraph:article:c", pMent, triples.Node(entEve)))
		stray := must(articleQuads(c))[0]
		require.NoError(t, s.QuadStore().ApplyDeltas(deltasOf(nil, append(must(articleQuads(articleB())), stray)), cgraph.IgnoreOpts{}))
		before := dump(t, s)
		res, err := s.LoadBatch(ctx, []triples.Article{articleA(), c, articleA2()})
		require.Error(t, err)
		assert.Contains(t, err.Error(), `"c"`)
		require.Len(t, res, 1)
		assert.Equal(t, Inserted, res[0].Status)
		want := append(append([]string(nil), before...), expected(t, articleA())...)
		assert.ElementsMatch(t, want, dump(t, s))
		// the store is still usable
		_, err = s.Load(ctx, articleA2())
		require.NoError(t, err)
	})
}

// The PostgreSQL bulk path writes exactly the rows Cayley's writer writes:
// the nodes table (hash, refs, value columns) and the quads table (hashes)
// come out the same whether the articles went through Load or LoadBatch,
// and the schema (indexes, foreign keys) is left as Cayley made it. Here
// the role is a superuser, so LoadBatch skips the foreign-key checks.
func TestPostgresBulkWritesWhatCayleyWrites(t *testing.T) {
	base := os.Getenv(envPostgres)
	if base == "" {
		t.Skipf("set %s to run against PostgreSQL (scripts/pg-test-server.sh start prints one)", envPostgres)
	}
	comparePostgresBulk(t, freshPostgres(t, base), freshPostgres(t, base), false)
}

// Without the privilege to turn the foreign-key checks off, LoadBatch
// keeps them and writes the same rows.
func TestPostgresBulkWithoutSuperuser(t *testing.T) {
	base := os.Getenv(envPostgres)
	if base == "" {
		t.Skipf("set %s to run against PostgreSQL (scripts/pg-test-server.sh start prints one)", envPostgres)
	}
	admin, err := sql.Open("postgres", base)
	require.NoError(t, err)
	defer admin.Close()
	var rb [6]byte
	_, _ = rand.Read(rb[:])
	role := "newsgraph_plain_" + hex.EncodeToString(rb[:])
	_, err = admin.Exec("CREATE ROLE " + role + " LOGIN NOSUPERUSER")
	require.NoError(t, err)
	// registered first, so it runs after the database is dropped
	t.Cleanup(func() {
		a, err := sql.Open("postgres", base)
		if err == nil {
			_, err = a.Exec("DROP ROLE IF EXISTS " + role)
			a.Close()
		}
		if err != nil {
			t.Logf("drop role %s: %v", role, err)
		}
	})
	bulk := freshPostgres(t, base)
	u, err := url.Parse(bulk)
	require.NoError(t, err)
	_, err = admin.Exec("ALTER DATABASE " + strings.TrimPrefix(u.Path, "/") + " OWNER TO " + role)
	require.NoError(t, err)
	u.User = url.User(role)
	comparePostgresBulk(t, freshPostgres(t, base), u.String(), true)
}

// A trigger the user added on quads still sees every quad LoadBatch
// writes: the foreign-key checks (and with them every trigger) are only
// turned off when Cayley's schema has no triggers or rules of the user's.
func TestPostgresBulkKeepsUserTriggers(t *testing.T) {
	base := os.Getenv(envPostgres)
	if base == "" {
		t.Skipf("set %s to run against PostgreSQL (scripts/pg-test-server.sh start prints one)", envPostgres)
	}
	ctx := context.Background()
	dsn := freshPostgres(t, base)
	s := openStore(t, dsn)
	db, err := sql.Open("postgres", dsn)
	require.NoError(t, err)
	defer db.Close()
	for _, q := range []string{
		`CREATE TABLE audit (horizon bigint)`,
		`CREATE FUNCTION audit_quad() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO audit VALUES (NEW.horizon); RETURN NEW; END $$`,
		`CREATE TRIGGER audit_quad AFTER INSERT ON quads FOR EACH ROW EXECUTE FUNCTION audit_quad()`,
	} {
		_, err := db.Exec(q)
		require.NoError(t, err, q)
	}
	arts := []triples.Article{synthetic(1, 30, "v1"), synthetic(2, 30, "v1"), articleB()}
	_, err = s.LoadBatch(ctx, arts)
	require.NoError(t, err)
	assert.True(t, s.pgKeepFKChecks)
	var quads, audited int
	require.NoError(t, db.QueryRow(`SELECT count(*) FROM quads`).Scan(&quads))
	require.NoError(t, db.QueryRow(`SELECT count(*) FROM audit JOIN quads USING (horizon)`).Scan(&audited))
	assert.Equal(t, len(expected(t, arts...)), quads)
	assert.Equal(t, quads, audited)
}

// comparePostgresBulk loads the same articles through Cayley's writer
// (Load, into the database of one) and through LoadBatch (into bulk) and
// compares the tables row by row, reference counts included.
func comparePostgresBulk(t *testing.T, one, bulk string, keepFKChecks bool) {
	ctx := context.Background()
	var arts []triples.Article
	for i := range 20 {
		arts = append(arts, synthetic(i, 60, "v1"))
	}
	x := articleA()
	x.Triples = append(x.Triples,
		tr(entEve, pName, triples.Str("tab\there \"quoted\" nul\x00byte ünï 日本")),
		tr(entEve, pConf, triples.Term{Kind: triples.Float, Value: "1e300"}))
	arts = append(arts, x, articleB())

	s1 := openStore(t, one)
	for _, a := range arts {
		_, err := s1.Load(ctx, a)
		require.NoError(t, err)
	}
	s2 := openStore(t, bulk)
	_, err := s2.LoadBatch(ctx, arts[:7])
	require.NoError(t, err)
	_, err = s2.LoadBatch(ctx, arts[7:])
	require.NoError(t, err)
	assert.Equal(t, keepFKChecks, s2.pgKeepFKChecks, "foreign-key checks kept")

	n1, q1, c1 := pgTables(t, one)
	n2, q2, c2 := pgTables(t, bulk)
	assert.Equal(t, n1, n2, "nodes")
	assert.Equal(t, q1, q2, "quads")
	assert.Equal(t, c1, c2, "indexes and constraints")
	assert.Len(t, c1, 11, "Cayley's 7 indexes on quads, 4 foreign keys")
	assert.Equal(t, dump(t, s1), dump(t, s2))
	assert.NotEmpty(t, n1)

	// the store still works as Cayley's: removing every article through
	// Cayley's writer releases every node reference the bulk path counted
	for _, a := range arts {
		_, err := s2.Remove(ctx, a.ID)
		require.NoError(t, err)
	}
	n2, q2, _ = pgTables(t, bulk)
	assert.Empty(t, n2)
	assert.Empty(t, q2)
}

// pgTables returns the rows of Cayley's nodes and quads tables (all
// columns but the horizon and the time stamp's value) and the definitions
// of the indexes and constraints on quads, sorted.
func pgTables(t *testing.T, dsn string) (nodes, quads, schema []string) {
	db, err := sql.Open("postgres", dsn)
	require.NoError(t, err)
	defer db.Close()
	query := func(q string) []string {
		rows, err := db.Query(q)
		require.NoError(t, err)
		defer rows.Close()
		var out []string
		for rows.Next() {
			var s string
			require.NoError(t, rows.Scan(&s))
			out = append(out, s)
		}
		require.NoError(t, rows.Err())
		return out
	}
	nodes = query(`SELECT concat_ws('|', encode(hash,'hex'), refs, encode(value,'hex'), value_string, datatype, language, iri, bnode, value_int, value_bool, value_float, value_time) FROM nodes ORDER BY hash`)
	quads = query(`SELECT concat_ws('|', encode(subject_hash,'hex'), encode(predicate_hash,'hex'), encode(object_hash,'hex'), encode(label_hash,'hex'), ts IS NOT NULL) FROM quads ORDER BY 1`)
	schema = query(`SELECT indexdef FROM pg_indexes WHERE tablename = 'quads'
		UNION ALL SELECT conname || ' ' || pg_get_constraintdef(oid) || ' ' || convalidated FROM pg_constraint WHERE conrelid = 'quads'::regclass AND contype = 'f'
		ORDER BY 1`)
	return nodes, quads, schema
}

// BenchmarkLoadBatchBBolt loads 1000 synthetic articles of 200 triples in
// batches of 1 to 256 (compare BenchmarkLoadBBolt):
//
//	go test -run XXX -bench LoadBatch -benchtime 1x ./graph/
func BenchmarkLoadBatchBBolt(b *testing.B) {
	ctx := context.Background()
	const n, size = 1000, 200
	for _, batch := range []int{1, 16, 64, 256} {
		b.Run("batch="+strconv.Itoa(batch), func(b *testing.B) {
			for range b.N {
				s, err := Open(ctx, filepath.Join(b.TempDir(), "g"))
				require.NoError(b, err)
				quads := 0
				for i := 0; i < n; i += batch {
					var arts []triples.Article
					for j := i; j < i+batch; j++ {
						arts = append(arts, synthetic(j, size, "v1"))
					}
					res, err := s.LoadBatch(ctx, arts)
					require.NoError(b, err)
					for _, r := range res {
						quads += r.Added
					}
				}
				require.NoError(b, s.Close())
				b.ReportMetric(float64(quads)*float64(b.N)/b.Elapsed().Seconds(), "quads/s")
			}
		})
	}
}

// BenchmarkPrepare measures the CPU work LoadBatch does per article before
// any write (validation, N-Quads manifest and its round-trip check):
//
//	go test -run XXX -bench Prepare ./graph/
func BenchmarkPrepare(b *testing.B) {
	a := synthetic(1, 736, "v1")
	b.ReportAllocs()
	for range b.N {
		if _, err := prepare(a); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(a.Triples))*float64(b.N)/b.Elapsed().Seconds(), "quads/s")
}
