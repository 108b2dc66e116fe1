package graph

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sort"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/refs"
	csql "github.com/cayleygraph/cayley/graph/sql"
	"github.com/cayleygraph/quad"
	"github.com/lib/pq"
)

// bulkPostgres writes the new articles among cand in one PostgreSQL
// transaction with COPY and returns their indexes. It writes what Cayley's
// SQL writer (graph/sql.QuadStore.ApplyDeltas with RunTxPostgres) writes
// for the same adds:
//
//   - nodes(hash, refs, value columns): one row per distinct value, hash =
//     refs.HashOf(value), value columns as csql.NodeValues lays them out,
//     refs incremented by the number of quad directions using it
//     (INSERT … ON CONFLICT (hash) DO UPDATE SET refs = nodes.refs + EXCLUDED.refs,
//     in hash order like Cayley, so concurrent writers cannot deadlock);
//   - quads(subject_hash, predicate_hash, object_hash, label_hash, ts) with
//     ts = now() of the transaction, horizon from its sequence.
//
// The articles' advisory locks (the ones Load takes) are held as
// transaction locks, and whether an article exists is decided inside the
// transaction, so concurrent Loads of the same article in other processes
// are serialised with it.
//
// Where the time goes (BenchmarkLoadBatchCorpusPostgres): almost all of it
// is the server's work on the quads COPY, half of that the four
// foreign-key checks per quad, half the six index insertions. The checks
// are skipped when the role may (see skipForeignKeyChecks); every value is
// hashed once, on every core (Cayley's writer hashes each one per use).
func (s *Store) bulkPostgres(ctx context.Context, preps []*prepared, cand []int) (loaded []int, err error) {
	if err := s.writable(ctx); err != nil {
		return nil, err
	}
	defer s.mu.Unlock()
	tx, err := s.lockDB.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	defer func() {
		if err != nil {
			_ = tx.Rollback()
		}
	}()

	// 1. lock the articles (sorted keys: no deadlock between bulk loaders)
	keys := make([]int64, 0, len(cand))
	for _, i := range cand {
		keys = append(keys, articleLockKey(preps[i].a.IRI))
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	if _, err = tx.ExecContext(ctx, `SELECT count(pg_advisory_xact_lock(k)) FROM (SELECT k FROM unnest($1::bigint[]) AS k ORDER BY k) AS l`, pq.Array(keys)); err != nil {
		return nil, fmt.Errorf("locking %d articles: %w", len(keys), err)
	}

	// 2. which of them exist: <article> store:manifest … <article>
	subj := make([][]byte, 0, len(cand))
	for _, i := range cand {
		subj = append(subj, hashBytes(quad.IRI(preps[i].a.IRI)))
	}
	rows, err := tx.QueryContext(ctx, `SELECT subject_hash FROM quads WHERE subject_hash = ANY($1) AND predicate_hash = $2 AND label_hash = subject_hash`,
		pq.Array(subj), hashBytes(quad.IRI(PredManifest)))
	if err != nil {
		return nil, fmt.Errorf("looking up %d articles: %w", len(cand), err)
	}
	exists := make(map[string]bool)
	for rows.Next() {
		var h []byte
		if err = rows.Scan(&h); err != nil {
			rows.Close()
			return nil, err
		}
		exists[string(h)] = true
	}
	rows.Close()
	if err = rows.Err(); err != nil {
		return nil, err
	}
	for k, i := range cand {
		if !exists[string(subj[k])] {
			loaded = append(loaded, i)
		}
	}
	if len(loaded) == 0 {
		return nil, tx.Commit()
	}

	// 3. nodes: net reference increments over the whole batch
	hashes, counted := hashQuads(preps, loaded)
	nodes := make(map[refs.ValueHash]*pgNode)
	nquads := 0
	for k := range loaded {
		nquads += len(hashes[k])
		for _, n := range counted[k] {
			if m := nodes[n.h]; m != nil {
				m.refs += n.refs
			} else {
				nodes[n.h] = n
			}
		}
	}
	if err = s.skipForeignKeyChecks(ctx, tx); err != nil {
		return nil, fmt.Errorf("bulk load: %w", err)
	}
	if _, err = tx.ExecContext(ctx, `CREATE TEMP TABLE newsgraph_bulk_nodes (LIKE nodes) ON COMMIT DROP`); err != nil {
		return nil, fmt.Errorf("bulk load: %w", err)
	}
	stmt, err := tx.PrepareContext(ctx, pq.CopyIn("newsgraph_bulk_nodes", bulkNodeCols...))
	if err != nil {
		return nil, fmt.Errorf("bulk load: %w", err)
	}
	for h, n := range nodes {
		row, rerr := nodeRow(csql.NodeHash{ValueHash: h}, n.v, n.refs)
		if rerr != nil {
			stmt.Close()
			return nil, rerr
		}
		if _, err = stmt.ExecContext(ctx, row...); err != nil {
			stmt.Close()
			return nil, fmt.Errorf("bulk load: copying nodes: %w", err)
		}
	}
	if _, err = stmt.ExecContext(ctx); err != nil {
		stmt.Close()
		return nil, fmt.Errorf("bulk load: copying nodes: %w", err)
	}
	stmt.Close()
	cols := "hash, refs, value, value_string, datatype, language, iri, bnode, value_int, value_bool, value_float, value_time"
	if _, err = tx.ExecContext(ctx, `INSERT INTO nodes(`+cols+`) SELECT `+cols+` FROM newsgraph_bulk_nodes ORDER BY hash
		ON CONFLICT (hash) DO UPDATE SET refs = nodes.refs + EXCLUDED.refs`); err != nil {
		return nil, fmt.Errorf("bulk load: merging nodes: %w", err)
	}

	// 4. quads, stamped with the transaction's now() as Cayley does
	var ts string
	if err = tx.QueryRowContext(ctx, `SELECT now()::timestamp::text`).Scan(&ts); err != nil {
		return nil, err
	}
	stmt, err = tx.PrepareContext(ctx, pq.CopyIn("quads", "subject_hash", "predicate_hash", "object_hash", "label_hash", "ts"))
	if err != nil {
		return nil, fmt.Errorf("bulk load: %w", err)
	}
	for _, h := range spoOrder(hashes, nquads) {
		if _, err = stmt.ExecContext(ctx, hashValue(h[0]), hashValue(h[1]), hashValue(h[2]), hashValue(h[3]), ts); err != nil {
			stmt.Close()
			return nil, fmt.Errorf("bulk load: copying quads: %w", err)
		}
	}
	if _, err = stmt.ExecContext(ctx); err != nil {
		stmt.Close()
		return nil, fmt.Errorf("bulk load: copying %d quads: %w", nquads, err)
	}
	stmt.Close()
	if err = tx.Commit(); err != nil {
		return nil, fmt.Errorf("bulk load: commit: %w", err)
	}
	// Cayley's SQL store caches its quad and node counts until its next
	// write: an empty ApplyDeltas (an empty transaction) resets them.
	// Should that fail, only those cached counts are stale.
	_ = s.qs.ApplyDeltas(nil, cgraph.IgnoreOpts{})
	return loaded, nil
}

// pgNode is one distinct value of a batch and the number of quad
// directions of the batch using it.
type pgNode struct {
	h    refs.ValueHash
	v    quad.Value
	refs int
}

// hashQuads returns, for each article of loaded, the value hashes of the
// directions of each of its quads (p.adds() order; the zero hash for a nil
// value) and its distinct values with their reference counts, computed on
// every core. Each value is hashed once per article (the label and the
// predicates repeat on nearly every quad).
func hashQuads(preps []*prepared, loaded []int) ([][][4]refs.ValueHash, [][]*pgNode) {
	out := make([][][4]refs.ValueHash, len(loaded))
	counted := make([][]*pgNode, len(loaded))
	onEveryCore(len(loaded), func(k int) {
		p := preps[loaded[k]]
		hs := make([][4]refs.ValueHash, 0, len(p.data)+len(p.book))
		seen := make(map[quad.Value]*pgNode)
		var ns []*pgNode
		for _, qs := range [][]quad.Quad{p.data, p.book} {
			for _, q := range qs {
				var h [4]refs.ValueHash
				for d, dir := range quad.Directions {
					v := q.Get(dir)
					if v == nil {
						continue
					}
					var n *pgNode
					if comparable(v) {
						n = seen[v]
					}
					if n == nil {
						n = &pgNode{h: refs.HashOf(v), v: v}
						if comparable(v) {
							seen[v] = n
						}
						ns = append(ns, n)
					}
					n.refs++
					h[d] = n.h
				}
				hs = append(hs, h)
			}
		}
		out[k], counted[k] = hs, ns
	})
	return out, counted
}

// comparable tells whether v can be a map key (the value types articles
// hold; another one is hashed at each use, which merges by hash the same).
func comparable(v quad.Value) bool {
	switch v.(type) {
	case quad.IRI, quad.String, quad.TypedString, quad.LangString, quad.BNode, quad.Int, quad.Float, quad.Bool:
		return true
	}
	return false
}

// spoOrder returns the quads' hashes in (subject, predicate, object,
// label) hash order: the order of the quads' unique index and of spo_index,
// so that two of the six index insertions per quad walk their index from
// left to right instead of at random. Cayley never reads the horizon
// column, so giving the batch's quads their horizons in this order instead
// of input order is invisible through it.
func spoOrder(hashes [][][4]refs.ValueHash, n int) [][4]refs.ValueHash {
	out := make([][4]refs.ValueHash, 0, n)
	for _, hs := range hashes {
		out = append(out, hs...)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := &out[i], &out[j]
		for d := range a {
			if c := bytes.Compare(a[d][:], b[d][:]); c != 0 {
				return c < 0
			}
		}
		return false
	})
	return out
}

