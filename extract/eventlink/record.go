package eventlink

import (
	"sort"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/link"
)

// Event is what resolution reads of one event of one article.
type Event struct {
	// Local is the event's index in its document's Events.
	Local int    `json:"l"`
	Type  string `json:"t"`
	// Args are its participants that are named entities (only a name is
	// recognised in another article), place included as Argm-LOC.
	Args []Arg `json:"a,omitempty"`
	// Time is its TIMEX3 value, "" when unknown.
	Time string `json:"d,omitempty"`
}

// Arg is a named participant of an event: its role and entity id.
type Arg struct {
	Role   string `json:"r"`
	Entity string `json:"e"`
}

// Article is what resolution reads of one article: its events and the
// named entities it mentions, with their mention counts (what tells the
// story it belongs to).
type Article struct {
	Events []Event        `json:"e,omitempty"`
	Names  map[string]int `json:"n,omitempty"`
}

// Records lists the events of d and its named entities, by the ids the
// entities have in d at the time (placeholders the caller renames once the
// corpus resolved them: Rename).
func Records(d *doc.Document) Article {
	a := Article{Names: map[string]int{}}
	named := func(mi int) (string, bool) {
		if mi < 0 || mi >= len(d.Mentions) {
			return "", false
		}
		e := d.Mentions[mi].Entity
		if e < 0 || !link.Linkable(d, e) {
			return "", false
		}
		return d.Entities[e].ID, true
	}
	for i := range d.Entities {
		if link.Linkable(d, i) {
			a.Names[d.Entities[i].ID] += len(d.Entities[i].Mentions)
		}
	}
	for i, ev := range d.Events {
		r := Event{Local: i, Type: ev.Type, Time: ev.Time}
		for _, x := range ev.Args {
			if id, ok := named(x.Mention); ok {
				r.Args = append(r.Args, Arg{Role: x.Role, Entity: id})
			}
		}
		if id, ok := named(ev.Place); ok {
			r.Args = append(r.Args, Arg{Role: "Argm-LOC", Entity: id})
		}
		a.Events = append(a.Events, r)
	}
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
}

// roleSet is an event's (or a cluster's) named participants by role.
type roleSet map[string][]string

func (e Event) roles() roleSet {
	rs := roleSet{}
	for _, a := range e.Args {
		rs.add(a.Role, a.Entity)
	}
	return rs
}

func (rs roleSet) add(role, id string) {
	for _, x := range rs[role] {
		if x == id {
			return
		}
	}
	rs[role] = append(rs[role], id)
	sort.Strings(rs[role])
}

// shared counts the participants two role sets have in common, role by role.
func (rs roleSet) shared(o roleSet) int {
	n := 0
	for r, ids := range rs {
		for _, id := range ids {
			for _, x := range o[r] {
				if x == id {
					n++
				}
			}
		}
	}
	return n
}
