package eventlink

import (
	"strconv"
	"testing"

	"github.com/newsgraph/newsgraph/extract/link"
	"github.com/stretchr/testify/assert"
)

// story is the names of an article about a harbour strike in a made-up
// town; other is an article about something else.
var (
	story = map[string]int{"lena-morvik": 3, "port-aldren": 2, "dockworkers-union": 2}
	other = map[string]int{"orchard-valley-fc": 2, "tomas-reyl": 1}
)

func ev(local int, typ, time string, args ...string) Event {
	e := Event{Local: local, Type: typ, Time: time}
	for i := 0; i+1 < len(args); i += 2 {
		e.Args = append(e.Args, Arg{Role: args[i], Entity: args[i+1]})
	}
	return e
}

func resolve(arts map[string]Article, order []string) *Resolution {
	c := NewCorpus()
	for _, k := range order {
		c.Put(k, arts[k])
	}
	return c.Resolve()
}

func TestTwoArticlesReportingOneMeetingShareItsID(t *testing.T) {
	arts := map[string]Article{
		"a": {Names: story, Events: []Event{ev(0, "MEET", "2024-05-02", "Arg0", "lena-morvik", "Arg1", "dockworkers-union")}},
		// the other side as the subject: a meeting has no agent
		"b": {Names: story, Events: []Event{ev(0, "MEET", "2024-05", "Arg0", "dockworkers-union", "Arg1", "lena-morvik")}},
	}
	r := resolve(arts, []string{"a", "b"})
	assert.Equal(t, r.IDs("a")[0], r.IDs("b")[0])
	assert.Regexp(t, `^meet-dockworkers-union-lena-morvik-2024-05-02-[0-9a-f]{6}$`, r.IDs("a")[0])
}

func TestDifferentParticipantsOrDatesStayApart(t *testing.T) {
	arts := map[string]Article{
		"a": {Names: story, Events: []Event{
			ev(0, "ARREST", "", "Arg1", "lena-morvik"),
			ev(1, "ATTACK", "2024-05-02", "Argm-LOC", "port-aldren"),
		}},
		"b": {Names: story, Events: []Event{
			ev(0, "ARREST", "", "Arg1", "tomas-reyl"),
			ev(1, "ATTACK", "2024-06-11", "Argm-LOC", "port-aldren"),
			ev(2, "ARREST", ""), // no one named: may be either arrest
		}},
	}
	r := resolve(arts, []string{"a", "b"})
	assert.NotEqual(t, r.IDs("a")[0], r.IDs("b")[0], "two people arrested")
	assert.NotEqual(t, r.IDs("a")[1], r.IDs("b")[1], "two dates")
	assert.Contains(t, []string{r.IDs("a")[0], r.IDs("b")[0]}, r.IDs("b")[2], "the unnamed arrest joins one of them")
}

func TestUnrelatedStoriesStayApart(t *testing.T) {
	arts := map[string]Article{
		"a": {Names: story, Events: []Event{ev(0, "WIN", "")}},
		"b": {Names: story, Events: []Event{ev(0, "WIN", "")}},
		"c": {Names: other, Events: []Event{ev(0, "WIN", "")}},
		"d": {Names: other, Events: []Event{ev(0, "WIN", "")}},
	}
	r := resolve(arts, []string{"a", "b", "c", "d"})
	assert.Equal(t, r.IDs("a")[0], r.IDs("b")[0])
	assert.Equal(t, r.IDs("c")[0], r.IDs("d")[0])
	assert.NotEqual(t, r.IDs("a")[0], r.IDs("c")[0], "no names in common: two stories")
}

