package server

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/triples"
)

// evidenceOf reads a fact's sentence and its offsets (-1 when not stored).
func (rd reader) evidenceOf(node string) (text string, start, end int, err error) {
	start, end = -1, -1
	if text, err = rd.first(node, triples.Evidence); err != nil {
		return
	}
	for p, dst := range map[string]*int{triples.Start: &start, triples.End: &end} {
		s, e := rd.first(node, p)
		if e != nil {
			return text, start, end, e
		}
		if n, e := strconv.Atoi(s); e == nil {
			*dst = n
		}
	}
	return text, start, end, nil
}

// eventNode is what the article view and the timeline show of an event.
type eventNode struct {
	Type, Trigger, Date, TimeText string
	Confidence                    float64
	Participants                  []Entity
	Place                         []Entity
	TriggerSpans                  [][2]int
	Told                          triples.Told // how the text tells it
}

func (rd reader) event(iri string) (ev eventNode, err error) {
	for p, dst := range map[string]*string{triples.EventType: &ev.Type, triples.Trigger: &ev.Trigger,
		triples.StartDate: &ev.Date, triples.TimeText: &ev.TimeText} {
		if *dst, err = rd.first(iri, p); err != nil {
			return
		}
	}
	c, err := rd.first(iri, triples.Confidence)
	if err != nil {
		return
	}
	ev.Confidence, _ = strconv.ParseFloat(c, 64)
	parts, err := rd.outIRIs(iri, triples.Participant)
	if err != nil {
		return
	}
	if ev.Participants, err = rd.names(parts); err != nil {
		return
	}
	places, err := rd.outIRIs(iri, triples.Location)
	if err != nil {
		return
	}
	if ev.Place, err = rd.names(places); err != nil {
		return
	}
	if ev.TriggerSpans, err = rd.spans(iri, triples.TriggerSpan); err != nil {
		return
	}
	ev.Told, err = rd.told(iri)
	return
}

// summary is one line for people: "MEET (met): Kim, Gypsy in New Orleans".
func (ev eventNode) summary() string {
	s := ev.Type
	if ev.Trigger != "" {
		s += " (" + ev.Trigger + ")"
	}
	if len(ev.Participants) > 0 {
		s += ": " + names(ev.Participants)
	}
	if len(ev.Place) > 0 {
		s += " in " + names(ev.Place)
	}
	if d := ev.Told.Describe(); d != "asserted" {
		s += " (" + d + ")" // a denied meeting must not read as one
	}
	return s
}

// claimNode is what the article view shows of a claim.
type claimNode struct {
	Text, Cue, SpeakerText, Direct string
	Author, Addressee, About       []Entity
	Content, CueSpans, Speaker     [][2]int
}

func (rd reader) claim(iri string) (c claimNode, err error) {
	for p, dst := range map[string]*string{triples.Text: &c.Text, triples.Cue: &c.Cue,
		triples.SpeakerText: &c.SpeakerText, triples.Direct: &c.Direct} {
		if *dst, err = rd.first(iri, p); err != nil {
			return
		}
	}
	for p, dst := range map[string]*[]Entity{triples.Author: &c.Author, triples.Addressee: &c.Addressee, triples.About: &c.About} {
		iris, e := rd.outIRIs(iri, p)
		if e != nil {
			return c, e
		}
		if *dst, err = rd.names(iris); err != nil {
			return
		}
	}
	for p, dst := range map[string]*[][2]int{triples.ContentSpan: &c.Content, triples.CueSpan: &c.CueSpans, triples.SpeakerSpan: &c.Speaker} {
		if *dst, err = rd.spans(iri, p); err != nil {
			return
		}
	}
	return
}

// speaker names who made the claim: the resolved entity, else the words.
func (c claimNode) speaker() string {
	if len(c.Author) > 0 {
		return names(c.Author)
	}
	if c.SpeakerText != "" {
		return c.SpeakerText
	}
	return "someone"
}

// articleFacts adds the facts that name the article as their source, and
// the marks of events (triggers) and claims (quote, cue, speaker).
func (rd reader) articleFacts(v *ArticleView) error {
	nodes, err := rd.in(v.IRI, triples.InArticle)
	if err != nil {
		return err
	}
	for _, n := range nodes {
		if err := rd.ctx.Err(); err != nil {
			return err
		}
		f := ArticleFact{IRI: n}
		if f.Evidence, f.Start, f.End, err = rd.evidenceOf(n); err != nil {
			return err
		}
		switch {
		case triples.IsReport(n):
			err = rd.eventFact(v, &f)
		case strings.HasPrefix(n, "urn:newsgraph:claim:"):
			err = rd.claimFact(v, &f)
		case strings.HasPrefix(n, "urn:newsgraph:relation:"):
			err = rd.relationFact(&f)
		case strings.HasPrefix(n, "urn:newsgraph:age:"):
			err = rd.ageFact(&f)
		case strings.HasPrefix(n, "urn:newsgraph:link:"):
			err = rd.linkFact(&f)
		default:
			continue
		}
		if err != nil {
			return err
		}
		v.Facts = append(v.Facts, f)
	}
	return nil
}

