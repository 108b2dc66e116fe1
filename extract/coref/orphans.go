package coref

import (
	"github.com/newsgraph/newsgraph/extract/doc"
)

// linkOrphanPronouns gives a "he" or "she" that no named person took (the
// pronoun stage runs before the descriptions are placed) to the nearest
// description of a person of its gender before it, in its sentence or the
// one before: "the pregnant woman, she doesn't get enough iodine", "a
// man was arrested; he had ...". Not past a person's name that may be
// the one: the pronoun stage left it because that name is ambiguous
// ("Mr. LaRue" of several LaRues).
func linkOrphanPronouns(d *doc.Document) {
	for i, m := range d.Mentions {
		if m.Kind != doc.Pronoun || m.Entity >= 0 || (m.Gender != doc.Male && m.Gender != doc.Female) {
			continue
		}
		sent := d.Tokens[m.FirstTok].Sentence
		best := -1
		for j, n := range d.Mentions {
			if n.Kind != doc.Nominal || n.Entity < 0 || n.LastTok > m.FirstTok || sent-d.Tokens[n.FirstTok].Sentence > 1 ||
				d.Entities[n.Entity].Type != doc.Person || !(n.Gender == m.Gender || d.Entities[n.Entity].Gender == m.Gender) {
				continue
			}
			if best < 0 || n.FirstTok > d.Mentions[best].FirstTok {
				best = j
			}
		}
		if best >= 0 && !nameBetween(d, d.Mentions[best].LastTok, m.FirstTok, m.Gender) {
			d.Relink(i, d.Mentions[best].Entity)
		}
	}
}

// nameBetween reports whether a person's name of gender g, or of none
// known, stands in tokens [from, to).
func nameBetween(d *doc.Document, from, to int, g doc.Gender) bool {
	for _, n := range d.Mentions {
		if n.Kind == doc.Name && n.FirstTok >= from && n.LastTok <= to && n.Entity >= 0 && d.Entities[n.Entity].Type == doc.Person &&
			(d.Entities[n.Entity].Gender == g || d.Entities[n.Entity].Gender == doc.Unknown) {
			return true
		}
	}
	return false
}
