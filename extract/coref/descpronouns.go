package coref

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/doc"
)

// A "he" or "she" whose referent the text has only described so far ("The
// senator's wife arrived. She said ...") finds no antecedent when the
// pronouns are placed, before the descriptions are: news introduces many
// people by role or kinship alone. Once the descriptions have entities, such
// a pronoun joins the nearest singular person description of its sentence
// or the two before whose noun has the pronoun's gender ("wife", "father"),
// with no one between who could be meant instead. A noun of either gender
// ("the driver") is not taken: the pronoun passes, which weigh the names,
// left the pronoun alone, and a guess there is as often wrong. Within a
// sentence, a subject does not take an object pronoun of its own verb ("the
// mother thanked her": someone else). The link stays inside the document:
// it adds a mention, and descriptions are never matched across reports.

// linkDescribedPronouns gives the personal pronouns left without an entity
// the description they refer back to.
func linkDescribedPronouns(d *doc.Document) {
	linked := false
	for i := range d.Mentions {
		m := d.Mentions[i]
		if m.Kind != doc.Pronoun || m.Entity >= 0 || m.LastTok != m.FirstTok+1 || m.Gender != doc.Male && m.Gender != doc.Female {
			continue
		}
		if e := describedAntecedent(d, m); e >= 0 {
			d.Mentions[i].Entity = e
			d.Entities[e].Mentions = append(d.Entities[e].Mentions, i)
			if d.Entities[e].Gender == doc.Unknown {
				d.Entities[e].Gender = m.Gender
			}
			linked = true
		}
	}
	if linked {
		d.SortMentions()
	}
}

// describedAntecedent is the entity of the description pronoun p refers
// back to, or -1.
func describedAntecedent(d *doc.Document, p doc.Mention) int {
	sent := d.Tokens[p.FirstTok].Sentence
	for s := sent; s >= 0 && s >= sent-2; s-- {
		best, bestSubject := -1, false
		for _, m := range d.Mentions {
			if m.LastTok > p.FirstTok || d.Tokens[m.FirstTok].Sentence != s || !describesPerson(d, m) {
				continue
			}
			if m.Gender != p.Gender || rivalBetween(d, m, p) {
				continue
			}
			if s == sent && clauseMates(d, m, p) {
				continue // "the mother thanked her"
			}
			subj := subjectHead(d, m)
			if s == sent || best < 0 || subj || !bestSubject {
				best, bestSubject = m.Entity, subj // the nearest; in a sentence before, the nearest subject first
			}
		}
		if best >= 0 {
			return best
		}
	}
	return -1
}

// describesPerson reports whether m is a description of one person, of
// an entity with no name.
func describesPerson(d *doc.Document, m doc.Mention) bool {
	if m.Kind != doc.Nominal || m.Entity < 0 || m.Type != doc.Person || m.Gender == doc.Plural {
		return false
	}
	ent := &d.Entities[m.Entity]
	return ent.Type == doc.Person && !ent.Ambiguous() && ent.Gender != doc.Plural && !doc.HasNameMention(d, m.Entity) &&
		!strings.HasPrefix(ent.ID, "coord-")
}

// rivalBetween reports whether a mention of another single person who
// could be meant instead, of the pronoun's gender or of none stated,
// stands between description m and pronoun p ("a man told the driver to
// stop, but he drove on"). A description of the pronoun's gender is no
// rival but a candidate itself, weighed by describedAntecedent.
func rivalBetween(d *doc.Document, m, p doc.Mention) bool {
	for _, o := range d.Mentions {
		if o.FirstTok < m.LastTok || o.LastTok > p.FirstTok || o.Entity < 0 || o.Entity == m.Entity || o.Gender == doc.Plural ||
			o.Gender == p.Gender && describesPerson(d, o) {
			continue
		}
		g := d.Entities[o.Entity].Gender
		if o.Kind == doc.Nominal {
			g = o.Gender // "the driver" may be he, whoever coreference took it for
		}
		if d.Entities[o.Entity].Type == doc.Person && (g == p.Gender || g == doc.Unknown) {
			return true
		}
	}
	return false
}

// headWord is the word of mention m that the parse hangs outside it, -1
// without a parse.
func headWord(d *doc.Document, m doc.Mention) int {
	if len(d.Words) == 0 {
		return -1
	}
	first, last := d.TokenWords(m.FirstTok, m.LastTok)
	for w := first; w < last; w++ {
		if h := d.Words[w].Head; h < first || h >= last {
			return w
		}
	}
	return -1
}

// subjectHead reports whether mention m is the subject of its clause by
// the parse.
func subjectHead(d *doc.Document, m doc.Mention) bool {
	w := headWord(d, m)
	return w >= 0 && strings.HasPrefix(d.Words[w].Rel, "nsubj")
}

// clauseMates reports whether description m is the subject and pronoun p
// an object of the same verb, which a plain pronoun cannot share a
// referent with.
func clauseMates(d *doc.Document, m, p doc.Mention) bool {
	mw, pw := headWord(d, m), headWord(d, p)
	if mw < 0 || pw < 0 || !strings.HasPrefix(d.Words[mw].Rel, "nsubj") {
		return false
	}
	rel := d.Words[pw].Rel
	return d.Words[mw].Head == d.Words[pw].Head && (rel == "obj" || rel == "iobj")
}
