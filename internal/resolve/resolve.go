// Package resolve keeps a store's entity resolution a function of the set
// of articles it holds, whatever the history that brought them there.
//
// Each stored article keeps its extraction under local entity IRIs (its
// template) and the binding of those IRIs to graph entities
// (triples.Article). Articles are loaded with a provisional binding
// (Session.Bind: resolution of what the store and the build hold so far);
// Settle then resolves the whole stored set at once (link.Corpus.Resolve,
// which orders everything by article and name, never by arrival) and
// rebinds every article whose binding differs, one transaction each. A
// build or remove that dies before Settle leaves every article whole, bound
// provisionally; the next build or remove settles the store.
package resolve

import (
	"context"
	"fmt"

	"github.com/newsgraph/newsgraph/extract/link"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/triples"
)

// Session binds the articles of one build provisionally.
type Session struct {
	corpus *link.Corpus
	// snap is the last resolution of the corpus, taken when it held
	// snapLen records; fresh lists the articles put since.
	snap    *link.Resolution
	snapLen int
	fresh   map[string]bool
}

// regrowth is how much the corpus grows (as a share of what it held)
// before Bind resolves it anew instead of guessing against the last
// resolution: the resolutions of a build then cost a small multiple of
// one resolution of its final corpus.
const regrowth = 0.1

// Open starts a session with what the store holds (one scan of its
// registry).
func Open(ctx context.Context, store *graph.Store) (*Session, error) {
	c, _, err := corpus(ctx, store)
	if err != nil {
		return nil, err
	}
	return &Session{corpus: c, fresh: map[string]bool{}}, nil
}

// corpus reads the stored articles and their signatures.
func corpus(ctx context.Context, store *graph.Store) (*link.Corpus, []graph.ArticleInfo, error) {
	infos, err := store.Articles(ctx)
	if err != nil {
		return nil, nil, fmt.Errorf("reading the stored articles: %w", err)
	}
	c := link.NewCorpus()
	for _, in := range infos {
		recs, err := link.DecodeRecords(in.Signature)
		if err != nil {
			return nil, nil, fmt.Errorf("article %s: stored signature: %w", in.ID, err)
		}
		c.Put(in.IRI, recs)
	}
	return c, infos, nil
}

// Bind puts the articles into the session's corpus and binds each as the
// corpus with them resolves it: exactly, when the corpus has grown enough
// since its last resolution to resolve it again, else by
// link.Resolution.Guess against that resolution.
func (s *Session) Bind(arts []triples.Article) error {
	recs := make([][]link.Record, len(arts))
	for i, a := range arts {
		var err error
		if recs[i], err = link.DecodeRecords(a.Signature); err != nil {
			return fmt.Errorf("article %s: signature: %w", a.ID, err)
		}
		s.corpus.Put(a.IRI, recs[i])
		s.fresh[a.IRI] = true
	}
	if s.snap == nil || float64(s.corpus.Len()-s.snapLen) >= regrowth*float64(s.snapLen) {
		s.snap, s.snapLen, s.fresh = s.corpus.Resolve(), s.corpus.Len(), map[string]bool{}
	}
	for i := range arts {
		outs := s.snap.Of(arts[i].IRI)
		if s.fresh[arts[i].IRI] {
			outs = s.snap.Guess(recs[i])
		}
		arts[i].Binding = triples.Bind(arts[i].ID, outs)
	}
	return nil
}

// Settled says what Settle did.
type Settled struct {
	Articles, Rebound int
	Added, Removed    int // quads, bookkeeping included
}

// maxRounds bounds Settle's rounds: a round ends early only when another
// process changed an article meanwhile.
const maxRounds = 8

// rebindBatch is how many articles Settle rebinds per call of
// graph.Store.RebindBatch (one transaction on bbolt).
const rebindBatch = 256

// Settle resolves every article the store holds and rebinds those whose
// binding differs. It reads the store afresh, so a build that ran beside
// this one is settled too; an article changed by another process while
// this one rebinds is left to the next round, which reads the store again.
func Settle(ctx context.Context, store *graph.Store) (Settled, error) {
	var sum Settled
	for round := 1; ; round++ {
		todo, n, err := unsettled(ctx, store)
		if err != nil {
			return sum, err
		}
		sum.Articles = n
		conflicts := 0
		for len(todo) > 0 {
			batch := todo[:min(rebindBatch, len(todo))]
			todo = todo[len(batch):]
			res, errs, err := store.RebindBatch(ctx, batch)
			if err != nil {
				return sum, err
			}
			for i, e := range errs {
				if e != nil {
					conflicts++
					continue
				}
				sum.Rebound++
				sum.Added += res[i].Added
				sum.Removed += res[i].Removed
			}
		}
		if conflicts == 0 {
			return sum, nil
		}
		if round == maxRounds {
			return sum, fmt.Errorf("resolving %s: articles kept changing under %d rounds of resolution", store, maxRounds)
		}
	}
}

// unsettled resolves the stored articles and lists those whose binding
// differs from the one resolution gives them; n is how many there are.
func unsettled(ctx context.Context, store *graph.Store) (todo []graph.Rebinding, n int, err error) {
	c, infos, err := corpus(ctx, store)
	if err != nil {
		return nil, 0, err
	}
	res := c.Resolve()
	for _, in := range infos {
		b := triples.Bind(in.ID, res.Of(in.IRI))
		d, err := graph.BindingDigest(in.IRI, b)
		if err != nil {
			return nil, 0, err
		}
		if d != in.Binding {
			todo = append(todo, graph.Rebinding{IRI: in.IRI, From: in.Binding, Binding: b})
		}
	}
	return todo, len(infos), nil
}