func TestStatementsJoinOnlyAcrossArticlesWithTheirSpeaker(t *testing.T) {
	arts := map[string]Article{
		"a": {Names: story, Events: []Event{
			ev(0, "STATEMENT", "2024-05-02", "Arg0", "lena-morvik"),
			ev(1, "STATEMENT", "2024-05-02", "Arg0", "lena-morvik"), // a second thing she said
			ev(2, "STATEMENT", "2024-05-02"),
			ev(3, "STATEMENT", "", "Arg0", "lena-morvik"),
		}},
		"b": {Names: story, Events: []Event{
			ev(0, "STATEMENT", "2024-05-02", "Arg0", "lena-morvik"),
			ev(1, "STATEMENT", "2024-05-02"),
			ev(2, "STATEMENT", "", "Arg0", "lena-morvik"),
			ev(3, "STATEMENT", "2024-05-03", "Arg0", "lena-morvik"),
		}},
	}
	r := resolve(arts, []string{"a", "b"})
	a, b := r.IDs("a"), r.IDs("b")
	assert.NotEqual(t, a[0], a[1], "one article tells each statement once")
	assert.Equal(t, a[0], b[0], "her statement of that day reported by both")
	assert.NotEqual(t, a[2], b[1], "no speaker named: nothing says they are one")
	assert.NotEqual(t, a[2], a[0])
	assert.NotEqual(t, a[3], b[2], "undated: she may have said many things")
	assert.NotEqual(t, a[0], b[3], "another day, another statement")
}

func TestOneArticleMayReportAnEventTwice(t *testing.T) {
	arts := map[string]Article{
		"a": {Names: story, Events: []Event{
			ev(0, "ATTACK", "", "Arg0", "lena-morvik", "Argm-LOC", "port-aldren"),
			ev(1, "ATTACK", ""), // "the attack"
		}},
		"b": {Names: story, Events: []Event{
			ev(0, "ATTACK", "", "Arg0", "lena-morvik"),
			ev(1, "ATTACK", "", "Arg0", "tomas-reyl"),
			ev(2, "ATTACK", ""), // which one?
			ev(3, "ATTACK", "", "Arg0", "guard-b-12"),
		}},
	}
	arts["b"].Events[3].Args[0].Unnamed = true // "the guard attacked"
	r := resolve(arts, []string{"a", "b"})
	a, b := r.IDs("a"), r.IDs("b")
	assert.Equal(t, a[0], a[1], "the attack its article tells")
	assert.Equal(t, a[0], b[0], "her attack in both")
	assert.NotEqual(t, b[0], b[1], "another attacker, another attack")
	for _, x := range []string{b[0], b[1], b[3]} {
		assert.NotEqual(t, x, b[2], "two attacks told: the bare one is neither")
	}
	assert.NotEqual(t, b[3], b[0], "an attacker the article does not name is not one it names")
}

func TestGenericEventsJoinNone(t *testing.T) {
	arts := map[string]Article{
		"a": {Names: story, Events: []Event{ev(0, "AGREE", ""), {Local: 1, Type: "AGREE", Generic: true}}},
		"b": {Names: story, Events: []Event{ev(0, "AGREE", "")}},
	}
	r := resolve(arts, []string{"a", "b"})
	assert.Equal(t, r.IDs("a")[0], r.IDs("b")[0], "the one deal of the story")
	assert.NotEqual(t, r.IDs("a")[0], r.IDs("a")[1], "\"deals\" are no one deal")
}

func TestIDsDoNotDependOnOrder(t *testing.T) {
	arts := map[string]Article{
		"a": {Names: story, Events: []Event{ev(0, "ARREST", "", "Arg1", "lena-morvik"), ev(1, "STRIKE", "")}},
		"b": {Names: story, Events: []Event{ev(0, "ARREST", "", "Arg1", "tomas-reyl"), ev(1, "STRIKE", "2024-05")}},
		"c": {Names: story, Events: []Event{ev(0, "ARREST", ""), ev(1, "STRIKE", "2024-06")}},
		"d": {Names: other, Events: []Event{ev(0, "ARREST", "")}},
	}
	want := resolve(arts, []string{"a", "b", "c", "d"})
	for _, order := range [][]string{{"d", "c", "b", "a"}, {"c", "a", "d", "b"}, {"b", "d", "a", "c"}} {
		got := resolve(arts, order)
		for k := range arts {
			assert.Equal(t, want.IDs(k), got.IDs(k), "article %s, order %v", k, order)
		}
	}
	c := NewCorpus()
	for _, k := range []string{"a", "b", "c", "d"} {
		c.Put(k, arts[k])
	}
	c.Drop("b")
	c.Put("b", arts["b"])
	assert.Equal(t, want.IDs("c"), c.Resolve().IDs("c"), "removed and added back")
}

