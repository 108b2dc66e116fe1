package export

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/view"
	"github.com/newsgraph/newsgraph/triples"
)

// IRI prefixes of the node kinds (docs/schema.md, "Node IRIs").
const (
	entityPrefix   = "urn:newsgraph:entity:"
	eventPrefix    = "urn:newsgraph:event:"
	claimPrefix    = "urn:newsgraph:claim:"
	relationPrefix = "urn:newsgraph:relation:"
	articlePrefix  = "urn:newsgraph:article:"
	agePrefix      = "urn:newsgraph:age:"
)

// EntityTypes are the entity type names, in the order help texts list them.
var EntityTypes = view.EntityTypes

type entity struct {
	iri      string
	names    map[string]bool // every schema:name (one per article; the longest wins)
	aliases  map[string]bool
	types    map[string]int // type name -> number of articles saying so
	articles map[string]bool
	ages     []string // age statement nodes, kept with the entity by RDF filters
}

type article struct {
	date     string // schema:datePublished, YYYY-MM-DD
	headline string
}

// role of an entity in a fact.
const (
	roleParticipant = view.Participant
	roleAgent       = view.Agent
	rolePatient     = view.Patient
	rolePlace       = view.Place
	roleAuthor      = view.Author
	roleAbout       = view.About
	roleAddressee   = view.Addressee
	roleHolder      = view.Holder
	roleRelative    = view.Relative
)

// fact is an event, claim or relation: one thing an article reports about
// one or more entities.
type fact struct {
	iri      string
	kind     string // "event", "claim" or "relation"
	typ      string // event type (MEET), "CLAIM", relation type (mother)
	name     string // display name
	date     string // schema:startDate or the claim's schema:datePublished
	article  string
	evidence string // sentence, or the quoted text for claims
	conf     float64
	hasConf  bool
	roles    map[string]map[string]bool // role -> entity IRIs
	// told is how the text tells an event (triples/factuality.go);
	// reportedBy the speaker entity, named in told.Speaker by scan.
	told       triples.Told
	reportedBy string
}

func (f *fact) add(role, iri string) {
	if f.roles == nil {
		f.roles = map[string]map[string]bool{}
	}
	if f.roles[role] == nil {
		f.roles[role] = map[string]bool{}
	}
	f.roles[role][iri] = true
}

// in lists the entities with a role, sorted.
func (f *fact) in(role string) []string { return sortedKeys(f.roles[role]) }

// has reports whether iri plays role in the fact.
func (f *fact) has(role, iri string) bool { return f.roles[role][iri] }

// summary is what one pass over the store learns: small next to the quads.
type summary struct {
	entities map[string]*entity
	facts    map[string]*fact
	articles map[string]*article
}

func (s *summary) entity(iri string) *entity {
	e := s.entities[iri]
	if e == nil {
		e = &entity{iri: iri, names: map[string]bool{}, aliases: map[string]bool{}, types: map[string]int{}, articles: map[string]bool{}}
		s.entities[iri] = e
	}
	return e
}

func (s *summary) fact(iri, kind string) *fact {
	f := s.facts[iri]
	if f == nil {
		f = &fact{iri: iri, kind: kind}
		s.facts[iri] = f
	}
	return f
}

func (s *summary) article(iri string) *article {
	a := s.articles[iri]
	if a == nil {
		a = &article{}
		s.articles[iri] = a
	}
	return a
}

