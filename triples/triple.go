// Package triples maps extracted documents onto the newsgraph vocabulary as
// plain subject-predicate-object statements, one set per article. It sits
// between extract (which knows language, not graphs) and graph (which knows
// Cayley, not language), so data flows one way: text -> extract -> triples ->
// graph.
package triples

// Kind says what an object term is.
type Kind int

// Term kinds.
const (
	IRI    Kind = iota // a node: entity, event, claim, article, class
	String             // a plain string literal
	Date               // an xsd:date, xsd:gYearMonth or xsd:gYear literal: "2024-07-11", "2023-12", "2015"
	Int                // an xsd:integer literal
	Float              // an xsd:double literal
)

// Term is the object of a triple.
type Term struct {
	Kind  Kind
	Value string // the IRI (without angle brackets) or the lexical form
}

// Triple is one statement.
type Triple struct {
	Subject   string // IRI
	Predicate string // IRI
	Object    Term
}

// Article is everything one article contributes to the graph. Every triple
// is stored with the article's IRI as its label, so provenance survives
// and an article can be replaced or removed as a unit.
//
// What the article says and who its entities are come apart: Triples name
// the article's linkable entities by local IRIs (LocalEntityIRI), which
// depend on the article alone, and Binding maps them to the graph's entity
// IRIs and adds what holds by that identification (entity classes, merge
// reasons). The store holds Triples with the local IRIs replaced
// (see graph/bind.go), so when resolution across articles changes (another
// article came or went), only the Binding is replaced.
type Article struct {
	ID   string // document id as given by the reader
	IRI  string // ArticleIRI(ID)
	Hash string // content hash of the source text and extractor version: unchanged hash = nothing to do
	// Origin and TextID are kept by the store beside the article for the
	// ids of later runs (see Meta); they are not triples.
	Origin, TextID string
	// Triples in a deterministic order.
	Triples []Triple
	Binding Binding
	// Signature is what cross-article resolution reads of the article
	// (link.EncodeRecords of its named entities, then its event records:
	// SplitSignature), stored with it so that a store can be resolved
	// again without extracting anything.
	Signature string
}

// Binding identifies an article's local entity IRIs with graph IRIs.
type Binding struct {
	// IRIs maps local IRIs (LocalNS) to graph IRIs.
	IRIs map[string]string
	// Triples hold because of the identification, sorted.
	Triples []Triple
}

// Node makes an IRI term.
func Node(iri string) Term { return Term{Kind: IRI, Value: iri} }

// Str makes a string literal.
func Str(s string) Term { return Term{Kind: String, Value: s} }