func TestRenameFollowsTheCorpusIDs(t *testing.T) {
	a := Records0()
	a.Rename(func(id string) (string, bool) {
		if id == "\x000" {
			return "lena-morvik", true
		}
		return "", false
	})
	assert.Equal(t, map[string]int{"lena-morvik": 2, "port-aldren": 1}, a.Names)
	assert.Equal(t, "lena-morvik", a.Events[0].Args[0].Entity)
	assert.Equal(t, "port-aldren", a.Events[0].Args[1].Entity)
}

// Records0 is an article's records with a placeholder id, as the extract
// command holds them before the corpus is resolved.
func Records0() Article {
	return Article{Names: map[string]int{"\x000": 2, "port-aldren": 1},
		Events: []Event{ev(0, "STRIKE", "", "Arg0", "\x000", "Argm-LOC", "port-aldren")}}
}

func TestArticlesWeeksApartTellTwoStories(t *testing.T) {
	arts := map[string]Article{
		"a": {Names: story, Published: "2024-05-02", Events: []Event{ev(0, "AGREE", "")}},
		"b": {Names: story, Published: "2024-05-06", Events: []Event{ev(0, "AGREE", "")}},
		"c": {Names: story, Published: "2024-06-20", Events: []Event{ev(0, "AGREE", "")}},
	}
	r := resolve(arts, []string{"a", "b", "c"})
	assert.Equal(t, r.IDs("a")[0], r.IDs("b")[0], "days apart: one story")
	assert.NotEqual(t, r.IDs("a")[0], r.IDs("c")[0], "weeks apart: another agreement")
}

func TestIDsDoNotDependOnUnrelatedArticles(t *testing.T) {
	arts := map[string]Article{
		"a": {Names: story, Events: []Event{ev(0, "ARREST", "", "Arg1", "lena-morvik")}},
		"b": {Names: story, Events: []Event{ev(0, "ARREST", "", "Arg1", "lena-morvik")}},
		"c": {Names: story, Events: []Event{ev(0, "ARREST", "", "Arg1", "tomas-reyl")}},
	}
	for _, e := range []Article{{Names: story, Events: []Event{ev(0, "ARREST", "", "Arg1", "dockworkers-union")}}} {
		before := resolve(arts, []string{"a", "b", "c"})
		arts["0"] = e // another arrest, first in order
		after := resolve(arts, []string{"0", "a", "b", "c"})
		for _, k := range []string{"a", "b", "c"} {
			assert.Equal(t, before.IDs(k), after.IDs(k), "article %s", k)
		}
	}
}

// A follow-up months later that tells an event again with who and where
// ("when the two met in Port Aldren") reports the same event; one that
// says less, or names another place or another date, does not.
func TestAnEventToldAgainMonthsLaterIsOneEvent(t *testing.T) {
	meet := func(date string, args ...string) Event { return ev(0, "MEET", date, args...) }
	arts := map[string]Article{
		"a": {Names: story, Published: "2024-01-02", Events: []Event{meet("2023-12-28", "Arg0", "ines-vidal", "Arg1", "marco-belli", "Argm-LOC", "port-aldren")}},
		"b": {Names: story, Published: "2024-07-11", Events: []Event{meet("", "Arg0", "marco-belli", "Arg1", "ines-vidal", "Argm-LOC", "port-aldren")}},
		"c": {Names: story, Published: "2024-09-01", Events: []Event{meet("", "Arg0", "ines-vidal", "Arg1", "marco-belli", "Argm-LOC", "vesk")}},
		"d": {Names: story, Published: "2024-10-01", Events: []Event{meet("2024-09-30", "Arg0", "ines-vidal", "Arg1", "marco-belli", "Argm-LOC", "port-aldren")}},
		"e": {Names: story, Published: "2024-11-01", Events: []Event{meet("", "Arg0", "ines-vidal", "Argm-LOC", "port-aldren")}},
	}
	r := resolve(arts, []string{"a", "b", "c", "d", "e"})
	assert.Equal(t, r.IDs("a")[0], r.IDs("b")[0], "the same two people in the same place, told again")
	assert.NotEqual(t, r.IDs("a")[0], r.IDs("c")[0], "another place: another meeting")
	assert.NotEqual(t, r.IDs("a")[0], r.IDs("d")[0], "another date: another meeting")
	assert.NotEqual(t, r.IDs("a")[0], r.IDs("e")[0], "one person and a place say too little")
	rev := resolve(arts, []string{"e", "d", "c", "b", "a"})
	for _, k := range []string{"a", "b", "c", "d", "e"} {
		assert.Equal(t, r.IDs(k), rev.IDs(k), "article %s", k)
	}
}

