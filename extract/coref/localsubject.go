package coref

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
)

// What localSubject reads to keep an object pronoun off the subject of
// its own clause (binding principle B) when that subject is a pronoun
// placed before it or a gerund's owner, and where the parse leaves the
// subject too uncertain to rule anyone out.

// sharedSubject reports whether subject word s is the subject of verb h
// or of the verbs h is a conjunct or a controlled complement of ("he
// wants to isolate him", "she smiled and thanked her"), not of a clause
// an adverbial participle hangs from ("he backed it, putting him ...").
func sharedSubject(d *doc.Document, h, s int) bool {
	for steps := 0; h >= 0 && steps < 10; steps++ {
		if d.Words[s].Head == h {
			return true
		}
		if !doc.RelIs(d.Words[h].Rel, "conj", "xcomp") {
			return false
		}
		h = d.Words[h].Head
	}
	return false
}

// toldClause reports whether verb v heads what someone is told ("Berg
// told Lund he would help him"): its subject pronoun may be the teller or
// the one told, too uncertain to rule out anyone.
func toldClause(d *doc.Document, v int) bool {
	p := d.Words[v].Head
	return p >= 0 && doc.RelIs(d.Words[v].Rel, "ccomp") && len(d.Dependents(p, "obj", "iobj")) > 0
}

// plainObject reports whether object pronoun w is no possessive the
// parse read as an object: "her" before a word that may be what she owns
// ("she will resign her post", parsed as "her" and a verb "post").
func plainObject(d *doc.Document, w int) bool {
	if strings.ToLower(d.Words[w].Text) != "her" || w+1 >= len(d.Words) {
		return true
	}
	switch d.Words[w+1].UPOS {
	case "NOUN", "PROPN", "ADJ", "ADV", "VERB", "NUM": // "turned her back"
		return false
	}
	return true
}

// clauseSubjects are the subjects of the clause headed by verb h: a
// gerund's owner is its subject ("Lund's calling him a fool": Lund, not
// the subject of the clause above the gerund).
func clauseSubjects(d *doc.Document, h int) []int {
	if d.Words[h].XPOS == "VBG" && len(d.Dependents(h, "nsubj")) == 0 {
		if ws := d.Dependents(h, "nmod:poss"); len(ws) > 0 {
			return ws
		}
	}
	return d.Subjects(h)
}

// placedPronoun is the entity of the pronoun at token t, once placed,
// that accept takes, and no reflexive; -1 otherwise.
func placedPronoun(d *doc.Document, t int, accept func(m doc.Mention) bool) int {
	i := pronounMentionAt(d, t)
	if i < 0 || d.Mentions[i].Entity < 0 || !accept(d.Mentions[i]) ||
		strings.HasSuffix(strings.ToLower(d.Tokens[t].Text), "self") {
		return -1
	}
	return d.Mentions[i].Entity
}
