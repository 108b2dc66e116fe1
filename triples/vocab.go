package triples

import (
	"net/url"
	"strconv"
	"strings"
)

// Namespaces. Types and common properties come from schema.org so that RDF
// tools understand them; the rest live in the newsgraph vocabulary.
const (
	Schema = "https://schema.org/"
	NG     = "urn:newsgraph:vocab#"
	RDF    = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
	XSD    = "http://www.w3.org/2001/XMLSchema#"
)

// Predicates and classes.
const (
	Type = RDF + "type"

	NewsArticle  = Schema + "NewsArticle"
	Person       = Schema + "Person"
	Organization = Schema + "Organization"
	Place        = Schema + "Place"
	CreativeWork = Schema + "CreativeWork"
	EventClass   = Schema + "Event"
	Thing        = Schema + "Thing"
	Claim        = Schema + "Claim"

	Name          = Schema + "name"
	AlternateName = Schema + "alternateName"
	Identifier    = Schema + "identifier"
	Headline      = Schema + "headline"
	URL           = Schema + "url"
	Byline        = Schema + "author" // article -> the byline as written (a string, not a person node)
	DatePublished = Schema + "datePublished"
	Mentions      = Schema + "mentions" // article -> entity
	Text          = Schema + "text"
	Author        = Schema + "author" // claim -> speaker
	About         = Schema + "about"  // claim -> entity it mentions
	StartDate     = Schema + "startDate"
	Location      = Schema + "location"
	ArticleBody   = Schema + "articleBody" // article -> its text (triples/text.go)

	Source      = NG + "source"      // article -> where it was read from
	ContentHash = NG + "contentHash" // article -> hash of text and extractor version
	InArticle   = NG + "article"     // event/claim/relation/link/age statement -> article
	EventType   = NG + "eventType"
	Trigger     = NG + "trigger"
	Participant = NG + "participant"
	Agent       = NG + "agent"
	Patient     = NG + "patient"
	TimeText    = NG + "timeText"
	Confidence  = NG + "confidence"
	Evidence    = NG + "evidence" // the sentence text
	Start       = NG + "start"    // code-point offset of the evidence in the article
	End         = NG + "end"
	Cue         = NG + "cue"
	SpeakerText = NG + "speakerText"
	Addressee   = NG + "addressee"
	Direct      = NG + "direct"
	Continued   = NG + "continued" // claim -> "true": no attribution of its own, the speaker of the quotation it continues
	Role        = NG + "role"
	Gender      = NG + "gender"
	AgeClaim    = NG + "ageStatement" // entity -> age statement node
	Age         = NG + "age"
	AsOf        = NG + "asOf"
	Mention     = NG + "mention"     // entity -> "START-END KIND TEXT" (see MentionValue), labelled by its article
	MergeReason = NG + "mergeReason" // entity -> why the article's entity was taken as this one
	// Spans for the article view (triples/text.go): "START-END" literals.
	Timex       = NG + "timex"       // article -> "START-END TYPE VALUE TEXT"
	TriggerSpan = NG + "triggerSpan" // event -> its trigger
	ContentSpan = NG + "contentSpan" // claim -> one quoted fragment
	CueSpan     = NG + "cueSpan"     // claim -> the speech verb
	SpeakerSpan = NG + "speakerSpan" // claim -> the words naming the speaker
	// Relations: <holder> ng:motherOf <relative> as a direct edge, plus a
	// relation node carrying the evidence.
	RelationClass = NG + "Relation"
	RelationType  = NG + "relationType"
	RelationKind  = NG + "relationKind"
	Holder        = NG + "holder"
	// Event order: <event> ng:after <event>, plus a link node with the offset.
	After      = NG + "after"
	Before     = NG + "before"
	LinkClass  = NG + "TemporalLink"
	LinkFrom   = NG + "from"
	LinkTo     = NG + "to"
	LinkOrder  = NG + "order" // AFTER or BEFORE
	LinkOffset = NG + "offset"
	Relative   = NG + "relative"
)

// ArticleIRI names an article.
func ArticleIRI(id string) string { return "urn:newsgraph:article:" + escape(id) }

// EntityIRI names an entity by its stable id.
func EntityIRI(id string) string { return "urn:newsgraph:entity:" + escape(id) }

// eventPrefix begins the IRI of every event an article reports (see IsReport).
const eventPrefix = "urn:newsgraph:event:"

// EventIRI names the n-th event of an article.
func EventIRI(article string, n int) string {
	return eventPrefix + escape(article) + ":" + itoa(n)
}

// ClaimIRI names the n-th claim of an article.
func ClaimIRI(article string, n int) string {
	return "urn:newsgraph:claim:" + escape(article) + ":" + itoa(n)
}

// RelationIRI names the n-th relation of an article.
func RelationIRI(article string, n int) string {
	return "urn:newsgraph:relation:" + escape(article) + ":" + itoa(n)
}

// OpenPredicate is the direct edge for an open relation, named by its verb
// lemma (and preposition): "supply" -> ng:verb/supply, "work for" ->
// ng:verb/work-for. Kept apart from ng:<type>Of so that a verb never
// passes for a stated family or affiliation relation.
func OpenPredicate(lemma string) string { return NG + "verb/" + strings.ReplaceAll(lemma, " ", "-") }

// RelationPredicate is the direct edge for a relation type: "mother" -> ng:motherOf.
func RelationPredicate(typ string) string { return NG + strings.ReplaceAll(typ, " ", "-") + "Of" }

// LinkIRI names the n-th event link of an article.
func LinkIRI(article string, n int) string {
	return "urn:newsgraph:link:" + escape(article) + ":" + itoa(n)
}

// LocalNS is the namespace of the IRIs an article's linkable entities
// have before resolution across articles binds them (see Binding); no
// stored quad has one.
const LocalNS = "urn:newsgraph:local:"

// LocalEntityIRI names entity i of an article (its index in the
// document's Entities) within the article.
func LocalEntityIRI(i int) string { return LocalNS + "entity:" + itoa(i) }

// LocalAgeIRI names the age statement of entity i within the article.
func LocalAgeIRI(i int) string { return LocalNS + "age:" + itoa(i) }

// AgeIRI names an age statement.
func AgeIRI(article, entity string) string {
	return "urn:newsgraph:age:" + escape(article) + ":" + escape(entity)
}

// IDFromIRI returns the last component of a newsgraph IRI, unescaped.
func IDFromIRI(iri string) string {
	i := strings.LastIndexByte(iri, ':')
	s, err := url.PathUnescape(iri[i+1:])
	if err != nil {
		return iri[i+1:]
	}
	return s
}

func escape(s string) string { return url.PathEscape(s) }

func itoa(n int) string { return strconv.Itoa(n) }
