package graph

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	cproto "github.com/cayleygraph/cayley/graph/proto"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/pquads"
	bolt "go.etcd.io/bbolt"
	"google.golang.org/protobuf/proto"
)

// This file writes pure additions (the new articles of a LoadBatch) into a
// bbolt file in Cayley's kv layout directly, in one bbolt transaction,
// producing exactly the keys and values Cayley's kv writer
// (kv.QuadStore.ApplyDeltas, cayley v0.7.7-0.20240706181042-81dcd7d73e45,
// graph/kv/indexing.go) writes for the same deltas, ids included; only the
// timestamps in the log differ, as they do between any two runs of Cayley.
// TestKVDirectWritesWhatCayleyWrites compares the two byte for byte.
//
// The layout, all top-level buckets of the file:
//
//   - "meta": "horizon" (last id handed out) and "size" (live quads),
//     little-endian uint64; "indexes", the JSON list of quad indexes.
//   - "v"+hash[0]+hash[1]: value hash (refs.HashOf, 20 bytes) -> node id
//     (uvarint); "n"+hash[0]+hash[1]: value hash -> reference count
//     (uvarint), one per quad direction using the value.
//   - "log": id (8 bytes big-endian) -> proto Primitive: a node (ID, Value
//     = pquads.MarshalValue, Timestamp) or a quad (ID, the four node ids,
//     Timestamp).
//   - one bucket per index, named by its directions' prefixes ("sp",
//     "ops"): the node ids of those directions (8 bytes big-endian each) ->
//     the ids of the quads having them (uvariants appended in id order,
//     deleted quads included: Cayley marks them dead in the log only).
//
// Cayley gives new nodes ids in value hash order, then the quads ids in
// input order. It checks a quad against the store only when all of its
// nodes existed before; a quad already stored fails the batch
// (ErrQuadExists), as here.
//
// What is faster than Cayley's writer: every value is hashed once (Cayley
// hashes each direction of each delta, then again to index nodes), no
// per-delta structures, and the keys of each bucket are written in sorted
// order so bbolt appends to its leaves instead of inserting into them.

// errKVLayout is returned when the file does not have the layout this
// writer knows; LoadBatch then uses Cayley's writer.
var errKVLayout = errors.New("unexpected Cayley kv layout")

var (
	kvMeta    = []byte("meta")
	kvLog     = []byte("log")
	kvHorizon = []byte("horizon")
	kvSize    = []byte("size")
	kvIndexes = []byte("indexes")
)

// kvNode is one distinct value of the batch.
type kvNode struct {
	h    refs.ValueHash
	v    quad.Value
	refs uint64
	id   uint64
	new  bool
}

