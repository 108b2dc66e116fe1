// Package resolve keeps a store's entity resolution a function of the set
// of articles it holds, whatever the history that brought them there.
//
// Each stored article keeps its extraction under local entity IRIs (its
// template) and the binding of those IRIs to graph entities
// (triples.Article). A build resolves the stored articles and its own at
// once (Session: link.Corpus.Resolve, which orders everything by article
// and name, never by arrival) and writes each new article bound that way;
// Settle then rebinds every stored article whose binding differs, one
// transaction per batch of articles. A build or remove that dies before
// Settle leaves every article whole; the next build or remove settles the
// store.
package resolve

import (
	"context"
	"fmt"

	"github.com/newsgraph/newsgraph/extract/eventlink"
	"github.com/newsgraph/newsgraph/extract/link"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/triples"
)

// Session resolves the stored articles together with the articles of a
// build.
type Session struct {
	corpus *link.Corpus
	// events holds the event records of every article, by article IRI,
	// with its named entities by local index (eventlink.LocalRef), and
	// ids the document id of each (event resolution knows an article by
	// it, as extract does)
	events map[string]eventlink.Article
	ids    map[string]string
	// sigs holds the signature of every article of the corpus, to tell
	// whether the store still holds exactly this corpus (see Settle)
	sigs map[string]string
	res  *link.Resolution
	evs  *eventlink.Resolution
}

// Open starts a session with what the store holds (one scan of its
// registry).
func Open(ctx context.Context, store *graph.Store) (*Session, error) {
	infos, err := store.Articles(ctx)
	if err != nil {
		return nil, fmt.Errorf("reading the stored articles: %w", err)
	}
	return New(infos)
}

// New starts a session with the stored articles infos, as read by the
// caller (store.Articles).
func New(infos []graph.ArticleInfo) (*Session, error) {
	s := &Session{corpus: link.NewCorpus(), events: map[string]eventlink.Article{}, ids: map[string]string{}, sigs: map[string]string{}}
	for _, in := range infos {
		if err := s.put(in.IRI, in.ID, in.Signature); err != nil {
			return nil, err
		}
	}
	return s, nil
}

func (s *Session) put(iri, id, sig string) error {
	ents, evs := triples.SplitSignature(sig)
	recs, err := link.DecodeRecords(ents)
	if err != nil {
		return fmt.Errorf("article %s: signature: %w", id, err)
	}
	events, err := eventlink.Decode(evs)
	if err != nil {
		return fmt.Errorf("article %s: signature: events: %w", id, err)
	}
	s.corpus.Put(iri, recs)
	s.events[iri] = events
	s.ids[iri] = id
	s.sigs[iri] = sig
	s.res = nil
	return nil
}

// Add puts an article of the build into the corpus (replacing what the
// store held of it).
func (s *Session) Add(a triples.Article) error { return s.put(a.IRI, a.ID, a.Signature) }

// Binding returns the binding of an article of the corpus as the whole
// corpus resolves it (resolving it on first use after an Add).
func (s *Session) Binding(a triples.Article) triples.Binding {
	if s.res == nil {
		s.res = s.corpus.Resolve()
		s.evs = s.resolveEvents()
	}
	return triples.Bind(a.ID, s.res.Of(a.IRI)).WithEvents(a.ID, s.evs.Of(s.ids[a.IRI]))
}

// resolveEvents identifies the events of every article across the corpus,
// once its entities have their ids (extract/eventlink).
func (s *Session) resolveEvents() *eventlink.Resolution {
	c := eventlink.NewCorpus()
	for iri, a := range s.events {
		c.Put(s.ids[iri], a.Renamed(s.res.Of(iri)))
	}
	return c.Resolve()
}

// holds reports whether the stored articles are exactly the session's
// corpus.
func (s *Session) holds(infos []graph.ArticleInfo) bool {
	if len(infos) != len(s.sigs) {
		return false
	}
	for _, in := range infos {
		if sig, ok := s.sigs[in.IRI]; !ok || sig != in.Signature {
			return false
		}
	}
	return true
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
// binding differs. It reads the store afresh, so that a build that ran
// beside this one is settled too (prior, the session of the caller's
// build, spares resolving again when the store holds exactly its corpus);
// an article changed by another process while this one rebinds it is left
// to the next round, which reads the store again.
func Settle(ctx context.Context, store *graph.Store, prior *Session) (Settled, error) {
	var sum Settled
	for round := 1; ; round++ {
		todo, n, err := unsettled(ctx, store, prior)
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
		prior = nil
	}
}

// unsettled resolves the stored articles and lists those whose binding
// differs from the one resolution gives them; n is how many there are.
func unsettled(ctx context.Context, store *graph.Store, prior *Session) (todo []graph.Rebinding, n int, err error) {
	infos, err := store.Articles(ctx)
	if err != nil {
		return nil, 0, fmt.Errorf("reading the stored articles: %w", err)
	}
	s := prior
	if s == nil || !s.holds(infos) {
		if s, err = New(infos); err != nil {
			return nil, 0, err
		}
	}
	for _, in := range infos {
		b := s.Binding(triples.Article{ID: in.ID, IRI: in.IRI})
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
