package eventlink

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
	"github.com/newsgraph/newsgraph/extract/lex"
)

var (
	// memberCases are the prepositions of an of-phrase that names a body:
	// "a member of the gang", "commandos from the frigate".
	memberCases = lex.Words("event/memberCases")
	// peerNouns describe an entity by one it faces, not its body: "chief
	// Intel rival AMD", "its former partner".
	peerNouns = lex.Words("event/peerNouns")
)

// Member says that the text ties an entity to an organisation it belongs
// to (membership, affiliation, ownership): one report may tell of the
// body ("the navy captured the pirates"), another of its member ("the
// frigate Sukanya captured the pirates"), and neither sets the event
// apart from the other. Both are named entities, known as Arg.Entity is
// (only named participants are compared across articles).
type Member struct {
	Part string `json:"p"`
	Body string `json:"b"`
}

// members lists the ties of d's entities to the organisations they
// belong to, as the text states them: the owner that opens a mention
// ("the navy's frigate Sukanya", "its commandos"), a name before its head
// ("Chargers receiver Vincent Jackson"), an of- or from-phrase
// on its head ("a member of the gang", "commandos from the Mysore"), and
// the affiliations the relation stage read ("Acme spokesman John Smith").
// ref gives an entity's id and whether it is unnamed, false for one that
// resolution cannot name (Records' arg); unnamed entities are left out.
func members(d *doc.Document, ref func(e int) (string, bool, bool)) []Member {
	seen := map[[2]int]bool{}
	var out []Member
	add := func(part, body int) {
		if part < 0 || body < 0 || part == body || seen[[2]int{part, body}] ||
			d.Entities[body].Type != doc.Organization {
			return
		}
		p, pu, ok := ref(part)
		b, bu, ok2 := ref(body)
		if !ok || !ok2 || pu || bu {
			return
		}
		seen[[2]int{part, body}] = true
		out = append(out, Member{Part: p, Body: b})
	}
	for _, m := range d.Mentions {
		if m.Entity < 0 {
			continue
		}
		for _, body := range owners(d, m) {
			add(m.Entity, body)
		}
	}
	for _, r := range d.Relations {
		if r.Kind == "affiliation" {
			add(d.Mentions[r.Holder].Entity, d.Mentions[r.Relative].Entity)
		}
	}
	return out
}

// owners are the entities that mention m names as what its entity
// belongs to: a possessor or a compound inside it, an of- or from-phrase
// on its head (an entity of the mention itself is no owner: add); none
// when the mention describes its entity as the peer of another (peerNouns).
func owners(d *doc.Document, m doc.Mention) []int {
	first, last := d.TokenWords(m.FirstTok, m.LastTok)
	for w := first; w < last; w++ {
		if peerNouns[strings.ToLower(d.Words[w].Lemma)] { // a noun, or an adjective: "chief Intel rival AMD"
			return nil
		}
	}
	var out []int
	for w := first; w < last; w++ {
		h := d.Words[w].Head
		if h >= first && h < last && (d.Words[w].Rel == "nmod:poss" || d.Words[w].Rel == "compound") {
			out = append(out, d.EntityCovering(d.Words[w].Token)) // "the navy's frigate", "Acme engineer Ian Marsh"
		}
	}
	h := d.HeadNoun(m.FirstTok, m.LastTok)
	if h < 0 {
		return out
	}
	for _, w := range append(d.Dependents(h, "flat"), h) { // "Ian Marsh of Acme": "of" hangs on "Marsh"
		for _, c := range d.Dependents(w, "nmod") {
			if memberCases[d.CaseWords(c)] {
				out = append(out, d.EntityCovering(d.Words[c].Token))
			}
		}
	}
	return out
}

// maxMembers is the most named members a body may have in one story for
// membership to stand for it: a party or a chamber with dozens of named
// members ("the GOP" and each of its candidates) acts apart from each.
const maxMembers = 6

// bodies is what the articles of a story say belongs to what: pairs of
// named participants' ids. Joined over a set of articles, it does not
// depend on their order.
type bodies map[[2]string]bool

func (b bodies) add(ms []Member) {
	for _, m := range ms {
		b[[2]string{m.Part, m.Body}] = true
	}
}

// prune drops the members of bodies with more than maxMembers.
func (b bodies) prune() {
	n := map[string]int{}
	for k := range b {
		n[k[1]]++
	}
	for k := range b {
		if n[k[1]] > maxMembers {
			delete(b, k)
		}
	}
}

// matchAll reports whether every participant of xs is one of ys or a
// member or body of one.
func (b bodies) matchAll(xs, ys []string) bool {
	for _, x := range xs {
		found := false
		for _, y := range ys {
			found = found || x == y || b[[2]string{x, y}] || b[[2]string{y, x}]
		}
		if !found {
			return false
		}
	}
	return true
}