func TestOneArticlesVerbsWithNoParticipantInCommonAreTwoEvents(t *testing.T) {
	verb := func(e Event) Event { e.Verb = true; return e }
	arts := map[string]Article{
		"a": {Names: story, Events: []Event{
			verb(ev(0, "DECREASE", "", "Arg0", "lena-morvik")),       // "Morvik cut the fees"
			verb(ev(1, "DECREASE", "", "Arg1", "dockworkers-union")), // "the port cut the union's pay"
			verb(ev(2, "DECREASE", "2024-05")),                       // "fees fell in May": no bridge
			verb(ev(3, "DECREASE", "", "Arg1", "lena-morvik")),       // her in another role: may be one
			ev(4, "STRIKE", "", "Arg0", "dockworkers-union"),         // "the strike by the union"
			ev(5, "STRIKE", "", "Argm-LOC", "port-aldren"),           // "the strike at the port": a noun tells it again
		}},
	}
	ids := resolve(arts, []string{"a"}).IDs("a")
	assert.NotEqual(t, ids[0], ids[1], "nobody in common")
	assert.Equal(t, ids[0], ids[3], "one participant in two roles")
	assert.Equal(t, ids[4], ids[5], "a repeated event noun")
	// Without the verb mark the rule does not apply: the union's and
	// Morvik's cuts are one.
	arts["a"].Events[1].Verb = false
	ids = resolve(arts, []string{"a"}).IDs("a")
	assert.Equal(t, ids[0], ids[1])
}

func TestOnlyParticipantsOfOneKindTellEventsApart(t *testing.T) {
	kinded := func(local int, typ string, args ...Arg) Event { return Event{Local: local, Type: typ, Args: args} }
	lena := Arg{Role: "Arg1", Entity: "lena-morvik", Kind: "PERSON"}
	tomas := Arg{Role: "Arg1", Entity: "tomas-reyl", Kind: "PERSON"}
	port := Arg{Role: "Arg1", Entity: "port-aldren", Kind: "PLACE"} // "a Port Aldren woman died", misread
	union := Arg{Role: "Arg1", Entity: "dockworkers-union", Kind: "ORGANIZATION"}
	arts := map[string]Article{
		"a": {Names: story, Events: []Event{kinded(0, "DIE", lena), kinded(1, "ARREST", lena)}},
		"b": {Names: story, Events: []Event{kinded(0, "DIE", port), kinded(1, "ARREST", union)}},
		"c": {Names: story, Events: []Event{kinded(0, "DIE", tomas)}},
	}
	r := resolve(arts, []string{"a", "b", "c"})
	assert.Equal(t, r.IDs("a")[0], r.IDs("b")[0], "a place where a person is expected says nothing against her")
	assert.NotEqual(t, r.IDs("a")[1], r.IDs("b")[1], "a person and an organisation are two agents")
	assert.NotEqual(t, r.IDs("a")[0], r.IDs("c")[0], "two people died")
}

