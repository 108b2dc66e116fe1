package export

import (
	"context"
	"strconv"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"

	"github.com/newsgraph/newsgraph/graph"
	t3 "github.com/newsgraph/newsgraph/triples"
)

// art builds a triples.Article by hand.
type art struct {
	t3.Article
}

func newArt(id, date string) *art {
	a := &art{t3.Article{ID: id, IRI: t3.ArticleIRI(id)}}
	a.add(a.IRI, t3.Type, t3.Node(t3.NewsArticle))
	a.add(a.IRI, t3.Identifier, t3.Str(id))
	if date != "" {
		a.add(a.IRI, t3.DatePublished, t3.Term{Kind: t3.Date, Value: date})
	}
	return a
}

func (a *art) add(s, p string, o t3.Term) {
	a.Triples = append(a.Triples, t3.Triple{Subject: s, Predicate: p, Object: o})
}

func (a *art) entity(slug, class, name string, aliases ...string) string {
	iri := t3.EntityIRI(slug)
	a.add(iri, t3.Type, t3.Node(class))
	a.add(iri, t3.Name, t3.Str(name))
	for _, al := range aliases {
		a.add(iri, t3.AlternateName, t3.Str(al))
	}
	a.add(a.IRI, t3.Mentions, t3.Node(iri))
	return iri
}

func (a *art) mention(entity string, start, end int, text string) {
	a.add(entity, t3.Mention, t3.Str(t3.MentionValue(start, end, "NAME", text)))
}

type role struct{ pred, entity string }

func (a *art) event(n int, typ, date, conf, evidence string, roles ...role) string {
	iri := t3.EventIRI(a.ID, n)
	a.add(iri, t3.Type, t3.Node(t3.EventClass))
	a.add(iri, t3.EventType, t3.Str(typ))
	a.add(iri, t3.Name, t3.Str(typ+": x"))
	a.add(iri, t3.Confidence, t3.Term{Kind: t3.Float, Value: conf})
	a.add(iri, t3.InArticle, t3.Node(a.IRI))
	a.add(iri, t3.Evidence, t3.Str(evidence))
	a.add(iri, t3.Start, t3.Term{Kind: t3.Int, Value: "0"}) // the evidence sentence's offsets
	a.add(iri, t3.End, t3.Term{Kind: t3.Int, Value: strconv.Itoa(utf8.RuneCountInString(evidence))})
	if date != "" {
		a.add(iri, t3.StartDate, t3.Term{Kind: t3.Date, Value: date})
	}
	for _, r := range roles {
		a.add(iri, r.pred, t3.Node(r.entity))
	}
	return iri
}

func (a *art) claim(n int, text, date string, roles ...role) string {
	iri := t3.ClaimIRI(a.ID, n)
	a.add(iri, t3.Type, t3.Node(t3.Claim))
	a.add(iri, t3.Text, t3.Str(text))
	a.add(iri, t3.InArticle, t3.Node(a.IRI))
	a.add(iri, t3.DatePublished, t3.Term{Kind: t3.Date, Value: date})
	for _, r := range roles {
		a.add(iri, r.pred, t3.Node(r.entity))
	}
	return iri
}

// Entity IRIs of the fixture.
var (
	alice = t3.EntityIRI("alice-moreau")
	bob   = t3.EntityIRI("bob-tran")
	carol = t3.EntityIRI("carol-diaz")
	acme  = t3.EntityIRI("acme-corp")
	dana  = t3.EntityIRI("dana-corp")
	lyon  = t3.EntityIRI("lyon")
	fair  = t3.EntityIRI("spring-fair")
)

// fixture is a made-up story in three articles:
//
//	a1 (2024-03-05): Alice and Bob meet in Lyon on 2024-03-01; Alice tells Bob that Acme will grow.
//	c3 (2024-03-02): Alice and Bob meet on 2024-03-01 (the same meeting, reported again).
//	b2 (2024-06-10): Acme acquires Dana in 2024-05; Bob meets Carol (undated: the article's date);
//	                 Carol is Bob's mother; the Spring Fair is mentioned.
func fixture() []t3.Article {
	a1 := newArt("a1", "2024-03-05")
	a1.entity("alice-moreau", t3.Person, "Alice Moreau", "Alice", "Ms Moreau")
	a1.entity("bob-tran", t3.Person, "Bob Tran")
	a1.entity("acme-corp", t3.Organization, "Acme Corp")
	a1.entity("lyon", t3.Place, "Lyon")
	a1.mention(alice, 0, 12, "Alice Moreau")
	a1.event(0, "MEET", "2024-03-01", "0.9", "Alice Moreau met \"Bob\" Tran in Lyon.",
		role{t3.Participant, alice}, role{t3.Participant, bob}, role{t3.Location, lyon})
	a1.claim(0, "Acme will grow & <thrive>", "2024-03-05",
		role{t3.Author, alice}, role{t3.About, acme}, role{t3.Addressee, bob})

	c3 := newArt("c3", "2024-03-02")
	c3.entity("alice-moreau", t3.Person, "Alice Moreau")
	c3.entity("bob-tran", t3.Person, "Bob Tran")
	c3.event(0, "MEET", "2024-03-01", "0.6", "Moreau and Tran met.",
		role{t3.Participant, alice}, role{t3.Participant, bob})

	b2 := newArt("b2", "2024-06-10")
	b2.entity("bob-tran", t3.Person, "Bob Tran")
	b2.entity("carol-diaz", t3.Person, "Carol Diaz")
	b2.entity("acme-corp", t3.Organization, "Acme Corp")
	b2.entity("dana-corp", t3.Organization, "Dana Corp")
	b2.entity("spring-fair", t3.EventClass, "Spring Fair")
	b2.event(0, "ACQUIRE", "2024-05", "0.7", "Acme bought Dana in May.",
		role{t3.Participant, acme}, role{t3.Agent, acme}, role{t3.Participant, dana}, role{t3.Patient, dana})
	b2.event(1, "MEET", "", "0.8", "Bob Tran saw Carol Diaz.",
		role{t3.Participant, bob}, role{t3.Participant, carol})
	rel := t3.RelationIRI("b2", 0)
	b2.add(carol, t3.RelationPredicate("mother"), t3.Node(bob))
	b2.add(rel, t3.Type, t3.Node(t3.RelationClass))
	b2.add(rel, t3.RelationType, t3.Str("mother"))
	b2.add(rel, t3.Holder, t3.Node(carol))
	b2.add(rel, t3.Relative, t3.Node(bob))
	b2.add(rel, t3.InArticle, t3.Node(b2.IRI))
	b2.add(rel, t3.Evidence, t3.Str("Carol Diaz, Bob's mother"))
	return []t3.Article{a1.Article, c3.Article, b2.Article}
}

// openFixture loads the fixture into a fresh store.
func openFixture(t *testing.T, dsn string) *graph.Store {
	t.Helper()
	ctx := context.Background()
	st, err := graph.Open(ctx, dsn)
	require.NoError(t, err)
	t.Cleanup(func() { st.Close() })
	for _, a := range fixture() {
		_, err := st.Load(ctx, a)
		require.NoError(t, err)
	}
	return st
}
