package server

import (
	"context"
	"errors"
	"net/http"
	"sort"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query/path"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/triples"
)

// Mark is one annotation of an article's text, as the article view
// highlights it. Offsets are code points into ArticleView.Text.
type Mark struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Kind  string `json:"kind"`           // entity, timex, trigger, quote, cue, speaker
	Label string `json:"label"`          // the tag shown with it: PERSON, DATE 2024-07-10, MEET, quote, cue, speaker
	Ref   string `json:"ref,omitempty"`  // what it links to: an entity, event or claim IRI
	Note  string `json:"note,omitempty"` // a longer description (NAME/NOMINAL, the entity's name)
}

// ArticleFact is one fact an article contributes: an event, claim,
// relation, age statement or event order, with its sentence.
type ArticleFact struct {
	Kind     string   `json:"kind"` // event, claim, relation, age, link
	IRI      string   `json:"iri"`
	Type     string   `json:"type,omitempty"`
	Summary  string   `json:"summary"`
	Date     string   `json:"date,omitempty"`
	Evidence string   `json:"evidence,omitempty"`
	Start    int      `json:"start"` // of the evidence; -1 when not stored
	End      int      `json:"end"`
	Entities []Entity `json:"entities,omitempty"`
}

// ArticleView answers /api/article.
type ArticleView struct {
	ID        string        `json:"id"`
	IRI       string        `json:"iri"`
	Headline  string        `json:"headline,omitempty"`
	URL       string        `json:"url,omitempty"`
	Date      string        `json:"date,omitempty"`
	Source    string        `json:"source,omitempty"`
	Text      string        `json:"text"`
	Marks     []Mark        `json:"marks"`
	Facts     []ArticleFact `json:"facts"`
	Entities  []Entity      `json:"entities"`
	Truncated bool          `json:"truncated"`
}

var errNoArticle = errors.New("no such article in the store")

// nodeParam reads a node parameter given as a bare id ("kim-kardashian")
// or as its IRI, with or without angle brackets.
func nodeParam(r *http.Request, name string, iriOf func(string) string) (string, error) {
	v, err := param(r, name)
	if err != nil {
		return "", err
	}
	v = strings.TrimSuffix(strings.TrimPrefix(v, "<"), ">")
	if !strings.HasPrefix(v, "urn:newsgraph:") {
		v = iriOf(v)
	}
	if strings.ContainsAny(v, "<>\"\\ \t\n") {
		return "", errors.New("parameter " + name + " is not an id or a newsgraph IRI")
	}
	return v, nil
}

func (s *Server) article(ctx context.Context, qs cgraph.QuadStore, r *http.Request) (any, int, error) {
	iri, err := nodeParam(r, "id", triples.ArticleIRI)
	if err != nil {
		return nil, http.StatusBadRequest, err
	}
	v, err := readArticle(reader{ctx: ctx, qs: qs}, iri, s.cfg.MaxResults)
	if errors.Is(err, errNoArticle) {
		return nil, http.StatusNotFound, err
	}
	return v, 0, err
}

// readArticle gathers an article, its marks and its facts, at most max of
// each (Truncated says so).
func readArticle(rd reader, iri string, max int) (*ArticleView, error) {
	id, err := rd.first(iri, triples.Identifier)
	if err != nil {
		return nil, err
	}
	if id == "" {
		return nil, errNoArticle
	}
	v := &ArticleView{ID: id, IRI: iri, Marks: []Mark{}, Facts: []ArticleFact{}, Entities: []Entity{}}
	for p, dst := range map[string]*string{triples.Headline: &v.Headline, triples.URL: &v.URL,
		triples.DatePublished: &v.Date, triples.Source: &v.Source, triples.ArticleBody: &v.Text} {
		if *dst, err = rd.first(iri, p); err != nil {
			return nil, err
		}
	}
	if err := rd.entityMarks(v, max); err != nil {
		return nil, err
	}
	timexes, err := rd.strings(iri, triples.Timex)
	if err != nil {
		return nil, err
	}
	for _, t := range timexes {
		if ref, ok := triples.ParseTimex(t); ok {
			label := strings.TrimSpace(ref.Type + " " + ref.Value)
			v.Marks = append(v.Marks, Mark{Start: ref.Start, End: ref.End, Kind: "timex", Label: label, Note: ref.Text})
		}
	}
	if err := rd.articleFacts(v); err != nil {
		return nil, err
	}
	sort.SliceStable(v.Marks, func(i, j int) bool {
		a, b := v.Marks[i], v.Marks[j]
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		return a.End > b.End // the enclosing mark first
	})
	sort.SliceStable(v.Facts, func(i, j int) bool { return v.Facts[i].Start < v.Facts[j].Start })
	if len(v.Marks) > max {
		v.Marks, v.Truncated = v.Marks[:max], true
	}
	if len(v.Facts) > max {
		v.Facts, v.Truncated = v.Facts[:max], true
	}
	return v, rd.ctx.Err()
}

// entityMarks adds the article's entities and their mentions: ng:mention
// literals on each entity, labelled by the article (a fixed label context
// is an indexed lookup).
func (rd reader) entityMarks(v *ArticleView, max int) error {
	ents, err := rd.outIRIs(v.IRI, triples.Mentions)
	if err != nil {
		return err
	}
	for _, iri := range ents {
		if len(v.Entities) == max {
			v.Truncated = true
			break
		}
		e, err := rd.entity(iri, false)
		if err != nil {
			return err
		}
		v.Entities = append(v.Entities, e)
		ms, err := rd.mentions(iri, v.IRI)
		if err != nil {
			return err
		}
		for _, m := range ms {
			v.Marks = append(v.Marks, Mark{Start: m.Start, End: m.End, Kind: "entity", Label: e.Type, Ref: iri,
				Note: e.Name + " (" + strings.ToLower(string(m.Kind)) + ")"})
		}
	}
	sort.Slice(v.Entities, func(i, j int) bool { return v.Entities[i].Name < v.Entities[j].Name })
	return nil
}

// mentions are an entity's mentions in one article.
func (rd reader) mentions(entity, article string) ([]triples.MentionRef, error) {
	vs, err := rd.values(path.StartPath(rd.qs, quad.IRI(entity)).LabelContext(quad.IRI(article)).Out(quad.IRI(triples.Mention)))
	if err != nil {
		return nil, err
	}
	var out []triples.MentionRef
	for _, v := range vs {
		if m, ok := triples.ParseMention(lexical(v)); ok {
			out = append(out, m)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out, nil
}

// spans reads a node's "START-END" literals of pred.
func (rd reader) spans(node, pred string) ([][2]int, error) {
	vs, err := rd.strings(node, pred)
	var out [][2]int
	for _, v := range vs {
		if s, e, ok := triples.ParseSpan(v); ok {
			out = append(out, [2]int{s, e})
		}
	}
	return out, err
}

// names describes entity IRIs for a fact.
func (rd reader) names(iris []string) ([]Entity, error) {
	out := make([]Entity, 0, len(iris))
	for _, iri := range iris {
		e, err := rd.entity(iri, false)
		if err != nil {
			return nil, err
		}
		if e.Name == "" {
			e.Name = triples.IDFromIRI(iri)
		}
		out = append(out, e)
	}
	return out, nil
}

func names(es []Entity) string {
	n := make([]string, len(es))
	for i, e := range es {
		n[i] = e.Name
	}
	return strings.Join(n, ", ")
}
