package graph

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	bolt "go.etcd.io/bbolt"

	"github.com/newsgraph/newsgraph/triples"
)

// boltTxID is the id of the last committed write transaction of a bbolt
// store.
func boltTxID(t *testing.T, s *Store) int {
	t.Helper()
	var id int
	require.NoError(t, s.bolt.View(func(tx *bolt.Tx) error { id = tx.ID(); return nil }))
	return id
}

// A LoadBatch whose new articles are split over several bbolt
// transactions (txQuads) stores the same graph, with the same results, as
// one transaction, also when a later transaction fails and the rest of the
// batch is loaded article by article.
func TestLoadBatchSplitBySize(t *testing.T) {
	ctx := context.Background()
	one := openStore(t, "bbolt:"+filepath.Join(t.TempDir(), "one"))
	one.txQuads = 1 << 30
	split := openStore(t, "bbolt:"+filepath.Join(t.TempDir(), "split"))
	split.txQuads = 100 // two or three synthetic articles of 40 quads

	var arts []triples.Article
	for i := range 12 {
		arts = append(arts, synthetic(i, 40, "v1"))
	}
	arts = append(arts, articleA(), arts[3]) // a repeated IRI goes through Load
	tx0, tx1 := boltTxID(t, one), boltTxID(t, split)
	resOne, errOne := one.LoadBatch(ctx, arts)
	resSplit, errSplit := split.LoadBatch(ctx, arts)
	require.NoError(t, errOne)
	require.NoError(t, errSplit)
	assert.Equal(t, resOne, resSplit)
	assert.Equal(t, dump(t, one), dump(t, split))
	assert.Equal(t, expected(t, append(arts[:12:12], articleA())...), dump(t, split))
	// one bulk transaction (the repeated article is unchanged: skipped);
	// the split store wrote its bulk in several
	assert.Equal(t, 1, boltTxID(t, one)-tx0)
	assert.Greater(t, boltTxID(t, split)-tx1, 4)

	// a stray quad with a new article's label makes the transaction
	// holding that article fail; the split store has committed the
	// transactions before it and loads the rest one by one
	c := article("c", "hash-c", tr("urn:newsgraph:article:c", pMent, triples.Node(entEve)), tr(entEve, pName, triples.Str("Eve")))
	for _, s := range []*Store{one, split} {
		require.NoError(t, s.QuadStore().ApplyDeltas(deltasOf(nil, must(articleQuads(c))[:1]), cgraph.IgnoreOpts{}))
	}
	more := []triples.Article{synthetic(30, 40, "v1"), synthetic(31, 40, "v1"), synthetic(32, 40, "v1"), c, synthetic(33, 40, "v1")}
	resOne, errOne = one.LoadBatch(ctx, more)
	resSplit, errSplit = split.LoadBatch(ctx, more)
	require.Error(t, errOne)
	require.Error(t, errSplit)
	assert.ErrorIs(t, errSplit, cgraph.ErrQuadExists)
	assert.Equal(t, strings.ReplaceAll(errOne.Error(), one.dsn, "DB"), strings.ReplaceAll(errSplit.Error(), split.dsn, "DB"))
	assert.Equal(t, resOne, resSplit)
	assert.Len(t, resSplit, 3)
	assert.Equal(t, dump(t, one), dump(t, split))
}

// txChunks keeps articles whole and in order, and each run within the
// bound unless one article alone exceeds it.
func TestTxChunks(t *testing.T) {
	sizes := []int{30, 30, 50, 200, 10, 10, 10}
	preps := make([]*prepared, len(sizes))
	fresh := make([]int, len(sizes))
	for i, n := range sizes {
		preps[i] = &prepared{data: make([]quad.Quad, n)}
		fresh[i] = i
	}
	assert.Equal(t, [][]int{{0, 1}, {2}, {3}, {4, 5, 6}}, txChunks(preps, fresh, 60))
	assert.Equal(t, [][]int{{0, 1, 2, 3, 4, 5, 6}}, txChunks(preps, fresh, 1000))
	assert.Equal(t, [][]int{{1, 4}, {6}}, txChunks(preps, []int{1, 4, 6}, 40))
	assert.Empty(t, txChunks(preps, nil, 60))
}
