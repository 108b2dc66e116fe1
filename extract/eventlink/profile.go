package eventlink

import (
	"sort"
	"strings"
)

// profile is what one event says of who took part and when: its
// participants by role (Arg0 and Arg1 as one for a symmetric type: "A met
// B" is "B met A"), each entity id marked as unnamed ("\x01" before it)
// when it means something in its article only, and its date.
type profile struct {
	art   int
	verb  bool
	roles map[string][]string
	date  string
	kinds map[string]string // every participant's key -> its kind (agentKind)
}

func newProfile(it item) profile {
	p := profile{art: it.art, verb: it.ev.Verb, roles: map[string][]string{}, date: datePrefix.FindString(it.ev.Time), kinds: map[string]string{}}
	for _, a := range it.ev.Args {
		role := a.Role
		if symmetric[it.ev.Type] && role == "Arg1" {
			role = "Arg0"
		}
		key := a.Entity
		if a.Unnamed {
			key = "\x01" + key
		}
		if !contains(p.roles[role], key) {
			p.roles[role] = append(p.roles[role], key)
		}
		p.kinds[key] = agentKind(a.Kind)
	}
	for _, ks := range p.roles {
		sort.Strings(ks)
	}
	return p
}

// named reports whether the profile names any participant.
func (p profile) named() bool { return len(p.kinds) > 0 }

// overlaps reports whether p and q have a participant in common, in any
// roles (a parse may give one participant two roles: "the arrest of X"
// and "X was arrested").
func (p profile) overlaps(q profile) bool {
	for k := range p.kinds {
		if _, ok := q.kinds[k]; ok {
			return true
		}
	}
	return false
}

// empty reports whether the profile says nothing that could set its
// event apart from another.
func (p profile) empty() bool {
	if p.date != "" {
		return false
	}
	for _, r := range coreRoles {
		if len(p.roles[r]) > 0 {
			return false
		}
	}
	return true
}

// comparable lists the participants of p in role that can be compared
// with those of q: named ones, and unnamed ones when both are of one
// article.
func (p profile) comparable(q profile, role string) []string {
	var out []string
	for _, k := range p.roles[role] {
		if k[0] != '\x01' || p.art == q.art {
			out = append(out, k)
		}
	}
	return out
}

// shared counts the participants p and q have in common, in any role.
func (p profile) shared(q profile) int {
	n := 0
	for r := range p.roles {
		n += len(intersect(p.comparable(q, r), q.comparable(p, r)))
	}
	return n
}

// conflicts reports whether p and q cannot be one event: both name
// participants of a core role (or places) and each names one the other
// does not ("Smith was arrested" and "Jones was arrested"; "A met B" and
// "A met C"; one report may leave out a participant, not put in
// another), or both are dated and the dates cannot be one day. Within
// one article, two reports told by verbs that each name someone but none
// in common, in any role, are two events: an article that tells one event
// again by a verb repeats one of its participants ("Obama cut emissions"
// and "cut the Europeans' quota"), while a repeated event noun ("the
// strike by the union" and "the strike at the port") may not. Only
// participants of one kind are compared (ofKinds). Across articles a
// participant matches its own body or member in the other (bodies: "the
// navy" and "the navy's frigate Sukanya" may both be who captured the
// pirates); within one, a member and its body tell two events ("Comey
// said ..." and "the FBI said ...": an article that tells one event twice
// names one of them twice).
func (p profile) conflicts(q profile, in bodies) bool {
	if p.art == q.art && p.verb && q.verb && p.named() && q.named() && !p.overlaps(q) {
		return true // one article names someone of each: two events unless one is in both
	}
	if p.art == q.art {
		in = nil
	}
	for _, r := range coreRoles {
		a0, b0 := p.comparable(q, r), q.comparable(p, r)
		a, b := p.ofKinds(a0, q, b0), q.ofKinds(b0, p, a0)
		if len(a) > 0 && len(b) > 0 && !in.matchAll(a, b) && !in.matchAll(b, a) {
			return true
		}
	}
	return p.date != "" && q.date != "" && !strings.HasPrefix(p.date, q.date) && !strings.HasPrefix(q.date, p.date)
}

// ofKinds keeps the participants ks of p of a type that one of q's
// participants others (in the same role) is of: a place read as who was
// killed ("New York woman") beside a person says nothing against another
// report's person.
func (p profile) ofKinds(ks []string, q profile, others []string) []string {
	has := map[string]bool{}
	for _, k := range others {
		has[q.kinds[k]] = true
	}
	var out []string
	for _, k := range ks {
		if has[p.kinds[k]] {
			out = append(out, k)
		}
	}
	return out
}

// agentKind is the kind of participant a type is: people and
// organisations act alike ("the FBI" and "Comey" may both be who
// investigated), places, things and events apart.
func agentKind(t string) string {
	if t == "PERSON" || t == "ORGANIZATION" {
		return "agent"
	}
	return t
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

// intersect returns the strings of a that are in b.
func intersect(a, b []string) []string {
	var out []string
	for _, x := range a {
		if contains(b, x) {
			out = append(out, x)
		}
	}
	return out
}
