package graph

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"hash/fnv"
	"runtime"
	"sync"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/triples"
)

// prepared is one article ready to write: validated, deduplicated,
// rendered, manifest encoded, bookkeeping built.
type prepared struct {
	a          triples.Article
	st         articleState
	data, book []quad.Quad
	dups       int
}

func prepare(a triples.Article) (*prepared, error) {
	if err := checkIRI(a.IRI); err != nil {
		return nil, fmt.Errorf("article IRI: %w", err)
	}
	tmpl, lines, dups, err := articleQuadLines(a)
	if err != nil {
		return nil, err
	}
	manifest, err := encodeManifestLines(tmpl, lines)
	if err != nil {
		return nil, err
	}
	b, err := newBinding(a.IRI, a.Binding)
	if err != nil {
		return nil, err
	}
	data, err := b.render(tmpl)
	if err != nil {
		return nil, err
	}
	hash := a.Hash
	if hash == "" {
		sum := sha256.Sum256([]byte(manifest + b.text))
		hash = "sha256:" + hex.EncodeToString(sum[:])
	}
	p := &prepared{a: a, data: data, dups: dups + len(tmpl) + len(b.quads) - len(data)}
	p.st = articleState{iri: a.IRI, id: a.ID, hash: hash, origin: a.Origin, text: a.TextID,
		manifest: manifest, binding: b.text, signature: a.Signature}
	if p.book, err = bookkeeping(&p.st); err != nil {
		return nil, err
	}
	return p, nil
}

func (p *prepared) adds() []quad.Quad {
	out := make([]quad.Quad, 0, len(p.data)+len(p.book))
	return append(append(out, p.data...), p.book...)
}

func (p *prepared) inserted() LoadResult {
	return LoadResult{IRI: p.a.IRI, Status: Inserted, Quads: len(p.data), Duplicates: p.dups, Added: len(p.data) + len(p.book)}
}

// LoadBatch loads many articles with the same guarantees as calling Load on
// each in order, stopping at the first error, but with far fewer
// transactions:
//
//   - Articles the store does not hold yet (the bulk of a first build) are
//     written together in one transaction: all of them or none. On
//     PostgreSQL the rows go in with COPY, into exactly the tables, hashes,
//     reference counts and value columns Cayley's own writer uses (see
//     bulk_pg.go); on bbolt as exactly the keys and values Cayley's kv
//     writer would write (see bulk_kv.go), in one bbolt transaction per
//     run of whole articles of up to maxTxQuads quads (each all or
//     nothing), which bounds the memory a transaction holds; elsewhere as
//     one ApplyDeltas call of pure adds.
//   - Articles already stored (skips, replaces) and repeated IRIs go through
//     Load, one transaction each, after the bulk transaction.
//
// The results hold one entry per article, in input order. On error, they
// hold the entries of the articles before the one that failed; those are
// stored, the failed one and those after it are not (except already stored
// articles, which stay as they were). An article that fails validation
// stops the batch before anything of it or after it is written. Should a
// bulk transaction fail, it is rolled back and its articles and the later
// ones are loaded article by article, so the error names the article at
// fault. Should the store close or the context end between two bbolt bulk
// transactions, the articles of the committed ones stay stored (a later
// load skips them); the results then hold the leading run of them.
func (s *Store) LoadBatch(ctx context.Context, arts []triples.Article) ([]LoadResult, error) {
	preps, verr := prepareAll(arts)
	results := make([]LoadResult, len(preps))
	done := make([]bool, len(preps))

	// candidates for the bulk transaction: first occurrence of each IRI
	var bulk []int
	seen := make(map[string]bool, len(preps))
	for i, p := range preps {
		if !seen[p.a.IRI] {
			seen[p.a.IRI] = true
			bulk = append(bulk, i)
		}
	}
	if len(bulk) > 0 {
		var loaded []int
		var err error
		if s.backend == BackendPostgres && s.lockDB != nil {
			if loaded, err = s.bulkPostgres(ctx, preps, bulk); err != nil {
				loaded = nil // one transaction, rolled back
			}
		} else {
			loaded, err = s.bulkDeltas(ctx, preps, bulk)
		}
		// loaded holds what was written, also on error (the transactions
		// committed before a failed one, on bbolt)
		for _, i := range loaded {
			results[i], done[i] = preps[i].inserted(), true
		}
		if errors.Is(err, errClosed) || errors.Is(err, ErrReadOnly) || errors.Is(err, ErrLocked) || ctx.Err() != nil {
			k := 0
			for k < len(done) && done[k] {
				k++
			}
			return results[:k], fmt.Errorf("graph: load batch into %s: %w", s.dsn, err)
		}
		// on other errors the failed transaction wrote nothing: the loop
		// below loads every article not written on its own and stops at
		// the one at fault
	}
	for i, p := range preps {
		if done[i] {
			continue
		}
		res, err := s.Load(ctx, p.a)
		if err != nil {
			return results[:i], err
		}
		results[i] = res
	}
	return results, verr
}

// prepareAll prepares the articles on every core (validation and the
// manifest round trip are about a tenth of a bulk load's CPU time). It
// returns the prepared articles before the first invalid one and the error
// naming that one.
func prepareAll(arts []triples.Article) ([]*prepared, error) {
	preps := make([]*prepared, len(arts))
	errs := make([]error, len(arts))
	onEveryCore(len(arts), func(i int) { preps[i], errs[i] = prepare(arts[i]) })
	for i, err := range errs {
		if err != nil {
			return preps[:i], fmt.Errorf("graph: load article %q: %w", articleName(arts[i]), err)
		}
	}
	return preps, nil
}