// writeKV adds the quads (no duplicates among them, none with a nil
// subject, predicate or object) to the Cayley kv store in db, in one
// transaction.
//
// Complexity 54 (gocyclo): one transaction's steps over Cayley's kv layout (quads, nodes, refcounts,
// indexes), each a short branch on an error; split, the steps would share the
// transaction state through a struct for no clarity gained.
func writeKV(db *bolt.DB, quads []quad.Quad) error {
	if len(quads) == 0 {
		return nil
	}
	// hash every value once; count its references
	nodes := make(map[refs.ValueHash]*kvNode, len(quads))
	qnodes := make([][4]*kvNode, len(quads))
	for i, q := range quads {
		for d, dir := range quad.Directions {
			v := q.Get(dir)
			if v == nil {
				if dir != quad.Label {
					return fmt.Errorf("quad %s: no %s", q.NQuad(), dir)
				}
				continue
			}
			h := refs.HashOf(v)
			n := nodes[h]
			if n == nil {
				n = &kvNode{h: h, v: v}
				nodes[h] = n
			}
			n.refs++
			qnodes[i][d] = n
		}
	}
	sorted := make([]*kvNode, 0, len(nodes))
	for _, n := range nodes {
		sorted = append(sorted, n)
	}
	sort.Slice(sorted, func(i, j int) bool { return bytes.Compare(sorted[i].h[:], sorted[j].h[:]) < 0 })

	return db.Update(func(tx *bolt.Tx) error {
		meta := tx.Bucket(kvMeta)
		logb := tx.Bucket(kvLog)
		if meta == nil || logb == nil {
			return errKVLayout
		}
		var indexes []kv.QuadIndex
		if raw := meta.Get(kvIndexes); raw == nil {
			return errKVLayout // legacy layout
		} else if err := json.Unmarshal(raw, &indexes); err != nil || len(indexes) == 0 {
			return errKVLayout
		}
		ibuckets := make([]*bolt.Bucket, len(indexes))
		for i, ind := range indexes {
			if ibuckets[i] = tx.Bucket(indexBucket(ind)); ibuckets[i] == nil {
				return errKVLayout
			}
		}
		horizon, err := metaInt(meta, kvHorizon)
		if err != nil {
			return err
		}
		size, err := metaInt(meta, kvSize)
		if err != nil {
			return err
		}

		// 1. nodes, in hash order: resolve, give the new ones ids
		nnew := 0
		for _, n := range sorted {
			if b := tx.Bucket(valBucket('v', n.h)); b != nil {
				if v := b.Get(n.h[:]); len(v) > 0 {
					n.id, _ = binary.Uvarint(v)
				}
			}
			if n.id == 0 {
				nnew++
				n.new = true
				n.id = horizon + uint64(nnew)
			}
		}
		if nnew > 0 {
			horizon += uint64(nnew)
		}
		// Create the node buckets this batch needs in key order ('n…' all
		// before 'v…', each in hash order): bbolt inserts a new bucket into
		// the in-memory root leaf, shifting every key after it, and a leaf
		// does not split before the commit, so the first batches into a
		// store, which create most of the 2×65536 buckets, spent a tenth of
		// their time shifting when buckets came in hash order interleaved.
		for _, kind := range []byte{'n', 'v'} {
			for _, n := range sorted {
				if kind == 'n' || n.new {
					if _, err := tx.CreateBucketIfNotExists(valBucket(kind, n.h)); err != nil {
						return err
					}
				}
			}
		}
		now := time.Now().UnixNano()
		var buf [binary.MaxVarintLen64]byte
		for _, n := range sorted {
			nb, err := tx.CreateBucketIfNotExists(valBucket('n', n.h))
			if err != nil {
				return err
			}
			cnt := n.refs
			if !n.new {
				if v := nb.Get(n.h[:]); v != nil {
					old, _ := binary.Uvarint(v)
					cnt += old
				}
			}
			if err := nb.Put(n.h[:], uvarint(buf[:], cnt)); err != nil {
				return err
			}
			if !n.new {
				continue
			}
			vb, err := tx.CreateBucketIfNotExists(valBucket('v', n.h))
			if err != nil {
				return err
			}
			if err := vb.Put(n.h[:], uvarint(buf[:], n.id)); err != nil {
				return err
			}
			val, err := pquads.MarshalValue(n.v)
			if err != nil {
				return err
			}
			if err := putLog(logb, &cproto.Primitive{ID: n.id, Value: val, Timestamp: now}); err != nil {
				return err
			}
		}

		// 2. quads: ids in input order, existence checked like Cayley's
		links := make([]*cproto.Primitive, len(quads))
		seen := make(map[[4]uint64]struct{}, len(quads))
		for i := range quads {
			p := &cproto.Primitive{}
			var key [4]uint64
			mustBeNew := false
			for d, dir := range quad.Directions {
				if n := qnodes[i][d]; n != nil {
					p.SetDirection(dir, n.id)
					key[d] = n.id
					mustBeNew = mustBeNew || n.new
				}
			}
			if _, dup := seen[key]; dup {
				return fmt.Errorf("quad %s twice in one batch", quads[i].NQuad())
			}
			seen[key] = struct{}{}
			if !mustBeNew {
				ok, err := kvHasQuad(logb, indexes, ibuckets, p)
				if err != nil {
					return err
				}
				if ok {
					return &cgraph.DeltaError{Delta: cgraph.Delta{Quad: quads[i], Action: cgraph.Add}, Err: cgraph.ErrQuadExists}
				}
			}
			p.ID = horizon + uint64(i) + 1
			p.Timestamp = now
			links[i] = p
		}
		horizon += uint64(len(links))
		for _, p := range links {
			if err := putLog(logb, p); err != nil {
				return err
			}
		}

		// 3. indexes: per key, the new quad ids appended in id order;
		// keys written in sorted order
		for i, ind := range indexes {
			lists := make(map[string][]uint64)
			for _, p := range links {
				k := string(indexKey(ind, p))
				lists[k] = append(lists[k], p.ID)
			}
			keys := make([]string, 0, len(lists))
			for k := range lists {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			b := ibuckets[i]
			for _, k := range keys {
				old := b.Get([]byte(k))
				v := make([]byte, len(old), len(old)+binary.MaxVarintLen64*len(lists[k]))
				copy(v, old)
				for _, id := range lists[k] {
					v = binary.AppendUvarint(v, id)
				}
				if err := b.Put([]byte(k), v); err != nil {
					return err
				}
			}
		}

		// 4. meta
		if err := putMetaInt(meta, kvHorizon, horizon); err != nil {
			return err
		}
		return putMetaInt(meta, kvSize, size+uint64(len(links)))
	})
}

// kvHasQuad reports whether a live quad with p's node ids is stored: the
// lookup of Cayley's hasPrimitive without a unique index (intersect the
// id lists of every index, then read the candidates from the log, newest
// first).
func kvHasQuad(logb *bolt.Bucket, indexes []kv.QuadIndex, ibuckets []*bolt.Bucket, p *cproto.Primitive) (bool, error) {
	var cand []uint64
	for i, ind := range indexes {
		var list []uint64
		for b := ibuckets[i].Get(indexKey(ind, p)); len(b) > 0; {
			v, n := binary.Uvarint(b)
			if n <= 0 {
				return false, fmt.Errorf("corrupt index entry in %s", indexBucket(ind))
			}
			list = append(list, v)
			b = b[n:]
		}
		if i == 0 {
			cand = list
		} else {
			cand = intersectSorted(cand, list)
		}
	}
	for i := len(cand) - 1; i >= 0; i-- {
		raw := logb.Get(logKey(cand[i]))
		if raw == nil {
			return false, fmt.Errorf("quad %d is indexed but not in the log", cand[i])
		}
		var q cproto.Primitive
		if err := proto.Unmarshal(raw, &q); err != nil {
			return false, err
		}
		if !q.Deleted && q.IsSameLink(p) {
			return true, nil
		}
	}
	return false, nil
}

func intersectSorted(a, b []uint64) []uint64 {
	var out []uint64
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			out = append(out, a[i])
			i++
			j++
		}
	}
	return out
}

