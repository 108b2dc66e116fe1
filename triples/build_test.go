package triples

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/event"
	"github.com/newsgraph/newsgraph/extract/syntax"
	"github.com/newsgraph/newsgraph/extract/tokenize"
)

// handDoc builds a small processed document by hand: two people, a meeting,
// a quote.
func handDoc() *doc.Document {
	text := `Ana Ruiz met Ben Okoro in Lima. "It went well," Ruiz said.`
	d := doc.NewDocument("art 1", text, time.Date(2021, 6, 2, 0, 0, 0, 0, time.UTC))
	tokenize.Tokenize(d)
	syntax.Parse(d)              // events are read from the parse
	addName(d, 0, 2, doc.Person) // Ana Ruiz
	addName(d, 3, 5, doc.Person) // Ben Okoro
	addName(d, 6, 7, doc.Place)  // Lima
	addName(d, 14, 15, doc.Person)
	extract.Resolve(d)
	d.Timexes = nil
	event.FindEvents(d)
	d.Quotes = []doc.Quote{{Content: []doc.Span{{Start: 33, End: 46}}, Cue: &doc.Span{Start: 53, End: 57},
		Speaker: 3, Addressee: -1, Direct: true}}
	return d
}

// addName marks tokens [first, last) of d as a NAME mention of type typ,
// standing in for the tagger.
func addName(d *doc.Document, first, last int, typ doc.EntityType) {
	sp := doc.Span{Start: d.Tokens[first].Start, End: d.Tokens[last-1].End}
	d.Mentions = append(d.Mentions, doc.Mention{Span: sp, Text: d.Slice(sp), Kind: doc.Name, Type: typ,
		Entity: -1, FirstTok: first, LastTok: last})
}

func has(a Article, s, p string, o Term) bool {
	for _, t := range a.Bound() {
		if t.Subject == s && t.Predicate == p && t.Object == o {
			return true
		}
	}
	return false
}

func TestBuildMapsEntitiesEventsAndClaims(t *testing.T) {
	d := handDoc()
	require.Equal(t, "Ruiz", d.Mentions[3].Text)
	a := Build(d, Meta{Source: "x.txt"})
	assert.Equal(t, "urn:newsgraph:article:art%201", a.IRI)
	ana, ben := EntityIRI("ana-ruiz"), EntityIRI("ben-okoro")
	assert.True(t, has(a, ana, Type, Node(Person)))
	assert.True(t, has(a, ana, Name, Str("Ana Ruiz")))
	assert.True(t, has(a, ana, AlternateName, Str("Ruiz")))
	assert.True(t, has(a, a.IRI, Mentions, Node(ben)))
	assert.True(t, has(a, a.IRI, DatePublished, Term{Kind: Date, Value: "2021-06-02"}))

	ev := EventIRI("art 1", 0)
	assert.True(t, has(a, ev, EventType, Str("MEET")))
	assert.True(t, has(a, ev, Participant, Node(ana)))
	assert.True(t, has(a, ev, Participant, Node(ben)))
	assert.True(t, has(a, ev, Location, Node(EntityIRI("lima"))))
	assert.True(t, has(a, ev, Evidence, Str("Ana Ruiz met Ben Okoro in Lima.")))

	cl := ClaimIRI("art 1", 0)
	assert.True(t, has(a, cl, Author, Node(ana)), "the speaker resolves through 'Ruiz' to Ana Ruiz")
	assert.True(t, has(a, cl, Text, Str("It went well,")))
	assert.True(t, has(a, cl, Cue, Str("said")))
	assert.False(t, has(a, cl, Continued, Str("true")), "an attributed claim continues nothing")
}

func TestBuildMarksContinuedClaims(t *testing.T) {
	d := handDoc()
	d.Quotes = append(d.Quotes, doc.Quote{Content: []doc.Span{{Start: 33, End: 46}}, Speaker: 3, Addressee: -1,
		Direct: true, Continued: true})
	a := Build(d, Meta{})
	cl := ClaimIRI("art 1", 1)
	assert.True(t, has(a, cl, Continued, Str("true")))
	assert.True(t, has(a, cl, Author, Node(EntityIRI("ana-ruiz"))))
}