func (rd reader) eventFact(v *ArticleView, f *ArticleFact) error {
	ev, err := rd.event(f.IRI)
	if err != nil {
		return err
	}
	f.Kind, f.Type, f.Date, f.Summary = "event", ev.Type, ev.Date, ev.summary()
	f.Entities = append(append([]Entity{}, ev.Participants...), ev.Place...)
	for _, sp := range ev.TriggerSpans {
		v.Marks = append(v.Marks, Mark{Start: sp[0], End: sp[1], Kind: "trigger", Label: ev.Type, Ref: f.IRI, Note: ev.summary()})
	}
	return nil
}

func (rd reader) claimFact(v *ArticleView, f *ArticleFact) error {
	c, err := rd.claim(f.IRI)
	if err != nil {
		return err
	}
	how := "reported"
	if c.Direct == "true" {
		how = "quote"
	}
	f.Kind, f.Type = "claim", how
	bits := []string{how}
	if c.Cue != "" {
		bits = append(bits, c.Cue)
	}
	if len(c.Addressee) > 0 {
		bits = append(bits, "to "+names(c.Addressee))
	}
	f.Summary = c.speaker() + " (" + strings.Join(bits, ", ") + "): " + c.Text
	f.Entities = append(append(append([]Entity{}, c.Author...), c.Addressee...), c.About...)
	note := "said by " + c.speaker()
	for _, sp := range c.Content {
		v.Marks = append(v.Marks, Mark{Start: sp[0], End: sp[1], Kind: "quote", Label: how, Ref: f.IRI, Note: note})
	}
	for _, sp := range c.CueSpans {
		v.Marks = append(v.Marks, Mark{Start: sp[0], End: sp[1], Kind: "cue", Label: "cue", Ref: f.IRI, Note: note})
	}
	ref := f.IRI
	if len(c.Author) > 0 {
		ref = c.Author[0].ID
	}
	for _, sp := range c.Speaker {
		v.Marks = append(v.Marks, Mark{Start: sp[0], End: sp[1], Kind: "speaker", Label: "speaker", Ref: ref, Note: c.speaker()})
	}
	return nil
}

func (rd reader) relationFact(f *ArticleFact) error {
	typ, err := rd.first(f.IRI, triples.RelationType)
	if err != nil {
		return err
	}
	var holder, relative []Entity
	for p, dst := range map[string]*[]Entity{triples.Holder: &holder, triples.Relative: &relative} {
		iris, err := rd.outIRIs(f.IRI, p)
		if err != nil {
			return err
		}
		if *dst, err = rd.names(iris); err != nil {
			return err
		}
	}
	f.Kind, f.Type = "relation", typ
	f.Summary = names(holder) + " " + typ + " of " + names(relative)
	f.Entities = append(holder, relative...)
	return nil
}

func (rd reader) ageFact(f *ArticleFact) error {
	age, err := rd.first(f.IRI, triples.Age)
	if err != nil {
		return err
	}
	ents, err := rd.in(f.IRI, triples.AgeClaim)
	if err != nil {
		return err
	}
	if f.Entities, err = rd.names(ents); err != nil {
		return err
	}
	f.Kind, f.Type, f.Summary = "age", "age", names(f.Entities)+" is "+age
	f.Date, err = rd.first(f.IRI, triples.AsOf)
	return err
}

func (rd reader) linkFact(f *ArticleFact) error {
	var from, to, order, offset string
	var err error
	for p, dst := range map[string]*string{triples.LinkFrom: &from, triples.LinkTo: &to, triples.LinkOrder: &order, triples.LinkOffset: &offset} {
		if *dst, err = rd.first(f.IRI, p); err != nil {
			return err
		}
	}
	a, err := rd.first(from, triples.Name)
	if err != nil {
		return err
	}
	b, err := rd.first(to, triples.Name)
	if err != nil {
		return err
	}
	f.Kind, f.Type = "link", order
	f.Summary = fmt.Sprintf("%s %s %s", a, strings.ToLower(order), b)
	if offset != "" {
		f.Summary = fmt.Sprintf("%s %s %s %s", a, offset, strings.ToLower(order), b)
	}
	return nil
}