func valBucket(kind byte, h refs.ValueHash) []byte { return []byte{kind, h[0], h[1]} }

func indexBucket(ind kv.QuadIndex) []byte {
	b := make([]byte, len(ind.Dirs))
	for i, d := range ind.Dirs {
		b[i] = d.Prefix()
	}
	return b
}

func indexKey(ind kv.QuadIndex, p *cproto.Primitive) []byte {
	k := make([]byte, 8*len(ind.Dirs))
	for i, d := range ind.Dirs {
		binary.BigEndian.PutUint64(k[8*i:], p.GetDirection(d))
	}
	return k
}

func logKey(id uint64) []byte { return binary.BigEndian.AppendUint64(nil, id) }

func putLog(logb *bolt.Bucket, p *cproto.Primitive) error {
	b, err := proto.Marshal(p)
	if err != nil {
		return err
	}
	return logb.Put(logKey(p.ID), b)
}

// uvarint encodes x into a new slice (bbolt keeps the slices it is given
// until the commit).
func uvarint(buf []byte, x uint64) []byte {
	n := binary.PutUvarint(buf, x)
	return append([]byte(nil), buf[:n]...)
}

func metaInt(meta *bolt.Bucket, key []byte) (uint64, error) {
	v := meta.Get(key)
	if v == nil {
		return 0, nil
	}
	if len(v) != 8 {
		return 0, fmt.Errorf("meta %s: %d bytes", key, len(v))
	}
	return binary.LittleEndian.Uint64(v), nil
}

func putMetaInt(meta *bolt.Bucket, key []byte, v uint64) error {
	return meta.Put(key, binary.LittleEndian.AppendUint64(nil, v))
}
