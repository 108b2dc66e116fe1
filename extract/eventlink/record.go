package eventlink

import (
	"encoding/json"
	"strconv"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
	"github.com/newsgraph/newsgraph/extract/link"
)

// onePlural are plural nouns that name one event ("the talks").
var onePlural = lex.Words("event/onePlural")

// Event is what resolution reads of one event of one article.
type Event struct {
	// Local is the event's index in its document's Events.
	Local int    `json:"l"`
	Type  string `json:"t"`
	// Args are its participants that are entities, place included as
	// Argm-LOC.
	Args []Arg `json:"a,omitempty"`
	// Time is its TIMEX3 value, "" when unknown.
	Time string `json:"d,omitempty"`
	// Generic is set for a trigger that names no one event: a plural noun
	// ("the deals", "the primaries") or an event told as generic.
	Generic bool `json:"g,omitempty"`
	// Verb is set for an event told by a verb: one article's verbs that
	// name no participant in common tell two events (profile.conflicts).
	Verb bool `json:"v,omitempty"`
}

// Arg is a participant of an event: its role and entity id.
type Arg struct {
	Role   string `json:"r"`
	Entity string `json:"e"`
	// Unnamed is set for an entity the article does not name ("the
	// senator", "rescuers"): its id means something in its article only.
	Unnamed bool `json:"u,omitempty"`
	// Kind is the entity's type (PERSON, PLACE ...): only participants of
	// one kind tell two events apart.
	Kind string `json:"k,omitempty"`
}

// Article is what resolution reads of one article: its events and the
// named entities it mentions, with their mention counts (what tells the
// story it belongs to).
type Article struct {
	Events []Event        `json:"e,omitempty"`
	Names  map[string]int `json:"n,omitempty"`
	// Published is the article's date ("2006-01-02"), "" when unknown:
	// articles published far apart tell no story together (story.go).
	Published string `json:"p,omitempty"`
	// Members are the ties of its participants to the organisations they
	// belong to (member.go).
	Members []Member `json:"m,omitempty"`
}

// LocalRef is how Records names the named entity with index i in its
// document, until Rename gives it the id resolution across documents gave
// it (link.Outcome).
func LocalRef(i int) string { return "\x00" + strconv.Itoa(i) }

// Records lists the events of d and its named entities, a named entity by
// its LocalRef (the caller renames them once the corpus resolved them:
// Rename), an unnamed one by the id it has in d.
func Records(d *doc.Document) Article {
	a := Article{Names: map[string]int{}}
	if !d.Date.IsZero() {
		a.Published = d.Date.Format(time.DateOnly)
	}
	ref := func(e int) (id string, unnamed, ok bool) {
		switch {
		case e < 0 || d.Entities[e].Ambiguous() || d.Entities[e].ID == "":
			return "", false, false
		case link.Linkable(d, e):
			return LocalRef(e), false, true
		}
		return d.Entities[e].ID, true, true
	}
	arg := func(role string, mi int) (Arg, bool) {
		if mi < 0 || mi >= len(d.Mentions) {
			return Arg{}, false
		}
		e := d.Mentions[mi].Entity
		id, unnamed, ok := ref(e)
		if !ok {
			return Arg{}, false
		}
		return Arg{Role: role, Entity: id, Unnamed: unnamed, Kind: string(d.Entities[e].Type)}, true
	}
	for i := range d.Entities {
		if link.Linkable(d, i) {
			a.Names[LocalRef(i)] += len(d.Entities[i].Mentions)
		}
	}
	plural := map[int]bool{} // word starts of plural nouns that name several events
	for _, w := range d.Words {
		if (w.XPOS == "NNS" || w.XPOS == "NNPS") && !onePlural[strings.ToLower(w.Text)] {
			plural[w.Start] = true
		}
	}
	for i, ev := range d.Events {
		r := Event{Local: i, Type: ev.Type, Time: ev.Time,
			Generic: plural[ev.Trigger.Start] || ev.Factuality.SpecialCases == "GEN",
			Verb:    triggerVerb(d, ev.Trigger)}
		for _, x := range ev.Args {
			if a, ok := arg(x.Role, x.Mention); ok {
				r.Args = append(r.Args, a)
			}
		}
		if a, ok := arg("Argm-LOC", ev.Place); ok {
			r.Args = append(r.Args, a)
		}
		a.Events = append(a.Events, r)
	}
	a.Members = members(d, ref)
	return a
}

// Rename gives the entities of the article other ids (the corpus ids of
// link's resolution); rename returns false to keep an id.
func (a *Article) Rename(rename func(id string) (string, bool)) {
	to := func(id string) string {
		if n, ok := rename(id); ok {
			return n
		}
		return id
	}
	names := map[string]int{}
	for id, n := range a.Names {
		names[to(id)] += n
	}
	a.Names = names
	for i := range a.Events {
		for k := range a.Events[i].Args {
			a.Events[i].Args[k].Entity = to(a.Events[i].Args[k].Entity)
		}
	}
	for i := range a.Members {
		a.Members[i].Part, a.Members[i].Body = to(a.Members[i].Part), to(a.Members[i].Body)
	}
}

// Renamed returns a copy of the article with its named entities renamed
// by their local index as outs say (link's resolution).
func (a Article) Renamed(outs []link.Outcome) Article {
	ids := make(map[string]string, len(outs))
	for _, o := range outs {
		ids[LocalRef(o.Local)] = o.ID
	}
	b := Article{Names: a.Names, Published: a.Published, Events: make([]Event, len(a.Events)),
		Members: append([]Member(nil), a.Members...)}
	for i, e := range a.Events {
		e.Args = append([]Arg(nil), e.Args...)
		b.Events[i] = e
	}
	b.Rename(func(id string) (string, bool) {
		to, ok := ids[id]
		return to, ok
	})
	return b
}

// Keep returns the article with only the events keep accepts (those a
// caller writes out).
func (a Article) Keep(keep func(local int) bool) Article {
	b := Article{Names: a.Names, Published: a.Published, Members: a.Members}
	for _, e := range a.Events {
		if keep(e.Local) {
			b.Events = append(b.Events, e)
		}
	}
	return b
}

// Encode writes the article as the compact JSON stored with it ("" when
// it has no events).
func (a Article) Encode() string {
	if len(a.Events) == 0 {
		return ""
	}
	b, err := json.Marshal(a)
	if err != nil {
		panic(err) // strings, ints, bools and maps of them always marshal
	}
	return string(b)
}

// Decode reads what Encode wrote ("" is an article without events).
func Decode(s string) (Article, error) {
	var a Article
	if s == "" {
		return a, nil
	}
	err := json.Unmarshal([]byte(s), &a)
	return a, err
}

// triggerVerb reports whether the word that stands for the trigger's
// first token is a verb.
func triggerVerb(d *doc.Document, s doc.Span) bool {
	t := d.TokenAt(s.Start)
	if t < 0 {
		return false
	}
	w := d.TokenWord(t)
	return w >= 0 && d.Words[w].UPOS == "VERB"
}