// skipForeignKeyChecks turns off, for the rest of tx, the triggers that
// check the four foreign keys of each quad (quads.*_hash -> nodes.hash),
// when the role may set session_replication_role (a superuser, or on
// PostgreSQL 15+ one granted SET on it); otherwise it leaves them on, and
// remembers not to ask again. The constraints stay declared and every other
// writer keeps checking them; for this transaction they hold by
// construction: before its quads are copied, every value they use has been
// upserted into nodes with its reference count raised, which keeps that
// node row locked until commit (a concurrent Remove cannot delete it
// meanwhile, and one that deleted it first is seen by the upsert, which
// inserts it again). Cayley's schema has no other triggers; should the
// user have added triggers or rules on quads or nodes, which replica mode
// would silence too, the checks stay on.
// The caller holds s.mu.
func (s *Store) skipForeignKeyChecks(ctx context.Context, tx *sql.Tx) error {
	if s.pgKeepFKChecks {
		return nil
	}
	// replica mode would silence the user's own triggers and rules too
	var own bool
	if err := tx.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM pg_trigger WHERE tgrelid IN ('quads'::regclass, 'nodes'::regclass) AND NOT tgisinternal)
		OR EXISTS (SELECT 1 FROM pg_rules WHERE schemaname = current_schema() AND tablename IN ('quads', 'nodes'))`).Scan(&own); err != nil {
		return err
	}
	if own {
		s.pgKeepFKChecks = true
		return nil
	}
	if _, err := tx.ExecContext(ctx, `SAVEPOINT newsgraph_fk`); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `SET LOCAL session_replication_role = replica`); err != nil {
		var pe *pq.Error
		if !errors.As(err, &pe) || pe.Code != "42501" { // insufficient_privilege
			return err
		}
		s.pgKeepFKChecks = true
		_, err = tx.ExecContext(ctx, `ROLLBACK TO SAVEPOINT newsgraph_fk`)
		return err
	}
	_, err := tx.ExecContext(ctx, `RELEASE SAVEPOINT newsgraph_fk`)
	return err
}

// hashValue is the value of a hash column for h (NULL for the zero hash).
func hashValue(h refs.ValueHash) any {
	if !h.Valid() {
		return nil
	}
	return h[:]
}

// bulkNodeCols is the column order of the COPY into the temporary nodes
// table.
var bulkNodeCols = []string{"hash", "refs", "value", "value_string", "datatype", "language", "iri", "bnode", "value_int", "value_bool", "value_float", "value_time"}

// nodeRow lays out a node the way Cayley's SQL writer does
// (csql.NodeValues), in bulkNodeCols order.
func nodeRow(h csql.NodeHash, v quad.Value, refs int) ([]any, error) {
	typ, vals, err := csql.NodeValues(h, v)
	if err != nil {
		return nil, err
	}
	row := make([]any, len(bulkNodeCols))
	row[0], row[1] = vals[0], refs
	for k, col := range typ.Columns() {
		idx := -1
		for j, c := range bulkNodeCols {
			if c == col {
				idx = j
				break
			}
		}
		if idx < 0 {
			return nil, fmt.Errorf("unknown node column %q", col)
		}
		row[idx] = vals[k+1]
	}
	return row, nil
}

// hashBytes is the value of a hash column for v (nil for a nil value).
func hashBytes(v quad.Value) []byte {
	if v == nil {
		return nil
	}
	b, _ := csql.HashOf(v).SQLValue().([]byte)
	return b
}
