package contract

import (
	"time"

	"github.com/newsgraph/newsgraph/extract/doc"
)

// Result is the output contract of `newsgraph extract --format json`
// (../shared/eval/README.md): one object per document, offsets in code points.
type Result struct {
	ID       string   `json:"id"`
	Date     *string  `json:"date"`
	Title    string   `json:"title,omitempty"`
	Entities []Entity `json:"entities"`
	Timexes  []Timex  `json:"timexes"`
	Quotes   []Quote  `json:"quotes"`
	Events   []Event  `json:"events"`
	// Relations is an extension of the contract: family and affiliation links.
	Relations []Relation    `json:"relations,omitempty"`
	Stats     *ResultCounts `json:"-"`
}

// ResultCounts summarises a result for progress reports.
type ResultCounts struct{ Tokens, Sentences int }

// Entity is an entity with its mentions.
type Entity struct {
	ID       string         `json:"id"`
	Name     string         `json:"name"`
	Type     doc.EntityType `json:"type"`
	Gender   string         `json:"gender,omitempty"`
	Age      int            `json:"age,omitempty"`
	Roles    []string       `json:"roles,omitempty"`
	Aliases  []string       `json:"aliases,omitempty"`
	Mentions []Mention      `json:"mentions"`
	// Nested lists the entity's mentions inside a longer name of another
	// entity ("US" in "the US State Department"), apart from Mentions: the
	// flat annotations (CoNLL, MEANTIME, ECB+) mark only the outer name and
	// GUM marks both (docs/eval.md, branch nest19).
	Nested []NestedMention `json:"nested,omitempty"`
}

// NestedMention is a name inside the name of the entity In.
type NestedMention struct {
	Mention
	In string `json:"in"`
}

// Mention is one mention.
type Mention struct {
	Start int             `json:"start"`
	End   int             `json:"end"`
	Text  string          `json:"text"`
	Kind  doc.MentionKind `json:"kind"`
}

// Timex is a time expression.
type Timex struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Type  string `json:"type"`
	Value string `json:"value,omitempty"`
	Mod   string `json:"mod,omitempty"`
	// Derived is the date an anchored duration leads to, when known.
	Derived string `json:"derived,omitempty"`
}

// Span is a span, possibly in several fragments.
type Span struct {
	Start     int        `json:"start"`
	End       int        `json:"end"`
	Text      string     `json:"text,omitempty"`
	Fragments []doc.Span `json:"fragments,omitempty"`
}

// Speaker names the speaker of a quote.
type Speaker struct {
	Entity *string `json:"entity"`
	Start  int     `json:"start"`
	End    int     `json:"end"`
	Text   string  `json:"text,omitempty"`
}

// Quote is a quote or reported claim.
type Quote struct {
	Content   Span     `json:"content"`
	Cue       *Span    `json:"cue"`
	Speaker   *Speaker `json:"speaker"`
	Addressee *string  `json:"addressee,omitempty"`
	Direct    bool     `json:"direct"`
	// Continued is an extension of the contract: true for a quotation
	// without an attribution of its own whose speaker is that of the
	// quotation it continues (cue null because there is none).
	Continued bool `json:"continued,omitempty"`
	// CoSpeakers is an extension of the contract: the others who make the
	// claim with Speaker, members of one coordinated subject ("Lund and
	// Ruiz said"), whom the graph also records as its authors.
	CoSpeakers []Speaker `json:"co_speakers,omitempty"`
}

// Relation is a stated relation: Holder is Type of Relative, or for an
// open relation, Holder Type (a verb lemma) Relative.
type Relation struct {
	Type       string  `json:"type"`
	Kind       string  `json:"kind"`
	Holder     string  `json:"holder"`
	Relative   string  `json:"relative"`
	Confidence float64 `json:"confidence,omitempty"`
}

// Arg is an event participant: role is PropBank's, as MEANTIME annotates
// them (Arg0 agent, Arg1 patient or theme, Arg2..., Argm-LOC for each
// place, the event's place first).
type Arg struct {
	Role   string `json:"role"`
	Entity string `json:"entity"`
}