// scan reads every quad of the store once through a Cayley iterator and
// keeps the summary.
func scan(ctx context.Context, qs cgraph.QuadStore) (*summary, error) {
	s := &summary{entities: map[string]*entity{}, facts: map[string]*fact{}, articles: map[string]*article{}}
	it := qs.QuadsAllIterator().Iterate()
	defer it.Close()
	for it.Next(ctx) {
		q, err := qs.Quad(it.Result())
		if err != nil {
			return nil, fmt.Errorf("export: reading quads: %w", err)
		}
		if q.Subject == nil || isBookkeeping(q) {
			continue
		}
		s.quad(q)
	}
	if err := it.Err(); err != nil {
		return nil, fmt.Errorf("export: reading quads: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	for _, f := range s.facts {
		if f.reportedBy != "" {
			if e := s.entities[f.reportedBy]; e != nil {
				f.told.Speaker = e.name()
			}
		}
		if f.article == "" {
			continue
		}
		if f.date == "" {
			f.date = s.articles[f.article].dateOr("")
		}
	}
	return s, nil
}

func (a *article) dateOr(def string) string {
	if a == nil || a.date == "" {
		return def
	}
	return a.date
}

// isBookkeeping reports the store's own quads (graph.StoreNS): manifests,
// hashes, the registry. They are not data.
func isBookkeeping(q quad.Quad) bool {
	if p, ok := q.Predicate.(quad.IRI); ok && strings.HasPrefix(string(p), graph.StoreNS) {
		return true
	}
	s, _ := q.Subject.(quad.IRI)
	return s == graph.Registry || s == graph.Pending
}

func (s *summary) quad(q quad.Quad) {
	subj, ok := q.Subject.(quad.IRI)
	if !ok {
		return
	}
	sub := string(subj)
	pred, _ := q.Predicate.(quad.IRI)
	obj := valueString(q.Object)
	objIRI, isIRI := q.Object.(quad.IRI)
	label, _ := q.Label.(quad.IRI)
	switch {
	case strings.HasPrefix(sub, entityPrefix):
		e := s.entity(sub)
		switch string(pred) {
		case triples.Type:
			if t, ok := view.TypeOfClass(obj); ok && isIRI {
				e.types[t]++
			}
		case triples.Name:
			e.names[obj] = true
		case triples.AlternateName:
			e.aliases[obj] = true
		case triples.AgeClaim:
			e.ages = append(e.ages, obj)
		}
		if label != "" {
			e.articles[string(label)] = true
		}
	case strings.HasPrefix(sub, articlePrefix):
		switch string(pred) {
		case triples.DatePublished:
			s.article(sub).date = obj
		case triples.Headline:
			s.article(sub).headline = obj
		case triples.Mentions:
			if isIRI && strings.HasPrefix(string(objIRI), entityPrefix) {
				s.entity(string(objIRI)).articles[sub] = true
			}
		}
	case strings.HasPrefix(sub, eventPrefix):
		s.factQuad(s.fact(sub, "event"), string(pred), obj, label)
	case strings.HasPrefix(sub, claimPrefix):
		f := s.fact(sub, "claim")
		f.typ = "CLAIM"
		s.factQuad(f, string(pred), obj, label)
	case strings.HasPrefix(sub, relationPrefix):
		s.factQuad(s.fact(sub, "relation"), string(pred), obj, label)
	}
}

func (s *summary) factQuad(f *fact, pred, obj string, label quad.IRI) {
	if f.article == "" && label != "" {
		f.article = string(label)
	}
	switch pred {
	case triples.InArticle:
		f.article = obj
	case triples.EventType, triples.RelationType:
		f.typ = obj
	case triples.Name:
		f.name = obj
	case triples.Text:
		f.name = obj
		f.evidence = obj // the quote itself is the best evidence of a claim
	case triples.StartDate, triples.DatePublished:
		f.date = obj
	case triples.Evidence:
		if f.kind != "claim" {
			f.evidence = obj
		}
	case triples.Confidence:
		if c, err := strconv.ParseFloat(obj, 64); err == nil {
			f.conf, f.hasConf = c, true
		}
	case triples.Participant:
		f.add(roleParticipant, obj)
	case triples.Agent:
		f.add(roleAgent, obj)
	case triples.Patient:
		f.add(rolePatient, obj)
	case triples.Location:
		f.add(rolePlace, obj)
	case triples.Author:
		f.add(roleAuthor, obj)
	case triples.About:
		f.add(roleAbout, obj)
	case triples.Addressee:
		f.add(roleAddressee, obj)
	case triples.Holder:
		f.add(roleHolder, obj)
	case triples.Relative:
		f.add(roleRelative, obj)
	case triples.ReportedBy:
		f.reportedBy = obj
	case triples.SpeakerText:
		if f.kind == "event" && f.told.Speaker == "" { // a claim's speaker words are not shown
			f.told.Speaker = obj
		}
	default:
		if f.kind == "event" {
			f.told.Set(pred, obj)
		}
	}
}

// valueString is the lexical form of a value: the IRI without brackets,
// a literal's text.
func valueString(v quad.Value) string {
	switch v := v.(type) {
	case quad.IRI:
		return string(v)
	case quad.String:
		return string(v)
	case quad.TypedString:
		return string(v.Value)
	case quad.LangString:
		return string(v.Value)
	case quad.Int:
		return strconv.FormatInt(int64(v), 10)
	case quad.Float:
		return strconv.FormatFloat(float64(v), 'f', -1, 64)
	case nil:
		return ""
	}
	return v.String()
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