// newArticles returns those of the candidate articles the store does not
// hold. The caller holds s.mu.
func (s *Store) newArticles(ctx context.Context, preps []*prepared, cand []int) ([]int, error) {
	var out []int
	for _, i := range cand {
		st, err := s.state(ctx, preps[i].a.IRI)
		if err != nil {
			return nil, err
		}
		if !st.exists() {
			out = append(out, i)
		}
	}
	return out, nil
}

// maxTxQuads bounds the quads of one bbolt transaction of LoadBatch. A
// bbolt write transaction holds in memory every page it changes (decoded
// leaf nodes until the commit, then a copy of each page) plus the log
// entries and index lists it writes; new values land in Cayley's 131,072
// hash-spread node buckets, so a transaction of 200k quads (256 typical
// articles) changes most of them, and its memory grows with the batch and
// with the articles' size. Measured on a 5000-article build (3.9M quads,
// peak anonymous RSS from /proc, CPU time): unbounded 1294–1396 MiB, 134 s;
// 128k quads 1119 MiB, 133 s; 64k quads 863 MiB but ~30 % more CPU (more
// commits, each rewriting most node bucket pages again). The load alone
// pays for it (BenchmarkLoadBatchCorpus, those 5000 articles, quiet
// machine): 46.1k quads per CPU second unbounded, 39.9k at 128k quads.
const maxTxQuads = 128 << 10

// txChunks splits the articles fresh (indexes into preps, in order) into
// runs of at most maxQuads quads each, an article never split; an article
// larger than maxQuads is a run of its own.
func txChunks(preps []*prepared, fresh []int, maxQuads int) [][]int {
	var out [][]int
	start, n := 0, 0
	for k, i := range fresh {
		q := len(preps[i].data) + len(preps[i].book)
		if k > start && n+q > maxQuads {
			out = append(out, fresh[start:k])
			start, n = k, 0
		}
		n += q
	}
	if start < len(fresh) {
		out = append(out, fresh[start:])
	}
	return out
}

// bulkDeltas writes the new articles among cand (bbolt: writeKV, one
// transaction per maxTxQuads quads, see txChunks; memstore, CockroachDB:
// one ApplyDeltas call of pure adds, which Cayley's kv backend also
// handles correctly, see kvSafe) and returns the indexes of those it
// wrote. On bbolt, after an error, the articles of the transactions
// committed before it are written and returned with the error.
func (s *Store) bulkDeltas(ctx context.Context, preps []*prepared, cand []int) ([]int, error) {
	if err := s.writable(ctx); err != nil {
		return nil, err
	}
	defer s.mu.Unlock()
	// a replace interrupted by a crash must be finished before we decide
	// which articles exist (bbolt; a no-op elsewhere)
	if err := s.finishPending(ctx, ""); err != nil {
		return nil, err
	}
	fresh, err := s.newArticles(ctx, preps, cand)
	if err != nil || len(fresh) == 0 {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var written []int
	if s.bolt != nil && !s.cayleyWriter {
		// Cayley's layout written directly (bulk_kv.go); nothing of a
		// transaction is written on error, and Cayley caches nothing of it
		limit := s.txQuads
		if limit <= 0 {
			limit = maxTxQuads
		}
		for _, chunk := range txChunks(preps, fresh, limit) {
			if err := ctx.Err(); err != nil {
				return written, err
			}
			err := writeKV(s.bolt, collectQuads(preps, chunk))
			if errors.Is(err, errKVLayout) {
				break // the rest through Cayley's writer
			}
			if err != nil {
				return written, err
			}
			written = append(written, chunk...)
		}
		if len(written) == len(fresh) {
			return written, nil
		}
	}
	rest := fresh[len(written):]
	n := 0
	for _, i := range rest {
		n += len(preps[i].data) + len(preps[i].book)
	}
	deltas := make([]cgraph.Delta, 0, n)
	for _, i := range rest {
		for _, q := range preps[i].adds() {
			deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Add})
		}
	}
	if err := ctx.Err(); err != nil {
		return written, err
	}
	// pure adds: always safe for Cayley's kv backend (see kvSafe)
	if err := s.apply(ctx, deltas); err != nil {
		return written, err
	}
	return fresh, nil
}

// collectQuads returns the data and bookkeeping quads of the articles idx.
func collectQuads(preps []*prepared, idx []int) []quad.Quad {
	n := 0
	for _, i := range idx {
		n += len(preps[i].data) + len(preps[i].book)
	}
	quads := make([]quad.Quad, 0, n)
	for _, i := range idx {
		quads = append(append(quads, preps[i].data...), preps[i].book...)
	}
	return quads
}

// articleLockKey is the advisory lock key lockArticle uses for an article.
func articleLockKey(iri string) int64 {
	h := fnv.New64a()
	h.Write([]byte("newsgraph article " + iri))
	return int64(h.Sum64())
}

// onEveryCore calls fn(i) for every i in [0, n) on up to GOMAXPROCS
// goroutines and returns when all calls have.
func onEveryCore(n int, fn func(i int)) {
	var wg sync.WaitGroup
	next := make(chan int)
	for range min(runtime.GOMAXPROCS(0), n) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				fn(i)
			}
		}()
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
}
