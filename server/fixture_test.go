package server

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/triples"
)

// The fixture: one article in which Kim Kardashian meets Gypsy Rose
// Blanchard in Los Angeles, Gypsy tells Kim something, and Dee Dee
// Blanchard is Gypsy's mother.
var (
	kim    = triples.EntityIRI("kim-kardashian")
	gypsy  = triples.EntityIRI("gypsy-rose-blanchard")
	deeDee = triples.EntityIRI("dee-dee-blanchard")
	la     = triples.EntityIRI("los-angeles")
)

const (
	meetSentence  = "Kim Kardashian met Gypsy Rose Blanchard in Los Angeles on Wednesday."
	claimQuote    = "I am finally free"
	claimSentence = "\u201cI am finally free,\u201d Gypsy Rose Blanchard told Kim Kardashian."
)

type art struct {
	id, date string
	ts       []triples.Triple
}

func newArt(id, date string) *art {
	a := &art{id: id, date: date}
	iri := triples.ArticleIRI(id)
	a.node(iri, triples.Type, triples.NewsArticle)
	a.str(iri, triples.Identifier, id)
	a.add(iri, triples.DatePublished, triples.Term{Kind: triples.Date, Value: date})
	return a
}

func (a *art) add(s, p string, o triples.Term) {
	a.ts = append(a.ts, triples.Triple{Subject: s, Predicate: p, Object: o})
}
func (a *art) node(s, p, o string) { a.add(s, p, triples.Node(o)) }
func (a *art) str(s, p, o string)  { a.add(s, p, triples.Str(o)) }
func (a *art) num(s, p string, n int) {
	a.add(s, p, triples.Term{Kind: triples.Int, Value: fmt.Sprint(n)})
}

func (a *art) entity(iri, class, name string, aliases ...string) {
	a.node(iri, triples.Type, class)
	a.str(iri, triples.Name, name)
	for _, al := range aliases {
		a.str(iri, triples.AlternateName, al)
	}
	a.node(triples.ArticleIRI(a.id), triples.Mentions, iri)
}

func (a *art) evidence(node, sentence string, start int) {
	a.node(node, triples.InArticle, triples.ArticleIRI(a.id))
	a.str(node, triples.Evidence, sentence)
	a.num(node, triples.Start, start)
	a.num(node, triples.End, start+len([]rune(sentence)))
}

// event adds the n-th event; agent may be "".
func (a *art) event(n int, typ, trigger, date, sentence, place, agent string, participants ...string) {
	ev := triples.EventIRI(a.id, n)
	a.node(ev, triples.Type, triples.EventClass)
	a.str(ev, triples.EventType, typ)
	a.str(ev, triples.Trigger, trigger)
	a.str(ev, triples.Name, strings.ToLower(typ)+": "+trigger)
	if date != "" {
		a.add(ev, triples.StartDate, triples.Term{Kind: triples.Date, Value: date})
	}
	a.evidence(ev, sentence, 100*n)
	for _, p := range participants {
		a.node(ev, triples.Participant, p)
	}
	if agent != "" {
		a.node(ev, triples.Agent, agent)
	}
	if place != "" {
		a.node(ev, triples.Location, place)
	}
}

func (a *art) build() triples.Article {
	return triples.Article{ID: a.id, IRI: triples.ArticleIRI(a.id), Hash: "h-" + a.id, Triples: a.ts}
}

func fixtureArticle() triples.Article {
	a := newArt("a1", "2024-07-11")
	a.entity(kim, triples.Person, "Kim Kardashian", "Kim", "Kardashian")
	a.str(kim, triples.Role, "reality star")
	a.entity(gypsy, triples.Person, "Gypsy Rose Blanchard", "Gypsy")
	a.entity(deeDee, triples.Person, "Dee Dee Blanchard")
	a.entity(la, triples.Place, "Los Angeles")
	a.event(0, "MEET", "met", "2024-07-10", meetSentence, la, kim, kim, gypsy)

	c := triples.ClaimIRI("a1", 0)
	a.node(c, triples.Type, triples.Claim)
	a.str(c, triples.Text, claimQuote)
	a.node(c, triples.Author, gypsy)
	a.node(c, triples.Addressee, kim)
	a.str(c, triples.Cue, "told")
	a.str(c, triples.Direct, "true")
	a.add(c, triples.DatePublished, triples.Term{Kind: triples.Date, Value: "2024-07-11"})
	a.evidence(c, claimSentence, 200)

	r := triples.RelationIRI("a1", 0)
	a.node(deeDee, triples.RelationPredicate("mother"), gypsy)
	a.node(r, triples.Type, triples.RelationClass)
	a.str(r, triples.RelationType, "mother")
	a.node(r, triples.Holder, deeDee)
	a.node(r, triples.Relative, gypsy)
	a.evidence(r, "Gypsy's mother, Dee Dee Blanchard, was killed in 2015.", 300)
	return a.build()
}

// newStore opens a memory store holding the given articles.
func newStore(t testing.TB, arts ...triples.Article) *graph.Store {
	t.Helper()
	return openStore(t, "memory:", arts...)
}

// newBoltStore opens a bbolt store (the default backend) holding the articles.
func newBoltStore(t testing.TB, arts ...triples.Article) *graph.Store {
	t.Helper()
	return openStore(t, "bbolt:"+t.TempDir(), arts...)
}

func openStore(t testing.TB, dsn string, arts ...triples.Article) *graph.Store {
	t.Helper()
	ctx := context.Background()
	st, err := graph.Open(ctx, dsn)
	require.NoError(t, err)
	t.Cleanup(func() { st.Close() })
	for _, a := range arts {
		_, err := st.Load(ctx, a)
		require.NoError(t, err)
	}
	return st
}

// newTestServer serves the articles (default: the fixture) from a bbolt
// store with cfg over httptest.
func newTestServer(t testing.TB, cfg Config, arts ...triples.Article) (*Server, *httptest.Server) {
	t.Helper()
	if len(arts) == 0 {
		arts = []triples.Article{fixtureArticle()}
	}
	return serveStore(t, newBoltStore(t, arts...), cfg)
}

func serveStore(t testing.TB, st *graph.Store, cfg Config) (*Server, *httptest.Server) {
	t.Helper()
	s, err := New(st, cfg)
	require.NoError(t, err)
	ts := httptest.NewUnstartedServer(s)
	hs := s.HTTPServer()
	ts.Config.ReadHeaderTimeout, ts.Config.ReadTimeout = hs.ReadHeaderTimeout, hs.ReadTimeout
	ts.Config.WriteTimeout, ts.Config.IdleTimeout = hs.WriteTimeout, hs.IdleTimeout
	ts.Start()
	t.Cleanup(ts.Close)
	return s, ts
}

var client = &http.Client{}
