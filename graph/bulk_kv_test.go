package graph

import (
	"context"
	"encoding/hex"
	"fmt"
	"path/filepath"
	"sort"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	cproto "github.com/cayleygraph/cayley/graph/proto"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	bolt "go.etcd.io/bbolt"
	"google.golang.org/protobuf/proto"

	"github.com/newsgraph/newsgraph/triples"
)

// kvDump lists every key and value of a bbolt store's file, bucket by
// bucket, in key order. Log entries are decoded and shown without their
// timestamp (Cayley stamps them with the time of the write), plus whether
// they have one.
func kvDump(t *testing.T, s *Store) []string {
	t.Helper()
	require.NotNil(t, s.bolt)
	var out []string
	err := s.bolt.View(func(tx *bolt.Tx) error {
		return tx.ForEach(func(name []byte, b *bolt.Bucket) error {
			return b.ForEach(func(k, v []byte) error {
				if v == nil {
					return fmt.Errorf("nested bucket %q/%x", name, k)
				}
				val := hex.EncodeToString(v)
				if string(name) == "log" {
					var p cproto.Primitive
					if err := proto.Unmarshal(v, &p); err != nil {
						return err
					}
					stamped := p.Timestamp != 0
					p.Timestamp = 0
					val = fmt.Sprintf("id=%d s=%d p=%d o=%d c=%d value=%x deleted=%v stamped=%v",
						p.ID, p.Subject, p.Predicate, p.Object, p.Label, p.Value, p.Deleted, stamped)
				}
				out = append(out, fmt.Sprintf("%q %x = %s", name, k, val))
				return nil
			})
		})
	})
	require.NoError(t, err)
	return out
}

// LoadBatch's direct kv writer leaves the bbolt file exactly as Cayley's
// own writer does for the same batches (every node id, reference count,
// log entry, index list and meta counter), through loads that share nodes
// with stored articles, replaces, removes (which delete nodes) and loads
// after them, and a batch that fails on a quad already stored.
func TestKVDirectWritesWhatCayleyWrites(t *testing.T) {
	ctx := context.Background()
	cay := openStore(t, "bbolt:"+filepath.Join(t.TempDir(), "cayley"))
	cay.cayleyWriter = true
	dir := openStore(t, "bbolt:"+filepath.Join(t.TempDir(), "direct"))
	both := func(step string, f func(s *Store) error) {
		t.Helper()
		errC, errD := f(cay), f(dir)
		assert.Equal(t, errC == nil, errD == nil, "%s: errors %v / %v", step, errC, errD)
		require.Equal(t, kvDump(t, cay), kvDump(t, dir), step)
		require.Equal(t, dump(t, cay), dump(t, dir), step)
	}
	batch := func(arts ...triples.Article) func(s *Store) error {
		return func(s *Store) error { _, err := s.LoadBatch(ctx, arts); return err }
	}

	var arts []triples.Article
	for i := range 24 {
		arts = append(arts, synthetic(i, 60, "v1"))
	}
	x := articleA()
	x.Triples = append(x.Triples,
		tr(entEve, pName, triples.Str("tab\there \"quoted\" nul\x00byte ünï 日本")),
		tr(entEve, pConf, triples.Term{Kind: triples.Float, Value: "1e300"}),
		tr(entEve, pAge, triples.Term{Kind: triples.Int, Value: "-9223372036854775808"}))

	both("first batch into an empty store", batch(append(arts[:8:8], x)...))
	n := len(kvDump(t, dir))
	both("second batch sharing entities", batch(append(arts[8:16:16], articleB())...))
	assert.Greater(t, len(kvDump(t, dir)), n)

	both("replace shrinking (two-phase) and growing", func(s *Store) error {
		for i := range 4 {
			a := synthetic(i, 60, "v2")
			a.Triples = a.Triples[i*3 : 60-i*5]
			if _, err := s.Load(ctx, a); err != nil {
				return err
			}
		}
		_, err := s.Load(ctx, articleA2())
		return err
	})
	both("remove", func(s *Store) error {
		for i := 4; i < 12; i++ {
			if _, err := s.Remove(ctx, arts[i].ID); err != nil {
				return err
			}
		}
		_, err := s.Remove(ctx, "b")
		return err
	})
	// the removed articles come back (nodes deleted with them get new
	// ids), new ones come, stored ones are skipped
	both("batch after removes", batch(append(arts[:24:24], articleB())...))

	// a stray quad stored behind the store's back with a new article's
	// label: the batch fails on it in both writers and is redone article
	// by article
	c := article("c", "hash-c", tr("urn:newsgraph:article:c", pMent, triples.Node(entEve)), tr(entEve, pName, triples.Str("Eve")))
	both("stray quad", func(s *Store) error {
		return s.QuadStore().ApplyDeltas(deltasOf(nil, must(articleQuads(c))[:1]), cgraph.IgnoreOpts{})
	})
	both("batch failing on the stray quad", batch(synthetic(30, 40, "v1"), c, synthetic(31, 40, "v1")))

	// and the store written directly reads back whole through Cayley (the
	// last full batch took the four replaced articles back to v1)
	want := append(append([]triples.Article(nil), arts...), articleA2(), articleB(), synthetic(30, 40, "v1"))
	got := dump(t, dir)
	var wantQ []string
	wantQ = append(wantQ, expected(t, want...)...)
	wantQ = append(wantQ, must(articleQuads(c))[0].NQuad())
	sort.Strings(wantQ)
	assert.Equal(t, wantQ, got)
	for _, a := range want {
		_, err := dir.Remove(ctx, a.ID)
		require.NoError(t, err, a.ID)
	}
	assert.Equal(t, []string{must(articleQuads(c))[0].NQuad()}, dump(t, dir))
}
