package triples

import (
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/link"
)

// Meta is what the reader knows about an article besides its text.
type Meta struct {
	Source string // file (and line) it came from
	URL    string
	Author string // the byline, when the input names one
	// Origin and TextID are the reader's article.Origin and the
	// article.TextID of its text and date: not data, but what the store keeps
	// so that a later run gives the same file the same id.
	Origin, TextID string
}

// GraphVersion names the shape of what Build writes, as extract.Version
// names the extractor's behaviour. Bump it when Build's output changes so
// that `build` refreshes articles an older version loaded (2: mentions as
// one ng:mention quad instead of a mention node; 3: the article text, its
// time expressions, and the spans of triggers, quotes, cues and speakers,
// for the article view of the page: triples/text.go; 4, twice over: events'
// factuality, triples/factuality.go, and on another line of work entities
// resolved across articles as a function of the set of stored articles
// (merge reasons only where an article's name is not the entity's id),
// each article stored as its extraction plus a binding: triples.Binding;
// 5: both, the factuality's speaker bound like any entity reference; 6:
// events identified across articles, each report bound to its happening,
// triples/events.go).
const GraphVersion = "6"

// Hash identifies an article's content together with the extractor (its
// Behaviour: version and fast mode) and
// graph versions, so that re-reading an unchanged article is a no-op while
// a new extractor or graph shape refreshes the graph. It covers every
// field Build stores from the article (a changed byline refreshes the
// schema:author quad too) except meta.Source, which names the path it was
// read through this time and changes with the command line, not with the
// article.
func Hash(d *doc.Document, meta Meta) string {
	h := sha256.New()
	for _, s := range []string{extract.Behaviour(), GraphVersion, d.ID, d.Title, d.Date.Format(time.DateOnly), d.Text, d.URL, meta.URL, meta.Author} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}

type builder struct {
	out []Triple
	d   *doc.Document
	art string
	// node[e] says whether entity e becomes a graph node (see named).
	node []bool
}

func (b *builder) add(s, p string, o Term) { b.out = append(b.out, Triple{s, p, o}) }

func (b *builder) str(s, p, v string) {
	if v != "" {
		b.add(s, p, Str(v))
	}
}

func (b *builder) num(s, p string, v int) { b.add(s, p, Term{Kind: Int, Value: strconv.Itoa(v)}) }

// evidence ties a node to its sentence: text and code-point offsets.
func (b *builder) evidence(node string, sp doc.Span) {
	b.add(node, InArticle, Node(b.art))
	b.str(node, Evidence, b.d.Slice(sp))
	b.num(node, Start, sp.Start)
	b.num(node, End, sp.End)
}

var classOf = map[doc.EntityType]string{
	doc.Person: Person, doc.Organization: Organization, doc.Place: Place,
	doc.Work: CreativeWork, doc.EventType: EventClass, doc.Other: Thing,
}

// EntityClasses lists the classes an entity node is typed with (every
// entity node has one rdf:type among them), sorted.
func EntityClasses() []string {
	out := make([]string, 0, len(classOf))
	for _, c := range classOf {
		out = append(out, c)
	}
	sort.Strings(out)
	return out
}

// TypeOfClass maps a class IRI back to the entity type it stands for.
func TypeOfClass(class string) (doc.EntityType, bool) {
	for t, c := range classOf {
		if c == class {
			return t, true
		}
	}
	return "", false
}

// Build maps a processed document onto the graph vocabulary. The article
// is bound as the document identifies its entities (link.Outcomes); a
// build across articles binds it again as the corpus resolves them
// (Bind).
func Build(d *doc.Document, meta Meta) Article {
	b := &builder{d: d, art: ArticleIRI(d.ID), node: make([]bool, len(d.Entities))}
	for i := range d.Entities {
		b.node[i] = link.Linkable(d, i)
	}
	a := Article{ID: d.ID, IRI: b.art, Hash: Hash(d, meta), Origin: meta.Origin, TextID: meta.TextID,
		Signature: signature(d)}
	a.Binding = Bind(d.ID, link.Outcomes(d)).WithEvents(d.ID, ownEvents(d, a.IRI))
	b.add(b.art, Type, Node(NewsArticle))
	b.str(b.art, Identifier, d.ID)
	b.str(b.art, Headline, d.Title)
	b.str(b.art, URL, meta.URL)
	b.str(b.art, Byline, meta.Author)
	b.str(b.art, Source, meta.Source)
	if !d.Date.IsZero() {
		b.add(b.art, DatePublished, Term{Kind: Date, Value: d.Date.Format(time.DateOnly)})
	}
	b.str(b.art, ContentHash, a.Hash)
	b.text()
	for i, e := range d.Entities {
		if b.node[i] { // unnamed entities ("local residents") stay in the extraction, not in the graph
			b.entity(i, e)
		}
	}
	skip := quoteCueEvents(d)
	for i, ev := range d.Events {
		if !skip[i] {
			b.event(i, ev)
		}
	}
	for i, q := range d.Quotes {
		b.claim(i, q)
	}
	for i, r := range d.Relations {
		b.relation(i, r)
	}
	for i, l := range d.Links {
		if !skip[l.From] && !skip[l.To] {
			b.link(i, l)
		}
	}
	a.Triples = dedupe(b.out)
	return a
}