// A claim of a coordinated subject has every member as an author.
func TestBuildCoSpeakersAreAuthors(t *testing.T) {
	d := handDoc()
	d.Quotes[0].CoSpeakers = []int{1} // Ben Okoro
	a := Build(d, Meta{})
	cl := ClaimIRI("art 1", 0)
	assert.True(t, has(a, cl, Author, Node(EntityIRI("ana-ruiz"))))
	assert.True(t, has(a, cl, Author, Node(EntityIRI("ben-okoro"))))
}

func TestBuildIsDeterministicAndHashFollowsContent(t *testing.T) {
	a1, a2 := Build(handDoc(), Meta{}), Build(handDoc(), Meta{})
	assert.Equal(t, a1, a2)
	d := handDoc()
	d.Text += " "
	assert.NotEqual(t, a1.Hash, Hash(d, Meta{}))
	assert.NotEqual(t, a1.Hash, Hash(handDoc(), Meta{Author: "Ana Ruiz"}), "a changed byline is a changed article")
	assert.NotEqual(t, a1.Hash, Hash(handDoc(), Meta{URL: "https://example.org/a"}))
	assert.Equal(t, a1.Hash, Hash(handDoc(), Meta{Source: "elsewhere/a.txt", Origin: "/elsewhere/a.txt"}), "where it was read is not its content")
	syntax.SetFast(true)
	assert.NotEqual(t, a1.Hash, Hash(handDoc(), Meta{}), "an article extracted in fast mode is extracted again without it")
	syntax.SetFast(false)
	for i := 1; i < len(a1.Triples); i++ {
		assert.NotEqual(t, a1.Triples[i-1], a1.Triples[i], "no duplicates")
	}
}

func TestIDFromIRI(t *testing.T) {
	assert.Equal(t, "art 1", IDFromIRI(ArticleIRI("art 1")))
	assert.Equal(t, "kim-kardashian", IDFromIRI(EntityIRI("kim-kardashian")))
}

func TestOpenRelationGetsAVerbEdgeAndItsConfidence(t *testing.T) {
	d := doc.NewDocument("art 2", "Halvard Steel supplies Marlow Freight.", time.Date(2021, 6, 2, 0, 0, 0, 0, time.UTC))
	tokenize.Tokenize(d)
	syntax.Parse(d)
	addName(d, 0, 2, doc.Organization)
	addName(d, 3, 5, doc.Organization)
	extract.Resolve(d)
	event.FindOpenRelations(d)
	require.Len(t, d.Relations, 1)
	a := Build(d, Meta{Source: "x.txt"})
	hs, mf := EntityIRI("halvard-steel"), EntityIRI("marlow-freight")
	assert.True(t, has(a, hs, NG+"verb/supply", Node(mf)))
	assert.False(t, has(a, hs, RelationPredicate("supply"), Node(mf)), "a verb is no stated role")
	rel := RelationIRI("art 2", 0)
	assert.True(t, has(a, rel, RelationKind, Str("open")))
	assert.True(t, has(a, rel, RelationType, Str("supply")))
	assert.True(t, has(a, rel, Confidence, Term{Kind: Float, Value: "0.40"}))
}

func TestGroupOfNamesIsNoGraphNode(t *testing.T) {
	text := "Ana Ruiz and Ben Okoro met in Lima."
	d := doc.NewDocument("art 2", text, time.Date(2021, 6, 2, 0, 0, 0, 0, time.UTC))
	tokenize.Tokenize(d)
	addName(d, 0, 2, doc.Person)
	addName(d, 3, 5, doc.Person)
	extract.Resolve(d)
	group := ""
	for _, e := range d.Entities {
		if e.Name == "Ana Ruiz and Ben Okoro" {
			group = e.ID
		}
	}
	require.NotEmpty(t, group, "the extraction has the group")
	a := Build(d, Meta{Source: "x.txt"})
	for _, tr := range a.Bound() {
		assert.NotEqual(t, EntityIRI(group), tr.Subject, "a group has no name of its own: not a node")
		assert.NotEqual(t, Node(EntityIRI(group)), tr.Object)
	}
	assert.True(t, has(a, a.IRI, Mentions, Node(EntityIRI("ana-ruiz"))))
}