func TestABodyAndItsMemberAreOneSide(t *testing.T) {
	// "the coast guard seized the trawler"; "the cutter Skarv seized the
	// trawler"; a third article says "the coast guard's cutter Skarv".
	seize := func(agent string) Event { return ev(0, "SEIZE", "", "Arg0", agent, "Arg1", "trawler-nordkapp") }
	names := map[string]int{"coast-guard": 2, "skarv": 2, "trawler-nordkapp": 2, "harbour-police": 1}
	arts := map[string]Article{
		"a": {Names: names, Events: []Event{seize("coast-guard")}},
		"b": {Names: names, Events: []Event{seize("skarv")}},
		"c": {Names: names, Events: []Event{seize("harbour-police")}},
		"d": {Names: names, Events: []Event{ev(0, "PATROL", "", "Arg0", "skarv")},
			Members: []Member{{Part: "skarv", Body: "coast-guard"}}},
	}
	orders := [][]string{{"a", "b", "c", "d"}, {"d", "c", "b", "a"}, {"b", "d", "a", "c"}}
	want := resolve(arts, orders[0])
	assert.Equal(t, want.IDs("a")[0], want.IDs("b")[0], "the body and its ship")
	assert.NotEqual(t, want.IDs("a")[0], want.IDs("c")[0], "two bodies")
	for _, order := range orders[1:] {
		got := resolve(arts, order)
		for k := range arts {
			assert.Equal(t, want.IDs(k), got.IDs(k), "article %s, order %v", k, order)
		}
	}
	d := arts["d"]
	d.Members = nil
	arts["d"] = d
	r := resolve(arts, orders[0])
	assert.NotEqual(t, r.IDs("a")[0], r.IDs("b")[0], "nothing ties the ship to the body")
}

func TestAMemberAndItsBodyInOneArticleAreTwoEvents(t *testing.T) {
	verb := func(e Event) Event { e.Verb = true; return e }
	arts := map[string]Article{
		"a": {Names: story, Events: []Event{
			verb(ev(0, "STATEMENT", "", "Arg0", "dockworkers-union")), // "the union said"
			verb(ev(1, "STATEMENT", "", "Arg0", "lena-morvik")),       // "Morvik, a member of the union, said"
			verb(ev(2, "STRIKE", "", "Arg0", "dockworkers-union")),    // "the union struck"
			ev(3, "STRIKE", "", "Arg0", "lena-morvik"),                // "the strike by Morvik"
		}, Members: []Member{{Part: "lena-morvik", Body: "dockworkers-union"}}},
	}
	ids := resolve(arts, []string{"a"}).IDs("a")
	assert.NotEqual(t, ids[0], ids[1])
	assert.NotEqual(t, ids[2], ids[3], "an article that tells one event twice names one participant twice")
}

func TestRenameRenamesMembers(t *testing.T) {
	a := Article{Events: []Event{ev(0, "SEIZE", "")}, Members: []Member{{Part: LocalRef(0), Body: LocalRef(1)}}}
	b := a.Renamed([]link.Outcome{{Local: 0, ID: "skarv"}, {Local: 1, ID: "coast-guard"}})
	assert.Equal(t, []Member{{Part: "skarv", Body: "coast-guard"}}, b.Members)
	assert.Equal(t, LocalRef(0), a.Members[0].Part, "the original keeps its refs")
}

func TestABodyOfManyNamedMembersStandsForNone(t *testing.T) {
	// "the Harbour Party campaigned" and "Ola Berg campaigned": one of the
	// party's many candidates acts apart from it.
	names := map[string]int{"harbour-party": 3, "port-aldren": 2}
	arts := map[string]Article{
		"a": {Names: names, Events: []Event{ev(0, "CAMPAIGN", "", "Arg0", "harbour-party", "Argm-LOC", "port-aldren")}},
		"b": {Names: names, Events: []Event{ev(0, "CAMPAIGN", "", "Arg0", "ola-berg", "Argm-LOC", "port-aldren")}},
		"c": {Names: names, Events: []Event{ev(0, "VOTE", "")}},
	}
	few := Article{Names: names, Events: []Event{ev(0, "VOTE", "")}}
	for i := range maxMembers {
		few.Members = append(few.Members, Member{Part: "candidate-" + strconv.Itoa(i), Body: "harbour-party"})
	}
	few.Members[0].Part = "ola-berg"
	arts["c"] = few
	r := resolve(arts, []string{"a", "b", "c"})
	assert.Equal(t, r.IDs("a")[0], r.IDs("b")[0], "a body of few members")
	few.Members = append(few.Members, Member{Part: "candidate-x", Body: "harbour-party"})
	arts["c"] = few
	r = resolve(arts, []string{"a", "b", "c"})
	assert.NotEqual(t, r.IDs("a")[0], r.IDs("b")[0], "one more named member")
}