// quoteCueEvents marks the statement events whose trigger is the cue of a
// quote: the claim node already holds who said what, to whom, with evidence.
func quoteCueEvents(d *doc.Document) map[int]bool {
	skip := map[int]bool{}
	for i, ev := range d.Events {
		if ev.Type != "STATEMENT" {
			continue
		}
		for _, q := range d.Quotes {
			if q.Cue != nil && q.Cue.Overlaps(ev.Trigger) {
				skip[i] = true
			}
		}
	}
	return skip
}

func (b *builder) entityIRI(mention int) string {
	if mention < 0 || mention >= len(b.d.Mentions) {
		return ""
	}
	e := b.d.Mentions[mention].Entity
	if e < 0 || !b.node[e] {
		return ""
	}
	return LocalEntityIRI(e)
}

// entity writes what the article says of entity i under its local IRI;
// its class and merge reason depend on resolution across articles and
// are in the Binding.
func (b *builder) entity(i int, e doc.Entity) {
	iri := LocalEntityIRI(i)
	b.str(iri, Name, e.Name)
	for _, al := range e.Aliases {
		b.str(iri, AlternateName, al)
	}
	b.add(b.art, Mentions, Node(iri))
	switch e.StatedGender() {
	case doc.Female:
		b.str(iri, Gender, "female")
	case doc.Male:
		b.str(iri, Gender, "male")
	}
	for _, r := range e.Roles {
		b.str(iri, Role, r)
	}
	if e.Age > 0 {
		ag := LocalAgeIRI(i)
		b.add(iri, AgeClaim, Node(ag))
		b.num(ag, Age, e.Age)
		if !b.d.Date.IsZero() {
			b.add(ag, AsOf, Term{Kind: Date, Value: b.d.Date.Format(time.DateOnly)})
		}
		if e.AgeEvidence.End > 0 {
			b.evidence(ag, e.AgeEvidence)
		} else {
			b.add(ag, InArticle, Node(b.art))
		}
	}
	for _, mi := range e.Mentions {
		m := b.d.Mentions[mi]
		if m.Kind == doc.Pronoun {
			continue // counted, not stored: pronouns add no evidence of their own
		}
		b.add(iri, Mention, Str(MentionValue(m.Start, m.End, m.Kind, m.Text)))
	}
}

func (b *builder) event(i int, ev doc.Event) {
	iri := EventIRI(b.d.ID, i)
	b.add(iri, Type, Node(EventClass))
	b.str(iri, EventType, ev.Type)
	b.str(iri, Trigger, b.d.Slice(ev.Trigger))
	b.str(iri, TriggerSpan, SpanValue(ev.Trigger))
	b.str(iri, Name, strings.ToLower(ev.Type)+": "+b.d.Slice(ev.Trigger))
	b.add(iri, Confidence, Term{Kind: Float, Value: strconv.FormatFloat(ev.Confidence, 'f', 2, 64)})
	b.evidence(iri, b.d.Sentences[ev.Sentence].Span)
	for _, a := range ev.Args {
		ent := b.entityIRI(a.Mention)
		if ent == "" {
			continue
		}
		switch a.Role { // PropBank roles (extract/event)
		case "Argm-LOC": // a further place: "in France and Spain"
			b.add(iri, Location, Node(ent))
			continue
		case "Arg0":
			b.add(iri, Agent, Node(ent))
		case "Arg1":
			b.add(iri, Patient, Node(ent))
		}
		b.add(iri, Participant, Node(ent))
	}
	if p := b.entityIRI(ev.Place); p != "" {
		b.add(iri, Location, Node(p))
	}
	if ev.Time != "" && isDateValue(ev.Time) {
		b.add(iri, StartDate, Term{Kind: Date, Value: ev.Time})
	}
	if ev.Timex >= 0 {
		b.str(iri, TimeText, b.d.Timexes[ev.Timex].Text)
	}
	b.factuality(iri, ev.Factuality)
}

func (b *builder) relation(i int, r doc.Relation) {
	holder, relative := b.entityIRI(r.Holder), b.entityIRI(r.Relative)
	if holder == "" || relative == "" {
		return
	}
	if r.Kind == "open" {
		b.add(holder, OpenPredicate(r.Type), Node(relative))
	} else {
		b.add(holder, RelationPredicate(r.Type), Node(relative))
	}
	iri := RelationIRI(b.d.ID, i)
	b.add(iri, Type, Node(RelationClass))
	b.str(iri, RelationType, r.Type)
	b.str(iri, RelationKind, r.Kind)
	b.add(iri, Holder, Node(holder))
	b.add(iri, Relative, Node(relative))
	if r.Confidence > 0 {
		b.add(iri, Confidence, Term{Kind: Float, Value: strconv.FormatFloat(r.Confidence, 'f', 2, 64)})
	}
	b.evidence(iri, b.d.Sentences[r.Sentence].Span)
}

