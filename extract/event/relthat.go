package event

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
)

// relativeThat reports whether w is a "that" the parser tagged a
// conjunction but hung as the subject or object of a relative clause
// ("the petition that the council rejected": "that" is rejected). The
// relation says pronoun where the tag says conjunction; the tag wins
// where "that" opens what a noun holds, after a content or event noun
// ("an admission that troops had fought"), and where the verb has the
// argument "that" would be ("the disclosure that she used a server").
func (x *ctx) relativeThat(w int) bool {
	d := x.d
	if d.Words[w].UPOS != "SCONJ" || !strings.EqualFold(d.Words[w].Text, "that") {
		return false
	}
	v := d.Words[w].Head
	if v < w || !doc.RelIs(d.Words[v].Rel, "acl:relcl") || !doc.RelIs(d.Words[w].Rel, "nsubj", "obj") {
		return false
	}
	n := d.Words[v].Head
	if n < 0 || contentNouns[x.lemma(n)] || x.eventNoun(n) {
		return false
	}
	base, _, _ := strings.Cut(d.Words[w].Rel, ":")
	return len(d.Dependents(v, base)) == 1
}

// soleSubject reports whether w is the only subject of its verb: a "that"
// there is a relative pronoun even after a content noun ("the promise that
// won her the race"), since the "that" opening a content clause is no
// part of it and the clause has a subject of its own.
func (x *ctx) soleSubject(w int) bool {
	d := x.d
	v := d.Words[w].Head
	return v > w && doc.RelIs(d.Words[w].Rel, "nsubj") && len(d.Dependents(v, "nsubj", "csubj")) == 1
}
