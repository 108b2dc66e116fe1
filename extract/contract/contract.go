package contract

import (
	"time"

	"github.com/newsgraph/newsgraph/extract/doc"
)

// Result is the output contract of `newsgraph extract --format json`
// (../shared/eval/README.md): one object per document, offsets in code points.
type Result struct {
	ID       string      `json:"id"`
	Date     *string     `json:"date"`
	Title    string      `json:"title,omitempty"`
	Entities []OutEntity `json:"entities"`
	Timexes  []OutTimex  `json:"timexes"`
	Quotes   []OutQuote  `json:"quotes"`
	Events   []OutEvent  `json:"events"`
	// Relations is an extension of the contract: family and affiliation links.
	Relations []OutRelation `json:"relations,omitempty"`
	Stats     *ResultCounts `json:"-"`
}

// ResultCounts summarises a result for progress reports.
type ResultCounts struct{ Tokens, Sentences int }

// OutEntity is an entity with its mentions.
type OutEntity struct {
	ID       string         `json:"id"`
	Name     string         `json:"name"`
	Type     doc.EntityType `json:"type"`
	Gender   string         `json:"gender,omitempty"`
	Age      int            `json:"age,omitempty"`
	Roles    []string       `json:"roles,omitempty"`
	Aliases  []string       `json:"aliases,omitempty"`
	Mentions []OutMention   `json:"mentions"`
}

// OutMention is one mention.
type OutMention struct {
	Start int             `json:"start"`
	End   int             `json:"end"`
	Text  string          `json:"text"`
	Kind  doc.MentionKind `json:"kind"`
}

// OutTimex is a time expression.
type OutTimex struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Type  string `json:"type"`
	Value string `json:"value,omitempty"`
	Mod   string `json:"mod,omitempty"`
	// Derived is the date an anchored duration leads to, when known.
	Derived string `json:"derived,omitempty"`
}

// OutSpan is a span, possibly in several fragments.
type OutSpan struct {
	Start     int        `json:"start"`
	End       int        `json:"end"`
	Text      string     `json:"text,omitempty"`
	Fragments []doc.Span `json:"fragments,omitempty"`
}

// OutSpeaker names the speaker of a quote.
type OutSpeaker struct {
	Entity *string `json:"entity"`
	Start  int     `json:"start"`
	End    int     `json:"end"`
	Text   string  `json:"text,omitempty"`
}

// OutQuote is a quote or reported claim.
type OutQuote struct {
	Content   OutSpan     `json:"content"`
	Cue       *OutSpan    `json:"cue"`
	Speaker   *OutSpeaker `json:"speaker"`
	Addressee *string     `json:"addressee,omitempty"`
	Direct    bool        `json:"direct"`
}

// OutRelation is a stated relation: Holder is Type of Relative, or for an
// open relation, Holder Type (a verb lemma) Relative.
type OutRelation struct {
	Type       string  `json:"type"`
	Kind       string  `json:"kind"`
	Holder     string  `json:"holder"`
	Relative   string  `json:"relative"`
	Confidence float64 `json:"confidence,omitempty"`
}

// OutArg is an event participant.
type OutArg struct {
	Role   string `json:"role"`
	Entity string `json:"entity"`
}

// OutEvent is an event.
type OutEvent struct {
	Type       string   `json:"type"`
	Trigger    OutSpan  `json:"trigger"`
	Args       []OutArg `json:"args"`
	Time       *string  `json:"time"`
	Place      *string  `json:"place"`
	Confidence float64  `json:"confidence"`
}

var genderNames = map[doc.Gender]string{doc.Female: "female", doc.Male: "male"}

// entityRef returns the id of the entity of mention mi, or nil.
func entityRef(d *doc.Document, mi int) *string {
	if mi < 0 || mi >= len(d.Mentions) {
		return nil
	}
	e := d.Mentions[mi].Entity
	if e < 0 || d.Entities[e].Ambiguous() {
		return nil
	}
	id := d.Entities[e].ID
	return &id
}

// From renders the document in the output contract.
func From(d *doc.Document) Result {
	r := Result{ID: d.ID, Title: d.Title, Entities: []OutEntity{}, Timexes: []OutTimex{}, Quotes: []OutQuote{},
		Events: []OutEvent{}, Stats: &ResultCounts{len(d.Tokens), len(d.Sentences)}}
	if !d.Date.IsZero() {
		s := d.Date.Format(time.DateOnly)
		r.Date = &s
	}
	for _, e := range d.Entities {
		oe := OutEntity{ID: e.ID, Name: e.Name, Type: e.Type, Gender: genderNames[e.StatedGender()], Age: e.Age,
			Roles: e.Roles, Aliases: e.Aliases, Mentions: []OutMention{}}
		if e.Ambiguous() {
			oe.ID = "ambiguous:" + e.ID
		}
		for _, mi := range e.Mentions {
			m := d.Mentions[mi]
			oe.Mentions = append(oe.Mentions, OutMention{m.Start, m.End, m.Text, m.Kind})
		}
		if len(oe.Mentions) > 0 {
			r.Entities = append(r.Entities, oe)
		}
	}
	for _, t := range d.Timexes {
		r.Timexes = append(r.Timexes, OutTimex{t.Start, t.End, t.Text, t.Type, t.Value, t.Mod, t.Derived})
	}
	for _, q := range d.Quotes {
		r.Quotes = append(r.Quotes, outQuote(d, q))
	}
	for _, ev := range d.Events {
		oe := OutEvent{Type: ev.Type, Trigger: OutSpan{Start: ev.Trigger.Start, End: ev.Trigger.End, Text: d.Slice(ev.Trigger)},
			Args: []OutArg{}, Place: entityRef(d, ev.Place), Confidence: ev.Confidence}
		if ev.Time != "" {
			t := ev.Time
			oe.Time = &t
		}
		for _, a := range ev.Args {
			if id := entityRef(d, a.Mention); id != nil {
				oe.Args = append(oe.Args, OutArg{Role: a.Role, Entity: *id})
			}
		}
		r.Events = append(r.Events, oe)
	}
	for _, rel := range d.Relations {
		h, o := entityRef(d, rel.Holder), entityRef(d, rel.Relative)
		if h != nil && o != nil {
			r.Relations = append(r.Relations, OutRelation{Type: rel.Type, Kind: rel.Kind, Holder: *h, Relative: *o,
				Confidence: rel.Confidence})
		}
	}
	return r
}

func outQuote(d *doc.Document, q doc.Quote) OutQuote {
	oq := OutQuote{Direct: q.Direct, Addressee: entityRef(d, q.Addressee)}
	if len(q.Content) > 0 {
		first, last := q.Content[0], q.Content[len(q.Content)-1]
		oq.Content = OutSpan{Start: first.Start, End: last.End}
		if len(q.Content) > 1 {
			oq.Content.Fragments = q.Content
		}
	}
	if q.Cue != nil {
		oq.Cue = &OutSpan{Start: q.Cue.Start, End: q.Cue.End, Text: d.Slice(*q.Cue)}
	}
	switch {
	case q.Speaker >= 0:
		m := d.Mentions[q.Speaker]
		oq.Speaker = &OutSpeaker{Entity: entityRef(d, q.Speaker), Start: m.Start, End: m.End, Text: m.Text}
	case q.SpeakerSpan != nil:
		oq.Speaker = &OutSpeaker{Start: q.SpeakerSpan.Start, End: q.SpeakerSpan.End, Text: d.Slice(*q.SpeakerSpan)}
	}
	return oq
}