// Event is an event.
type Event struct {
	// ID is the event's identity across the documents of a run: the same
	// real-world event reported twice has one id (extract/eventlink); ""
	// when the documents were not resolved together.
	ID         string  `json:"id,omitempty"`
	Type       string  `json:"type"`
	Trigger    Span    `json:"trigger"`
	Args       []Arg   `json:"args"`
	Time       *string `json:"time"`
	Place      *string `json:"place"`
	Confidence float64 `json:"confidence"`

	// Factuality: see factuality.go.
	Factuality *Factuality `json:"factuality,omitempty"`
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
	r := Result{ID: d.ID, Title: d.Title, Entities: []Entity{}, Timexes: []Timex{}, Quotes: []Quote{},
		Events: []Event{}, Stats: &ResultCounts{len(d.Tokens), len(d.Sentences)}}
	if !d.Date.IsZero() {
		s := d.Date.Format(time.DateOnly)
		r.Date = &s
	}
	for _, e := range d.Entities {
		if e.Ambiguous() {
			r.Entities = append(r.Entities, unresolved(d, e)...)
			continue
		}
		oe := Entity{ID: e.ID, Name: e.Name, Type: e.Type, Gender: genderNames[e.StatedGender()], Age: e.Age,
			Roles: e.Roles, Aliases: e.Aliases, Mentions: []Mention{}}
		for _, mi := range e.Mentions {
			m := d.Mentions[mi]
			if m.Nested {
				oe.Nested = append(oe.Nested, NestedMention{Mention{m.Start, m.End, m.Text, m.Kind}, enclosing(d, m)})
				continue
			}
			oe.Mentions = append(oe.Mentions, Mention{m.Start, m.End, m.Text, m.Kind})
		}
		if len(oe.Mentions) > 0 || len(oe.Nested) > 0 {
			r.Entities = append(r.Entities, oe)
		}
	}
	for _, t := range d.Timexes {
		r.Timexes = append(r.Timexes, Timex{t.Start, t.End, t.Text, t.Type, t.Value, t.Mod, t.Derived})
	}
	for _, q := range d.Quotes {
		r.Quotes = append(r.Quotes, outQuote(d, q))
	}
	for _, ev := range d.Events {
		oe := Event{Type: ev.Type, Trigger: Span{Start: ev.Trigger.Start, End: ev.Trigger.End, Text: d.Slice(ev.Trigger)},
			Args: []Arg{}, Place: entityRef(d, ev.Place), Confidence: ev.Confidence}
		oe.Factuality = outFactuality(d, ev.Factuality)
		if ev.Time != "" {
			t := ev.Time
			oe.Time = &t
		}
		for _, a := range ev.Args {
			if id := entityRef(d, a.Mention); id != nil {
				oe.Args = append(oe.Args, Arg{Role: a.Role, Entity: *id})
			}
		}
		if oe.Place != nil { // MEANTIME annotates the place as a participant
			oe.Args = append(oe.Args, Arg{Role: "Argm-LOC", Entity: *oe.Place})
		}
		r.Events = append(r.Events, oe)
	}
	for _, rel := range d.Relations {
		h, o := entityRef(d, rel.Holder), entityRef(d, rel.Relative)
		if h != nil && o != nil {
			r.Relations = append(r.Relations, Relation{Type: rel.Type, Kind: rel.Kind, Holder: *h, Relative: *o,
				Confidence: rel.Confidence})
		}
	}
	return r
}

// enclosing is the id of the entity whose name holds nested mention m.
func enclosing(d *doc.Document, m doc.Mention) string {
	for _, o := range d.Mentions {
		if !o.Nested && o.Kind == doc.Name && o.Entity >= 0 && o.Start <= m.Start && m.End <= o.End && o.Entity != m.Entity {
			return d.Entities[o.Entity].ID
		}
	}
	return ""
}

// unresolved lists the mentions of a short name that fits several
// entities ("Kowalski" with two Kowalskis) each as an entity of its own,
// with an id no other mention, here or in another document, has: the name
// stays unresolved rather than making one entity of every "Kowalski".
func unresolved(d *doc.Document, e doc.Entity) []Entity {
	var out []Entity
	for _, mi := range e.Mentions {
		m := d.Mentions[mi]
		out = append(out, Entity{ID: doc.LocalID(d, "unresolved", m.Start), Name: m.Text, Type: e.Type,
			Mentions: []Mention{{m.Start, m.End, m.Text, m.Kind}}})
	}
	return out
}

func outQuote(d *doc.Document, q doc.Quote) Quote {
	oq := Quote{Direct: q.Direct, Continued: q.Continued, Addressee: entityRef(d, q.Addressee)}
	if len(q.Content) > 0 {
		first, last := q.Content[0], q.Content[len(q.Content)-1]
		oq.Content = Span{Start: first.Start, End: last.End}
		if len(q.Content) > 1 {
			oq.Content.Fragments = q.Content
		}
	}
	if q.Cue != nil {
		oq.Cue = &Span{Start: q.Cue.Start, End: q.Cue.End, Text: d.Slice(*q.Cue)}
	}
	switch {
	case q.Speaker >= 0:
		sp := mentionSpeaker(d, q.Speaker)
		oq.Speaker = &sp
	case q.SpeakerSpan != nil:
		oq.Speaker = &Speaker{Start: q.SpeakerSpan.Start, End: q.SpeakerSpan.End, Text: d.Slice(*q.SpeakerSpan)}
	}
	for _, c := range d.OtherSpeakers(q) {
		oq.CoSpeakers = append(oq.CoSpeakers, mentionSpeaker(d, c))
	}
	return oq
}

// mentionSpeaker is the speaker that mention mi names.
func mentionSpeaker(d *doc.Document, mi int) Speaker {
	m := d.Mentions[mi]
	return Speaker{Entity: entityRef(d, mi), Start: m.Start, End: m.End, Text: m.Text}
}

// Rename gives entities other ids, and types, after From: rename returns
// an entity's new id and type, and false to leave it as it is. Every
// reference to the entity (speakers, addressees, arguments, places,
// relations, the source of a reported event's factuality) follows. The
// extract command renders documents with placeholder ids and renames them
// once the corpus is resolved.
func (r *Result) Rename(rename func(id string) (string, doc.EntityType, bool)) {
	ref := func(id *string) {
		if id != nil {
			if to, _, ok := rename(*id); ok {
				*id = to
			}
		}
	}
	for i := range r.Entities {
		e := &r.Entities[i]
		if to, typ, ok := rename(e.ID); ok {
			e.ID, e.Type = to, typ
		}
		for k := range e.Nested {
			ref(&e.Nested[k].In)
		}
	}
	for i := range r.Quotes {
		q := &r.Quotes[i]
		ref(q.Addressee)
		if q.Speaker != nil {
			ref(q.Speaker.Entity)
		}
		for k := range q.CoSpeakers {
			ref(q.CoSpeakers[k].Entity)
		}
	}
	for i := range r.Events {
		ev := &r.Events[i]
		ref(ev.Place)
		for k := range ev.Args {
			ref(&ev.Args[k].Entity)
		}
		if ev.Factuality != nil && ev.Factuality.Source != nil {
			ref(ev.Factuality.Source.Entity)
		}
	}
	for i := range r.Relations {
		ref(&r.Relations[i].Holder)
		ref(&r.Relations[i].Relative)
	}
}