func (b *builder) link(i int, l doc.EventLink) {
	from, to := EventIRI(b.d.ID, l.From), EventIRI(b.d.ID, l.To)
	if l.Relation == "AFTER" {
		b.add(from, After, Node(to))
	} else {
		b.add(from, Before, Node(to))
	}
	iri := LinkIRI(b.d.ID, i)
	b.add(iri, Type, Node(LinkClass))
	b.add(iri, LinkFrom, Node(from))
	b.add(iri, LinkTo, Node(to))
	b.str(iri, LinkOrder, l.Relation)
	b.str(iri, LinkOffset, l.Offset)
	b.evidence(iri, b.d.Sentences[l.Sentence].Span)
}

// isDateValue accepts the TIMEX3 values that are calendar dates: YYYY,
// YYYY-MM, YYYY-MM-DD.
func isDateValue(v string) bool {
	switch len(v) {
	case 4, 7, 10:
	default:
		return false
	}
	for i, c := range v {
		if (i == 4 || i == 7) && c == '-' {
			continue
		}
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

func (b *builder) claim(i int, q doc.Quote) {
	if len(q.Content) == 0 {
		return
	}
	iri := ClaimIRI(b.d.ID, i)
	b.add(iri, Type, Node(Claim))
	var parts []string
	for _, c := range q.Content {
		parts = append(parts, b.d.Slice(c))
	}
	b.str(iri, Text, strings.Join(parts, " … "))
	// The evidence is the sentences holding the quote and its attribution.
	span := doc.Span{Start: q.Content[0].Start, End: q.Content[len(q.Content)-1].End}
	if q.Cue != nil {
		span.Start, span.End = min(span.Start, q.Cue.Start), max(span.End, q.Cue.End)
	}
	b.evidence(iri, sentencesAround(b.d, span))
	if q.Direct {
		b.str(iri, Direct, "true")
	} else {
		b.str(iri, Direct, "false")
	}
	if q.Continued {
		b.str(iri, Continued, "true")
	}
	if !b.d.Date.IsZero() {
		b.add(iri, DatePublished, Term{Kind: Date, Value: b.d.Date.Format(time.DateOnly)})
	}
	if q.Cue != nil {
		b.str(iri, Cue, b.d.Slice(*q.Cue))
	}
	b.claimSpans(iri, q)
	for _, m := range append([]int{q.Speaker}, b.d.OtherSpeakers(q)...) {
		if sp := b.entityIRI(m); sp != "" {
			b.add(iri, Author, Node(sp))
		}
	}
	switch {
	case q.Speaker >= 0:
		b.str(iri, SpeakerText, b.d.Mentions[q.Speaker].Text)
	case q.SpeakerSpan != nil:
		b.str(iri, SpeakerText, b.d.Slice(*q.SpeakerSpan))
	}
	if ad := b.entityIRI(q.Addressee); ad != "" {
		b.add(iri, Addressee, Node(ad))
	}
	// about: the entities named inside the quoted text.
	for mi, m := range b.d.Mentions {
		if m.Kind == doc.Pronoun || mi == q.Speaker || slices.Contains(q.CoSpeakers, mi) {
			continue
		}
		for _, c := range q.Content {
			if c.Contains(m.Span) {
				if ent := b.entityIRI(mi); ent != "" {
					b.add(iri, About, Node(ent))
				}
				break
			}
		}
	}
}

// dedupe sorts triples and drops repeats so the output is deterministic.
func dedupe(ts []Triple) []Triple {
	sort.Slice(ts, func(i, j int) bool {
		a, b := ts[i], ts[j]
		if a.Subject != b.Subject {
			return a.Subject < b.Subject
		}
		if a.Predicate != b.Predicate {
			return a.Predicate < b.Predicate
		}
		if a.Object.Kind != b.Object.Kind {
			return a.Object.Kind < b.Object.Kind
		}
		return a.Object.Value < b.Object.Value
	})
	out := ts[:0]
	for i, t := range ts {
		if i == 0 || t != ts[i-1] {
			out = append(out, t)
		}
	}
	return out
}

// sentencesAround widens a span to the whole sentences it touches.
func sentencesAround(d *doc.Document, sp doc.Span) doc.Span {
	out := sp
	for _, s := range d.Sentences {
		if s.Overlaps(sp) {
			out.Start, out.End = min(out.Start, s.Start), max(out.End, s.End)
		}
	}
	return out
}
