package coref

import "github.com/newsgraph/newsgraph/extract/doc"

// A surname several people share ("Clinton" of Hillary and Bill) stays
// unplaced by the name stage; a gendered pronoun the parse binds to it says
// which of them it is: "Clinton said she had deleted ...", "Clinton's
// story that she ...". Only subject and possessive pronouns count, and only
// the nearest subject or possessor above them: a wrong merge is worse than
// an unresolved name.

// boundSharedName is the index of the mention of a shared person name
// ("Clinton") that the subject or possessive pronoun at token tok is bound
// to: the subject of the nearest clause above the pronoun, or the
// possessor of a noun on its way up ("Clinton's claim that she ..."). -1
// when the nearest subject above names something else, or nothing fits.
func boundSharedName(d *doc.Document, tok int) int {
	w := d.TokenWord(tok)
	if w < 0 || !doc.RelIs(d.Words[w].Rel, "nsubj", "nsubj:pass", "nmod:poss") {
		return -1
	}
	for a, steps := d.Words[w].Head, 0; a >= 0 && steps < 40; a, steps = d.Words[a].Head, steps+1 {
		for _, p := range d.Dependents(a, "nmod:poss") {
			if d.Words[p].Token < tok && !dominates(d, p, w) {
				return sharedNameAt(d, d.Words[p].Token)
			}
		}
		for _, s := range d.Subjects(a) {
			if d.Words[s].Token < tok && !dominates(d, s, w) {
				return sharedNameAt(d, d.Words[s].Token) // the nearest subject, whatever it names
			}
		}
	}
	return -1
}

// sharedNameAt is the index of the person name mention covering token t
// that stands for several people, -1 if none.
func sharedNameAt(d *doc.Document, t int) int {
	for i, m := range d.Mentions {
		if m.FirstTok <= t && t < m.LastTok && m.Kind == doc.Name && m.Entity >= 0 {
			if ent := &d.Entities[m.Entity]; ent.Type == doc.Person && ent.Ambiguous() {
				return i
			}
		}
	}
	return -1
}

// placeBoundSharedName gives the shared name that the pronoun at tok (of
// gender g) is bound to the person e the pronoun was resolved to, when e is
// the one of the people the name stands for that the gender fits: two
// readings agree ("Clinton said he ..." with Trump the likelier "he"
// leaves the name alone). Nothing changes when another mention of any of
// them stands between the name and the pronoun.
func placeBoundSharedName(d *doc.Document, s *salience, tok int, g doc.Gender, e int) {
	mi := boundSharedName(d, tok)
	if mi < 0 || e < 0 {
		return
	}
	m := d.Mentions[mi]
	among := d.Entities[m.Entity].Among
	if s.amongByGender(d, m.Entity, g) != e {
		return
	}
	for _, o := range d.Mentions {
		if o.FirstTok >= m.LastTok && o.FirstTok < tok && o.Entity >= 0 && o.Kind != doc.Pronoun &&
			(o.Entity == m.Entity || contains(among, o.Entity)) {
			return // "Clinton said Bill Clinton ... she": not sure whose
		}
	}
	d.Mentions[mi].Entity = e
}

func contains(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}
